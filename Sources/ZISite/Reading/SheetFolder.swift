import Foundation

/// A folder of sheets a unit saves from a spreadsheet (`monev/`,
/// `layanan/`): the CSV, TSV and text files in name order. A workbook
/// saved there instead is not read, so it is an error.
enum SheetFolder {
    static let sheetExtensions = ["csv", "tsv", "txt"]
    static let spreadsheetExtensions = ["xlsx", "xls", "ods"]

    /// The sheets' paths; `what` names them in messages ("lembar monev").
    static func sheets(in folder: String, of content: ContentFolder, what: String, diagnostics: inout DiagnosticList) -> [String] {
        let names = (content.folder(folder, diagnostics: &diagnostics)?.names ?? []).filter { !$0.hasPrefix("~$") }
        for name in names where spreadsheetExtensions.contains(kind(name)) {
            diagnostics.error(SourceLocation(file: ContentReader.path(folder, name), line: 1),
                              "\(what) ini tersimpan sebagai \((name as NSString).pathExtension) dan tidak dapat dibaca; simpan ulang sebagai CSV (Simpan Sebagai > CSV UTF-8) di folder yang sama")
        }
        return names.filter { sheetExtensions.contains(kind($0)) }.map { ContentReader.path(folder, $0) }
    }

    private static func kind(_ name: String) -> String { (name as NSString).pathExtension.lowercased() }
}
