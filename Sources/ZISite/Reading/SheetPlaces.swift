/// Where a row or cell of a monev or service sheet is, told as a
/// spreadsheet shows it: `baris 11, kolom STATUS (F)`. The row is the one
/// Excel numbers (for CSV, the record, a quoted cell with line breaks being
/// one row); the column is named by its title in the header row and by its
/// letter. The `file:line:` prefix keeps the text line of CSV; the column
/// number there is the sheet column's (6 for F), not a character offset.
struct SheetPlaces {
    let file: String
    /// The header row, once found; cells at or below it are named by their
    /// column's title as well as by its letter.
    var header: DelimitedRow?

    /// A title longer than this is cut in messages.
    static let titleLimit = 60

    /// The row as a whole: `baris 11`.
    func row(_ row: DelimitedRow) -> SourceLocation {
        SourceLocation(file: file, line: row.line, column: 1, cell: "baris \(row.number)")
    }

    /// The cell of `row` in column `index`; the row when there is no column.
    func cell(_ row: DelimitedRow, _ index: Int?) -> SourceLocation {
        guard let index else { return self.row(row) }
        let line = index < row.cells.count ? row.cells[index].line : row.line
        return SourceLocation(file: file, line: line, column: index + 1,
                              cell: Self.label(row: row.number, column: index, title: title(index, below: row.number)))
    }

    private func title(_ index: Int, below number: Int) -> String? {
        guard let header, number >= header.number, index < header.cells.count else { return nil }
        let title = KeyedSheet.folded(header.cells[index].text)
        if title.isEmpty { return nil }
        let scalars = title.unicodeScalars
        return scalars.count <= Self.titleLimit ? title : String(String.UnicodeScalarView(scalars.prefix(Self.titleLimit))) + "…"
    }

    /// `baris 11, kolom STATUS (F)`, or `baris 2, kolom B` for a column without a title.
    static func label(row: Int, column: Int, title: String?) -> String {
        "baris \(row), kolom " + (title.map { "\($0) (\(letters(column)))" } ?? letters(column))
    }

    /// A column's letters as a spreadsheet writes them: 0 is A, 25 Z, 26 AA, 16383 XFD.
    static func letters(_ index: Int) -> String {
        var number = max(index, 0) + 1
        var letters: [Unicode.Scalar] = []
        while number > 0 {
            number -= 1
            letters.append(Unicode.Scalar(UInt8(65 + number % 26)))
            number /= 26
        }
        return String(String.UnicodeScalarView(letters.reversed()))
    }
}
