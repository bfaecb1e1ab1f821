/// What a collection adds for its units' years besides each year's own
/// site: the check that the newest year's pages, written at the unit's
/// home, leave room for the older years' folders, and the Arsip pages.
/// (No page of a unit's site is called `arsip-tahun.html`, and a folder's
/// slug has no dot, so the Arsip page meets neither.)
enum UnitYearsSites {
    /// `files`: the newest year's site as it renders alone. An older year
    /// whose folder would land on one of its pages is an error at that
    /// year's `situs.yml`; the publisher would refuse the clash, but
    /// without saying which folder to rename.
    static func check(_ files: [SiteFile], of member: PlanCollection.Member, diagnostics: inout DiagnosticList) {
        guard let years = member.years, years.current.member == member.name else { return }
        var taken: [String: String] = [:]
        for file in files {
            let top = String(file.path.prefix { $0 != "/" })
            if taken[top] == nil { taken[top] = file.path }
        }
        let place = years.home.isEmpty ? "di puncak situs" : "di '\(years.home)/'"
        for year in years.years.dropFirst() {
            let folder = years.folder(of: year)
            let top = String(folder.prefix { $0 != "/" })
            guard let page = taken[top] else { continue }
            diagnostics.error(SourceLocation(file: ContentReader.path(year.folder, ContentReader.settingsFile), line: 1),
                              "situs tahun \(year.planYear) folder ini akan ditulis ke '\(year.sitePath)/', tetapi situs tahun berjalan (\(years.current.planYear)) \(place) "
                                + "memakai '\(top)' untuk halamannya sendiri ('\(page)'); ganti nama folder '\(year.member.split(separator: "/").last ?? "")', misalnya menjadi '\(year.planYear)'")
        }
    }

    /// The Arsip page of every unit's years whose newest year was built
    /// (`units`: the summaries of the plans built).
    static func archives(_ collection: PlanCollection, units: [UnitSummary], templates: TemplateSet, diagnostics: inout DiagnosticList) -> [SiteFile]? {
        let built = Dictionary(units.map { ($0.member.name, $0) }, uniquingKeysWith: { first, _ in first })
        var files: [SiteFile] = []
        for member in collection.members {
            guard let years = member.years, years.current.member == member.name,
                  let page = UnitArchivePage(years: years, built: built) else { continue }
            guard let html = templates.render("arsip-tahun", page.values(), diagnostics: &diagnostics) else { return nil }
            files.append(SiteFile(path: page.path, text: html))
        }
        return files
    }
}
