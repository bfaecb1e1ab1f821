/// The monev pages: one per period, and an index with the trend across periods.
struct MonevPages {
    let words: SiteWords

    func contexts() -> [PageContext] {
        let monev = words.monev
        guard !monev.reports.isEmpty else { return [] }
        return [index()] + monev.reports.indices.map { period($0) }
    }

    private func index() -> PageContext {
        let path = SitePaths.monevIndex
        let root = SitePaths.root(for: path)
        let reports = words.monev.reports
        let periods: [[String: Any]] = reports.reversed().map { report in
            [
                "nama": report.period.name,
                "alamat": root + SitePaths.monev(report.period),
                "dataPer": IndonesianFormat.date(report.period.asOf),
                "dataPerISO": report.period.asOf.iso,
                "selesai": IndonesianFormat.integer(report.overall.done),
                "langkah": IndonesianFormat.integer(report.overall.steps),
                "persen": IndonesianFormat.percent(report.overall.percent),
                "terlambat": IndonesianFormat.integer(report.states[.late] ?? 0),
                "belumDilaporkan": IndonesianFormat.integer(report.states[.notReported] ?? 0),
            ]
        }
        let bars = reports.map {
            BarChart.Bar(label: $0.period.name.replacingOccurrences(of: "Triwulan", with: "TW"), fullLabel: $0.period.name,
                         value: $0.overall.done, href: root + SitePaths.monev($0.period))
        }
        let trend = BarChart(
            id: "grafik-tren",
            title: "Langkah aksi selesai per periode monev",
            summary: "Langkah aksi selesai: " + reports.map { "\($0.period.name) \(IndonesianFormat.integer($0.overall.done)) dari \(IndonesianFormat.integer($0.overall.steps))" }.joined(separator: ", ") + ".",
            caption: "Jumlah langkah aksi berstatus selesai pada akhir setiap periode, dari \(IndonesianFormat.integer(reports[0].overall.steps)) langkah aksi.",
            labelHeader: "Periode", valueHeader: "Langkah aksi selesai", bars: bars, orientation: .vertical)
        let values: [String: Any] = [
            "akar": root,
            "periode": periods,
            "grafikTren": trend.html(),
            "alamatJadwal": root + SitePaths.schedule,
            "alamatTerlambat": root + SitePaths.lateList,
            "alamatBukti": root + SitePaths.evidenceLibrary,
            "alamatKesiapan": root + SitePaths.readiness,
        ]
        return PageContext(path: path, template: "monev-indeks", title: "Monev", values: values)
    }

    private func period(_ index: Int) -> PageContext {
        let report = words.monev.reports[index]
        let path = SitePaths.monev(report.period)
        let root = SitePaths.root(for: path)
        let sections = Dictionary(report.sections.flatMap { progress in progress.section.actions.map { ($0.code, progress.section) } },
                                  uniquingKeysWith: { first, _ in first })
        let changes: [[String: Any]] = (words.monev.comparisons[index]?.changes ?? []).map { change in
            let section = sections[change.action.code] ?? words.content.plan.sections[0]
            return [
                "kode": change.action.code,
                "alamat": root + SitePaths.step(change.action, in: section),
                "langkahHtml": RichTextHTML.html(change.action.text),
                "sebelumnya": StatusBadge.html(change.from),
                "sekarang": StatusBadge.html(change.to),
            ]
        }
        let comparison = words.monev.comparisons[index]
        var values: [String: Any] = [
            "akar": root,
            "judul": "Monev \(report.period.name)",
            "persen": IndonesianFormat.percent(report.overall.percent),
            "batang": ProgressHTML.bar(report.overall),
            "selesai": IndonesianFormat.integer(report.overall.done),
            "langkah": IndonesianFormat.integer(report.overall.steps),
            "jumlahStatus": ProgressHTML.stateCounts(report.states),
            "unduhan": OpenData.links([OpenData(words: words).monev(report)], root: root),
            "legenda": StatusBadge.legend(),
            "adaPembanding": comparison != nil,
            "periodeSebelumnya": comparison?.previous.name ?? "",
            "alamatSebelumnya": comparison.map { root + SitePaths.monev($0.previous) } ?? "",
            "selisihSelesai": IndonesianFormat.integer(comparison?.newlyDone.count ?? 0),
            "perubahan": changes,
            "adaPerubahan": !changes.isEmpty,
            "tabel": MonevTableHTML(words: words, root: root).table(report, id: "tabel-monev"),
            "alamatSemuaMonev": root + SitePaths.monevIndex,
        ]
        values.merge(PeriodValues.of(report.period, root: root)) { _, period in period }
        return PageContext(path: path, template: "monev", title: "Monev \(report.period.name)", values: values)
    }
}
