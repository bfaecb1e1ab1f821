import ArgumentParser
import ZISite

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: help.purpose)

    @Argument(help: ArgumentHelp(valueName: "BERKAS"))
    var file: String

    @Option(name: .long, help: ArgumentHelp(valueName: "FOLDER"))
    var into: String

    @Flag(name: .long)
    var force = false

    func run() throws {
        let result = Import.run(file: file, into: into, force: force)
        DiagnosticPrinter.print(result.diagnostics)
        PathList.print("Ditulis:", result.written)
        if result.written.isEmpty {
            print("Tidak ada berkas yang ditulis: perbaiki kesalahan di atas, lalu impor lagi:")
            print(SuggestedCommand.line(["import", SuggestedCommand.path(file), "--into", SuggestedCommand.path(into)] + (force ? ["--force"] : [])))
            throw ExitCode(1)
        }
        guard result.succeeded else {
            print("Impor belum lengkap: perbaiki kesalahan di atas, lalu periksa lagi:")
            print(SuggestedCommand.line(["check", "--content", SuggestedCommand.path(into)]))
            throw ExitCode(1)
        }
        print("Selesai. Periksa hasilnya, lalu tulis situsnya:")
        print(SuggestedCommand.line(["check", "--content", SuggestedCommand.path(into)]))
        print(SuggestedCommand.line(["build", "--content", SuggestedCommand.path(into)]))
    }
}

extension ImportCommand: HelpedCommand {
    static let help = CommandHelp(
        purpose: "Membuat folder konten dari keputusan (.docx, .txt) atau tabel rencana aksi (.xlsx, .csv, .tsv).",
        usage: ["zisite import BERKAS --into FOLDER [--force]"],
        arguments: [.init(name: "BERKAS", explanation: "Berkas keputusan (Word .docx atau teks .txt) atau tabel rencana aksi (Excel .xlsx, .csv, .tsv).")],
        options: [
            .init(name: "--into FOLDER", explanation: "Folder konten yang ditulis (wajib), misalnya Content-kpu-kabupaten-x; dibuat bila belum ada."),
            .init(name: "--force", explanation: "Timpa berkas yang sudah ada di folder itu. Tanpa pilihan ini tidak ada berkas yang ditimpa, "
                + "kecuali kerangka dari zisite new yang belum diubah."),
        ],
        notes: ["Menulis situs.yml, rencana-aksi.tsv dan keputusan.md (serta halaman bab keputusan). "
            + "Data yang tidak ditemukan di keputusan ditulis (belum diisi) dan disebut dalam peringatan."],
        examples: [
            .init(command: "zisite import keputusan.docx --into Content-kpu-kabupaten-x",
                  explanation: "Mengisi folder Content-kpu-kabupaten-x dari keputusan dalam Word."),
            .init(command: "zisite import 'Rencana Aksi 2025.xlsx' --into Content-kpu-kabupaten-x --force",
                  explanation: "Mengganti tabel dan pengaturan di folder itu dari tabel Excel; nama berkas berspasi ditulis di antara tanda petik."),
        ])
}
