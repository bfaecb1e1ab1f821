/// The collection's home page, the Ringkasan: the totals, the chart of
/// completion, and every unit by province and level with its plan year,
/// data date, steps, where they stood at its latest monev period and its
/// readiness per area, each linking to its own site; then the plans left
/// out for their errors (`--skip-failed`).
struct CollectionOverviewPage {
    let collection: PlanCollection
    let provinces: [UnitOrder.Province]
    /// Plans left out for their errors (`--skip-failed`).
    var failed: [FailedPlan] = []
    let today: CalendarDate

    func context() -> PageContext {
        let path = CollectionPaths.overview
        let root = SitePaths.root(for: path)
        let units = provinces.flatMap(\.units)
        let groups = provinces.map { province in
            CollectionUnitTable.Group(title: province.name ?? "Provinsi belum diisi", href: province.slug.map(CollectionPaths.province),
                                      units: province.units)
        }
        let table = CollectionUnitTable(id: "judul-kumpulan", caption: "Rencana aksi menurut provinsi dan tingkat, dan kemajuannya pada periode monev terakhir",
                                        groups: groups, showsProvince: false, today: today, root: root)
        var values: [String: Any] = [
            "judul": collection.title,
            "jumlahRencana": IndonesianFormat.integer(units.count),
            "tabel": table.values(),
            "adaGagal": !failed.isEmpty,
            "jumlahGagal": IndonesianFormat.integer(failed.count),
            "gagal": failed.map { plan in ["folder": plan.folder, "pesan": plan.messages.map { ["teks": $0] as [String: Any] }] as [String: Any] },
        ]
        values.merge(CollectionSummaryValues.of(units, today: today, chartID: "grafik-capaian")) { own, _ in own }
        return PageContext(path: path, template: "kumpulan", title: "Ringkasan", values: values)
    }
}
