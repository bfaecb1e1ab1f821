import Foundation

/// One plan as `zisite publish` makes it: its site as `build` renders it
/// with an "Unduh PDF" link on each printable page, the PDFs of those
/// pages, `situs.zip` of that site, and the files of `unggah/`, every path
/// relative to the plan's own output. Published alone these are the
/// output; in a collection each plan's are moved under its folder
/// (`CollectionPublish`), so that a plan is published the same either way.
struct PublishedPlan: Sendable {
    /// A plan read without error and found ready: what its site is made
    /// from, and its pages as `build` renders them.
    struct Ready: Sendable {
        var sources: Build.Sources
        var pages: [SiteFile]
    }

    /// Pages with their PDF links, assets, evidence and the PDFs.
    var site: [SiteFile]
    /// `situs.zip`: every file of `site`.
    var archive: SiteFile
    /// `unggah/`: the PDFs under plain names and the guide.
    var upload: [SiteFile]
    /// How many PDFs were printed.
    var documents: Int

    /// Everything, as publishing the plan alone writes it.
    var files: [SiteFile] { site + [archive] + upload }

    /// Reads the plan in `options.content` and checks that it is finished:
    /// each unfinished thing goes to `unfinished` (`PublishReadiness`), the
    /// build's findings to `diagnostics`. Nil when the build finds an error,
    /// or something is unfinished and `draft` is false. `templates`: already
    /// read (a collection's), else read from `options`.
    /// `years`: the notice of a plan that is one of a unit's years in a collection.
    static func read(_ options: Build.Options, templates: Build.Templates? = nil, years: UnitYearsNotice? = nil, today: CalendarDate, draft: Bool,
                     diagnostics: inout DiagnosticList, unfinished: inout DiagnosticList) -> Ready? {
        PublishReadiness.check(content: options.content, today: today, diagnostics: &unfinished)
        guard var sources = Build.read(options, templates: templates, diagnostics: &diagnostics), !diagnostics.hasErrors, draft || !unfinished.hasErrors
        else { return nil }
        sources.years = years
        guard let pages = Build.files(sources, diagnostics: &diagnostics) else { return nil }
        return Ready(sources: sources, pages: pages)
    }

    /// Prints the plan's documents with `engine` in `scratch`, a new empty
    /// folder of its own that must stay until the files are written (the
    /// PDFs and the zip are read from it). The pages are written there and
    /// printed; the Daftar Informasi Publik is rendered again once the
    /// other PDFs' sizes are known, then printed. Nil when rendering fails.
    static func print(_ plan: Ready, engine: PrintEngine, in scratch: String, limit: Duration,
                      diagnostics: inout DiagnosticList) throws(PublishError) -> PublishedPlan? {
        let sources = plan.sources
        let words = SiteWords(content: sources.content, evidencePaths: sources.evidence.sitePaths)
        let documents = PrintableDocument.all(words)
        let evidence = Set(sources.evidence.files.map(\.path))
        let epoch = Publish.epoch(of: sources.content.settings.dataDate)
        // Without alamat_situs (a draft), links in the PDFs name the site's files under a fixed address.
        let base = sources.content.settings.siteFolderURL ?? "file:///situs/"

        try SitePublisher.writeSite(plan.pages.filter { !evidence.contains($0.path) }, into: scratch)
        var pdfs = PrintedPDFs(in: scratch)
        let others = documents.filter { $0.page != SitePaths.publicInformation }
        try engine.print(others.map { .init(page: $0.page, pdf: $0.pdf) }, in: scratch, base: base, epoch: epoch, limit: limit)
        try pdfs.take(others)

        let linked = PrintedDocuments(pages: Set(documents.map(\.page)), sizes: pdfs.sizes)
        guard let site = Build.files(sources, printed: linked, diagnostics: &diagnostics) else { return nil }
        let information = documents.filter { $0.page == SitePaths.publicInformation }
        for page in site where page.path == SitePaths.publicInformation { try SitePublisher.rewrite(page, in: scratch) }
        try engine.print(information.map { .init(page: $0.page, pdf: $0.pdf) }, in: scratch, base: base, epoch: epoch, limit: limit)
        try pdfs.take(information)

        let whole = site + documents.compactMap { pdfs.file($0.pdf) }
        let archive = URL(fileURLWithPath: scratch + "/" + SiteArchive.name)
        try SiteArchive.write(whole, to: archive, date: Date(timeIntervalSince1970: TimeInterval(epoch)))
        return PublishedPlan(site: whole, archive: SiteFile(path: SiteArchive.name, contents: .copy(from: archive)),
                             upload: UploadFolder.files(documents, pdfs: pdfs, words: words), documents: pdfs.sizes.count)
    }
}

extension PublishedPlan {
    /// In a collection, its `unggah/` files and its own `situs.zip` go
    /// under `unggah/<folder>/`, `folder` being where its site goes.
    func uploads(under folder: String) -> [SiteFile] {
        let place = UploadFolder.folder + "/" + folder
        return upload.map { SiteFile(path: place + $0.path.dropFirst(UploadFolder.folder.count), contents: $0.contents) } + [archive.moved(under: place)]
    }
}
