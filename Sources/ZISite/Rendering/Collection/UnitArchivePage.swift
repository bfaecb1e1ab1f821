/// The Arsip page of a unit's years, in the unit's home beside the newest
/// year's pages: every year with its decree, its last monev period and the
/// steps done by then, each linking to that year's site. Made from the
/// years' summaries, as the collection's overview is, so no year is read
/// again; drawn by its own small template in the unit's look.
struct UnitArchivePage {
    let years: UnitYears
    /// The years' summaries, newest first; a year left out for its errors has none.
    let built: [(year: UnitYears.Year, unit: UnitSummary)]
    /// The newest year's.
    let current: UnitSummary

    /// `built`: the summaries of the collection's plans that were built, by
    /// member name; nil when the newest year is not among them.
    init?(years: UnitYears, built: [String: UnitSummary]) {
        guard let current = built[years.current.member] else { return nil }
        self.years = years
        self.current = current
        self.built = years.years.compactMap { year in built[year.member].map { (year, $0) } }
    }

    /// Where it goes in the collection's site.
    var path: String { years.home.isEmpty ? UnitYears.archivePage : years.home + "/" + UnitYears.archivePage }

    func values() -> [String: Any] {
        let rows: [[String: Any]] = built.map { year, unit in
            let folder = years.folder(of: year)
            let monev: [[String: Any]] = unit.latest.map { latest in
                [[
                    "periode": latest.period,
                    "selesai": IndonesianFormat.integer(latest.completion.done),
                    "langkah": IndonesianFormat.integer(latest.completion.steps),
                    "persen": IndonesianFormat.percent(latest.completion.percent),
                ]]
            } ?? []
            let decree: [String: Any] = [
                "tahun": String(year.planYear),
                "alamat": folder + SitePaths.home,
                "berjalan": year == years.current,
                "nomor": unit.decreeNumber,
                "tahunKeputusan": String(unit.decreeYear),
                "alamatKeputusan": folder + SitePaths.decree,
                "monev": monev,
            ]
            return decree.merging(DecreeDateValues.of(unit.decreeDate)) { own, _ in own }
        }
        return [
            "judul": "Arsip Rencana Aksi \(current.unit.name) per Tahun",
            "judulSitus": SiteWords.siteTitle(current.unit.name),
            "satker": current.unit.name,
            "wilayah": SiteWords.region(of: current.unit),
            "tahunBerjalan": String(years.current.planYear),
            "daftarTahun": rows,
        ]
    }
}
