import Foundation

/// Reads the public-service figures in `layanan/`, one sheet per survey or
/// register; the start of a sheet's name says what it holds (`skm-...`,
/// `dumas-...`).
enum ServiceFolderReader {
    static let folder = "layanan"

    enum Kind: String, CaseIterable {
        case survey = "skm"
        case complaints = "dumas"

        var name: String {
            switch self {
            case .survey: "Survei Kepuasan Masyarakat"
            case .complaints: "pengaduan masyarakat"
            }
        }

        init?(fileName: String) {
            let name = fileName.lowercased()
            guard let kind = Kind.allCases.first(where: { kind in ["-", "_", "."].contains { name.hasPrefix(kind.rawValue + $0) } }) else { return nil }
            self = kind
        }
    }

    static func read(folder content: String, diagnostics: inout DiagnosticList) -> ServiceFigures {
        var figures = ServiceFigures()
        var periods: [Kind: [(slug: String, file: String)]] = [:]
        for path in SheetFolder.sheets(in: ContentReader.path(content, folder), what: "lembar data layanan", diagnostics: &diagnostics) {
            guard let kind = Kind(fileName: (path as NSString).lastPathComponent) else {
                let kinds = Kind.allCases.map { "\($0.rawValue)- (\($0.name))" }.joined(separator: " atau ")
                diagnostics.warning(SourceLocation(file: path, line: 1),
                                    "lembar data layanan ini tidak dibaca karena namanya tidak diawali jenis datanya; beri nama diawali \(kinds), misalnya skm-semester-i-2025.csv")
                continue
            }
            guard let text = ContentReader.readText(path, diagnostics: &diagnostics) else { continue }
            switch kind {
            case .survey:
                guard let survey = SatisfactionSurveyReader.read(text: text, file: path, diagnostics: &diagnostics),
                      !isRepeated(survey.period, kind, path, &periods, &diagnostics) else { continue }
                figures.surveys.append(survey)
            case .complaints:
                guard let register = ComplaintRegisterReader.read(text: text, file: path, diagnostics: &diagnostics),
                      !isRepeated(register.period, kind, path, &periods, &diagnostics) else { continue }
                figures.complaints.append(register)
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
                              "\(kind.rawValue.uppercased()) periode '\(period)' sudah ada di \(other.file); setiap periode cukup satu lembar, atau bedakan nama periodenya")
            return true
        }
        periods[kind, default: []].append((slug, path))
        return false
    }
}
