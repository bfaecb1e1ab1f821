/// Lampiran: the whole plan table on one page, printable on A4 landscape.
struct AnnexPage {
    let words: SiteWords

    func context() -> PageContext {
        let path = SitePaths.annex
        let root = SitePaths.root(for: path)
        let title = "Lampiran \(words.decreeName)"
        let table = words.content.plan.actions.isEmpty
            ? "<p>Belum ada data: tabel rencana aksi belum berisi langkah aksi.</p>\n"
            : PlanTableHTML(plan: words.content.plan, root: root).table(id: "tabel-lampiran", caption: words.planName)
        let values: [String: Any] = [
            "akar": root,
            "judul": title,
            "rencana": words.planName,
            "keputusan": words.decreeValues(root: root),
            "tabel": table,
            "unduhan": OpenData.links([OpenData(words: words).plan()], root: root),
        ]
        return PageContext(path: path, template: "lampiran", title: title, values: values)
    }
}
