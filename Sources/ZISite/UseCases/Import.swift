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
        let imported: ImportedContent
        switch kind {
        case _ where textExtensions.contains(kind) || tableExtensions.contains(kind):
            guard let text = ContentReader.readText(file, diagnostics: &diagnostics), hasText(text, file, &diagnostics) else {
                return Result(diagnostics: diagnostics.items, written: [])
            }
            if !tableExtensions.contains(kind) {
                imported = DecreeTextReader.read(text: text, file: file, diagnostics: &diagnostics)
            } else if let titled = TitledPlanTable.text(text, tabSeparated: kind == "tsv", file: file) {
                imported = DecreeTextReader.read(text: titled, file: file, diagnostics: &diagnostics)
            } else {
                imported = bareTable(text, file: file, diagnostics: &diagnostics)
            }
        case "docx", "xlsx":
            guard let text = officeText(file, kind: kind, diagnostics: &diagnostics), hasText(text, file, &diagnostics) else {
                return Result(diagnostics: diagnostics.items, written: [])
            }
            imported = DecreeTextReader.read(text: text, file: file, diagnostics: &diagnostics)
        default:
            diagnostics.error(SourceLocation(file: file, line: 1), unreadableKind(kind))
            return Result(diagnostics: diagnostics.items, written: [])
        }
        let written = ContentFolderWriter.write(files(imported), into: folder, force: force,
                                                ifExists: "pilih folder lain, atau tambahkan --force untuk menimpanya", diagnostics: &diagnostics)
        return Result(diagnostics: diagnostics.items, written: written)
    }

    private static func unreadableKind(_ kind: String) -> String {
        switch kind {
        case "doc", "xls":
            "berkas .\(kind) (format Office lama) tidak dapat dibaca; buka di Word atau Excel lalu simpan sebagai .\(kind)x, teks (.txt) atau CSV"
        case "pdf":
            "berkas PDF tidak dapat dibaca langsung; pakai berkas Word aslinya, atau buka PDF-nya, salin seluruh teksnya ke berkas teks (.txt) lalu impor berkas itu"
        case "ods", "odt":
            "berkas .\(kind) (LibreOffice) belum dapat dibaca; simpan sebagai .docx, .xlsx atau CSV"
        default:
            "jenis berkas .\(kind) tidak dikenal; zisite import membaca keputusan (.docx, .txt) atau tabel rencana aksi (.xlsx, .csv, .tsv)"
        }
    }

    /// An empty source is said so, and nothing is written from it.
    private static func hasText(_ text: String, _ file: String, _ diagnostics: inout DiagnosticList) -> Bool {
        guard text.allSatisfy(\.isWhitespace) else { return true }
        diagnostics.error(SourceLocation(file: file, line: 1),
                          "berkas ini kosong (tidak ada teks); periksa bahwa berkas yang dipilih benar dan sudah disimpan, lalu jalankan zisite import lagi")
        return false
    }

    /// A Word document's or an Excel sheet's text; line numbers in what the
    /// decree reader then says are paragraphs and rows of that text.
    private static func officeText(_ file: String, kind: String, diagnostics: inout DiagnosticList) -> String? {
        let program = kind == "docx" ? "Word" : "Excel"
        let here = SourceLocation(file: file, line: 1)
        guard FileManager.default.isReadableFile(atPath: file) else {
            diagnostics.error(here, "berkas tidak ada atau tidak dapat dibaca; periksa nama dan foldernya")
            return nil
        }
        do {
            let archive = try OfficeArchive(url: URL(fileURLWithPath: file))
            let text = kind == "docx" ? try WordDocumentReader.text(of: try archive.part(WordDocumentReader.part)) : try WorkbookReader.text(of: archive)
            guard let text else {
                diagnostics.error(here, OfficeArchive.notWholeXML(kind: program))
                return nil
            }
            return text
        } catch {
            diagnostics.error(here, OfficeArchive.message(error, kind: program))
            return nil
        }
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
        for page in imported.pages { files.append(.init(path: ContentReader.pagesFolder + "/" + page.name, text: page.text)) }
        if let leftovers = imported.leftovers { files.append(.init(path: DecreeTextReader.leftoversFile, text: leftovers)) }
        return files
    }
}
