import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A Word file (`.docx`) as the text the decree reader reads: each paragraph
/// its own lines, a blank line after it; each table row one line, its cells
/// separated by tabs, a cell spanning several columns followed by empty
/// cells and a cell merged with the one above (vMerge) left empty, as the
/// decrees' text tables leave continuation cells. Bold and italic runs in a
/// cell keep their look as `<b>` and `<i>`, as the plan table writes it.
/// A row wider than `OfficeArchive.columnLimit` (a cell's span is a number
/// from the file) stops the reading with `.tooManyColumns`.
final class WordDocumentReader: NSObject, XMLParserDelegate {
    static let part = "word/document.xml"

    static func text(of data: Data) throws(OfficeArchive.Problem) -> String? {
        let reader = WordDocumentReader()
        let whole = WholeXML.parse(data, with: reader)
        if let problem = reader.problem { throw problem }
        return whole ? reader.output : nil
    }

    private var problem: OfficeArchive.Problem?

    private var output = ""
    private var paragraph = ""
    private var inText = false
    private var tableDepth = 0
    private var row: [String] = []
    private var cell = ""
    private var cellParagraphs: [String] = []
    private var span = 1
    private var mergedWithAbove = false
    private var inRun = false
    private var bold = false
    private var italic = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "w:r":
            inRun = true
            (bold, italic) = (false, false)
        case "w:b" where inRun: bold = Self.isOn(attributes)
        case "w:i" where inRun: italic = Self.isOn(attributes)
        case "w:t":
            inText = true
            if tableDepth > 0 { paragraph += (bold ? "<b>" : "") + (italic ? "<i>" : "") }
        case "w:tab": paragraph += tableDepth > 0 ? " " : "\t"
        case "w:br", "w:cr": paragraph += tableDepth > 0 ? " " : "\n"
        case "w:tbl":
            tableDepth += 1
            if tableDepth == 1, !output.hasSuffix("\n\n"), !output.isEmpty { output += "\n" }
        case "w:tr" where tableDepth == 1: row = []
        case "w:tc" where tableDepth == 1:
            cellParagraphs = []
            span = 1
            mergedWithAbove = false
        case "w:gridSpan" where tableDepth == 1:
            span = max(1, Int(attributes["w:val"] ?? "1") ?? 1)
        case "w:vMerge" where tableDepth == 1: mergedWithAbove = attributes["w:val"] != "restart"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:t":
            inText = false
            if tableDepth > 0 { paragraph += (italic ? "</i>" : "") + (bold ? "</b>" : "") }
        case "w:r": inRun = false
        case "w:p":
            if tableDepth > 0 {
                // Runs split with the same look are one stretch of it.
                let text = paragraph.replacingOccurrences(of: "</i><i>", with: "").replacingOccurrences(of: "</b><b>", with: "")
                    .replacingOccurrences(of: "<i></i>", with: "").replacingOccurrences(of: "<b></b>", with: "")
                if !text.trimmingSpaces.isEmpty { cellParagraphs.append(text.trimmingSpaces) }
            } else {
                output += paragraph + "\n\n"
            }
            paragraph = ""
        case "w:tc" where tableDepth == 1:
            // A cell's paragraphs are one cell of the line: joined by a space.
            guard span <= OfficeArchive.columnLimit - row.count else {
                problem = .tooManyColumns(Self.part)
                parser.abortParsing()
                return
            }
            let text = mergedWithAbove ? "" : cellParagraphs.joined(separator: " ")
            row.append(text)
            row += Array(repeating: "", count: span - 1)
        case "w:tr" where tableDepth == 1:
            output += row.joined(separator: "\t") + "\n"
        case "w:tbl":
            tableDepth -= 1
            if tableDepth == 0 { output += "\n" }
        default: break
        }
    }

    /// `<w:b/>` is on; `<w:b w:val="0"/>` (or false, off) is off.
    private static func isOn(_ attributes: [String: String]) -> Bool {
        !["0", "false", "off"].contains(attributes["w:val"] ?? "1")
    }
}
