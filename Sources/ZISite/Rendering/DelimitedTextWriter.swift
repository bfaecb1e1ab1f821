/// Writes rows as CSV: a cell holding the separator, a quote or a line break
/// is quoted, its quotes doubled.
enum DelimitedTextWriter {
    static func text(_ rows: [[String]], separator: Character, lineEnd: String = "\n") -> String {
        rows.map { row in row.map { cell($0, separator: separator) }.joined(separator: String(separator)) }
            .joined(separator: lineEnd) + lineEnd
    }

    static func cell(_ text: String, separator: Character) -> String {
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
