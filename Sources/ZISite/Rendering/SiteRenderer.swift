import Foundation

/// Turns the content into the site's files: every page through its template
/// and the layout, plus the open data, the feed, `sitemap.xml`, the
/// unit's logo and the signed decree's scan (copies of their files).
/// Touches no files and no clock.
public struct SiteRenderer {
    let words: SiteWords
    let templates: TemplateSet
    let printed: PrintedDocuments?
    /// Which of a unit's years the site is, in a collection; nil for a plan alone.
    var years: UnitYearsNotice? = nil

    /// `evidencePaths`: where each evidence file is published (see `EvidenceCopies`);
    /// `printed`: the PDFs `zisite publish` adds, which the pages then link; nil in `build`.
    public init(content: Content, evidencePaths: [String: String] = [:], templates: [String: TemplateSource],
                printed: PrintedDocuments? = nil, diagnostics: inout DiagnosticList) {
        words = SiteWords(content: content, evidencePaths: evidencePaths)
        self.printed = printed
        self.templates = TemplateSet(sources: templates, diagnostics: &diagnostics)
    }

    /// With templates already parsed (`Build` reads them once) and the
    /// plan's words worked out (a collection also takes its summary and
    /// open data from them).
    init(words: SiteWords, templates: TemplateSet, printed: PrintedDocuments?) {
        self.words = words
        self.printed = printed
        self.templates = templates
    }

    var content: Content { words.content }

    /// Every page but the list of public information, which shows the
    /// sizes of the other files.
    func pages() -> [PageContext] {
        let summary = PlanSummary(plan: content.plan)
        let markdown = MarkdownPages(words: words)
        return [HomePage(words: words, summary: summary).context()]
            + markdown.narrative()
            + [markdown.decree(), AnnexPage(words: words).context()]
            + SectionPage(words: words, summary: summary).contexts()
            + [SchedulePage(words: words).context()]
            + MonevPages(words: words).contexts()
            + LateListPage(words: words).contexts()
            + EvidenceLibraryPage(words: words).contexts()
            + ReadinessPage(words: words).contexts()
            + ServiceIndexPage(words: words).contexts()
            + SurveyPages(words: words).contexts()
            + ComplaintPages(words: words).contexts()
            + PerceptionPages(words: words).contexts()
            + AssetReportPages(words: words).contexts()
            + IntegrityReportPages(words: words).contexts()
    }

    var layout: LayoutContext {
        LayoutContext(words: words, pages: content.pages, printed: printed, years: years)
    }

    public func render(diagnostics: inout DiagnosticList) -> [SiteFile] {
        let pages = self.pages()
        let layout = self.layout

        var files: [SiteFile] = []
        func render(_ page: PageContext) {
            guard let body = templates.render(page.template, page.values, diagnostics: &diagnostics),
                  let html = templates.render("layout", layout.values(for: page, body: body), diagnostics: &diagnostics)
            else { return }
            files.append(SiteFile(path: page.path, text: html))
        }
        pages.forEach(render)
        let openData = OpenData(words: words), tables = openData.tables
        files += openData.files(tables)
        files.append(SiteFile(path: UpdatesFeed.path, text: UpdatesFeed(words: words).xml()))
        if let logo = content.logo {
            files.append(SiteFile(path: SitePaths.logo(logo), contents: .data(logo.data)))
        }
        if let scan = content.decreeScan {
            files.append(SiteFile(path: SitePaths.decreeScan(content.settings.decree), contents: .data(scan.data)))
        }
        // The list of public information shows the sizes of the files above.
        var sizes: [String: Int] = [:]
        for file in files { if case .data(let data) = file.contents { sizes[file.path] = data.count } }
        sizes.merge(printed?.sizes ?? [:]) { _, pdf in pdf }
        let information = PublicInformationPage(words: words, tables: tables).context(sizes: sizes, printed: printed)
        render(information)
        if let siteFolderURL = content.settings.siteFolderURL {
            files.append(SiteFile(path: SitePaths.sitemap,
                                  text: Sitemap.xml(paths: (pages + [information]).map(\.path), siteFolderURL: siteFolderURL, lastModified: content.settings.dataDate)))
        } else {
            diagnostics.warning(SourceLocation(file: ContentReader.path(content.folder, ContentReader.settingsFile), line: 1), Self.noSitemap)
        }
        return files
    }

    /// Said when `alamat_situs` is not set.
    static let noSitemap = "sitemap.xml tidak ditulis karena 'alamat_situs' belum diisi; isi dengan alamat folder tempat situs diunggah"
}
