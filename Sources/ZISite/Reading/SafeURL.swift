import Foundation

/// Whether a URL from content may become a link: http, https, mailto or a
/// relative path, never `javascript:` or `data:`.
enum SafeURL {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    static func isSafe(_ url: String) -> Bool {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.contains(where: { $0.isNewline || $0 == "\\" }),
              !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return false }
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        let scheme = trimmed[..<colon]
        // A colon after the first '/', '?' or '#' belongs to a relative path.
        if scheme.contains(where: { "/?#".contains($0) }) { return true }
        return allowedSchemes.contains(scheme.lowercased())
    }
}
