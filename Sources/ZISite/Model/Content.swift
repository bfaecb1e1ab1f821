/// Everything read from a content folder.
public struct Content: Hashable, Sendable {
    /// The folder the content was read from, as the user named it.
    public var folder: String
    public var settings: Settings
    public var plan: Plan
    /// The decree's text (Menimbang, Mengingat, Memutuskan) in Markdown.
    public var decreeText: MarkdownPage?
    public var pages: [MarkdownPage]
    /// Monev periods, oldest first.
    public var monev: [MonevPeriod]
    /// The evidence files the monev sheets name, by path.
    public var evidence: [EvidenceFile]
    /// Public-service figures from `layanan/`.
    public var services: ServiceFigures
    /// The unit's logo for the printed letterhead; nil when the settings name none.
    public var logo: UnitLogo?
    /// The signed decree as scanned, for download; nil when the settings name none.
    public var decreeScan: DecreeScan?

    public init(folder: String, settings: Settings, plan: Plan, decreeText: MarkdownPage?, pages: [MarkdownPage],
                monev: [MonevPeriod] = [], evidence: [EvidenceFile] = [], services: ServiceFigures = ServiceFigures(),
                logo: UnitLogo? = nil, decreeScan: DecreeScan? = nil) {
        self.folder = folder
        self.settings = settings
        self.plan = plan
        self.decreeText = decreeText
        self.pages = pages
        self.monev = monev
        self.evidence = evidence
        self.services = services
        self.logo = logo
        self.decreeScan = decreeScan
    }
}

/// A page written in Markdown: the decree's text or a narrative page
/// (pendahuluan, dasar hukum, tim ZI, ...).
public struct MarkdownPage: Hashable, Sendable {
    /// The file name without order prefix and extension ("pendahuluan").
    public var slug: String
    public var title: String
    /// The Markdown after the title heading.
    public var body: String
    public var file: String

    public init(slug: String, title: String, body: String, file: String) {
        self.slug = slug
        self.title = title
        self.body = body
        self.file = file
    }
}
