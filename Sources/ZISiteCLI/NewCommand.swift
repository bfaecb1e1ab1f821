import ArgumentParser
import ZISite

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Membuat berkas baru di folder konten.",
        subcommands: [NewMonevCommand.self])
}

struct NewMonevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monev",
        abstract: "Membuat lembar monev periode baru, terisi semua langkah aksi dan isian periode sebelumnya.")

    @Option(name: .long, help: "Folder konten.")
    var content = "Content"

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
        print("Lembar monev ditulis ke \(path). Isi kolom STATUS sampai CATATAN, lalu jalankan zisite build.")
    }
}
