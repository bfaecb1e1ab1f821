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
