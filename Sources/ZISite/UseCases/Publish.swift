import Foundation

/// `zisite publish`: what an operator runs before uploading. Refuses content
/// that is not finished (unless a draft is asked for), then builds the site as
/// `build` does and adds the PDFs of the printable documents, a zip of the
/// site and `unggah/`, all inside the output folder, swapped in at once: a
/// failed publish writes nothing. Each plan is published by `PublishedPlan`,
/// alone or as one of a collection's (`CollectionPublish`).
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

        // Every plan is read and found ready before anything is printed.
        let source: Source
        if CollectionReader.isCollection(options.build.content) {
            guard let plans = CollectionPublish.read(options, diagnostics: &diagnostics, unfinished: &unfinished) else { return failed() }
            source = .collection(plans)
        } else {
            guard let plan = PublishedPlan.read(options.build, today: options.today, draft: options.draft,
                                                diagnostics: &diagnostics, unfinished: &unfinished)
            else { return failed() }
            source = .plan(plan)
        }

        let scratch: String
        do {
            scratch = try SitePublisher.makeUniqueFolder(in: lock.target.parent, prefix: lock.target.stagingPrefix)
        } catch {
            return failed(error.message)
        }
        defer { SiteFolder.remove(scratch) }
        let site: (files: [SiteFile], documents: Int)?
        do {
            switch source {
            case .plan(let plan):
                site = try PublishedPlan.print(plan, engine: engine, in: scratch, limit: options.printLimit, diagnostics: &diagnostics)
                    .map { ($0.files, $0.documents) }
            case .collection(let plans):
                site = try CollectionPublish.print(plans, engine: engine, in: scratch, limit: options.printLimit, diagnostics: &diagnostics)
            }
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

    /// What is published: one content folder, or a collection of them.
    private enum Source {
        case plan(PublishedPlan.Ready)
        case collection(CollectionPublish.Plans)
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

    /// Noon UTC of the data date: the time written into the PDFs and the zip,
    /// so the same content gives the same bytes and the files show the data's day.
    static func epoch(of date: CalendarDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let noon = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)) ?? Date(timeIntervalSince1970: 0)
        return max(315_576_000, Int(noon.timeIntervalSince1970))
    }
}
