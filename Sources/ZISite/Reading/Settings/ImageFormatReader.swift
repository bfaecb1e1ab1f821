import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Tells a PNG, a JPEG or an SVG image by its bytes, never by its name: a
/// photo renamed `logo.png` or a PDF renamed `logo.svg` is neither.
enum ImageFormatReader {
    static func format(of data: Data) -> UnitLogo.Format? {
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if data.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        return isSVG(data) ? .svg : nil
    }

    /// Well-formed XML whose root element is `svg`.
    private static func isSVG(_ data: Data) -> Bool {
        let elements = Elements()
        return WholeXML.parse(data, with: elements) && elements.root == "svg"
    }

    private final class Elements: NSObject, XMLParserDelegate {
        var root: Substring?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let name = elementName.split(separator: ":").last ?? ""
            if root == nil { root = name }
        }
    }
}
