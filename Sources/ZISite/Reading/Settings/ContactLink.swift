/// What a contact entry in the settings is: a link zisite may put on a page,
/// plain text (a phone number), or a link with a scheme that is not allowed.
enum ContactLink: Equatable {
    case link(String)
    case text
    case forbidden

    static func read(_ text: String) -> ContactLink {
        let lower = text.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") {
            return SafeURL.isSafe(text) && !text.contains(" ") ? .link(text) : .forbidden
        }
        if !text.contains(" "), let at = text.firstIndex(of: "@"), text[text.index(after: at)...].contains(".") {
            return .link("mailto:" + text)
        }
        if hasScheme(text) { return .forbidden }
        return .text
    }

    /// `javascript:...`, `data:...`: a scheme name directly followed by ':' and
    /// no space; "Telp: 0401" is text, not a scheme.
    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        let afterColon = text[text.index(after: colon)...]
        guard let first = scheme.first, first.isLetter, !(afterColon.first?.isWhitespace ?? true) else { return false }
        return scheme.allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }
}
