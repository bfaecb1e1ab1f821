/// Bukti Dukung: every piece of evidence, arranged as assessors file it:
/// by area of change (where the sections map to areas), section, component
/// and step, each file with its type and size; and the done steps still
/// without evidence.
struct EvidenceLibraryPage {
    let words: SiteWords

    func contexts() -> [PageContext] {
        guard let report = words.monev.latest else { return [] }
        let path = SitePaths.evidenceLibrary
        let root = SitePaths.root(for: path)
        let steps = StepProgressHTML(words: words, root: root)
        let evidence = evidenceByCode()
        let sections: [String: [String: Any]] = Dictionary(uniqueKeysWithValues: words.content.plan.sections.map { section in
            let components: [[String: Any]] = section.components.map { component in
                let actions: [[String: Any]] = component.actions.map { action in
                    let references = evidence[action.code] ?? []
                    return [
                        "kode": action.code,
                        "alamat": root + SitePaths.step(action, in: section),
                        "langkahHtml": RichTextHTML.html(action.text),
                        "status": report.progress(of: action.code).map { StatusBadge.html($0.state) } ?? "",
                        "buktiHtml": steps.evidence(references),
                        "adaBukti": !references.isEmpty,
                    ]
                }
                let title = [component.number, component.title?.plain].compactMap { $0 }.joined(separator: " ")
                return ["judul": title, "adaJudul": !title.isEmpty, "langkah": actions]
            }
            return (section.numeral, [
                "judul": words.sectionTitle(section),
                "id": "bukti-bagian-\(section.numeral.lowercased())",
                "komponen": components,
            ] as [String: Any])
        })
        let missing: [[String: Any]] = report.actions.filter { $0.state == .done && (evidence[$0.action.code] ?? []).isEmpty }.map {
            ["kode": $0.action.code, "langkahHtml": RichTextHTML.html($0.action.text)]
        }
        let files = words.content.evidence
        var values: [String: Any] = [
            "akar": root,
            "jumlahBerkas": IndonesianFormat.integer(files.count),
            "ukuranBerkas": IndonesianFormat.fileSize(files.reduce(0) { $0 + $1.size }),
            "jumlahTautan": IndonesianFormat.integer(Set(evidence.values.flatMap { $0 }.filter { if case .link = $0 { true } else { false } }).count),
            "area": areaGroups(sections, readiness: words.monev.readiness),
            "tanpaBukti": missing,
            "adaTanpaBukti": !missing.isEmpty,
        ]
        values.merge(PeriodValues.of(report.period, root: root)) { _, period in period }
        return [PageContext(path: path, template: "bukti", title: "Bukti dukung", values: values)]
    }

    /// The sections under their areas, in the areas' order, then those no
    /// area takes; one group without an area where the plan has none.
    private func areaGroups(_ sections: [String: [String: Any]], readiness: Readiness?) -> [[String: Any]] {
        let numerals = words.content.plan.sections.map(\.numeral)
        guard let areas = readiness?.areas else {
            return [["judul": "Bukti dukung per bagian", "id": "bukti-semua-bagian", "bagian": numerals.compactMap { sections[$0] }]]
        }
        var groups: [[String: Any]] = areas.filter { !$0.sections.isEmpty }.map { area in
            ["judul": "Area \(area.area.numeral) \(area.area.name)", "id": "bukti-area-\(area.area.numeral.lowercased())",
             "bagian": area.sections.compactMap { sections[$0] }]
        }
        let placed = Set(areas.flatMap(\.sections))
        let rest = numerals.filter { !placed.contains($0) }
        if !rest.isEmpty {
            groups.append(["judul": "Bagian tanpa area perubahan", "id": "bukti-tanpa-area", "bagian": rest.compactMap { sections[$0] }])
        }
        return groups
    }

    /// Each step's evidence over all periods, in the order first named.
    private func evidenceByCode() -> [String: [EvidenceReference]] {
        var byCode: [String: [EvidenceReference]] = [:]
        for period in words.content.monev {
            for entry in period.entries {
                for reference in entry.evidence where !(byCode[entry.code]?.contains(reference) ?? false) {
                    byCode[entry.code, default: []].append(reference)
                }
            }
        }
        return byCode
    }
}
