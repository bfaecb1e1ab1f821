/// A sheet as a unit keeps figures in a spreadsheet (Excel, or saved as
/// CSV): rows of `KEY;value` (PERIODE, SUMBER, ...) above a header row,
/// then a table.
struct KeyedSheet {
    struct Value {
        var text: String
        var location: SourceLocation
        /// The key row's number in the sheet.
        var row: Int
    }

    /// The key rows by key (upper case, white space folded).
    var values: [String: Value]
    /// The header's column names (upper case, folded) by index.
    var columns: [String]
    var header: DelimitedRow
    /// The rows under the header that hold anything.
    var rows: [DelimitedRow]
    /// Where rows and cells are, for messages.
    let places: SheetPlaces

    /// Rows of guidance above the header (`zisite new` writes them); any
    /// number of them, never read.
    static let guidanceKey = "PETUNJUK"

    /// Nil, with an error naming `expected`, when no row is a header. Key
    /// rows other than `keys` and guidance are warned about and ignored.
    init?(_ table: SheetTable, file: String, keys: [String], expected: String, isHeader: (Set<String>) -> Bool,
          diagnostics: inout DiagnosticList) {
        let rows = table.rows
        var places = SheetPlaces(file: file)
        guard let headerIndex = rows.firstIndex(where: { isHeader(Set($0.cells.map { Self.label($0.text) })) }) else {
            table.reportUncalculated(places, &diagnostics)
            diagnostics.error(SourceLocation(file: file, line: 1), "baris judul kolom tidak ditemukan; \(expected)")
            return nil
        }
        places.header = rows[headerIndex]
        self.places = places
        table.reportUncalculated(places, &diagnostics)
        values = [:]
        for row in rows[..<headerIndex] where !row.isBlank {
            let key = Self.label(row.cells[0].text)
            if key == Self.guidanceKey { continue }
            guard keys.contains(key) else {
                diagnostics.warning(places.row(row),
                                    "baris di atas judul kolom ini tidak dikenal dan diabaikan; di atas judul kolom hanya ada baris \(keys.joined(separator: ", "))")
                continue
            }
            if let earlier = values[key] {
                diagnostics.error(places.row(row), "baris \(key) sudah ada di baris \(earlier.row); tulis \(key) sekali saja")
                continue
            }
            // A value with the separator in it spans cells: keep them all.
            let cells = row.cells.indices.dropFirst().filter { !row.cells[$0].text.allSatisfy(\.isWhitespace) }
            values[key] = Value(text: cells.map { Self.folded(row.cells[$0].text) }.joined(separator: "; "),
                                location: places.cell(row, cells.first ?? 1), row: row.number)
        }
        header = rows[headerIndex]
        columns = header.cells.map { Self.label($0.text) }
        // A row numbered in advance and left empty is no row.
        let number = columns.firstIndex(of: "NO")
        self.rows = rows[(headerIndex + 1)...].filter { row in
            row.cells.enumerated().contains { $0.offset != number && !$0.element.text.allSatisfy(\.isWhitespace) }
        }
        for row in self.rows {
            if let index = row.cells.indices.dropFirst(header.cells.count).first(where: { !row.cells[$0].text.allSatisfy(\.isWhitespace) }) {
                diagnostics.warning(places.cell(row, index),
                                    "sel ini ada di luar kolom yang berjudul, jadi tidak dibaca; beri kolomnya judul di baris judul, atau pindahkan isinya")
            }
        }
        for row in self.rows where keys.contains(Self.label(row.cells[0].text)) {
            diagnostics.error(places.row(row),
                              "baris \(Self.label(row.cells[0].text)) ada di bawah judul kolom, sehingga terbaca sebagai data; pindahkan baris itu ke atas judul kolom")
        }
    }

    /// A key row's value; nil, with an error saying how to add it, when it
    /// is missing or empty, or still the placeholder a new sheet holds.
    func required(_ key: String, file: String, example: String, _ diagnostics: inout DiagnosticList) -> String? {
        guard let value = values[key], !value.text.isEmpty else {
            diagnostics.error(values[key]?.location ?? SourceLocation(file: file, line: 1),
                              "baris \(key) belum ada atau kosong; tambahkan baris '\(key)' di atas judul kolom, misalnya \(key);\(example)")
            return nil
        }
        guard value.text != Settings.placeholder else {
            diagnostics.error(value.location, "baris \(key) masih \(Settings.placeholder); ganti dengan isiannya, misalnya \(key);\(example)")
            return nil
        }
        return value.text
    }

    /// Where each required column is, by its name in the header; nil, with
    /// one error naming every missing column and `need`, when any is missing.
    func columns<Key: Hashable>(_ required: [(key: Key, name: String)], need: String, file: String,
                                _ diagnostics: inout DiagnosticList) -> [Key: Int]? {
        var found: [Key: Int] = [:]
        for (key, name) in required { found[key] = columns.firstIndex(of: name) }
        let missing = required.filter { found[$0.key] == nil }.map(\.name)
        guard missing.isEmpty else {
            diagnostics.error(places.row(header), "kolom \(missing.joined(separator: ", ")) tidak ada; \(need)")
            return nil
        }
        return found
    }

    /// A key row's value, nil when missing or empty.
    func optional(_ key: String) -> String? {
        values[key].flatMap { $0.text.isEmpty ? nil : $0.text }
    }

    /// The cell of `row` in column `index`; nil when the row is shorter.
    static func cell(_ row: DelimitedRow, _ index: Int?) -> DelimitedRow.Cell? {
        index.flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
    }

    /// A cell's text, white space folded; "" when the row has no such cell.
    static func text(_ row: DelimitedRow, _ index: Int?) -> String {
        folded(cell(row, index)?.text ?? "")
    }

    /// Where the cell of `row` in column `index` is: `baris 11, kolom STATUS (F)`.
    func location(_ row: DelimitedRow, _ index: Int?) -> SourceLocation {
        places.cell(row, index)
    }

    /// Where `row` is: `baris 11`.
    func location(_ row: DelimitedRow) -> SourceLocation {
        places.row(row)
    }

    /// The largest count a sheet may hold: more people than any unit serves
    /// is a pasted NIP or NIK, not a count.
    static let largestCount = 9_999_999

    /// A count as a spreadsheet writes it: "120" or "1.200"; an empty cell
    /// is 0. Nil when it is not a whole number from 0 to `largestCount`.
    static func count(_ text: String) -> Int? {
        let digits = folded(text)
        if digits.isEmpty { return 0 }
        let groups = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              groups.count == 1 || groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return Int(groups.joined()).flatMap { $0 <= largestCount ? $0 : nil }
    }

    /// A header or key cell as compared: upper case, white space folded.
    static func label(_ text: String) -> String {
        folded(text).uppercased()
    }

    static func folded(_ text: String) -> String {
        text.foldingWhiteSpace
    }
}
