import Foundation

/// White space as Foundation's `whitespacesAndNewlines` has it, looked at
/// code point by code point, with ASCII decided without asking Foundation:
/// cells of every sheet are trimmed, and Foundation's trimming was a
/// visible part of reading a collection.
extension Unicode.Scalar {
    var isWhiteSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : CharacterSet.whitespacesAndNewlines.contains(self)
    }
}

extension StringProtocol {
    /// The text without white space at either end: `trimmingCharacters(in: .whitespacesAndNewlines)`.
    var trimmingWhiteSpace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
              let last = scalars.lastIndex(where: { !$0.isWhiteSpace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
