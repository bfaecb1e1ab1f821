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
        guard needsQuotes(text, separator: separator) else { return text }
        // A quote is one byte, never part of another code point's bytes: doubled byte by byte.
        var quoted: [UInt8] = [UInt8(ascii: "\"")]
        quoted.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") { quoted.append(byte) }
            quoted.append(byte)
        }
        quoted.append(UInt8(ascii: "\""))
        return String(decoding: quoted, as: UTF8.self)
    }

    /// Whether the text holds the separator, a quote or a line break. An
    /// ASCII one is told by its byte; the others (U+0085, U+2028, U+2029)
    /// are looked for code point by code point only in a text holding a
    /// byte that may start them (0xC2, 0xE2). Most cells have none of these
    /// bytes and are told so in one pass.
    private static func needsQuotes(_ text: String, separator: Unicode.Scalar) -> Bool {
        guard separator.isASCII else { return text.unicodeScalars.contains { $0 == separator || $0 == "\"" || breaksLine($0) } }
        let separator = UInt8(separator.value)
        var mayBreakLine = false
        for byte in text.utf8 {
            if byte == separator || byte == UInt8(ascii: "\"") || (0x0A...0x0D).contains(byte) { return true }
            if byte == 0xC2 || byte == 0xE2 { mayBreakLine = true }
        }
        return mayBreakLine && text.unicodeScalars.contains(where: breaksLine)
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
