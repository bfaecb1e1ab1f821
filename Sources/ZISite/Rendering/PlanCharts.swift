/// The charts of the plan, with the sentences that describe them.
enum PlanCharts {
    static func actionsPerSection(_ plan: Plan, _ summary: PlanSummary, root: String) -> BarChart {
        let bars = zip(plan.sections, summary.sections).map { section, figures in
            BarChart.Bar(label: section.numeral,
                         fullLabel: "\(section.numeral). \(section.title.plain)",
                         value: figures.actions,
                         href: root + SitePaths.section(section))
        }
        let parts = bars.map { "bagian \($0.label) \(IndonesianFormat.integer($0.value))" }
        return BarChart(
            id: "grafik-bagian",
            title: "Jumlah langkah aksi per bagian",
            summary: "Jumlah langkah aksi per bagian: \(parts.joined(separator: ", ")); seluruhnya \(IndonesianFormat.integer(summary.actions)) langkah aksi.",
            caption: "Jumlah langkah aksi di setiap bagian rencana aksi.",
            labelHeader: "Bagian",
            valueHeader: "Jumlah langkah aksi",
            bars: bars,
            orientation: .horizontal,
            totalLabel: "Jumlah")
    }

    /// `scope` names what is counted, e.g. "rencana aksi" or "bagian II".
    static func actionsPerMonth(_ counts: [PlanSummary.MonthCount], withoutMonth: Int, id: String, scope: String) -> BarChart {
        let bars = counts.map {
            BarChart.Bar(label: IndonesianFormat.shortMonthYear($0.month),
                         fullLabel: IndonesianFormat.monthYear($0.month),
                         value: $0.actions,
                         href: nil)
        }
        let parts = bars.map { "\($0.fullLabel) \(IndonesianFormat.integer($0.value))" }
        var caption = "Jumlah langkah aksi \(scope) menurut bulan target. Langkah yang targetnya beberapa bulan (misalnya per triwulan) dihitung pada setiap bulan targetnya."
        if withoutMonth > 0 {
            caption += " \(IndonesianFormat.integer(withoutMonth)) langkah aksi memiliki target waktu yang tidak menyebut bulan dan tidak masuk grafik ini."
        }
        return BarChart(
            id: id,
            title: "Jumlah langkah aksi per bulan target",
            summary: parts.isEmpty ? "Tidak ada langkah aksi dengan bulan target." : "Jumlah langkah aksi per bulan target: \(parts.joined(separator: ", ")).",
            caption: caption,
            labelHeader: "Bulan",
            valueHeader: "Jumlah langkah aksi",
            bars: bars,
            orientation: .vertical)
    }
}
