import ArgumentParser
import ZISite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Membaca folder konten dan menulis situs ke folder keluaran.")

    @Option(name: .long, help: "Folder konten (situs.yml, rencana aksi, halaman).")
    var content = "Content"

    @Option(name: .long, help: "Folder tempat situs ditulis; diganti seluruhnya hanya jika build berhasil.")
    var output = "Output"

    @Option(name: .long, help: "Folder templat milik unit (lihat zisite templates); setiap berkasnya menggantikan templat bawaan yang bernama sama.")
    var templates: String?

    func run() throws {
        let result = Build.run(Build.Options(content: content, output: output, templates: templates))
        DiagnosticPrinter.print(result.diagnostics)
        if result.succeeded {
            print("Selesai: \(result.pagesWritten) halaman (\(result.filesWritten) berkas) ditulis ke \(output); \(result.warningCount) peringatan.")
        } else {
            print("Gagal: \(result.errorCount) kesalahan, \(result.warningCount) peringatan. Situs di \(output) tidak diubah.")
            throw ExitCode(1)
        }
    }
}
