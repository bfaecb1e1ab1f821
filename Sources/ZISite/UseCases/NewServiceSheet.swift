import Foundation

/// `zisite new skm|dumas|ipak|ipkp|lhkpn|gratifikasi|wbs`: writes a starter
/// sheet (`ServiceSheetText`) into the content's `layanan/` folder, made if
/// missing. Never overwrites a sheet.
public enum NewServiceSheet {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        /// The sheet written; nil when nothing was written.
        public var path: String?
    }

    /// `period` as the user wrote it; nil leaves PERIODE `(belum diisi)`.
    /// The sheet is `layanan/KIND-PERIOD.csv`, or `layanan/KIND.csv` without a period.
    public static func create(_ kind: ServiceFolderReader.Kind, content folder: String, period: String?) -> Result {
        var diagnostics = DiagnosticList()
        let name = period.map(\.foldingWhiteSpace)
        if name?.isEmpty == true {
            diagnostics.error(SourceLocation(file: "--period", line: 1), "nama periode kosong; tulis misalnya --period \"Tahun 2025\", atau tanpa --period untuk mengisinya nanti")
            return Result(diagnostics: diagnostics.items, path: nil)
        }
        guard ContentReader.exists(folder: folder, diagnostics: &diagnostics) else { return Result(diagnostics: diagnostics.items, path: nil) }
        let fileName = kind.rawValue + (name.map { "-" + Slug.make($0, fallback: "periode") } ?? "") + ".csv"
        let file = ContentFolderWriter.File(path: ServiceFolderReader.folder + "/" + fileName, text: ServiceSheetText.text(kind, period: name))
        let written = ContentFolderWriter.write([file], into: folder, force: false,
                                                ifExists: "pakai --period dengan nama periode lain, atau pindahkan berkas lama",
                                                diagnostics: &diagnostics)
        return Result(diagnostics: diagnostics.items, path: written.first)
    }
}
