import Foundation

/// Reads the public-service and integrity figures in `layanan/`, one sheet
/// per survey, register or roll; the start of a sheet's name says what it
/// holds (`skm-...`, `dumas-...`, `ipak-...`, `ipkp-...`, `lhkpn-...`,
/// `gratifikasi-...`, `wbs-...`), saved as Excel (`.xlsx`) or CSV.
public enum ServiceFolderReader {
    static let folder = "layanan"

    /// A kind of sheet; its raw value starts the sheet's name and names the
    /// `zisite new` command that starts one.
    public enum Kind: String, CaseIterable, Sendable {
        case survey = "skm"
        case complaints = "dumas"
        case antiCorruption = "ipak"
        case serviceQuality = "ipkp"
        case assetReports = "lhkpn"
        case gratification = "gratifikasi"
        case whistleblowing = "wbs"

        public var name: String {
            switch self {
            case .survey: "Survei Kepuasan Masyarakat"
            case .complaints: "pengaduan masyarakat"
            case .antiCorruption: "survei persepsi anti korupsi"
            case .serviceQuality: "survei persepsi kualitas pelayanan"
            case .assetReports: "kepatuhan LHKPN/LHKASN"
            case .gratification: "laporan gratifikasi"
            case .whistleblowing: "Whistleblowing System"
            }
        }

        /// Whether the sheet lists what came in, one row each, so that no
        /// row at all may mean nihil.
        var isRegister: Bool {
            [.complaints, .gratification, .whistleblowing].contains(self)
        }

        /// What one row of a register is, in a sentence.
        var entry: String {
            self == .complaints ? "pengaduan" : "laporan"
        }

        /// How a sheet's name may start: a wealth-report sheet may also be `lhkasn-...`.
        var prefixes: [String] {
            self == .assetReports ? [rawValue, "lhkasn"] : [rawValue]
        }

        init?(fileName: String) {
            let name = fileName.lowercased()
            guard let kind = Kind.allCases.first(where: { kind in
                kind.prefixes.contains { prefix in ["-", "_", "."].contains { name.hasPrefix(prefix + $0) } }
            }) else { return nil }
            self = kind
        }
    }

    /// A note for `zisite check` when the content folder has no sheet of
    /// any kind in `layanan/` (or no such folder): which service pages the
    /// site could have. Nil when there is a sheet, or no content folder.
    public static func missingSheetsNote(content: String) -> Diagnostic? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isFolder), isFolder.boolValue else { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: ContentReader.path(content, folder))) ?? []
        guard !names.contains(where: { Kind(fileName: $0) != nil }) else { return nil }
        let pages = Kind.allCases.map { "\($0.name) (\($0.rawValue))" }
        var diagnostics = DiagnosticList()
        diagnostics.note(SourceLocation(file: ContentReader.path(content, folder), line: 1),
                         "situs ini belum punya halaman Layanan Publik karena folder layanan belum berisi lembar data; zisite dapat menerbitkan "
                         + pages.dropLast().joined(separator: ", ") + " dan \(pages.last!); mulai lembar yang ingin diterbitkan dengan zisite new dan jenisnya")
        return diagnostics.items.first
    }

    static func read(folder content: String, diagnostics: inout DiagnosticList) -> ServiceFigures {
        var figures = ServiceFigures()
        var periods: [Kind: [(slug: String, file: String)]] = [:]
        let contentFolder = ContentFolder(content)
        for path in SheetFolder.sheets(in: ContentReader.path(content, folder), of: contentFolder, what: "lembar data layanan", diagnostics: &diagnostics) {
            guard let kind = Kind(fileName: (path as NSString).lastPathComponent) else {
                let kinds = Kind.allCases.dropLast().map { "\($0.rawValue)- (\($0.name)), " }.joined() + "atau \(Kind.allCases.last!.rawValue)- (\(Kind.allCases.last!.name))"
                diagnostics.warning(SourceLocation(file: path, line: 1),
                                    "lembar data layanan ini tidak dibaca karena namanya tidak diawali jenis datanya; beri nama diawali \(kinds), misalnya skm-semester-i-2025.csv")
                continue
            }
            guard let table = SheetFolder.table(path, of: contentFolder, diagnostics: &diagnostics) else { continue }
            func add<Sheet>(_ sheet: Sheet?, period: KeyPath<Sheet, String>, to list: inout [Sheet]) {
                guard let sheet, !isRepeated(sheet[keyPath: period], kind, path, &periods, &diagnostics) else { return }
                list.append(sheet)
            }
            switch kind {
            case .survey:
                add(SatisfactionSurveyReader.read(table, file: path, diagnostics: &diagnostics), period: \.period, to: &figures.surveys)
            case .complaints:
                add(ComplaintRegisterReader.read(table, file: path, diagnostics: &diagnostics), period: \.period, to: &figures.complaints)
            case .antiCorruption, .serviceQuality:
                add(PerceptionSurveyReader.read(PerceptionSurvey.Kind(rawValue: kind.rawValue)!, table, file: path, diagnostics: &diagnostics),
                    period: \.period, to: &figures.perceptionSurveys)
            case .assetReports:
                add(AssetReportRollReader.read(table, file: path, diagnostics: &diagnostics), period: \.period, to: &figures.assetReports)
            case .gratification, .whistleblowing:
                add(IntegrityReportRegisterReader.read(IntegrityReportRegister.Kind(rawValue: kind.rawValue)!, table, file: path,
                                                       diagnostics: &diagnostics),
                    period: \.period, to: &figures.integrityReports)
            }
        }
        return figures
    }

    /// Two sheets of one kind for one period would be one page.
    private static func isRepeated(_ period: String, _ kind: Kind, _ path: String, _ periods: inout [Kind: [(slug: String, file: String)]],
                                   _ diagnostics: inout DiagnosticList) -> Bool {
        let slug = Slug.make(period, fallback: "periode")
        if let other = periods[kind, default: []].first(where: { $0.slug == slug }) {
            diagnostics.error(SourceLocation(file: path, line: 1),
                              "\(kind.rawValue.uppercased()) periode '\(period)' sudah ada di \(other.file); setiap periode cukup satu lembar\(kind == .assetReports ? " (baris LHKPN dan LHKASN satu periode ditulis di lembar yang sama)" : ""), atau bedakan nama periodenya")
            return true
        }
        periods[kind, default: []].append((slug, path))
        return false
    }
}
