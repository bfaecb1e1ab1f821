import Foundation

/// `zisite import FILE --into DIR`: a content folder (format 1) from a
/// decree's text or a bare plan table. Never replaces a file unless forced;
/// a table it cannot read is kept as raw text and reported as an error.
public enum Import {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var written: [String]

        public var succeeded: Bool { !written.isEmpty && !diagnostics.contains { $0.severity == .error } }
    }

    static let rawTableFile = "rencana-aksi-mentah.txt"
    static let textExtensions = ["txt", "text", "md"]
    static let tableExtensions = ["csv", "tsv"]

    public static func run(file: String, into folder: String, force: Bool) -> Result {
        var diagnostics = DiagnosticList()
        let kind = (file as NSString).pathExtension.lowercased()
        guard textExtensions.contains(kind) || tableExtensions.contains(kind) else {
            diagnostics.error(SourceLocation(file: file, line: 1), kind == "docx" || kind == "xlsx" || kind == "doc" || kind == "xls"
                ? "berkas .\(kind) belum dapat dibaca oleh versi zisite ini; simpan keputusan sebagai teks (.txt, Simpan Sebagai > Teks Biasa) atau tabelnya sebagai CSV, lalu jalankan zisite import lagi"
                : "jenis berkas .\(kind) tidak dikenal; zisite import membaca teks keputusan (.txt) atau tabel rencana aksi (.csv, .tsv)")
            return Result(diagnostics: diagnostics.items, written: [])
        }
        guard let text = ContentReader.readText(file, diagnostics: &diagnostics) else {
            return Result(diagnostics: diagnostics.items, written: [])
        }
        let imported = tableExtensions.contains(kind)
            ? bareTable(text, file: file, diagnostics: &diagnostics)
            : DecreeTextReader.read(text: text, file: file, diagnostics: &diagnostics)
        let written = ContentFolderWriter.write(files(imported), into: folder, force: force,
                                                overwrite: "tambahkan --force untuk menimpanya", diagnostics: &diagnostics)
        return Result(diagnostics: diagnostics.items, written: written)
    }

    /// A plan saved as CSV or TSV: the table as it is, checked.
    private static func bareTable(_ text: String, file: String, diagnostics: inout DiagnosticList) -> ImportedContent {
        _ = PlanTableReader.read(text: text, file: file, planYear: nil, diagnostics: &diagnostics)
        diagnostics.warning(SourceLocation(file: file, line: 1),
                            "berkas ini hanya berisi tabel; data keputusan di situs.yml tertulis \(Settings.placeholder), isi dari keputusan aslinya")
        return ImportedContent(draft: SettingsDraft(), decreeMarkdown: nil, planTable: text, rawTable: nil)
    }

    private static func files(_ imported: ImportedContent) -> [ContentFolderWriter.File] {
        let planFile = ContentReader.planFiles[0]
        var files: [ContentFolderWriter.File] = [
            .init(path: ContentReader.settingsFile, text: SettingsText.text(imported.draft)),
            .init(path: planFile, text: imported.planTable ?? ContentSkeleton.planHeader),
            .init(path: ContentReader.decreeFile, text: imported.decreeMarkdown ?? ContentSkeleton.decree(imported.draft)),
        ]
        if let raw = imported.rawTable { files.append(.init(path: rawTableFile, text: raw)) }
        return files
    }
}
