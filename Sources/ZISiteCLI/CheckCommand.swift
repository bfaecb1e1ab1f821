import ArgumentParser
import ZISite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: help.purpose)

    @Option(name: .long, help: ArgumentHelp(valueName: "FOLDER"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp(valueName: "FOLDER"))
    var templates: String?

    func run() throws {
        let result = Build.check(Build.Options(content: content, output: "", templates: templates))
        for diagnostic in result.diagnostics { print(diagnostic.formatted) }
        // Advice, not a finding about the content: check says it, build does not.
        let note = ServiceFolderReader.missingSheetsNote(content: content)
        if let note {
            print(note.formatted)
            for kind in ServiceFolderReader.Kind.allCases {
                print(SuggestedCommand.line(["new", kind.rawValue] + SuggestedCommand.content(content)))
            }
        }
        print("Pemeriksaan \(content): \(result.errorCount) kesalahan, \(result.warningCount) peringatan" + (note == nil ? "." : ", 1 catatan."))
        if !result.succeeded { throw ExitCode(1) }
    }
}

extension CheckCommand: HelpedCommand {
    static let help = CommandHelp(
        purpose: "Memeriksa folder konten seperti build, tanpa menulis apa pun, dan mencetak semua temuan.",
        usage: ["zisite check [--content FOLDER] [--templates FOLDER]"],
        options: [
            .content,
            .templates,
        ],
        notes: ["Setiap temuan dicetak satu per baris sebagai berkas:baris:kolom: error|warning: pesan, "
            + "lalu jumlahnya. Status keluar 1 bila ada kesalahan. Bila folder layanan belum berisi lembar data, "
            + "sebuah catatan (note) menyebut halaman layanan yang dapat diterbitkan beserta perintah zisite new untuk memulai lembarnya; "
            + "catatan tidak pernah membuat pemeriksaan gagal."],
        examples: [
            .init(command: "zisite check --content Content-kpu-kabupaten-x",
                  explanation: "Memeriksa folder Content-kpu-kabupaten-x sebelum situsnya ditulis."),
            .init(command: "zisite check --content 'ZI Kantor Kami'",
                  explanation: "Nama folder yang berisi spasi ditulis di antara tanda petik."),
        ])
}
