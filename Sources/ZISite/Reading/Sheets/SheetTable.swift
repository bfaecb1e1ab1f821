/// The rows of a monev or service sheet, read from CSV or TSV text or from
/// the first sheet of an Excel workbook, each row with the number a
/// spreadsheet shows for it.
struct SheetTable {
    var rows: [DelimitedRow]
    /// Excel cells that hold a formula saved without its value (by a program
    /// that writes formulas but does not calculate them), by row number and
    /// column index; their text is empty.
    var uncalculated: [(row: Int, column: Int)] = []

    init(rows: [DelimitedRow], uncalculated: [(row: Int, column: Int)] = []) {
        self.rows = rows
        self.uncalculated = uncalculated
    }

    /// A sheet saved as CSV (`;` or `,`) or tab-separated text.
    init(text: String, file: String, diagnostics: inout DiagnosticList) {
        rows = DelimitedTextReader.read(text, separator: DelimitedTextReader.detectSeparator(Substring(text)), file: file,
                                        diagnostics: &diagnostics)
    }

    /// Names the first cell that holds a formula without its value, and
    /// how many there are: one fix (saving the file in Excel) mends them all.
    /// Called once the header is known, so that the cell is named by its
    /// column's title.
    func reportUncalculated(_ places: SheetPlaces, _ diagnostics: inout DiagnosticList) {
        guard let (number, column) = uncalculated.first, let row = rows.first(where: { $0.number == number }) else { return }
        diagnostics.error(places.cell(row, column),
                          "sel ini berisi rumus yang hasilnya tidak tersimpan di berkas (\(uncalculated.count) sel seperti ini di lembar ini); buka berkasnya di Excel lalu simpan ulang, Excel menyimpan hasil rumusnya")
    }
}
