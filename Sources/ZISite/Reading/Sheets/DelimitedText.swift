/// A table read from tab-separated or CSV text (or an Excel sheet), each
/// cell with its place in the file so diagnostics can point at it.
public struct DelimitedRow: Hashable, Sendable {
    public struct Cell: Hashable, Sendable {
        public var text: String
        /// The text line the cell starts on, and its character there; in an
        /// Excel sheet, the row number and the column's (1 for A).
        public var line: Int
        public var column: Int
    }

    /// The text line the row starts on.
    public var line: Int
    /// The row's number as a spreadsheet shows it: the record's, counting a
    /// quoted cell with line breaks as one row; in an Excel sheet, its own.
    public var number: Int
    public var cells: [Cell]

    public var isBlank: Bool {
        cells.allSatisfy { $0.text.allSatisfy(\.isWhitespace) }
    }
}

/// Reads delimited text: tab (pasted from Word), comma or semicolon (CSV from
/// an Indonesian Excel). Quoted cells may hold separators, doubled quotes and
/// line breaks.
///
/// A quote counts as opening a quoted cell only when a matching closing quote
/// is followed by a separator or a line end; otherwise it is ordinary text, so
/// a pasted cell such as `"Tolak Gratifikasi" banner` keeps its quotes.
public enum DelimitedTextReader {
    /// The separator of the first non-blank line: tab if it has one, else the
    /// more frequent of semicolon and comma outside quotes.
    public static func detectSeparator(_ text: Substring) -> Character {
        var rest = text, firstLine: Substring = ""
        while firstLine.isEmpty, !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            if !rest[..<end].allSatisfy(\.isWhitespace) { firstLine = rest[..<end] }
            rest = end == rest.endIndex ? "" : rest[rest.index(after: end)...]
        }
        if firstLine.contains("\t") { return "\t" }
        var inQuotes = false
        var semicolons = 0, commas = 0
        for character in firstLine {
            switch character {
            case "\"": inQuotes.toggle()
            case ";" where !inQuotes: semicolons += 1
            case "," where !inQuotes: commas += 1
            default: break
            }
        }
        return semicolons > commas ? ";" : ","
    }

    /// `separator`: tab, comma or semicolon (`detectSeparator`'s answer).
    public static func read(_ text: String, separator: Character, file: String, diagnostics: inout DiagnosticList) -> [DelimitedRow] {
        var parser = Parser(bytes: Array(text.utf8), separator: separator.asciiValue ?? UInt8(ascii: ","))
        return parser.rows(file: file, diagnostics: &diagnostics)
    }

    /// Works on the text's UTF-8 bytes: the separator, the quote and the
    /// line break are ASCII, and no byte of another code point is ASCII, so
    /// cells are cut where the code points would cut them. Columns count
    /// code points, as before.
    private struct Parser {
        let bytes: [UInt8]
        let separator: UInt8
        var index = 0
        var line = 1
        var lineStart = 0
        /// Set once a quote was found with no closing quote after it: later
        /// quotes cannot close either, so they need not be searched again.
        var noClosingQuoteAhead = false

        private static let quote = UInt8(ascii: "\""), lineBreak = UInt8(ascii: "\n")

        init(bytes: [UInt8], separator: UInt8) {
            self.bytes = bytes
            self.separator = separator
        }

        mutating func rows(file: String, diagnostics: inout DiagnosticList) -> [DelimitedRow] {
            var rows: [DelimitedRow] = []
            while index < bytes.count {
                rows.append(row(number: rows.count + 1, file: file, diagnostics: &diagnostics))
            }
            return rows
        }

        private mutating func row(number: Int, file: String, diagnostics: inout DiagnosticList) -> DelimitedRow {
            let rowLine = line
            var cells: [DelimitedRow.Cell] = []
            while true {
                let cell = self.cell(file: file, diagnostics: &diagnostics)
                cells.append(cell)
                guard index < bytes.count else { break }
                let terminator = bytes[index]
                index += 1
                if terminator == Self.lineBreak {
                    line += 1
                    lineStart = index
                    break
                }
            }
            return DelimitedRow(line: rowLine, number: number, cells: cells)
        }

        /// Reads one cell and stops at its separator or line end, not consuming it.
        private mutating func cell(file: String, diagnostics: inout DiagnosticList) -> DelimitedRow.Cell {
            let cellLine = line
            let cellColumn = column()
            if index < bytes.count, bytes[index] == Self.quote {
                switch closingQuote(after: index) {
                case .found(let close):
                    return DelimitedRow.Cell(text: quotedText(from: index + 1, to: close), line: cellLine, column: cellColumn)
                case .none:
                    diagnostics.error(SourceLocation(file: file, line: cellLine, column: cellColumn),
                                      "tanda petik (\") pembuka sel ini tidak pernah ditutup; tambahkan tanda petik penutup atau hapus tanda petik pembuka")
                case .notAtCellEnd:
                    break
                }
            }
            let start = index
            while index < bytes.count, bytes[index] != separator, bytes[index] != Self.lineBreak {
                index += 1
            }
            return DelimitedRow.Cell(text: String(decoding: bytes[start..<index], as: UTF8.self), line: cellLine, column: cellColumn)
        }

        /// The code points counted on the current line up to `counted`, a
        /// byte position: each cell's column is counted on from the last
        /// one's, so a long line is read once, not once per cell.
        private var counted = 0, codePoints = 0

        /// The column `index` is at: every byte but a UTF-8 continuation byte starts a code point.
        private mutating func column() -> Int {
            if counted < lineStart { (counted, codePoints) = (lineStart, 0) }
            codePoints += bytes[counted..<index].count { $0 & 0xC0 != 0x80 }
            counted = index
            return codePoints + 1
        }

        private enum Closing { case found(Int), notAtCellEnd, none }

        private mutating func closingQuote(after open: Int) -> Closing {
            if noClosingQuoteAhead { return .none }
            var position = open + 1
            while position < bytes.count {
                if bytes[position] == Self.quote {
                    if position + 1 < bytes.count, bytes[position + 1] == Self.quote {
                        position += 2
                        continue
                    }
                    let after = position + 1
                    if after == bytes.count || bytes[after] == separator || bytes[after] == Self.lineBreak {
                        return .found(position)
                    }
                    return .notAtCellEnd
                }
                position += 1
            }
            noClosingQuoteAhead = true
            return .none
        }

        /// The text between quotes with doubled quotes undone; advances past the
        /// closing quote and counts the line breaks inside.
        private mutating func quotedText(from start: Int, to close: Int) -> String {
            var text: [UInt8] = []
            text.reserveCapacity(close - start)
            var position = start
            while position < close {
                let byte = bytes[position]
                if byte == Self.quote { position += 1 }
                if byte == Self.lineBreak {
                    line += 1
                    lineStart = position + 1
                }
                text.append(byte)
                position += 1
            }
            index = close + 1
            return String(decoding: text, as: UTF8.self)
        }
    }
}
