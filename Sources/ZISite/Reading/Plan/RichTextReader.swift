/// Reads a cell's text into `RichText`: the `<b>`/`<i>` markup a word
/// processor leaves becomes emphasis, every other `<...>` stays as text, and
/// runs of white space (tabs, line breaks, non-breaking spaces) fold into one
/// space with none at the ends.
public enum RichTextReader {
    public static func read(_ raw: String) -> RichText {
        // Most cells are plain text, which the loop below would give back as it is.
        if raw.isFoldedASCII, !raw.utf8.contains(UInt8(ascii: "<")) { return RichText(runs: raw.isEmpty ? [] : [RichText.Run(raw, bold: false, italic: false)]) }
        var runs: [RichText.Run] = []
        var current = String.UnicodeScalarView()
        var bold = 0, italic = 0
        var pendingSpace = false
        let scalars = Array(raw.unicodeScalars)
        var index = 0

        func flush() {
            guard !current.isEmpty else { return }
            runs.append(RichText.Run(String(current), bold: bold > 0, italic: italic > 0))
            current = String.UnicodeScalarView()
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let (tag, length) = markupTag(in: scalars, at: index) {
                flush()
                switch tag {
                case .bold(let opens): bold = max(0, bold + (opens ? 1 : -1))
                case .italic(let opens): italic = max(0, italic + (opens ? 1 : -1))
                }
                index += length
                continue
            }
            if scalar.isWhiteSpace {
                pendingSpace = true
            } else {
                if pendingSpace, !(runs.isEmpty && current.isEmpty) {
                    current.append(" ")
                }
                pendingSpace = false
                current.append(scalar)
            }
            index += 1
        }
        flush()
        return RichText(runs: runs)
    }

    private enum Tag {
        case bold(opens: Bool)
        case italic(opens: Bool)
    }

    private static let tags: [String: Tag] = [
        "b": .bold(opens: true), "/b": .bold(opens: false),
        "strong": .bold(opens: true), "/strong": .bold(opens: false),
        "i": .italic(opens: true), "/i": .italic(opens: false),
        "em": .italic(opens: true), "/em": .italic(opens: false),
    ]

    private static func markupTag(in scalars: [Unicode.Scalar], at start: Int) -> (Tag, Int)? {
        var name = ""
        var index = start + 1
        while index < scalars.count, index - start <= 8 {
            let scalar = scalars[index]
            if scalar == ">" {
                guard let tag = tags[name.lowercased()] else { return nil }
                return (tag, index - start + 1)
            }
            name.unicodeScalars.append(scalar)
            index += 1
        }
        return nil
    }
}
