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

    /// Whether an SVG holds what a browser runs when the file is opened at
    /// its own address: a script, an event attribute (`onload`), embedded
    /// HTML or a `javascript:` link.
    static func runsCode(svg data: Data) -> Bool {
        let elements = Elements()
        _ = WholeXML.parse(data, with: elements)
        return elements.runsCode
    }

    private final class Elements: NSObject, XMLParserDelegate {
        var root: Substring?
        var runsCode = false

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let name = elementName.split(separator: ":").last ?? ""
            if root == nil { root = name }
            if Self.codeElements.contains(name.lowercased())
                || attributes.contains(where: { $0.key.lowercased().hasPrefix("on") || Self.runsCode($0.value) }) {
                runsCode = true
            }
        }

        /// Elements that run code or embed other documents.
        static let codeElements: Set<String> = ["script", "foreignobject", "iframe", "embed", "object", "handler", "listener"]

        /// A value that is or holds a `javascript:` (or `vbscript:`) address,
        /// as a browser reads it: white space and control characters inside
        /// the scheme do not count.
        static func runsCode(_ value: String) -> Bool {
            let squeezed = String(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
            return squeezed.contains("javascript:") || squeezed.contains("vbscript:")
        }
    }
}
