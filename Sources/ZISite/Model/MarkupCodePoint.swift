/// Code points that cannot stand in a page or a feed: XML 1.0 does not
/// allow them and HTML reports them as parse errors. Pages show U+FFFD in
/// their place, and reading a file that holds one warns where it is.
enum MarkupCodePoint {
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// A control character other than tab and line breaks, or a noncharacter.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }

    /// Whether the text holds a forbidden code point: `isForbidden` of each,
    /// told from the UTF-8 bytes in one pass, without decoding them.
    static func anyForbidden(in text: String) -> Bool {
        var text = text
        let told = text.withUTF8 { bytes -> Bool? in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let length = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                guard index + length <= bytes.count else { return nil }
                switch byte {
                case 0x09, 0x0A, 0x0D: break
                case 0x00...0x1F, 0x7F: return true
                case 0xC2: // U+0080–U+009F
                    if bytes[index + 1] <= 0x9F { return true }
                case 0xEF: // U+FDD0–U+FDEF, U+FFFE, U+FFFF
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0xB7 && (0x90...0xAF).contains(third) || second == 0xBF && third >= 0xBE { return true }
                case 0xF0...0xFF: // U+xFFFE and U+xFFFF of planes 1 to 16
                    if bytes[index + 1] & 0x0F == 0x0F && bytes[index + 2] == 0xBF && bytes[index + 3] >= 0xBE { return true }
                default: break
                }
                index += length
            }
            return false
        }
        return told ?? text.unicodeScalars.contains(where: isForbidden)
    }

    /// Whether a byte of UTF-8 text may be, or start, a forbidden code
    /// point: a control byte, or the lead byte of U+0080–U+009F, of
    /// U+FDD0–U+FFFF or of a code point beyond the BMP. Text none of whose
    /// bytes may holds no forbidden code point.
    static func mayStartForbidden(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F, 0xC2, 0xEF, 0xF0...0xFF: true
        default: false
        }
    }
}
