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
    var header: DelimitedRow? {
        didSet { titled = header.map { $0.cells.enumerated().map { Self.column($0.offset, title: Self.title($0.element.text)) } } ?? [] }
    }
    /// `kolom STATUS (F)` for each column of the header, made once for
    /// every cell of a sheet of thousands of rows.
    private var titled: [String] = []

    /// A title longer than this is cut in messages.
    static let titleLimit = 60

    init(file: String) {
        self.file = file
    }

    /// The row as a whole: `baris 11`.
    func row(_ row: DelimitedRow) -> SourceLocation {
        SourceLocation(file: file, line: row.line, column: 1, cell: "baris \(row.number)")
    }

    /// The cell of `row` in column `index`; the row when there is no column.
    func cell(_ row: DelimitedRow, _ index: Int?) -> SourceLocation {
        guard let index else { return self.row(row) }
        let line = index < row.cells.count ? row.cells[index].line : row.line
        let isTitled = header.map { row.number >= $0.number } ?? false && index < titled.count
        return SourceLocation(file: file, line: line, column: index + 1,
                              cell: "baris \(row.number), " + (isTitled ? titled[index] : Self.column(index, title: nil)))
    }

    /// `kolom STATUS (F)`, or `kolom B` for a column without a title.
    static func column(_ index: Int, title: String?) -> String {
        "kolom " + (title.map { "\($0) (\(letters(index)))" } ?? letters(index))
    }

    /// A header cell's title, white space folded and cut to `titleLimit`; nil when empty.
    private static func title(_ text: String) -> String? {
        let title = KeyedSheet.folded(text)
        if title.isEmpty { return nil }
        let scalars = title.unicodeScalars
        return scalars.count <= titleLimit ? title : String(String.UnicodeScalarView(scalars.prefix(titleLimit))) + "…"
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
