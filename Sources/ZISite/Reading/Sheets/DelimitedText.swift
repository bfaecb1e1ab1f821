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

    public static func read(_ text: String, separator: Character, file: String, diagnostics: inout DiagnosticList) -> [DelimitedRow] {
        var parser = Parser(scalars: Array(text.unicodeScalars), separator: separator.unicodeScalars.first!)
        return parser.rows(file: file, diagnostics: &diagnostics)
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        let separator: Unicode.Scalar
        var index = 0
        var line = 1
        var lineStart = 0
        /// Set once a quote was found with no closing quote after it: later
        /// quotes cannot close either, so they need not be searched again.
        var noClosingQuoteAhead = false

        init(scalars: [Unicode.Scalar], separator: Unicode.Scalar) {
            self.scalars = scalars
            self.separator = separator
        }

        mutating func rows(file: String, diagnostics: inout DiagnosticList) -> [DelimitedRow] {
            var rows: [DelimitedRow] = []
            while index < scalars.count {
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
                guard index < scalars.count else { break }
                let terminator = scalars[index]
                index += 1
                if terminator == "\n" {
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
            let cellColumn = index - lineStart + 1
            if index < scalars.count, scalars[index] == "\"" {
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
            var text = String.UnicodeScalarView()
            while index < scalars.count, scalars[index] != separator, scalars[index] != "\n" {
                text.append(scalars[index])
                index += 1
            }
            return DelimitedRow.Cell(text: String(text), line: cellLine, column: cellColumn)
        }

        private enum Closing { case found(Int), notAtCellEnd, none }

        private mutating func closingQuote(after open: Int) -> Closing {
            if noClosingQuoteAhead { return .none }
            var position = open + 1
            while position < scalars.count {
                if scalars[position] == "\"" {
                    if position + 1 < scalars.count, scalars[position + 1] == "\"" {
                        position += 2
                        continue
                    }
                    let after = position + 1
                    if after == scalars.count || scalars[after] == separator || scalars[after] == "\n" {
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
            var text = String.UnicodeScalarView()
            var position = start
            while position < close {
                let scalar = scalars[position]
                if scalar == "\"" { position += 1 }
                if scalar == "\n" {
                    line += 1
                    lineStart = position + 1
                }
                text.append(scalar)
                position += 1
            }
            index = close + 1
            return String(text)
        }
    }
}
