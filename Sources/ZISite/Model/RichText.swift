/// The text of one table cell with the bold and italic markup the word
/// processor left in it (`<b>`, `<i>`), kept as runs so that a page can show
/// the emphasis and a test can compare the words.
public struct RichText: Hashable, Sendable {
    public struct Run: Hashable, Sendable {
        public var text: String
        public var bold: Bool
        public var italic: Bool

        public init(_ text: String, bold: Bool = false, italic: Bool = false) {
            self.text = text
            self.bold = bold
            self.italic = italic
        }
    }

    public var runs: [Run]

    public init(runs: [Run]) {
        self.runs = runs.filter { !$0.text.isEmpty }
    }

    public init(plain: String) {
        self.init(runs: [Run(plain)])
    }

    public static let empty = RichText(runs: [])

    /// The words without markup.
    public var plain: String { runs.map(\.text).joined() }

    public var isEmpty: Bool { runs.allSatisfy { $0.text.isEmpty } }

    /// This text followed by `other`, separated by one space: how the rest of a
    /// cell split across a page break is joined back to its beginning.
    public func appending(_ other: RichText) -> RichText {
        if isEmpty { return other }
        if other.isEmpty { return self }
        return RichText(runs: runs + [Run(" ")] + other.runs)
    }
}

extension RichText {
    /// This text without its first `count` characters, as when a section
    /// numeral is taken off the front of a title cell.
    public func droppingPrefix(_ count: Int) -> RichText {
        var remaining = count
        var result: [Run] = []
        for run in runs {
            if remaining >= run.text.count {
                remaining -= run.text.count
                continue
            }
            var trimmed = run
            trimmed.text = String(run.text.dropFirst(remaining))
            remaining = 0
            result.append(trimmed)
        }
        if var first = result.first {
            first.text = String(first.text.drop { $0 == " " })
            result[0] = first
        }
        return RichText(runs: result)
    }
}
