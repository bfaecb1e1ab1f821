/// Beranda: the unit, the decree and the plan at a glance.
struct HomePage {
    let words: SiteWords
    let summary: PlanSummary

    func context() -> PageContext {
        let path = SitePaths.home
        let root = SitePaths.root(for: path)
        let plan = words.content.plan
        let sections: [[String: Any]] = zip(plan.sections, summary.sections).map { section, figures in
            [
                "nomor": section.numeral,
                "judulHtml": RichTextHTML.html(section.title),
                "alamat": root + SitePaths.section(section),
                "komponen": IndonesianFormat.integer(figures.components),
                "langkah": IndonesianFormat.integer(figures.actions),
            ]
        }
        let pages: [[String: Any]] = words.content.pages.map {
            ["judul": $0.title, "alamat": root + SitePaths.page($0)]
        }
        let months = summary.actionsPerMonth.map(\.month)
        let span = months.first.map { first in
            first == months.last ? IndonesianFormat.monthYear(first)
                : "\(IndonesianFormat.monthYear(first)) sampai \(IndonesianFormat.monthYear(months.last!))"
        }
        var values: [String: Any] = [
            "akar": root,
            "satkerDanWilayah": [words.unitName, words.region].filter { !$0.isEmpty }.joined(separator: " "),
            "rencana": words.planName,
            "keputusan": words.decreeValues(root: root),
            "angka": [
                "bagian": IndonesianFormat.integer(plan.sections.count),
                "komponen": IndonesianFormat.integer(summary.components),
                "indikator": IndonesianFormat.integer(summary.indicators),
                "langkah": IndonesianFormat.integer(summary.actions),
            ] as [String: Any],
            "adaKomponen": summary.components > 0,
            "adaIndikator": summary.indicators > 0,
            "rentangBulan": span ?? "",
            "adaRentangBulan": span != nil,
            "bagian": sections,
            "adaLangkah": summary.actions > 0,
            "grafikBagian": PlanCharts.actionsPerSection(plan, summary, root: root).html(),
            "grafikBulan": PlanCharts.actionsPerMonth(summary.actionsPerMonth, withoutMonth: summary.actionsWithoutMonth,
                                                      id: "grafik-bulan", scope: "rencana aksi").html(),
            "halaman": pages,
            "alamatLampiran": root + SitePaths.annex,
        ]
        values.merge(ProgressValues(words: words).home(root: root)) { _, progress in progress }
        return PageContext(path: path, template: "beranda", title: "Beranda", values: values)
    }
}
