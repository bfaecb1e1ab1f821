import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses an Office part and says whether it was whole, well-formed XML.
/// `XMLParser.parse()` on Linux returns true for a part cut short (a
/// truncated or damaged file), so its error is looked at too.
enum WholeXML {
    static func parse(_ data: Data, with delegate: XMLParserDelegate) -> Bool {
        guard !data.isEmpty else { return false }
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        return parser.parse() && parser.parserError == nil
    }
}
