/// A register's count per quarter ("Triwulan II 2025") as a column chart
/// with its table and total, for the complaint and integrity-report pages.
enum QuarterChart {
    /// `what`: the thing counted, as its table's column says it ("Pengaduan diterima").
    static func html(id: String, title: String, what: String, caption: String, quarters: [(label: String, count: Int)]) -> String {
        BarChart(
            id: id, title: title,
            summary: "\(what): " + quarters.map { "\($0.label) \(IndonesianFormat.integer($0.count))" }.joined(separator: ", ") + ".",
            caption: caption, labelHeader: "Triwulan", valueHeader: what,
            bars: quarters.map { .init(label: $0.label.replacingOccurrences(of: "Triwulan", with: "TW"), fullLabel: $0.label, value: $0.count) },
            orientation: .vertical, totalLabel: "Jumlah"
        ).html()
    }
}
