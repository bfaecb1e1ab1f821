import ArgumentParser
import Foundation
import ZISite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: help.purpose)

    @OptionGroup var source: SourceOptions

    func run() throws {
        let result = Build.check(source.build(output: ""))
        // What zisite publish would refuse, told before publishing, for each plan of a collection.
        let plans = CollectionReader.isCollection(source.content) ? CollectionReader.folders(source.content) : [source.content]
        let advice = plans.flatMap { PublishReadiness.advice(content: $0, today: JakartaTime.day(of: Date()), besides: result.diagnostics) }
        for diagnostic in result.diagnostics + advice { print(diagnostic.formatted) }
        // Advice, not a finding about the content: check says it, build does not; for one unit only.
        let note = plans == [source.content] ? ServiceFolderReader.missingSheetsNote(content: source.content) : nil
        if let note {
            print(note.formatted)
            for kind in ServiceFolderReader.Kind.allCases {
                print(SuggestedCommand.line(["new", kind.rawValue] + SuggestedCommand.content(source.content)))
            }
        }
        print("Pemeriksaan \(source.content): \(result.errorCount) kesalahan, \(result.warningCount + advice.count) peringatan" + (note == nil ? "." : ", 1 catatan."))
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
            + "catatan tidak pernah membuat pemeriksaan gagal.",
            "Pemeriksaan juga memberi peringatan tentang hal yang akan ditolak saat situs diterbitkan: isian (belum diisi), "
            + "kerangka dari zisite new yang belum diubah (misalnya halaman/01-pendahuluan.md), kontak.ppid yang belum diisi, "
            + "dan tanggal data sesudah hari ini. Peringatan ini tidak membuat pemeriksaan gagal."],
        examples: [
            .init(command: "zisite check --content Content-kpu-kabupaten-x",
                  explanation: "Memeriksa folder Content-kpu-kabupaten-x sebelum situsnya ditulis."),
            .init(command: "zisite check --content 'ZI Kantor Kami'",
                  explanation: "Nama folder yang berisi spasi ditulis di antara tanda petik."),
        ])
}
