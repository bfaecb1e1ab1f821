import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The first sheet of an Excel file (`.xlsx`), as tab-separated text for
/// `zisite import` or as a table for a monev or service sheet.
enum WorkbookReader {
    /// The sheet as tab-separated text, a line per row at its own row
    /// number, so that messages name the sheet's rows. Shared and inline
    /// strings are read; a line break inside a cell becomes a space; cells
    /// hidden under a merge stay empty, as continuation cells are; a number
    /// is its stored value.
    static func text(of archive: OfficeArchive) throws(OfficeArchive.Problem) -> String? {
        guard let workbook = try firstSheet(archive), let strings = try sharedStrings(archive) else { return nil }
        let cells = SheetCells(part: workbook.sheet) { cell in
            cell.type == "s" ? (Int(cell.value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? "") : cell.value
        }
        guard try read(cells, archive) else { return nil }
        return try cells.text()
    }

    /// The sheet as a table, each cell read as `ExcelCellText` says (dates
    /// in a date format as dates, line breaks kept); nil when a part is not
    /// whole XML.
    static func table(of archive: OfficeArchive) throws(OfficeArchive.Problem) -> SheetTable? {
        guard let workbook = try firstSheet(archive), let strings = try sharedStrings(archive) else { return nil }
        var formats = ExcelNumberFormats()
        if archive.has(ExcelNumberFormats.part) {
            guard let read = ExcelNumberFormats(try archive.part(ExcelNumberFormats.part)) else { return nil }
            formats = read
        }
        let reader = ExcelCellText(strings: strings, formats: formats, date1904: workbook.date1904)
        let cells = SheetCells(part: workbook.sheet, read: reader.text)
        guard try read(cells, archive) else { return nil }
        return try cells.table()
    }

    private static func read(_ cells: SheetCells, _ archive: OfficeArchive) throws(OfficeArchive.Problem) -> Bool {
        let whole = WholeXML.parse(try archive.part(cells.part), with: cells)
        if let problem = cells.problem { throw problem }
        return whole
    }

    /// The shared strings by index; nil when the part is not whole XML.
    private static func sharedStrings(_ archive: OfficeArchive) throws(OfficeArchive.Problem) -> [String]? {
        archive.has("xl/sharedStrings.xml") ? XMLTexts.items(of: try archive.part("xl/sharedStrings.xml"), item: "si") : []
    }

    /// The first sheet in the workbook's order, through its relationship,
    /// and whether the workbook counts dates from 1904 (Excel for Mac of
    /// old); nil when either part is not whole XML.
    private static func firstSheet(_ archive: OfficeArchive) throws(OfficeArchive.Problem) -> (sheet: String, date1904: Bool)? {
        let workbook = AttributeCollector(elements: ["sheet", "workbookPr"])
        let relations = AttributeCollector(elements: ["Relationship"])
        guard WholeXML.parse(try archive.part("xl/workbook.xml"), with: workbook),
              WholeXML.parse(try archive.part("xl/_rels/workbook.xml.rels"), with: relations) else { return nil }
        guard let id = workbook.found.first(where: { $0.element == "sheet" })?.attributes["r:id"] else { throw .missingPart("xl/workbook.xml") }
        guard let target = relations.found.first(where: { $0.attributes["Id"] == id })?.attributes["Target"] else {
            throw .missingPart("xl/_rels/workbook.xml.rels")
        }
        let date1904 = workbook.found.first(where: { $0.element == "workbookPr" })?.attributes["date1904"].map { ["1", "true"].contains($0) } ?? false
        return (target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target, date1904)
    }
}

/// The attributes of every element with one of some names.
private final class AttributeCollector: NSObject, XMLParserDelegate {
    let elements: Set<String>
    var found: [(element: String, attributes: [String: String])] = []

    init(elements: Set<String>) {
        self.elements = elements
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if elements.contains(name) { found.append((name, attributes)) }
    }
}

/// The text of every `item` element (all its `t` elements joined).
enum XMLTexts {
    static func items(of data: Data, item: String) -> [String]? {
        let collector = TextCollector(item: item)
        return WholeXML.parse(data, with: collector) ? collector.items : nil
    }

    private final class TextCollector: NSObject, XMLParserDelegate {
        let item: String
        var items: [String] = []
        private var current = ""
        private var inText = false

        init(item: String) {
            self.item = item
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == item { current = "" }
            if name == "t" { inText = true }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "t" { inText = false }
            if name == item { items.append(current) }
        }
    }
}

/// The cells of a sheet, by row and column from their `r` reference, each
/// read to text by `read`. What a sheet may give is bounded: its text
/// (shared strings may be referenced any number of times) to
/// `OfficeArchive.partLimit` bytes, its table (rows up to the last, as wide
/// as the widest) to `cellLimit` cells.
final class SheetCells: NSObject, XMLParserDelegate {
    /// A plan of 300 steps in 10 columns is 3,000 cells.
    static let cellLimit = 2_000_000

    /// A cell as the sheet stores it.
    struct Stored {
        /// The `t` attribute: `s` shared string, `inlineStr`, `str` a
        /// formula's text, `b` boolean, `e` error, `d` ISO date, else a number.
        var type = ""
        /// The `v` element's text, or an inline string's.
        var value = ""
        /// The `s` attribute: the cell's format in the styles part.
        var style: Int?
        var hasFormula = false
        var hasValue = false
    }

    let part: String
    /// The cell's text; nil for a formula saved without its value.
    let read: (Stored) -> String?
    private(set) var problem: OfficeArchive.Problem?
    private var rows: [Int: [Int: String]] = [:]
    private var uncalculated: [(row: Int, column: Int)] = []
    private var textSize = 0
    private var reference = "", stored = Stored()
    private var inValue = false

    init(part: String, read: @escaping (Stored) -> String?) {
        self.part = part
        self.read = read
    }

    /// The last row and the widest row's width, within `cellLimit`.
    private func extent() throws(OfficeArchive.Problem) -> (last: Int, width: Int)? {
        guard let last = rows.keys.max() else { return nil }
        let width = (rows.values.compactMap { $0.keys.max() }.max() ?? -1) + 1
        guard last * width <= Self.cellLimit else { throw .sheetTooLarge(part) }
        return (last, width)
    }

    func text() throws(OfficeArchive.Problem) -> String {
        guard let (last, width) = try extent() else { return "" }
        // Every row with cells as wide as the widest, as a text table's rows
        // are; a row without cells an empty line. Line breaks and tabs in a
        // cell become spaces.
        var lines: [String] = []
        for number in 1...last {
            guard let cells = rows[number] else {
                lines.append("")
                continue
            }
            lines.append((0..<width).map { Self.flattened(cells[$0] ?? "") }.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The rows that have cells, in order, each with its own number and as
    /// wide as its own last cell; rows without cells are blank and left
    /// out, as the sheet readers skip blank rows.
    func table() throws(OfficeArchive.Problem) -> SheetTable {
        guard try extent() != nil else { return SheetTable(rows: []) }
        let rows = self.rows.keys.sorted().map { number in
            let cells = self.rows[number] ?? [:]
            let width = (cells.keys.max() ?? 0) + 1
            return DelimitedRow(line: number, number: number,
                                cells: (0..<width).map { .init(text: cells[$0] ?? "", line: number, column: $0 + 1) })
        }
        return SheetTable(rows: rows, uncalculated: uncalculated.sorted { ($0.row, $0.column) < ($1.row, $1.column) })
    }

    private static func flattened(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "c":
            reference = attributes["r"] ?? ""
            stored = Stored(type: attributes["t"] ?? "", style: attributes["s"].flatMap { Int($0) })
        case "v":
            inValue = true
            stored.hasValue = true
        case "t": inValue = true
        case "f": stored.hasFormula = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { stored.value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": inValue = false
        case "c":
            guard let (row, column) = Self.position(reference) else { return }
            guard let text = read(stored) else {
                uncalculated.append((row, column))
                rows[row, default: [:]][column] = ""
                return
            }
            textSize += text.utf8.count
            guard textSize <= OfficeArchive.partLimit else {
                problem = .sheetTooLarge(part)
                parser.abortParsing()
                return
            }
            if !text.isEmpty { rows[row, default: [:]][column] = text }
        default: break
        }
    }

    /// Excel's last column (XFD) and last row.
    static let lastColumn = 16_384, lastRow = 1_048_576

    /// "B12" as row 12, column 1: one to three ASCII letters, then ASCII
    /// digits, within Excel's sheet; nil for anything else.
    static func position(_ reference: String) -> (Int, Int)? {
        let bytes = Array(reference.utf8)
        let letters = bytes.prefix { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0 & 0xDF) && $0 < 0x80 }
        let digits = bytes.dropFirst(letters.count)
        guard (1...3).contains(letters.count), (1...7).contains(digits.count),
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        let column = letters.reduce(0) { $0 * 26 + Int($1 & 0xDF) - 64 }
        let row = digits.reduce(0) { $0 * 10 + Int($1) - 48 }
        guard column <= lastColumn, (1...lastRow).contains(row) else { return nil }
        return (row, column - 1)
    }
}
