/// `menurut-capaian.html`: every unit of the collection in one table, the
/// highest share of steps done first and the units not yet reported last.
struct CompletionOrderPage {
    let units: [UnitSummary]
    let today: CalendarDate

    func context() -> PageContext {
        let path = CollectionPaths.byCompletion
        let group = CollectionUnitTable.Group(title: nil, href: nil, units: UnitOrder.byCompletion(units))
        let table = CollectionUnitTable(id: "judul-capaian", caption: "Rencana aksi menurut persentase langkah aksi selesai, dari yang tertinggi",
                                        groups: [group], showsProvince: true, today: today, root: SitePaths.root(for: path))
        return PageContext(path: path, template: "kumpulan-capaian", title: "Menurut capaian",
                           values: ["jumlahRencana": IndonesianFormat.integer(units.count), "tabel": table.values()])
    }
}
