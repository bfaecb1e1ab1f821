import Foundation

/// `zisite new monev`: writes the prefilled sheet of a new period into the
/// content's `monev/` folder, carrying over the latest earlier period. Never
/// overwrites a sheet.
public enum NewMonevSheet {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        /// The sheet written; nil when nothing was written.
        public var path: String?
    }

    /// `asOf` as the user wrote it; nil means today in Jakarta.
    public static func create(content folder: String, period: String, asOf text: String?, today: Date = Date()) -> Result {
        var diagnostics = DiagnosticList()
        let here = SourceLocation(file: "--as-of", line: 1)
        let name = period.foldingWhiteSpace
        guard !name.isEmpty else {
            diagnostics.error(SourceLocation(file: "--period", line: 1), "nama periode kosong; tulis misalnya --period \"Triwulan IV 2025\"")
            return Result(diagnostics: diagnostics.items, path: nil)
        }
        guard let asOf = text.map(IndonesianDateReader.read) ?? JakartaTime.day(of: today) else {
            diagnostics.error(here, "'\(text ?? "")' bukan tanggal yang ada; tulis seperti 2025-12-31 atau 31/12/2025")
            return Result(diagnostics: diagnostics.items, path: nil)
        }
        guard let content = ContentReader.read(folder: folder, diagnostics: &diagnostics) else {
            return Result(diagnostics: diagnostics.items, path: nil)
        }
        if let same = content.monev.first(where: { $0.name.lowercased() == name.lowercased() || $0.asOf == asOf }) {
            diagnostics.error(SourceLocation(file: same.file, line: 1),
                              "periode '\(same.name)' (data per \(IndonesianFormat.date(same.asOf))) sudah punya lembar ini; lembar yang ada tidak ditimpa")
            return Result(diagnostics: diagnostics.items, path: nil)
        }
        let previous = content.monev.last { $0.asOf < asOf }
        let sheet = MonevSheetText.text(plan: content.plan, period: name, asOf: asOf, carriedFrom: previous)
        let file = ContentFolderWriter.File(path: MonevFolderReader.sheetsFolder + "/" + Slug.make(name, fallback: "periode") + ".csv", text: sheet)
        let written = ContentFolderWriter.write([file], into: folder, force: false,
                                                ifExists: "pilih nama periode lain atau pindahkan berkas lama", diagnostics: &diagnostics)
        return Result(diagnostics: diagnostics.items, path: written.first)
    }
}
