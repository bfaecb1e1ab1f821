/// The figures above a table of units, on the Ringkasan and on each
/// province's page: the totals as key figures (`kumpulan-jumlah.mustache`)
/// and the chart of completion with its table.
enum CollectionSummaryValues {
    static func of(_ units: [UnitSummary], today: CalendarDate, chartID: String) -> [String: Any] {
        let bands = CompletionBands(units)
        return [
            "jumlah": totals(CollectionTotals(units, today: today)),
            "grafikHtml": CompletionChart(bands: bands).html(id: chartID),
            "adaBelumMelapor": bands.unreported > 0,
            "belumMelapor": IndonesianFormat.integer(bands.unreported),
        ]
    }

    /// The totals, formatted; the table's totals row shows them too.
    static func totals(_ totals: CollectionTotals) -> [String: Any] {
        [
            "satker": IndonesianFormat.integer(totals.units),
            "melapor": IndonesianFormat.integer(totals.reportedUnits),
            "langkah": IndonesianFormat.integer(totals.steps),
            "selesai": IndonesianFormat.integer(totals.done),
            "persen": IndonesianFormat.percent(totals.completion.percent),
            "terlambat": IndonesianFormat.integer(totals.late),
            "belumDilaporkan": IndonesianFormat.integer(totals.unreported),
            "dataLama": IndonesianFormat.integer(totals.oldData),
        ]
    }
}
