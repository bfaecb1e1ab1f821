/// A plan saved as CSV or TSV with lines above its header, such as its
/// title ("RENCANA AKSI ... KPU KABUPATEN KEPULAUAN CONTOH TAHUN 2025"), as
/// tab-separated text for `DecreeTextReader`, which reads the title there as
/// it does in a text file or an Excel sheet. A CSV's cells are joined by
/// tabs again (quoted where they must be), so its lines stay where they were.
enum TitledPlanTable {
    /// Nil when the table's first line is its header, or no line is: such a
    /// file is imported as a bare table.
    static func text(_ text: String, tabSeparated: Bool, file: String) -> String? {
        let guess = DelimitedTextReader.detectSeparator(Substring(text))
        // The title line may hold no separator to guess from, so each is tried.
        let candidates = tabSeparated ? [text] : ([guess] + [";", ",", "\t"].filter { $0 != guess }).lazy.map { tabbed(text, $0, file) }
        for candidate in candidates {
            let layout = DecreeLayout(text: candidate)
            guard let table = layout.table else { continue }
            return layout.lines[..<table.lowerBound].contains { !DecreeLayout.plain($0).isEmpty } ? candidate : nil
        }
        return nil
    }

    private static func tabbed(_ text: String, _ separator: Character, _ file: String) -> String {
        var ignored = DiagnosticList() // the plan reader reports the table's own problems
        let rows = DelimitedTextReader.read(text, separator: separator, file: file, diagnostics: &ignored)
        return DelimitedTextWriter.text(rows.map { $0.cells.map(\.text) }, separator: "\t")
    }
}
