import Foundation

/// Reads the public-service figures in `layanan/`, one sheet per survey or
/// period; the start of a sheet's name says what it holds (`skm-...`).
enum ServiceFolderReader {
    static let folder = "layanan"
    static let surveyPrefix = "skm"

    static func read(folder content: String, diagnostics: inout DiagnosticList) -> [SatisfactionSurvey] {
        var surveys: [SatisfactionSurvey] = []
        for path in SheetFolder.sheets(in: ContentReader.path(content, folder), what: "lembar data layanan", diagnostics: &diagnostics) {
            let name = (path as NSString).lastPathComponent.lowercased()
            guard name.hasPrefix(surveyPrefix + "-") || name.hasPrefix(surveyPrefix + "_") || name.hasPrefix(surveyPrefix + ".") else {
                diagnostics.warning(SourceLocation(file: path, line: 1),
                                    "lembar data layanan ini tidak dibaca karena namanya tidak diawali jenis datanya; beri nama diawali \(surveyPrefix)- (Survei Kepuasan Masyarakat), misalnya \(surveyPrefix)-semester-i-2025.csv")
                continue
            }
            guard let text = ContentReader.readText(path, diagnostics: &diagnostics),
                  let survey = SatisfactionSurveyReader.read(text: text, file: path, diagnostics: &diagnostics) else { continue }
            if let other = surveys.first(where: { Slug.make($0.period, fallback: "periode") == Slug.make(survey.period, fallback: "periode") }) {
                diagnostics.error(SourceLocation(file: path, line: 1),
                                  "SKM periode '\(survey.period)' sudah ada di \(other.file); setiap periode cukup satu lembar, atau bedakan nama periodenya")
                continue
            }
            surveys.append(survey)
        }
        return surveys
    }
}
