import Foundation

/// URL-safe names: "Triwulan IV 2025" is "triwulan-iv-2025", "Foto Café.JPG"
/// is "foto-cafe-jpg". Lower-case ASCII letters, digits and single dashes.
public enum Slug {
    public static func make(_ text: some StringProtocol, fallback: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? ascii(text.utf8, fallback: fallback) : folded(text, fallback: fallback)
    }

    /// Accents and case folded away first: any text.
    static func folded(_ text: some StringProtocol, fallback: String) -> String {
        var slug = ""
        for character in String(text).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? fallback : slug
    }

    /// The same for ASCII text, which folding only lower-cases, byte by byte.
    static func ascii(_ bytes: some Collection<UInt8>, fallback: String) -> String {
        var slug: [UInt8] = []
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): slug.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug.append(byte + 0x20)
            default: if let last = slug.last, last != UInt8(ascii: "-") { slug.append(UInt8(ascii: "-")) }
            }
        }
        while slug.last == UInt8(ascii: "-") { slug.removeLast() }
        return slug.isEmpty ? fallback : String(decoding: slug, as: UTF8.self)
    }
}
