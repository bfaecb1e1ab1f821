/// `provinsi/<slug>.html`: one province's units with their totals, the
/// chart of their completion and their table, by level and name.
struct ProvincePage {
    let province: UnitOrder.Province
    let today: CalendarDate

    /// Nil for the units whose province is not set: they have no page.
    func context() -> PageContext? {
        guard let name = province.name, let slug = province.slug else { return nil }
        let path = CollectionPaths.province(slug)
        let title = SiteWords.region(of: name)
        let group = CollectionUnitTable.Group(title: nil, href: nil, units: province.units)
        let table = CollectionUnitTable(id: "judul-provinsi", caption: "Rencana aksi satker di \(title) dan kemajuannya pada periode monev terakhir",
                                        groups: [group], showsProvince: false, today: today, root: SitePaths.root(for: path))
        var values: [String: Any] = [
            "akar": SitePaths.root(for: path),
            "judul": title,
            "jumlahRencana": IndonesianFormat.integer(province.units.count),
            "tabel": table.values(),
        ]
        values.merge(CollectionSummaryValues.of(province.units, today: today, chartID: "grafik-capaian")) { own, _ in own }
        return PageContext(path: path, template: "kumpulan-provinsi", title: title, values: values)
    }
}
