/// The distribution of a collection's units over completion
/// (`CompletionBands`) as a column chart, with the same counts in a table
/// beside it.
struct CompletionChart {
    let bands: CompletionBands

    /// "0–9%", …, "90–99%", "100%".
    static func label(_ index: Int) -> String {
        let range = CompletionBands.range(of: index)
        return range.low == range.high ? "\(range.low)%" : "\(range.low)–\(range.high)%"
    }

    func html(id: String) -> String {
        let bars = bands.counts.indices.map { index in
            BarChart.Bar(label: Self.label(index), fullLabel: Self.label(index), value: bands.counts[index])
        }
        let summary = bars.map { "\($0.fullLabel): \(IndonesianFormat.integer($0.value)) satker" }.joined(separator: "; ")
        let reported = bands.counts.reduce(0, +)
        return BarChart(id: id, title: "Sebaran satker menurut persentase langkah aksi selesai",
                        summary: reported == 0 ? "Belum ada satker yang melaporkan monev." : summary + ".",
                        caption: "Jumlah satker menurut persentase langkah aksi yang selesai pada periode monev terakhirnya, dibulatkan ke bawah; "
                            + "satker yang belum melaporkan monev tidak termasuk",
                        labelHeader: "Langkah aksi selesai", valueHeader: "Satker",
                        bars: reported == 0 ? [] : bars, orientation: .vertical, totalLabel: "Jumlah satker yang melapor").html()
    }
}
