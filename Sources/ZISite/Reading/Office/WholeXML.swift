import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an Office part and says whether it was whole, well-formed XML.
/// `XMLParser.parse()` on Linux returns true for a part cut short (a
/// truncated or damaged file), so its error is looked at too. Bytes that are
/// not UTF-8 (the encoding Office and SVG editors write) are not given to it
/// at all: in an element's or an attribute's name they crash FoundationXML.
enum WholeXML {
    static func parse(_ data: Data, with delegate: XMLParserDelegate) -> Bool {
        guard !data.isEmpty, String(data: data, encoding: .utf8) != nil else { return false }
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        return parser.parse() && parser.parserError == nil
    }
}
