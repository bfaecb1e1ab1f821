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
