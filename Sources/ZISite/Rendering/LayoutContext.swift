/// The values of the shared layout: page title, navigation on every page,
/// contacts, the data date and the printed letterhead.
struct LayoutContext {
    let words: SiteWords
    let pages: [MarkdownPage]
    /// The PDFs publish adds; nil in `build`, whose pages link none.
    var printed: PrintedDocuments? = nil
    /// Which of a unit's years the site is; nil for a plan alone.
    var years: UnitYearsNotice? = nil

    func values(for page: PageContext, body: String) -> [String: Any] {
        let settings = words.content.settings
        let root = page.root
        var menu: [[String: Any]] = [link("Beranda", SitePaths.home, page, root)]
        menu += pages.map { link($0.title, SitePaths.page($0), page, root) }
        menu.append(link("Keputusan", SitePaths.decree, page, root))
        menu.append(link("Lampiran", SitePaths.annex, page, root))
        menu.append(link("Jadwal", SitePaths.schedule, page, root))
        if !words.monev.reports.isEmpty {
            menu.append(link("Monev", SitePaths.monevIndex, page, root))
            menu.append(link("Bukti Dukung", SitePaths.evidenceLibrary, page, root))
            menu.append(link("Kesiapan", SitePaths.readiness, page, root))
        }
        if !words.content.services.isEmpty {
            menu.append(link("Layanan Publik", SitePaths.services, page, root))
        }
        menu.append(link("Informasi Publik", SitePaths.publicInformation, page, root))
        let sections = words.content.plan.sections.map { link("Bagian \($0.numeral)", SitePaths.section($0), page, root) }
        let contacts = settings.contacts.map { ContactValues.of($0) }
        let pdf = printed?.pdf(of: page.path)
        return [
            "adaPDF": pdf != nil,
            "alamatPDF": pdf.map { root + $0.path } ?? "",
            "adaUkuranPDF": pdf?.size != nil,
            "ukuranPDF": pdf?.size.map(IndonesianFormat.fileSize) ?? "",
            "akar": root,
            "judulHalaman": page.title,
            "judulSitus": SiteWords.siteTitle(words.unitName),
            "satker": words.unitName,
            "wilayah": words.region,
            "rencana": words.planName,
            "dataPer": IndonesianFormat.date(settings.dataDate),
            "dataPerISO": settings.dataDate.iso,
            "menu": menu,
            "menuBagian": sections,
            "kontak": contacts,
            "adaKontak": !contacts.isEmpty,
            "kopSatker": words.unitName.hasPrefix("KPU ") ? String(words.unitName.dropFirst(4)) : words.unitName,
            "adaLogo": words.content.logo != nil,
            "logo": words.content.logo.map { root + SitePaths.logo($0) } ?? "",
            "altLogo": "Logo \(words.unitName)",
            "adaAlamatHalaman": settings.siteURL != nil,
            "alamatHalaman": settings.siteFolderURL.map { $0 + page.path } ?? "",
            "tahunRencana": UnitYearsNotice.values(years, root: root),
            "cetakLanskap": ([SitePaths.annex, SitePaths.schedule] + words.content.monev.map(SitePaths.monev)).contains(page.path),
            "isi": body,
        ]
    }

    private func link(_ title: String, _ path: String, _ page: PageContext, _ root: String) -> [String: Any] {
        ["judul": title, "alamat": root + path, "aktif": page.path == path]
    }
}
