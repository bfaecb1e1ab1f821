import ArgumentParser
import ZISite

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: help.purpose,
        subcommands: [NewFolderCommand.self, NewMonevCommand.self] + newServiceSheetCommands,
        defaultSubcommand: NewFolderCommand.self)
}

struct NewFolderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folder",
        abstract: help.purpose)

    @Argument(help: ArgumentHelp(valueName: "FOLDER"))
    var folder: String

    func run() throws {
        let result = NewContentFolder.create(folder: folder)
        DiagnosticPrinter.print(result.diagnostics)
        guard !result.written.isEmpty else {
            print("Gagal: folder konten tidak dibuat.")
            throw ExitCode(1)
        }
        PathList.print("Ditulis:", result.written)
        print("Isi situs.yml dan tabel rencana aksi di folder itu, atau isi dari keputusannya "
              + "(ganti keputusan.docx dengan nama berkas keputusan Anda):")
        print(SuggestedCommand.line(["import", "keputusan.docx", "--into", SuggestedCommand.path(folder)]))
        print("Lalu periksa:")
        print(SuggestedCommand.line(["check", "--content", SuggestedCommand.path(folder)]))
    }
}

struct NewMonevCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "monev",
        abstract: help.purpose)

    static let defaultContent = "Content"

    @Option(name: .long, help: ArgumentHelp(valueName: "FOLDER"))
    var content = defaultContent

    @Option(name: .long, help: ArgumentHelp(valueName: "NAMA"))
    var period: String

    @Option(name: .customLong("as-of"), help: ArgumentHelp(valueName: "TANGGAL"))
    var asOf: String?

    func run() throws {
        let result = NewMonevSheet.create(content: content, period: period, asOf: asOf)
        DiagnosticPrinter.print(result.diagnostics)
        guard let path = result.path else {
            print("Gagal: lembar monev tidak dibuat.")
            throw ExitCode(1)
        }
        print("Lembar monev ditulis ke \(path). Isi kolom STATUS sampai CATATAN, lalu tulis situsnya:")
        print(SuggestedCommand.line(["build"] + SuggestedCommand.content(content)))
    }
}

extension NewCommand: HelpedCommand {
    static let help = CommandHelp(
        purpose: "Membuat folder konten baru (zisite new FOLDER), lembar monev baru (zisite new monev) atau lembar data layanan baru (zisite new skm, dumas, ...).",
        usage: ["zisite new FOLDER", "zisite new monev --period NAMA [--content FOLDER] [--as-of TANGGAL]",
                "zisite new skm|dumas|ipak|ipkp|lhkpn|gratifikasi|wbs [--content FOLDER] [--period NAMA]"],
        arguments: NewFolderCommand.help.arguments,
        examples: NewFolderCommand.help.examples + NewMonevCommand.help.examples + NewSatisfactionSurveyCommand.help.examples)
}

extension NewFolderCommand: HelpedCommand {
    static let help = CommandHelp(
        purpose: "Membuat folder konten baru berisi pengaturan bercatatan, kepala tabel rencana aksi dan kerangka halaman.",
        usage: ["zisite new FOLDER"],
        arguments: [.init(name: "FOLDER", explanation: "Folder konten baru, misalnya Content-kpu-kabupaten-x; berkas yang sudah ada tidak ditimpa. "
            + "Nama satker dan tingkatnya diambil dari nama folder berbentuk kpu-TINGKAT-NAMA.")],
        examples: [
            .init(command: "zisite new Content-kpu-kabupaten-x",
                  explanation: "Membuat folder Content-kpu-kabupaten-x untuk KPU Kabupaten X."),
            .init(command: "zisite new 'ZI Kantor Kami'",
                  explanation: "Nama folder yang berisi spasi ditulis di antara tanda petik."),
        ])
}

extension NewMonevCommand: HelpedCommand {
    static let help = CommandHelp(
        purpose: "Membuat lembar monev periode baru, terisi semua langkah aksi dan isian periode sebelumnya.",
        usage: ["zisite new monev --period NAMA [--content FOLDER] [--as-of TANGGAL]"],
        options: [
            .init(name: "--period NAMA", explanation: "Nama periode (wajib), misalnya \"Triwulan IV 2025\"; ditulis di antara tanda petik bila berisi spasi."),
            .init(name: "--content FOLDER", explanation: "Folder konten yang lembarnya dibuat di subfolder monev. Bawaan: \(defaultContent)."),
            .init(name: "--as-of TANGGAL", explanation: "Tanggal data periode, misalnya 2025-12-31 atau 31/12/2025. Bawaan: hari ini (WIB)."),
        ],
        examples: [
            .init(command: "zisite new monev --period \"Triwulan IV 2025\" --as-of 2025-12-31 --content Content-kpu-kabupaten-x",
                  explanation: "Membuat lembar monev Triwulan IV 2025 di folder Content-kpu-kabupaten-x/monev."),
        ])
}
