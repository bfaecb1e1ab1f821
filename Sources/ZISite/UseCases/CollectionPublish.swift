import Foundation
import Synchronization

/// `zisite publish` on a collection. Every plan is read and must be ready
/// (`PublishReadiness`, each message naming the plan's own file) before
/// anything is printed; one plan's error, or without `--draft` one
/// unfinished thing, refuses the whole publish. Each plan is then published
/// exactly as alone (`PublishedPlan`): its site and PDFs go under its
/// folder, its `unggah/` files and its own `situs.zip` under
/// `unggah/<its folder>/`. The collection's overview, as `build` makes it,
/// goes at the top, with one `situs.zip` of the whole collection site.
///
/// Plans are read in parallel and printed in parallel, one print engine
/// run at a time per core, each plan in a folder of its own with the time
/// limit a plan has alone. Their PDFs stay on disk until the output is
/// written.
enum CollectionPublish {
    /// The collection's plans, read and ready, in its order, and its overview pages.
    struct Plans: Sendable {
        var members: [PlanCollection.Member]
        var ready: [PublishedPlan.Ready]
        var overview: [SiteFile]
    }

    /// Every plan read and checked, and the overview rendered; nil when
    /// anything stops the publish. What each plan finds goes to
    /// `diagnostics` and `unfinished` in the collection's order.
    static func read(_ options: Publish.Options, diagnostics: inout DiagnosticList, unfinished: inout DiagnosticList) -> Plans? {
        guard let collection = CollectionReader.read(folder: options.build.content, diagnostics: &diagnostics) else { return nil }
        let templates = Build.Templates.read(options.build.templates, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        let members = collection.members
        let read = members.mapInParallel { member in
            var found = DiagnosticList(), unready = DiagnosticList()
            found.append(contentsOf: member.problems)
            let alone = Build.Options(content: member.folder, output: options.build.output, templates: options.build.templates)
            var plan = PublishedPlan.read(alone, templates: templates, years: UnitYearsNotice(member), today: options.today, draft: options.draft,
                                          diagnostics: &found, unfinished: &unready)
            if let pages = plan?.pages { UnitYearsSites.check(pages, of: member, diagnostics: &found) }
            if found.hasErrors { plan = nil }
            return Read(plan: plan, diagnostics: found, unfinished: unready)
        }
        var ready: [PublishedPlan.Ready] = []
        for plan in read {
            diagnostics.append(contentsOf: plan.diagnostics)
            unfinished.append(contentsOf: plan.unfinished)
            if let plan = plan.plan { ready.append(plan) }
        }
        guard ready.count == members.count else { return nil }
        let units = zip(members, ready).map { UnitSummary(member: $0, content: $1.sources.content) }
        let data = zip(units, ready).map { UnitOpenData(summary: $0, words: SiteWords(content: $1.sources.content, evidencePaths: $1.sources.evidence.sitePaths)) }
        guard let overview = CollectionBuild.overview(collection, units: units, data: data, failed: [], templates: templates, today: options.today,
                                                      diagnostics: &diagnostics)
        else { return nil }
        return Plans(members: members, ready: ready, overview: overview)
    }

    /// One plan as read: nil when it has an error or is not ready.
    private struct Read: Sendable {
        var plan: PublishedPlan.Ready?
        var diagnostics: DiagnosticList
        var unfinished: DiagnosticList
    }

    /// Prints every plan, each in a folder of its own inside `scratch`, and
    /// gives the collection's files; the first plan whose print fails (in
    /// the collection's order) is thrown, named by its folder, and no plan
    /// is started after one failed.
    static func print(_ plans: Plans, engine: PrintEngine, in scratch: String, limit: Duration,
                      diagnostics: inout DiagnosticList) throws(PublishError) -> (files: [SiteFile], documents: Int)? {
        let members = plans.members
        let printed = Mutex<[Printed?]>(Array(repeating: nil, count: members.count))
        DispatchQueue.concurrentPerform(iterations: members.count) { index in
            guard !printed.withLock({ $0.contains { $0?.failure != nil } }) else { return }
            var found = DiagnosticList()
            let outcome: Printed
            do throws(PublishError) {
                let folder = try SitePublisher.makeUniqueFolder(in: scratch, prefix: "rencana-")
                let plan = try PublishedPlan.print(plans.ready[index], engine: engine, in: folder, limit: limit, diagnostics: &found)
                outcome = Printed(plan: plan, diagnostics: found)
            } catch {
                outcome = Printed(failure: PublishError(message: "\(members[index].folder): \(error.message)"), diagnostics: found)
            }
            printed.withLock { $0[index] = outcome }
        }
        let outcomes = printed.withLock { $0 }
        for outcome in outcomes { diagnostics.append(contentsOf: outcome?.diagnostics ?? DiagnosticList()) }
        if let failure = outcomes.lazy.compactMap({ $0?.failure }).first { throw failure }

        var site: [SiteFile] = [], upload: [SiteFile] = [], documents = 0
        for (member, outcome) in zip(members, outcomes) {
            guard let plan = outcome?.plan else { return nil }
            site += plan.site.map { $0.moved(under: member.sitePath) }
            upload += plan.uploads(under: member.sitePath)
            documents += plan.documents
        }
        site += plans.overview
        // The zip's time is the newest plan's data date.
        let epoch = plans.ready.map { Publish.epoch(of: $0.sources.content.settings.dataDate) }.max() ?? 0
        let archive = URL(fileURLWithPath: scratch + "/" + SiteArchive.name)
        try SiteArchive.write(site, to: archive, date: Date(timeIntervalSince1970: TimeInterval(epoch)))
        return (site + [SiteFile(path: SiteArchive.name, contents: .copy(from: archive))] + upload, documents)
    }

    /// One plan as printed, or why it could not be.
    private struct Printed: Sendable {
        var plan: PublishedPlan?
        var failure: PublishError?
        var diagnostics: DiagnosticList
    }
}
