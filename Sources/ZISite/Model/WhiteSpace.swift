import Foundation

/// White space looked at code point by code point, with ASCII decided
/// without a table lookup: every cell of every sheet is trimmed and every
/// plan cell read, and the lookups were a visible part of reading a collection.
extension Unicode.Scalar {
    /// Unicode's White_Space property (`properties.isWhitespace`).
    var isWhiteSpace: Bool {
        value < 0x80 ? isASCIIWhiteSpace : properties.isWhitespace
    }

    /// Foundation's `whitespacesAndNewlines`, which also counts U+200B ZERO WIDTH SPACE.
    var isTrimmedWhiteSpace: Bool {
        value < 0x80 ? isASCIIWhiteSpace : CharacterSet.whitespacesAndNewlines.contains(self)
    }

    /// Below U+0080 both agree: the space, tab and the line and page breaks.
    private var isASCIIWhiteSpace: Bool {
        value == 0x20 || (0x09...0x0D).contains(value)
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without white space at either end: `trimmingCharacters(in: .whitespacesAndNewlines)`.
    var trimmingWhiteSpace: String {
        if startsAndEndsWithPrintableASCII { return String(self) }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isTrimmedWhiteSpace }),
              let last = scalars.lastIndex(where: { !$0.isTrimmedWhiteSpace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// `trimmingCharacters(in: .whitespaces)`: the text without spaces or
    /// tabs at either end (line breaks stay).
    var trimmingSpaces: String {
        startsAndEndsWithPrintableASCII ? String(self) : trimmingCharacters(in: .whitespaces)
    }

    /// Whether the first and last bytes are printable ASCII other than the
    /// space: then the text has no white space at either end, whatever the
    /// set trimmed, and nearly every cell and setting is such.
    private var startsAndEndsWithPrintableASCII: Bool {
        guard let first = utf8.first, let last = utf8.last else { return false }
        return (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last)
    }
}

extension String {
    /// Whether the text is printable ASCII with its words one space apart
    /// and no space at either end, so that folding its white space leaves it
    /// as it is. Most cells are such, and are told so byte by byte.
    var isFoldedASCII: Bool {
        var afterSpace = true
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: " "):
                if afterSpace { return false }
                afterSpace = true
            case 0x21...0x7E: afterSpace = false
            default: return false
            }
        }
        return isEmpty || !afterSpace
    }

    /// The words one space apart, with no white space at either end
    /// ("  Tim \t Kerja " → "Tim Kerja"); white space as `Character.isWhitespace` tells it.
    var foldingWhiteSpace: String {
        isFoldedASCII ? self : split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
