/// Escaping text from content before it enters HTML, SVG or XML.
///
/// Works on Unicode scalars, never on Swift `Character`s: `"` followed by a
/// combining mark (U+0338) is one `Character` that is not `"`, and escaping
/// by `Character` would let that quote close an attribute.
enum HTML {
    /// Replaces `& < > " '` with entities, safe in text and in quoted
    /// attributes, and a code point that XML forbids and HTML calls a parse
    /// error (a control character other than tab and line breaks, a
    /// noncharacter) with U+FFFD, so that a feed or a page stays well-formed.
    static func escape(_ text: String) -> String {
        escapingBytes(text) ?? escapingScalars(text)
    }

    /// The common case, byte by byte: most text has nothing to escape and is
    /// returned as it is. Nil when the text holds a lead byte of a code point
    /// that may be forbidden (U+0080–U+009F, U+FDD0–U+FDEF, U+xFFFE and
    /// U+xFFFF), which `escapingScalars` decides; every other code point
    /// above ASCII is copied whole, its bytes unchanged.
    private static func escapingBytes(_ text: String) -> String? {
        var contiguous = text
        return contiguous.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(where: needsCare) else { return text }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 32)
            escaped.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
                case 0x09, 0x0A, 0x0D: escaped.append(byte)
                case 0x00...0x1F, 0x7F: escaped.append(contentsOf: [0xEF, 0xBF, 0xBD])
                case 0xC2, 0xEF, 0xF0...0xFF: return nil
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        }
    }

    /// A byte that is escaped, or may start a forbidden code point; tab and
    /// line breaks are copied as they are.
    private static func needsCare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: MarkupCodePoint.mayStartForbidden(byte)
        }
    }

    private static func escapingScalars(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped.append(contentsOf: "&amp;".unicodeScalars)
            case "<": escaped.append(contentsOf: "&lt;".unicodeScalars)
            case ">": escaped.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": escaped.append(contentsOf: "&quot;".unicodeScalars)
            case "'": escaped.append(contentsOf: "&#39;".unicodeScalars)
            default: escaped.append(MarkupCodePoint.isForbidden(scalar) ? MarkupCodePoint.replacement : scalar)
            }
        }
        return String(escaped)
    }

    /// `text` with every forbidden code point replaced by U+FFFD, for text
    /// that another renderer (libcmark) escapes.
    static func replacingForbidden(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: MarkupCodePoint.isForbidden) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { MarkupCodePoint.isForbidden($0) ? MarkupCodePoint.replacement : $0 }))
    }
}
