import Foundation

/// Whether a URL from content may become a link: http, https, mailto or a
/// relative path, never `javascript:` or `data:`, and nothing a URL cannot
/// hold as written.
enum SafeURL {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    static func isSafe(_ url: String) -> Bool {
        let trimmed = url.trimmingSpaces
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: neverInAURL) else { return false }
        let scalars = trimmed.unicodeScalars
        guard let colon = scalars.firstIndex(of: ":") else { return true }
        let scheme = scalars[..<colon]
        // A colon after the first '/', '?' or '#' belongs to a relative path.
        if scheme.contains(where: { "/?#".unicodeScalars.contains($0) }) { return true }
        return allowedSchemes.contains(String(String.UnicodeScalarView(scheme)).lowercased())
    }

    /// What a URL never holds unencoded (RFC 3986), looked at scalar by
    /// scalar: a control character, white space, a quote, `<`, `>`, `\\` and
    /// the like. A browser would encode them; a link typed with one is
    /// refused so that it reaches the page exactly as written.
    private static func neverInAURL(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar.isWhiteSpace || "\"<>\\^`{|}".unicodeScalars.contains(scalar)
    }
}
