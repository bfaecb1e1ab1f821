import ArgumentParser
import ZISite

/// `zisite new skm|dumas|ipak|ipkp|lhkpn|gratifikasi|wbs`: one command per
/// kind of service sheet, all alike but for the kind.
protocol NewServiceSheetCommand: HelpedCommand {
    static var kind: ServiceFolderReader.Kind { get }
    var options: NewServiceSheetOptions { get }
}

struct NewServiceSheetOptions: ParsableArguments {
    static let defaultContent = "Content"

    @Option(name: .long, help: ArgumentHelp(valueName: "FOLDER"))
    var content = defaultContent

    @Option(name: .long, help: ArgumentHelp(valueName: "NAMA"))
    var period: String?
}

extension NewServiceSheetCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: kind.rawValue, abstract: help.purpose)
    }

    static var help: CommandHelp {
        let command = "zisite new \(kind.rawValue)"
        return CommandHelp(
            purpose: "Membuat lembar \(kind.name) baru di subfolder layanan, berisi judul kolom dan petunjuk pengisiannya.",
            usage: ["\(command) [--content FOLDER] [--period NAMA]"],
            options: [
                .init(name: "--content FOLDER", explanation: "Folder konten yang lembarnya dibuat di subfolder layanan (dibuat bila belum ada). "
                    + "Bawaan: \(NewServiceSheetOptions.defaultContent)."),
                .init(name: "--period NAMA", explanation: "Nama periode, misalnya \"Tahun 2025\"; menjadi isian PERIODE dan bagian nama berkas. "
                    + "Tanpa pilihan ini PERIODE tertulis (belum diisi) dan berkasnya \(kind.rawValue).csv."),
            ],
            notes: ["Lembar yang sudah ada tidak pernah ditimpa. Lembar baru yang belum diisi menghentikan check dan build "
                + "dengan pesan yang menyebut isian yang kurang, sehingga situs tidak pernah menerbitkan angka kosong atau nihil yang keliru."],
            examples: [
                .init(command: "\(command) --period \"Tahun 2025\" --content Content-kpu-kabupaten-x",
                      explanation: "Membuat Content-kpu-kabupaten-x/layanan/\(kind.rawValue)-tahun-2025.csv; buka di Excel, isi, lalu jalankan zisite check."),
            ])
    }

    func run() throws {
        let result = NewServiceSheet.create(Self.kind, content: options.content, period: options.period)
        DiagnosticPrinter.print(result.diagnostics)
        guard let path = result.path else {
            print("Gagal: lembar \(Self.kind.name) tidak dibuat.")
            throw ExitCode(1)
        }
        print("Lembar \(Self.kind.name) ditulis ke \(path). Buka di Excel, isi sesuai baris PETUNJUK, simpan sebagai CSV, lalu periksa:")
        print(SuggestedCommand.line(["check"] + SuggestedCommand.content(options.content)))
    }
}

struct NewSatisfactionSurveyCommand: NewServiceSheetCommand {
    static let kind = ServiceFolderReader.Kind.survey
    @OptionGroup var options: NewServiceSheetOptions
}

struct NewComplaintRegisterCommand: NewServiceSheetCommand {
    static let kind = ServiceFolderReader.Kind.complaints
    @OptionGroup var options: NewServiceSheetOptions
}

struct NewAntiCorruptionSurveyCommand: NewServiceSheetCommand {
    static let kind = ServiceFolderReader.Kind.antiCorruption
    @OptionGroup var options: NewServiceSheetOptions
}

struct NewServiceQualitySurveyCommand: NewServiceSheetCommand {
    static let kind = ServiceFolderReader.Kind.serviceQuality
    @OptionGroup var options: NewServiceSheetOptions
}

struct NewAssetReportRollCommand: NewServiceSheetCommand {
    static let kind = ServiceFolderReader.Kind.assetReports
    @OptionGroup var options: NewServiceSheetOptions
}

struct NewGratificationRegisterCommand: NewServiceSheetCommand {
    static let kind = ServiceFolderReader.Kind.gratification
    @OptionGroup var options: NewServiceSheetOptions
}

struct NewWhistleblowingRegisterCommand: NewServiceSheetCommand {
    static let kind = ServiceFolderReader.Kind.whistleblowing
    @OptionGroup var options: NewServiceSheetOptions
}

/// Every `zisite new` command that starts a service sheet, in the order of the kinds.
let newServiceSheetCommands: [any NewServiceSheetCommand.Type] = [
    NewSatisfactionSurveyCommand.self, NewComplaintRegisterCommand.self, NewAntiCorruptionSurveyCommand.self,
    NewServiceQualitySurveyCommand.self, NewAssetReportRollCommand.self, NewGratificationRegisterCommand.self,
    NewWhistleblowingRegisterCommand.self,
]
