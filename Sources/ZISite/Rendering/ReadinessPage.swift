/// Indikasi Kesiapan WBK/WBBM: per area of change, the share of the plan
/// done, against the 60% and 75% guides. Stated as an indication only.
struct ReadinessPage {
    let words: SiteWords

    func contexts() -> [PageContext] {
        guard let report = words.monev.latest, let readiness = words.monev.readiness else { return [] }
        let path = SitePaths.readiness
        let root = SitePaths.root(for: path)
        let areas: [[String: Any]] = (readiness.areas ?? []).map { figures in
            let sections = words.content.plan.sections.filter { figures.sections.contains($0.numeral) }.map { section in
                "<a href=\"\(root)\(SitePaths.section(section))\">\(section.numeral)</a>"
            }
            return [
                "nomor": figures.area.numeral,
                "nama": figures.area.name,
                "bobot": IndonesianFormat.integer(figures.area.weight),
                "bagianHtml": sections.isEmpty ? "–" : sections.joined(separator: ", "),
                "selesai": IndonesianFormat.integer(figures.completion.done),
                "langkah": IndonesianFormat.integer(figures.completion.steps),
                "batang": figures.completion.steps == 0 ? "–" : ProgressHTML.bar(figures.completion),
                "indikasi": Self.words(figures.guide),
            ]
        }
        var values: [String: Any] = [
            "akar": root,
            "adaArea": readiness.areas != nil,
            "area": areas,
            "dariPengaturan": readiness.fromSettings,
            "adaBagianLain": !readiness.unmappedSections.isEmpty,
            "bagianLain": readiness.unmappedSections.map { "Bagian \($0)" }.joined(separator: ", "),
            "panduanWBK": IndonesianFormat.percent(Readiness.wbkGuide, fractionDigits: 0),
            "panduanWBBM": IndonesianFormat.percent(Readiness.wbbmGuide, fractionDigits: 0),
        ]
        values.merge(PeriodValues.of(report.period, root: root)) { _, period in period }
        return [PageContext(path: path, template: "kesiapan", title: "Indikasi kesiapan WBK/WBBM", values: values)]
    }

    static func words(_ guide: Readiness.Guide) -> String {
        switch guide {
        case .wbbm: "Mencapai panduan WBBM (75%)"
        case .wbk: "Mencapai panduan WBK (60%), belum panduan WBBM"
        case .below: "Di bawah panduan WBK (60%)"
        case .noSteps: "Tidak ada langkah aksi di area ini"
        }
    }
}
