import ArgumentParser
import ZISite

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Membuat folder konten dari keputusan (.docx, .txt) atau tabel rencana aksi (.xlsx, .csv, .tsv).")

    @Argument(help: "Berkas keputusan atau tabel rencana aksi.")
    var file: String

    @Option(name: .long, help: "Folder konten yang ditulis, misalnya Content-kpu-kabupaten-x.")
    var into: String

    @Flag(name: .long, help: "Timpa berkas yang sudah ada di folder itu.")
    var force = false

    func run() throws {
        let result = Import.run(file: file, into: into, force: force)
        DiagnosticPrinter.print(result.diagnostics)
        if !result.written.isEmpty {
            print("Ditulis:")
            for path in result.written { print("  \(path)") }
        }
        if result.written.isEmpty {
            print("Tidak ada berkas yang ditulis: perbaiki kesalahan di atas, lalu impor lagi:")
            print(SuggestedCommand.line(["import", file, "--into", into] + (force ? ["--force"] : [])))
            throw ExitCode(1)
        }
        guard result.succeeded else {
            print("Impor belum lengkap: perbaiki kesalahan di atas, lalu periksa lagi:")
            print(SuggestedCommand.line(["check", "--content", into]))
            throw ExitCode(1)
        }
        print("Selesai. Periksa hasilnya, lalu tulis situsnya:")
        print(SuggestedCommand.line(["check", "--content", into]))
        print(SuggestedCommand.line(["build", "--content", into]))
    }
}
