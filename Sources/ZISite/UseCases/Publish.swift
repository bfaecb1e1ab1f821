import Foundation

/// `zisite publish`: what an operator runs before uploading. Refuses content
/// that is not finished (unless a draft is asked for), then builds the site as
/// `build` does and adds the PDFs of the printable documents, a zip of the
/// site and `unggah/`, all inside the output folder, swapped in at once: a
/// failed publish writes nothing.
public enum Publish {
    public struct Options: Sendable {
        public var build: Build.Options
        /// Publish unfinished content; its problems are told as warnings.
        public var draft: Bool
        /// Today in Jakarta: a data date after it is not finished.
        public var today: CalendarDate
        /// Where the print engine is looked for: a PATH value.
        public var searchPath: String?
        /// How long the print engine may take for all the documents.
        public var printLimit: Duration

        public init(build: Build.Options, draft: Bool = false, today: CalendarDate,
                    searchPath: String? = ProcessInfo.processInfo.environment["PATH"], printLimit: Duration = .seconds(600)) {
            self.build = build
            self.draft = draft
            self.today = today
            self.searchPath = searchPath
            self.printLimit = printLimit
        }
    }

    public struct Result: Sendable {
        public var build: Build.Result
        /// Why nothing was written when neither the content nor the output folder is
        /// the reason: no print engine, a failed print, the zip not written.
        public var problem: String?
        /// PDFs written; 0 when publishing failed.
        public var documents: Int
        /// The unfinished things `PublishReadiness` found, errors without `--draft`.
        public var unfinished: Int = 0

        public var succeeded: Bool { problem == nil && build.succeeded }
    }

    public static func run(_ options: Options) -> Result {
        var diagnostics = DiagnosticList()
        var unfinished = DiagnosticList()
        func failed(_ problem: String? = nil) -> Result {
            Result(build: Build.result(told(unfinished, diagnostics, draft: options.draft), files: []), problem: problem, documents: 0,
                   unfinished: unfinished.errorCount)
        }
        // A collection is built, not yet published: each of its plans is published on its own.
        if CollectionReader.isCollection(options.build.content) {
            diagnostics.error(SourceLocation(file: options.build.content, line: 1),
                              "folder ini kumpulan folder konten; zisite publish menerbitkan satu folder konten, jadi terbitkan setiap folder kontennya sendiri dengan --content, atau bangun kumpulannya dengan zisite build")
            return failed()
        }
        let engine: PrintEngine
        switch PrintEngine.find(searchPath: options.searchPath) {
        case .success(let found): engine = found
        case .failure(let error): return failed(error.message)
        }
        // The output's own problems point at it, as build's do.
        let output = SourceLocation(file: options.build.output, line: 1)
        let lock: OutputLock
        do {
            lock = try SitePublisher.claim(URL(fileURLWithPath: options.build.output))
        } catch {
            diagnostics.error(output, error.message)
            return failed()
        }
        defer { lock.release() }

        PublishReadiness.check(content: options.build.content, today: options.today, diagnostics: &unfinished)
        guard let sources = Build.read(options.build, diagnostics: &diagnostics), !diagnostics.hasErrors, options.draft || !unfinished.hasErrors,
              let pages = Build.files(sources, diagnostics: &diagnostics)
        else { return failed() }

        let scratch: String
        do {
            scratch = try SitePublisher.makeUniqueFolder(in: lock.target.parent, prefix: lock.target.stagingPrefix)
        } catch {
            return failed(error.message)
        }
        defer { SiteFolder.remove(scratch) }
        let site: (files: [SiteFile], documents: Int)?
        do {
            site = try printed(sources, pages: pages, engine: engine, in: scratch, options: options, diagnostics: &diagnostics)
        } catch {
            return failed(error.message)
        }
        guard let site else { return failed() }
        do {
            try SitePublisher.publish(site.files, holding: lock)
        } catch {
            diagnostics.error(output, error.message)
            return failed()
        }
        return Result(build: Build.result(told(unfinished, diagnostics, draft: options.draft), files: site.files), problem: nil,
                      documents: site.documents, unfinished: unfinished.errorCount)
    }

    /// What publish tells: each unfinished thing (a warning in a draft),
    /// then the build's findings without the warnings that repeat one: a
    /// text still `(belum diisi)` (said at the same place), and the sitemap
    /// not written, which the missing `alamat_situs` already explains.
    private static func told(_ unfinished: DiagnosticList, _ built: DiagnosticList, draft: Bool) -> DiagnosticList {
        let places = Set(unfinished.items.map(\.location))
        var told = DiagnosticList()
        told.append(contentsOf: draft ? unfinished.items.map { Diagnostic(.warning, $0.location, $0.message) } : unfinished.items)
        told.append(contentsOf: built.items.filter { diagnostic in
            diagnostic.severity != .warning || !(places.contains(diagnostic.location) || diagnostic.message == SiteRenderer.noSitemap)
        })
        return told
    }

    /// The site with its PDFs, its zip and `unggah/`. Pages are written to
    /// `scratch` and printed from there; the Daftar Informasi Publik is
    /// rendered again once the other PDFs' sizes are known, then printed.
    private static func printed(_ sources: Build.Sources, pages: [SiteFile], engine: PrintEngine, in scratch: String,
                                options: Options, diagnostics: inout DiagnosticList) throws(PublishError) -> (files: [SiteFile], documents: Int)? {
        let words = SiteWords(content: sources.content, evidencePaths: sources.evidence.sitePaths)
        let documents = PrintableDocument.all(words)
        let evidence = Set(sources.evidence.files.map(\.path))
        let epoch = epoch(of: sources.content.settings.dataDate)
        let limit = options.printLimit
        // Without alamat_situs (a draft), links in the PDFs name the site's files under a fixed address.
        let base = sources.content.settings.siteFolderURL ?? "file:///situs/"

        try SitePublisher.writeSite(pages.filter { !evidence.contains($0.path) }, into: scratch)
        let others = documents.filter { $0.page != SitePaths.publicInformation }
        try engine.print(others.map { .init(page: $0.page, pdf: $0.pdf) }, in: scratch, base: base, epoch: epoch, limit: limit)
        var pdfs = try read(others, from: scratch)

        let linked = PrintedDocuments(pages: Set(documents.map(\.page)), sizes: pdfs.mapValues(\.count))
        guard let site = Build.files(sources, printed: linked, diagnostics: &diagnostics) else { return nil }
        let information = documents.filter { $0.page == SitePaths.publicInformation }
        for page in site where page.path == SitePaths.publicInformation { try SitePublisher.rewrite(page, in: scratch) }
        try engine.print(information.map { .init(page: $0.page, pdf: $0.pdf) }, in: scratch, base: base, epoch: epoch, limit: limit)
        pdfs.merge(try read(information, from: scratch)) { _, new in new }

        let whole = site + documents.compactMap { document in pdfs[document.pdf].map { SiteFile(path: document.pdf, contents: .data($0)) } }
        let date = Date(timeIntervalSince1970: TimeInterval(epoch))
        let archive = URL(fileURLWithPath: scratch + "/" + SiteArchive.name)
        try SiteArchive.write(whole, to: archive, date: date)
        let upload = UploadFolder.files(documents, pdfs: pdfs, words: words)
        return (whole + [SiteFile(path: SiteArchive.name, contents: .copy(from: archive))] + upload, pdfs.count)
    }

    /// Each document's PDF as the engine left it in `folder`.
    private static func read(_ documents: [PrintableDocument], from folder: String) throws(PublishError) -> [String: Data] {
        var pdfs: [String: Data] = [:]
        for document in documents {
            guard let data = FileManager.default.contents(atPath: folder + "/" + document.pdf), data.starts(with: Data("%PDF".utf8)) else {
                throw PublishError(message: "WeasyPrint tidak menulis PDF untuk '\(document.page)'; tidak ada yang ditulis")
            }
            pdfs[document.pdf] = data
        }
        return pdfs
    }

    /// Noon UTC of the data date: the time written into the PDFs and the zip,
    /// so the same content gives the same bytes and the files show the data's day.
    static func epoch(of date: CalendarDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let noon = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)) ?? Date(timeIntervalSince1970: 0)
        return max(315_576_000, Int(noon.timeIntervalSince1970))
    }
}
