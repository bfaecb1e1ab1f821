import ArgumentParser
import ZISite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Memeriksa folder konten seperti build, tanpa menulis apa pun, dan mencetak semua temuan.")

    @Option(name: .long, help: "Folder konten (situs.yml, rencana aksi, halaman, monev, bukti).")
    var content = "Content"

    @Option(name: .long, help: "Folder templat milik unit (lihat zisite templates); setiap berkasnya menggantikan templat bawaan yang bernama sama.")
    var templates: String?

    func run() throws {
        let result = Build.check(Build.Options(content: content, output: "", templates: templates))
        for diagnostic in result.diagnostics { print(diagnostic.formatted) }
        print("Pemeriksaan \(content): \(result.errorCount) kesalahan, \(result.warningCount) peringatan.")
        if !result.succeeded { throw ExitCode(1) }
    }
}
