/// Jadwal: the plan's steps against its months, printable on A4 landscape.
struct SchedulePage {
    let words: SiteWords

    func context() -> PageContext {
        let path = SitePaths.schedule
        let root = SitePaths.root(for: path)
        let report = words.monev.latest
        var values: [String: Any] = [
            "akar": root,
            "rencana": words.planName,
            "adaMonev": report != nil,
            "jadwal": GanttChart(words: words, root: root, report: report).html(),
        ]
        values.merge(report.map { PeriodValues.of($0.period, root: root) } ?? PeriodValues.none) { _, period in period }
        return PageContext(path: path, template: "jadwal", title: "Jadwal pelaksanaan", values: values)
    }
}
