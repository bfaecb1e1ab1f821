import Foundation

/// `zisite build`: read the content, render the site, publish it. A straight
/// sequence of steps; the output is replaced only when every step succeeded.
public enum Build {
    public struct Options: Sendable {
        public var content: String
        public var output: String
        /// The unit's templates folder, whose files replace the built-in ones; nil for the built-in set alone.
        public var templates: String?
        /// For a collection: leave out the plans that fail instead of failing the whole build.
        public var skipFailed: Bool
        /// The day a collection's overview is as of, in Jakarta; nil for the
        /// clock's. A unit's data dated before the last quarter's end before
        /// it are marked old.
        public var today: CalendarDate?

        public init(content: String = "Content", output: String = "Output", templates: String? = nil, skipFailed: Bool = false,
                    today: CalendarDate? = nil) {
            self.content = content
            self.output = output
            self.templates = templates
            self.skipFailed = skipFailed
            self.today = today
        }
    }

    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        /// HTML pages written; 0 when the build failed.
        public var pagesWritten: Int
        public var filesWritten: Int
        /// The plans of a collection left out for their errors (`skipFailed`),
        /// by their folders' paths; the rest of the site was written.
        public var skipped: [String] = []

        public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
        public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
        public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    }

    /// Reads, renders and publishes. The output is claimed first, so that a second build
    /// into the same folder is told at once that another one is running, not after reading
    /// and rendering everything.
    public static func run(_ options: Options) -> Result {
        var diagnostics = DiagnosticList()
        let lock: OutputLock
        do {
            lock = try SitePublisher.claim(URL(fileURLWithPath: options.output))
        } catch {
            diagnostics.error(SourceLocation(file: options.output, line: 1), error.message)
            return result(diagnostics, files: [])
        }
        defer { lock.release() }
        if CollectionReader.isCollection(options.content) { return CollectionBuild.run(options, holding: lock) }
        guard let sources = read(options, diagnostics: &diagnostics), let files = files(sources, diagnostics: &diagnostics) else {
            return result(diagnostics, files: [])
        }
        do {
            try SitePublisher.publish(files, holding: lock)
        } catch {
            diagnostics.error(SourceLocation(file: options.output, line: 1), error.message)
            return result(diagnostics, files: [])
        }
        return result(diagnostics, files: files)
    }

    /// `zisite check`: everything `run` reads, analyses and renders, and no
    /// file written. The output folder is not looked at.
    public static func check(_ options: Options) -> Result {
        if CollectionReader.isCollection(options.content) { return CollectionBuild.check(options) }
        var diagnostics = DiagnosticList()
        if let sources = read(options, diagnostics: &diagnostics) { _ = files(sources, diagnostics: &diagnostics) }
        return result(diagnostics, files: [])
    }

    /// What a site is made from, once read without error: the content, the
    /// unit's templates and the evidence to copy. `publish` renders it twice.
    struct Sources {
        var content: Content
        var templates: Templates
        var evidence: EvidenceCopies
        /// Which of a unit's years the plan is, in a collection; nil alone.
        var years: UnitYearsNotice? = nil
    }

    /// The templates and assets as read, and the templates parsed: read
    /// once for a unit, and once for all the plans of a collection.
    struct Templates: Sendable {
        var folder: TemplateFolderReader.Templates
        var set: TemplateSet

        static func read(_ folder: String?, diagnostics: inout DiagnosticList) -> Templates {
            let read = TemplateFolderReader.read(folder: folder, diagnostics: &diagnostics)
            return Templates(folder: read, set: TemplateSet(sources: read.sources, diagnostics: &diagnostics))
        }
    }

    /// `templates`: already read (a collection's), else read from `options`.
    static func read(_ options: Options, templates shared: Templates? = nil, diagnostics: inout DiagnosticList) -> Sources? {
        let content = ContentReader.read(folder: options.content, diagnostics: &diagnostics)
        let templates = shared ?? Templates.read(options.templates, diagnostics: &diagnostics)
        guard let content, !diagnostics.hasErrors else { return nil }
        let evidence = EvidenceCopies(content.evidence, reserved: [SitePaths.evidenceLibrary])
        return Sources(content: content, templates: templates, evidence: evidence)
    }

    /// Every file of the site; `printed`: the PDFs `publish` adds, which the pages then link.
    static func files(_ sources: Sources, words: SiteWords? = nil, printed: PrintedDocuments? = nil,
                      diagnostics: inout DiagnosticList) -> [SiteFile]? {
        var renderer = SiteRenderer(words: words ?? SiteWords(content: sources.content, evidencePaths: sources.evidence.sitePaths),
                                    templates: sources.templates.set, printed: printed)
        renderer.years = sources.years
        let files = renderer.render(diagnostics: &diagnostics) + sources.templates.folder.assets + sources.evidence.files
        return diagnostics.hasErrors ? nil : files
    }

    static func result(_ diagnostics: DiagnosticList, files: [SiteFile]) -> Result {
        result(diagnostics, pages: files.count { $0.path.hasSuffix(".html") }, files: files.count)
    }

    /// Each problem once, in the order found, however many pages met it.
    static func result(_ diagnostics: DiagnosticList, pages: Int = 0, files: Int = 0, skipped: [String] = []) -> Result {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.items.filter { seen.insert($0).inserted }
        return Result(diagnostics: unique, pagesWritten: pages, filesWritten: files, skipped: skipped)
    }
}
