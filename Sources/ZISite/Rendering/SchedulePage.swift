/// Jadwal: the plan's steps against its months, printable on A4 landscape.
struct SchedulePage {
    let words: SiteWords

    func context() -> PageContext {
        let path = SitePaths.schedule
        let root = SitePaths.root(for: path)
        let report = words.monev.latest
        let values: [String: Any] = [
            "akar": root,
            "rencana": words.planName,
            "adaMonev": report != nil,
            "periode": report?.period.name ?? "",
            "dataPer": report.map { IndonesianFormat.date($0.period.asOf) } ?? "",
            "dataPerISO": report?.period.asOf.iso ?? "",
            "jadwal": GanttChart(words: words, root: root, report: report).html(),
        ]
        return PageContext(path: path, template: "jadwal", title: "Jadwal pelaksanaan", values: values)
    }
}
