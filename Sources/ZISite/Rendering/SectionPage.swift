/// One page per section (area): its figures, its months and its part of the table.
struct SectionPage {
    let words: SiteWords
    let summary: PlanSummary

    func contexts() -> [PageContext] {
        let sections = words.content.plan.sections
        return sections.indices.map { index in
            context(sections[index], figures: summary.sections[index],
                    previous: index > 0 ? sections[index - 1] : nil,
                    next: index + 1 < sections.count ? sections[index + 1] : nil)
        }
    }

    private func context(_ section: Section, figures: PlanSummary.SectionFigures, previous: Section?, next: Section?) -> PageContext {
        let path = SitePaths.section(section)
        let root = SitePaths.root(for: path)
        let neighbour = { (section: Section?) -> [[String: Any]] in
            section.map { [["judul": words.sectionTitle($0), "alamat": root + SitePaths.section($0)]] } ?? []
        }
        var table = PlanTableHTML(plan: words.content.plan, root: root)
        if let report = words.monev.latest {
            let steps = StepProgressHTML(words: words, root: root)
            table.extraColumn = ("Status per \(IndonesianFormat.date(report.period.asOf))", { action in
                report.progress(of: action.code).map(steps.summary) ?? ""
            })
        }
        var values: [String: Any] = [
            "akar": root,
            "nomor": section.numeral,
            "judulHtml": RichTextHTML.html(section.title),
            "angka": [
                "komponen": IndonesianFormat.integer(figures.components),
                "indikator": IndonesianFormat.integer(figures.indicators),
                "langkah": IndonesianFormat.integer(figures.actions),
            ] as [String: Any],
            "adaKomponen": figures.components > 0,
            "adaIndikator": figures.indicators > 0,
            "grafikBulan": PlanCharts.actionsPerMonth(figures.actionsPerMonth, withoutMonth: figures.actionsWithoutMonth,
                                                      id: "grafik-bulan-bagian", scope: "bagian \(section.numeral)").html(),
            "tabel": table.table(for: section, id: "tabel-bagian", caption: "Rencana aksi \(words.sectionTitle(section))"),
            "sebelumnya": neighbour(previous),
            "berikutnya": neighbour(next),
            "alamatLampiran": root + SitePaths.annex,
        ]
        values.merge(ProgressValues(words: words).section(section, root: root)) { _, progress in progress }
        return PageContext(path: path, template: "bagian", title: words.sectionTitle(section), values: values)
    }
}
