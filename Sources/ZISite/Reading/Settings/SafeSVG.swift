import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What an SVG logo may hold: drawing and nothing else. The site copies the
/// logo as it is, and a visitor may open it at its own address, where a
/// browser runs what an SVG carries (scripts, event attributes, animations
/// that set them, embedded HTML, style sheets, links). So this is an allow
/// list: shapes, paths, groups, text, gradients, patterns, clipping, masks,
/// simple filters and the attributes that draw them; a `href` only to a
/// `#part` of the file itself; CSS with no address but `url(#part)`. Anything
/// else is refused: another element or attribute, any `on…` attribute, a
/// processing instruction (`<?xml-stylesheet …?>`), a DOCTYPE with its own
/// declarations (`<!ENTITY …>`), an element of HTML or MathML. Elements and
/// attributes of drawing programs' own namespaces (Inkscape, Sodipodi, RDF
/// metadata), which browsers neither draw nor run, are allowed.
enum SafeSVG {
    static let svgNamespace = "http://www.w3.org/2000/svg"
    static let xlinkNamespace = "http://www.w3.org/1999/xlink"
    static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    static let editorNamespaces: Set<String> = [
        "http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://purl.org/dc/elements/1.1/",
        "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/",
    ]

    static let elements: Set<String> = [
        "svg", "g", "defs", "symbol", "use", "title", "desc", "metadata", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feFuncR", "feFuncG", "feFuncB", "feFuncA",
        "feComposite", "feDropShadow", "feFlood", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset",
    ]

    /// Attributes without a namespace, on the elements above.
    static let attributes: Set<String> = [
        // Structure and geometry.
        "id", "class", "style", "type", "version", "baseProfile", "viewBox", "preserveAspectRatio", "transform",
        "x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr",
        "d", "points", "pathLength", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side",
        "offset", "gradientUnits", "gradientTransform", "spreadMethod", "href",
        "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits",
        "markerUnits", "markerWidth", "markerHeight", "refX", "refY", "orient",
        "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "operator", "values",
        "k1", "k2", "k3", "k4", "radius", "tableValues", "slope", "intercept", "amplitude", "exponent",
        "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "lang", "enable-background",
        // Presentation.
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "clip-path",
        "clip-rule", "mask", "filter", "color", "display", "visibility", "overflow", "font-family", "font-size",
        "font-weight", "font-style", "font-variant", "font-stretch", "text-anchor", "dominant-baseline",
        "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "text-decoration", "writing-mode",
        "direction", "unicode-bidi", "stop-color", "stop-opacity", "color-interpolation", "color-interpolation-filters",
        "shape-rendering", "text-rendering", "image-rendering", "vector-effect", "paint-order", "isolation",
        "mix-blend-mode", "flood-color", "flood-opacity", "lighting-color", "marker-start", "marker-mid", "marker-end",
    ]

    /// What the SVG holds that a logo may not, in words for a message
    /// ("elemen <script>"); nil when it is drawing only. An SVG that is not
    /// whole, well-formed XML is refused too.
    static func refused(_ data: Data) -> String? {
        if hasInternalSubset(data) { return "DOCTYPE berisi deklarasi sendiri (<!ENTITY …>, <!ATTLIST …>)" }
        let check = Check()
        guard WholeXML.parse(data, with: check) else { return check.refused ?? "XML yang tidak utuh" }
        return check.refused
    }

    /// `<!DOCTYPE svg [ … ]>`: declarations that add entities (text, even
    /// markup, put in by name) or attributes the file does not show. A
    /// DOCTYPE naming only its public DTD, as drawing programs write it, is fine.
    static func hasInternalSubset(_ data: Data) -> Bool {
        let bytes = [UInt8](data)
        guard let start = bytes.firstRange(of: Array("<!DOCTYPE".utf8)) else {
            return bytes.firstRange(of: Array("<!ENTITY".utf8)) != nil
        }
        for byte in bytes[start.upperBound...] {
            if byte == UInt8(ascii: ">") { return bytes.firstRange(of: Array("<!ENTITY".utf8)) != nil }
            if byte == UInt8(ascii: "[") { return true }
        }
        return true
    }

    /// Why a CSS text (a `style` attribute or element, a presentation
    /// value) is refused: it fetches something (`url(…)` to anything but
    /// `#part`, `@import`, `image-set(…)`), runs something (`expression(…)`,
    /// `javascript:`), or hides either behind a `\` escape.
    static func refusedCSS(_ text: String) -> String? {
        // By UTF-8 byte, as CSS is tokenised: a mark after "(" must not hide it.
        let css = Array(text.lowercased().utf8)
        for token in ["\\", "@", "expression(", "javascript:", "image-set(", "image(", "src(", "-moz-binding", "behavior:"]
        where css.firstRange(of: Array(token.utf8)) != nil {
            return "gaya CSS dengan '\(token)'"
        }
        var rest = css[...]
        while let found = rest.firstRange(of: Array("url(".utf8)) {
            rest = rest[found.upperBound...]
            let target = rest.drop { " \"'\t\n\r\u{C}".utf8.contains($0) }
            if target.first != UInt8(ascii: "#") {
                return "alamat 'url(\(String(decoding: target.prefix(20), as: UTF8.self))…' (hanya url(#bagian) di berkas itu sendiri yang diizinkan)"
            }
        }
        return nil
    }

    /// A value that is or holds a `javascript:` (or `vbscript:`) address,
    /// as a browser reads it: white space and control characters inside
    /// the scheme do not count.
    static func hidesScript(_ value: String) -> Bool {
        let squeezed = String(value.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }).lowercased()
        return squeezed.contains("javascript:") || squeezed.contains("vbscript:")
    }

    private final class Check: NSObject, XMLParserDelegate {
        var refused: String?
        /// Prefix to namespace, one scope per open element.
        private var scopes: [[String: String]] = [["xml": SafeSVG.xmlNamespace]]
        private var style: String?

        private func refuse(_ reason: String, _ parser: XMLParser) {
            if refused == nil { refused = reason }
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            var scope = scopes.last ?? [:]
            for (name, value) in attributes where name == "xmlns" || name.hasPrefix("xmlns:") {
                scope[name == "xmlns" ? "" : String(name.dropFirst(6))] = value
            }
            scopes.append(scope)
            // A browser joins all the text of a <style>, also what follows an element inside it.
            if style != nil { return refuse("elemen <\(elementName)> di dalam <style>", parser) }
            let (prefix, local) = Self.split(elementName)
            let namespace = scope[prefix]
            let isEditor = namespace.map { SafeSVG.editorNamespaces.contains($0) } ?? false
            guard isEditor || (namespace == SafeSVG.svgNamespace && SafeSVG.elements.contains(local)) else {
                return refuse(local == "svg" && namespace == nil ? "elemen <svg> tanpa xmlns=\"\(SafeSVG.svgNamespace)\""
                                                                 : "elemen <\(elementName)>", parser)
            }
            for (name, value) in attributes.sorted(by: { $0.key < $1.key }) where name != "xmlns" && !name.hasPrefix("xmlns:") {
                if let reason = refusedAttribute(name, value, scope: scope, onEditorElement: isEditor) {
                    return refuse(reason + " pada <\(elementName)>", parser)
                }
            }
            if local == "style" && !isEditor { style = "" }
        }

        private func refusedAttribute(_ name: String, _ value: String, scope: [String: String], onEditorElement: Bool) -> String? {
            let (prefix, local) = Self.split(name)
            let namespace = prefix.isEmpty ? nil : scope[prefix]
            if local.lowercased().hasPrefix("on") { return "atribut \(name)" }
            if let namespace, SafeSVG.editorNamespaces.contains(namespace) { return nil }
            if local == "href" && (namespace == nil || namespace == SafeSVG.xlinkNamespace) {
                return value.hasPrefix("#") ? nil : "tautan \(name)=\"\(value.prefix(30))\" (href hanya boleh menunjuk #bagian di berkas itu sendiri)"
            }
            if namespace == SafeSVG.xmlNamespace && (local == "space" || local == "lang") { return nil }
            guard namespace == nil, onEditorElement || SafeSVG.attributes.contains(local) else { return "atribut \(name)" }
            if SafeSVG.hidesScript(value) { return "alamat javascript: di atribut \(name)" }
            // Presentation attributes are CSS values too; labels are plain text.
            return local.hasPrefix("aria-") ? nil : SafeSVG.refusedCSS(value).map { $0 + " di atribut \(name)" }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            scopes.removeLast()
            if let css = style, let reason = SafeSVG.refusedCSS(css) { return refuse(reason + " di <style>", parser) }
            style = nil
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            style? += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            style? += String(decoding: CDATABlock, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            refuse("instruksi <?\(target) …?>", parser)
        }

        func parser(_ parser: XMLParser, foundAttributeDeclarationWithName attributeName: String, forElement elementName: String,
                    type: String?, defaultValue: String?) {
            refuse("DOCTYPE berisi deklarasi sendiri (<!ATTLIST …>)", parser)
        }

        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            refuse("DOCTYPE berisi deklarasi sendiri (<!ENTITY …>)", parser)
        }

        func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
            refuse("DOCTYPE berisi deklarasi sendiri (<!ENTITY …>)", parser)
        }

        /// "svg:rect" is ("svg", "rect"); "rect" is ("", "rect").
        static func split(_ name: String) -> (prefix: String, local: String) {
            guard let colon = name.firstIndex(of: ":") else { return ("", name) }
            return (String(name[..<colon]), String(name[name.index(after: colon)...]))
        }
    }
}
