import Foundation

/// Reads the public-service and integrity figures in `layanan/`, one sheet
/// per survey, register or roll; the start of a sheet's name says what it
/// holds (`skm-...`, `dumas-...`, `ipak-...`, `ipkp-...`, `lhkpn-...`,
/// `gratifikasi-...`, `wbs-...`), saved as Excel (`.xlsx`) or CSV.
enum ServiceFolderReader {
    static let folder = "layanan"

    enum Kind: String, CaseIterable {
        case survey = "skm"
        case complaints = "dumas"
        case antiCorruption = "ipak"
        case serviceQuality = "ipkp"
        case assetReports = "lhkpn"
        case gratification = "gratifikasi"
        case whistleblowing = "wbs"

        var name: String {
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
