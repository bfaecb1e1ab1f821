/// The progress that Beranda and the section pages show, as of the latest
/// monev period: `kemajuan` is a list of one, or empty before the first
/// period, so that templates can say "belum ada data" with `{{^kemajuan}}`.
struct ProgressValues {
    let words: SiteWords

    func home(root: String) -> [String: Any] {
        guard let report = words.monev.latest, !report.actions.isEmpty else { return ["kemajuan": [[String: Any]]()] }
        let rows = report.sections.map { progress in
            ProgressHTML.Row(labelHTML: "<a href=\"\(root)\(SitePaths.section(progress.section))\">Bagian \(progress.section.numeral)</a>: \(RichTextHTML.html(progress.section.title))",
                             completion: progress.completion)
        }
        var values = common(report, states: report.states, completion: report.overall, root: root)
        values["tabelBagian"] = ProgressHTML.table(id: "kemajuan-bagian", caption: "Kemajuan per bagian, data per \(IndonesianFormat.date(report.period.asOf))",
                                                   labelHeader: "Bagian", rows: rows)
        values["terlambat"] = IndonesianFormat.integer(report.actions.count { $0.state == .late || $0.state == .notReported })
        values["catatan"] = words.content.settings.progressNote ?? ""
        values["adaCatatan"] = words.content.settings.progressNote != nil
        return ["kemajuan": [values]]
    }

    func section(_ section: Section, root: String) -> [String: Any] {
        guard let report = words.monev.latest,
              let progress = report.sections.first(where: { $0.section.numeral == section.numeral }) else {
            return ["kemajuan": [[String: Any]]()]
        }
        let rows = progress.components.filter { $0.component.title != nil || $0.component.number != nil }.map { component in
            ProgressHTML.Row(labelHTML: [component.component.number, component.component.title.map(RichTextHTML.html)]
                                .compactMap { $0 }.joined(separator: " "),
                             completion: component.completion)
        }
        var values = common(report, states: progress.states, completion: progress.completion, root: root)
        values["tabelKomponen"] = ProgressHTML.table(id: "kemajuan-komponen", caption: "Kemajuan per komponen bagian \(section.numeral)",
                                                     labelHeader: "Komponen", rows: rows)
        values["adaKomponen"] = !rows.isEmpty
        return ["kemajuan": [values]]
    }

    private func common(_ report: ProgressReport, states: [ActionState: Int], completion: Completion, root: String) -> [String: Any] {
        PeriodValues.of(report.period, root: root).merging([
            "persen": IndonesianFormat.percent(completion.percent),
            "batang": ProgressHTML.bar(completion),
            "selesai": IndonesianFormat.integer(completion.done),
            "langkah": IndonesianFormat.integer(completion.steps),
            "jumlahStatus": ProgressHTML.stateCounts(states),
            "alamatSemuaMonev": root + SitePaths.monevIndex,
            "alamatJadwal": root + SitePaths.schedule,
            "alamatTerlambat": root + SitePaths.lateList,
            "alamatBukti": root + SitePaths.evidenceLibrary,
            "alamatKesiapan": root + SitePaths.readiness,
        ]) { _, page in page }
    }
}
