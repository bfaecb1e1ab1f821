import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Which cell formats of a workbook (`xl/styles.xml`) show a number as a
/// date or as a percentage: Excel stores 15/10/2025 as 45945 and 10% as
/// 0.1, and only the cell's format says which it is.
struct ExcelNumberFormats {
    static let part = "xl/styles.xml"

    enum Kind: Equatable {
        case number, date, percent
    }

    /// The kind of each cell format (`xf` in `cellXfs`), by the `s` index a cell gives.
    private(set) var kinds: [Kind] = []

    init() {}

    /// Nil when the part is not whole XML.
    init?(_ data: Data) {
        let collector = Collector()
        guard WholeXML.parse(data, with: collector) else { return nil }
        kinds = collector.formatIDs.map { id in
            collector.codes[id].map(Self.kind(ofCode:)) ?? Self.builtIn(id)
        }
    }

    func kind(_ style: Int?) -> Kind {
        guard let style, kinds.indices.contains(style) else { return .number }
        return kinds[style]
    }

    /// Excel's built-in formats: 9 and 10 percentages; 14 to 17 and 22
    /// dates (22 with the time); 27 to 36 and 50 to 58 dates of East Asian
    /// locales. Others (18 to 21 and 45 to 47 are times of day) are numbers.
    static func builtIn(_ id: Int) -> Kind {
        switch id {
        case 9, 10: .percent
        case 14...17, 22, 27...36, 50...58: .date
        default: .number
        }
    }

    /// A format code's kind: a date when it shows a day or a year (`d`,
    /// `y`), a percentage when it has `%`, outside quoted text, escaped
    /// characters and `[...]` (colour, locale, elapsed time).
    static func kind(ofCode code: String) -> Kind {
        var quoted = false, bracket = false, skip = false
        var kind = Kind.number
        for scalar in code.unicodeScalars {
            if skip {
                skip = false
                continue
            }
            switch scalar {
            case "\"": quoted.toggle()
            case _ where quoted: continue
            case "[": bracket = true
            case "]": bracket = false
            case _ where bracket: continue
            case "\\", "_", "*": skip = true
            case "d", "D", "y", "Y": return .date
            case "%": kind = .percent
            default: break
            }
        }
        return kind
    }

    /// The custom codes (`numFmt`) and the format ID of each `xf` inside `cellXfs`.
    private final class Collector: NSObject, XMLParserDelegate {
        var codes: [Int: String] = [:]
        var formatIDs: [Int] = []
        private var inCellFormats = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] { codes[id] = code }
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats: formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "cellXfs" { inCellFormats = false }
        }
    }
}
