import ArgumentParser
import ZISite

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Membuat folder konten baru (zisite new FOLDER) atau lembar monev baru (zisite new monev).",
        subcommands: [NewFolderCommand.self, NewMonevCommand.self],
        defaultSubcommand: NewFolderCommand.self)
}

struct NewFolderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folder",
        abstract: "Membuat folder konten baru berisi pengaturan bercatatan, kepala tabel rencana aksi dan kerangka halaman.")

    @Argument(help: "Folder konten baru, misalnya Content-kpu-kabupaten-x; berkas yang sudah ada tidak ditimpa.")
    var folder: String

    func run() throws {
        let result = NewContentFolder.create(folder: folder)
        DiagnosticPrinter.print(result.diagnostics)
        guard !result.written.isEmpty else {
            print("Gagal: folder konten tidak dibuat.")
            throw ExitCode(1)
        }
        print("Ditulis:")
        for path in result.written { print("  \(path)") }
        print("Isi situs.yml dan tabel rencana aksi di folder itu, atau isi dari keputusannya "
              + "(ganti keputusan.docx dengan nama berkas keputusan Anda):")
        print(SuggestedCommand.line(["import", "keputusan.docx", "--into", folder]))
        print("Lalu periksa:")
        print(SuggestedCommand.line(["check", "--content", folder]))
    }
}

struct NewMonevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monev",
        abstract: "Membuat lembar monev periode baru, terisi semua langkah aksi dan isian periode sebelumnya.")

    static let defaultContent = "Content"

    @Option(name: .long, help: "Folder konten.")
    var content = defaultContent

    @Option(name: .long, help: "Nama periode, misalnya \"Triwulan IV 2025\".")
    var period: String

    @Option(name: .customLong("as-of"), help: "Tanggal data periode, misalnya 2025-12-31 (bawaan: hari ini, WIB).")
    var asOf: String?

    func run() throws {
        let result = NewMonevSheet.create(content: content, period: period, asOf: asOf)
        DiagnosticPrinter.print(result.diagnostics)
        guard let path = result.path else {
            print("Gagal: lembar monev tidak dibuat.")
            throw ExitCode(1)
        }
        print("Lembar monev ditulis ke \(path). Isi kolom STATUS sampai CATATAN, lalu tulis situsnya:")
        print(SuggestedCommand.line(["build"] + (content == Self.defaultContent ? [] : ["--content", content])))
    }
}
