/// "Terlambat dan belum dilaporkan": the steps the team must act on, as of
/// the latest period.
struct LateListPage {
    let words: SiteWords

    func contexts() -> [PageContext] {
        guard let report = words.monev.latest else { return [] }
        let path = SitePaths.lateList
        let root = SitePaths.root(for: path)
        let late = report.actions.filter { $0.state == .late }
        let unreported = report.actions.filter { $0.state == .notReported }
        let table = MonevTableHTML(words: words, root: root)
        var values: [String: Any] = [
            "akar": root,
            "jumlahTerlambat": IndonesianFormat.integer(late.count),
            "jumlahBelumDilaporkan": IndonesianFormat.integer(unreported.count),
            "jumlahLewatTarget": IndonesianFormat.integer(unreported.count { $0.overdue }),
            "adaTerlambat": !late.isEmpty,
            "adaBelumDilaporkan": !unreported.isEmpty,
            "tabelTerlambat": late.isEmpty ? "" : table.table(report, id: "tabel-terlambat", rows: late),
            "tabelBelumDilaporkan": unreported.isEmpty ? "" : table.table(report, id: "tabel-belum-dilaporkan", rows: unreported),
        ]
        values.merge(PeriodValues.of(report.period, root: root)) { _, period in period }
        return [PageContext(path: path, template: "terlambat", title: "Terlambat dan belum dilaporkan", values: values)]
    }
}
