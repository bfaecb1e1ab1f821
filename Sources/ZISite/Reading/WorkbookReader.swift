import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The first sheet of an Excel file (`.xlsx`) as tab-separated text, a line
/// per row at its own row number, so that messages name the sheet's rows.
/// Shared and inline strings are read; a line break inside a cell becomes a
/// space; cells hidden under a merge stay empty, as continuation cells are.
enum WorkbookReader {
    static func text(of archive: OfficeArchive) throws(OfficeArchive.Problem) -> String? {
        guard let sheet = try firstSheetPath(archive) else { return nil }
        let strings = archive.has("xl/sharedStrings.xml") ? XMLTexts.items(of: try archive.part("xl/sharedStrings.xml"), item: "si") : []
        guard let strings else { return nil }
        let cells = SheetCells(strings: strings, part: sheet)
        let whole = WholeXML.parse(try archive.part(sheet), with: cells)
        if let problem = cells.problem { throw problem }
        return whole ? try cells.text() : nil
    }

    /// The first sheet in the workbook's order, through its relationship;
    /// nil when either part is not whole XML.
    private static func firstSheetPath(_ archive: OfficeArchive) throws(OfficeArchive.Problem) -> String? {
        let workbook = AttributeCollector(element: "sheet")
        let relations = AttributeCollector(element: "Relationship")
        guard WholeXML.parse(try archive.part("xl/workbook.xml"), with: workbook),
              WholeXML.parse(try archive.part("xl/_rels/workbook.xml.rels"), with: relations) else { return nil }
        guard let id = workbook.found.first?["r:id"] else { throw .missingPart("xl/workbook.xml") }
        guard let target = relations.found.first(where: { $0["Id"] == id })?["Target"] else {
            throw .missingPart("xl/_rels/workbook.xml.rels")
        }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
}

/// The attributes of every element with one name.
private final class AttributeCollector: NSObject, XMLParserDelegate {
    let element: String
    var found: [[String: String]] = []

    init(element: String) {
        self.element = element
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == element { found.append(attributes) }
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

/// The cells of a sheet, by row and column from their `r` reference.
/// What a sheet may give is bounded: its text (shared strings may be
/// referenced any number of times) to `OfficeArchive.partLimit` bytes, its
/// table (rows up to the last, as wide as the widest) to `cellLimit` cells.
final class SheetCells: NSObject, XMLParserDelegate {
    /// A plan of 300 steps in 10 columns is 3,000 cells.
    static let cellLimit = 2_000_000

    let strings: [String]
    let part: String
    private(set) var problem: OfficeArchive.Problem?
    private var rows: [Int: [Int: String]] = [:]
    private var textSize = 0
    private var reference = "", type = "", value = ""
    private var inValue = false

    init(strings: [String], part: String) {
        self.strings = strings
        self.part = part
    }

    func text() throws(OfficeArchive.Problem) -> String {
        guard let last = rows.keys.max() else { return "" }
        // Every row with cells as wide as the widest, as a text table's rows
        // are; a row without cells an empty line.
        let width = (rows.values.compactMap { $0.keys.max() }.max() ?? -1) + 1
        guard last * width <= Self.cellLimit else { throw .sheetTooLarge(part) }
        var lines: [String] = []
        for number in 1...last {
            guard let cells = rows[number] else {
                lines.append("")
                continue
            }
            lines.append((0..<width).map { cells[$0] ?? "" }.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "c":
            reference = attributes["r"] ?? ""
            type = attributes["t"] ?? ""
            value = ""
        case "v", "t": inValue = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": inValue = false
        case "c":
            guard let (row, column) = Self.position(reference) else { return }
            var text = type == "s" ? (Int(value).flatMap { strings.indices.contains($0) ? strings[$0] : nil } ?? "") : value
            textSize += text.utf8.count
            guard textSize <= OfficeArchive.partLimit else {
                problem = .sheetTooLarge(part)
                parser.abortParsing()
                return
            }
            text = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
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
