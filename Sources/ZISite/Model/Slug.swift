import Foundation

/// URL-safe names: "Triwulan IV 2025" is "triwulan-iv-2025", "Foto Café.JPG"
/// is "foto-cafe-jpg". Lower-case ASCII letters, digits and single dashes.
public enum Slug {
    public static func make(_ text: some StringProtocol, fallback: String) -> String {
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
}
