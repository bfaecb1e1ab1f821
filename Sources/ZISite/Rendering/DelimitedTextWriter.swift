/// Writes rows as CSV: a cell holding the separator, a quote or a line break
/// is quoted, its quotes doubled. Looked at scalar by scalar, never by Swift
/// `Character`: a separator followed by a combining mark is one `Character`
/// that is not the separator, yet a spreadsheet splits the row there.
enum DelimitedTextWriter {
    static func text(_ rows: [[String]], separator: Unicode.Scalar, lineEnd: String = "\n") -> String {
        rows.map { row in row.map { cell($0, separator: separator) }.joined(separator: String(separator)) }
            .joined(separator: lineEnd) + lineEnd
    }

    /// Rows as an Indonesian Excel opens a CSV file by double-click: UTF-8
    /// with a byte-order mark, semicolons, Windows line ends. The sheets
    /// `zisite new` starts are written so.
    static func spreadsheetText(_ rows: [[String]]) -> String {
        "\u{FEFF}" + text(rows, separator: ";", lineEnd: "\r\n")
    }

    static func cell(_ text: String, separator: Unicode.Scalar) -> String {
        guard mayNeedQuotes(text, separator: separator),
              text.unicodeScalars.contains(where: { $0 == separator || $0 == "\"" || breaksLine($0) }) else { return text }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.append("\"") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// Whether a byte of the text may be the separator, a quote or a line
    /// break: an ASCII one, or the lead byte of U+0085 (0xC2) or of U+2028
    /// and U+2029 (0xE2). Most cells have none and are told so byte by byte.
    private static func mayNeedQuotes(_ text: String, separator: Unicode.Scalar) -> Bool {
        guard separator.isASCII else { return true }
        let separator = UInt8(separator.value)
        return text.utf8.contains { byte in
            byte == separator || byte == UInt8(ascii: "\"") || (0x0A...0x0D).contains(byte) || byte == 0xC2 || byte == 0xE2
        }
    }

    /// A line break to any reader: LF, CR, and the rarer ones Swift and
    /// spreadsheets may also take for one.
    private static func breaksLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
