import Foundation

/// A folder of sheets a unit keeps in a spreadsheet (`monev/`, `layanan/`):
/// the Excel workbooks (`.xlsx`, their first sheet) and the CSV, TSV and
/// text files, in name order. A workbook in an older or other format is
/// not read, so it is an error; so is one sheet kept twice, as CSV and as
/// Excel, since zisite cannot know which of the two is current.
enum SheetFolder {
    static let textExtensions = ["csv", "tsv", "txt"]
    static let workbookExtension = "xlsx"
    static let unreadableExtensions = ["xls", "ods"]

    /// The sheets' paths; `what` names them in messages ("lembar monev").
    /// Excel's lock files (`~$...`) are not sheets.
    static func sheets(in folder: String, of content: ContentFolder, what: String, diagnostics: inout DiagnosticList) -> [String] {
        let names = (content.folder(folder, diagnostics: &diagnostics)?.names ?? []).filter { !$0.hasPrefix("~$") }
        for name in names where unreadableExtensions.contains(kind(name)) {
            diagnostics.error(SourceLocation(file: ContentReader.path(folder, name), line: 1),
                              "\(what) ini tersimpan sebagai \((name as NSString).pathExtension) dan tidak dapat dibaca; simpan ulang sebagai buku kerja Excel (.xlsx) atau CSV (Simpan Sebagai > CSV UTF-8) di folder yang sama")
        }
        var sheets: [String] = []
        var stems: [String: String] = [:]
        for name in names where textExtensions.contains(kind(name)) || kind(name) == workbookExtension {
            let stem = (name as NSString).deletingPathExtension.lowercased()
            if let other = stems[stem] {
                diagnostics.error(SourceLocation(file: ContentReader.path(folder, name), line: 1),
                                  "\(what) ini sama namanya dengan \(other), hanya berbeda jenis berkas, sehingga tidak jelas mana yang berlaku; simpan satu saja dan hapus atau pindahkan yang lain dari folder ini")
                continue
            }
            stems[stem] = name
            sheets.append(ContentReader.path(folder, name))
        }
        return sheets
    }

    /// A sheet's rows: an Excel workbook's first sheet, or CSV/TSV text.
    /// Nil, with an error, when the file cannot be read.
    static func table(_ path: String, of content: ContentFolder, diagnostics: inout DiagnosticList) -> SheetTable? {
        guard kind(path) == workbookExtension else {
            return content.readText(path, diagnostics: &diagnostics).map { SheetTable(text: $0, file: path, diagnostics: &diagnostics) }
        }
        guard let real = content.realPath(path, diagnostics: &diagnostics) else { return nil }
        let here = SourceLocation(file: path, line: 1)
        do {
            guard let table = try WorkbookReader.table(of: try OfficeArchive(url: URL(fileURLWithPath: real))) else {
                diagnostics.error(here, OfficeArchive.notWholeXML(kind: "Excel"))
                return nil
            }
            return table
        } catch {
            diagnostics.error(here, OfficeArchive.message(error, kind: "Excel"))
            return nil
        }
    }

    private static func kind(_ name: String) -> String { (name as NSString).pathExtension.lowercased() }
}
