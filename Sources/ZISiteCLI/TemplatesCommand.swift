import ArgumentParser
import ZISite

struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: help.purpose)

    @Argument(help: ArgumentHelp(valueName: "FOLDER"))
    var folder: String

    func run() throws {
        let result = TemplateFolderWriter.write(into: folder)
        DiagnosticPrinter.print(result.diagnostics)
        PathList.print("Ditulis:", result.written)
        PathList.print("Sudah ada, tidak ditimpa:", result.kept)
        guard result.succeeded else {
            print(result.written.isEmpty ? "Gagal: tidak ada berkas templat yang ditulis."
                  : "Gagal: hanya \(result.written.count) berkas templat yang ditulis; perbaiki kesalahan di atas, lalu jalankan zisite templates lagi.")
            throw ExitCode(1)
        }
        print("Selesai: \(result.written.count) berkas ditulis, \(result.kept.count) sudah ada dan tidak ditimpa. "
              + "Ubah templatnya, lalu sebut folder itu dengan --templates pada zisite check dan zisite build.")
    }
}

extension TemplatesCommand: HelpedCommand {
    static let help = CommandHelp(
        purpose: "Menulis templat dan aset bawaan zisite ke sebuah folder untuk diubah; berkas yang sudah ada tidak ditimpa.",
        usage: ["zisite templates FOLDER"],
        arguments: [.init(name: "FOLDER", explanation: "Folder tujuan, misalnya Templat-unit; dibuat bila belum ada.")],
        notes: ["Ubah berkas yang perlu saja, lalu sebut folder itu dengan --templates pada zisite check dan zisite build. "
            + "Setiap berkas di folder itu menggantikan templat bawaan yang bernama sama; berkas yang tidak ada (atau dihapus) "
            + "diambil dari templat bawaan. Menjalankannya lagi sesudah zisite diperbarui hanya menambah berkas yang baru."],
        examples: [
            .init(command: "zisite templates Templat-unit", explanation: "Menulis templat bawaan ke folder Templat-unit."),
            .init(command: "zisite build --content Content-x --templates Templat-unit",
                  explanation: "Membuat situs dengan templat yang sudah diubah di Templat-unit."),
        ])
}
