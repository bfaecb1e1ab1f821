/// The values of `kumpulan-layout.mustache`, which every top page of a
/// collection shares: the head, the collection's name and owner, the menu
/// (Ringkasan, Menurut capaian, Informasi Publik) and the provinces' menu,
/// the printed letterhead, and the day the overview was made.
struct CollectionLayout {
    let collection: PlanCollection
    let provinces: [UnitOrder.Province]
    /// The build's day in Jakarta, which the pages' figures are as of.
    let today: CalendarDate
    /// Whether the collection's Atom feed is at the top of the site.
    var hasFeed = false

    func values(for page: PageContext, body: String, landscape: Bool) -> [String: Any] {
        let root = page.root
        func link(_ title: String, _ path: String) -> [String: Any] {
            ["judul": title, "alamat": root + path, "aktif": page.path == path]
        }
        let menu = [link("Ringkasan", CollectionPaths.overview), link("Menurut capaian", CollectionPaths.byCompletion),
                    link("Informasi Publik", CollectionPaths.publicInformation)]
        let provinceMenu = provinces.compactMap { province in
            province.slug.map { link(province.name ?? $0, CollectionPaths.province($0)) }
        }
        return [
            "akar": root,
            "judulHalaman": page.title,
            "judulSitus": collection.title,
            "adaPemilik": collection.owner != nil,
            "pemilik": collection.owner ?? "",
            "kopSatker": collection.owner ?? collection.title,
            "menu": menu,
            "adaMenuProvinsi": !provinceMenu.isEmpty,
            "menuProvinsi": provinceMenu,
            "adaUmpan": hasFeed,
            "alamatUmpan": root + CollectionPaths.feed,
            "cetakLanskap": landscape,
            "hariIni": IndonesianFormat.date(today),
            "hariIniISO": today.iso,
            "isi": body,
        ]
    }
}
