import Foundation

/// The collection's top pages, each in the shared layout
/// (`kumpulan-layout.mustache`): the Ringkasan, the units by completion, a
/// page per province and the Daftar Informasi Publik.
struct CollectionPages {
    let collection: PlanCollection
    let units: [UnitSummary]
    var failed: [FailedPlan] = []
    /// The build's day in Jakarta: data dated before the last quarter's end before it are old.
    let today: CalendarDate
    /// The other files at the top of the site (the open data, the feed),
    /// which the Daftar Informasi Publik lists with their sizes: asked for
    /// only when that page, the last, is drawn, so that they can be made
    /// while the others are (`CollectionBuild.overview`).
    var alongside: @Sendable () -> [SiteFile] = { [] }
    /// Whether the feed is among them: every page's layout offers it.
    var hasFeed = false

    /// The pages; nil, with the reasons, when a template fails.
    func files(templates: TemplateSet, diagnostics: inout DiagnosticList) -> [SiteFile]? {
        let provinces = UnitOrder.byProvince(units)
        let pages = [CollectionOverviewPage(collection: collection, provinces: provinces, failed: failed, today: today).context(),
                     CompletionOrderPage(units: units, today: today).context()]
            + provinces.compactMap { ProvincePage(province: $0, today: today).context() }
        let layout = CollectionLayout(collection: collection, provinces: provinces, today: today, hasFeed: hasFeed)
        let information = { @Sendable [units, today, alongside] () -> PageContext in
            var sizes: [String: Int] = [:]
            for file in alongside() {
                if case .data(let data) = file.contents { sizes[file.path] = data.count }
            }
            return CollectionInformationPage(units: units, files: sizes, today: today).context()
        }
        // Rendered one per core (the Ringkasan and the order by completion
        // each list every unit); their messages are taken in the pages'
        // order, up to the first page that fails, as if one after another.
        let drawing = Drawing(pages: pages, layout: layout)
        let rendered = Array(0...pages.count).mapInParallel { index -> (SiteFile?, DiagnosticList) in
            var found = DiagnosticList()
            let page = index < drawing.pages.count ? drawing.pages[index] : information()
            guard let body = templates.render(page.template, page.values, diagnostics: &found),
                  let html = templates.render("kumpulan-layout", drawing.layout.values(for: page, body: body, landscape: page.template != "kumpulan-informasi-publik"),
                                              diagnostics: &found)
            else { return (nil, found) }
            return (SiteFile(path: page.path, text: html), found)
        }
        var files: [SiteFile] = []
        for (file, found) in rendered {
            diagnostics.append(contentsOf: found)
            guard let file else { return nil }
            files.append(file)
        }
        return files
    }
}

/// The pages and their layout, handed to the cores that render them. Their
/// values are dictionaries of text, numbers and lists, made before and only
/// read while rendering.
private struct Drawing: @unchecked Sendable {
    let pages: [PageContext]
    let layout: CollectionLayout
}
