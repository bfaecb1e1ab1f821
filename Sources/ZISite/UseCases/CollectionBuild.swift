import Foundation
import Synchronization

/// `zisite build` and `check` on a collection: each member's site exactly
/// as `build` makes it alone, under the member's own folder, then the
/// overview over all of them. Members are read and rendered in parallel,
/// one per core; the files keep the members' order. One member's error
/// fails the whole build, as one unit's does, and each message names the
/// member's own file; with `skipFailed` the failed members are left out
/// instead and listed on the overview with their messages.
enum CollectionBuild {
    static func site(_ options: Build.Options, diagnostics: inout DiagnosticList) -> (files: [SiteFile], skipped: [String])? {
        guard let collection = CollectionReader.read(folder: options.content, diagnostics: &diagnostics) else { return nil }
        let members = collection.members
        // The templates are read and parsed once, for every plan and the overview.
        let templates = Build.Templates.read(options.templates, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        let built = Mutex<[Member?]>(Array(repeating: nil, count: members.count))
        DispatchQueue.concurrentPerform(iterations: members.count) { index in
            let member = build(members[index], options, templates: templates)
            built.withLock { $0[index] = member }
        }
        var files: [SiteFile] = []
        var units: [UnitSummary] = []
        var failed: [FailedPlan] = []
        for (index, member) in built.withLock({ $0 }).enumerated() {
            guard let member else { continue }
            diagnostics.append(contentsOf: member.diagnostics)
            if member.diagnostics.hasErrors {
                failed.append(FailedPlan(folder: members[index].name, diagnostics: member.diagnostics.items, collection: options.content))
                continue
            }
            if let summary = member.summary { units.append(summary) }
            files += member.files
        }
        // Every error so far is a failed member's: the collection and its templates read without one.
        guard failed.isEmpty || options.skipFailed,
              let archives = UnitYearsSites.archives(collection, units: units, templates: templates.set, diagnostics: &diagnostics),
              let overview = overview(collection, units: units, failed: failed, templates: templates, diagnostics: &diagnostics)
        else { return nil }
        return (files + archives + overview, failed.map(\.folder))
    }

    /// One member's site, moved under its folder, and what it found.
    private struct Member: Sendable {
        var summary: UnitSummary?
        var files: [SiteFile]
        var diagnostics: DiagnosticList
    }

    private static func build(_ member: PlanCollection.Member, _ options: Build.Options, templates: Build.Templates) -> Member {
        var found = DiagnosticList()
        found.append(contentsOf: member.problems)
        let alone = Build.Options(content: member.folder, output: options.output, templates: options.templates)
        guard var sources = Build.read(alone, templates: templates, diagnostics: &found) else { return Member(summary: nil, files: [], diagnostics: found) }
        sources.years = UnitYearsNotice(member)
        guard let site = Build.files(sources, diagnostics: &found) else { return Member(summary: nil, files: [], diagnostics: found) }
        UnitYearsSites.check(site, of: member, diagnostics: &found)
        return Member(summary: UnitSummary(member: member, content: sources.content), files: site.map { $0.moved(under: member.sitePath) },
                      diagnostics: found)
    }

    /// The overview pages and the assets they use, at the top of the site.
    private static func overview(_ collection: PlanCollection, units: [UnitSummary], failed: [FailedPlan], templates: Build.Templates,
                                 diagnostics: inout DiagnosticList) -> [SiteFile]? {
        // One unit's years alone: the newest year's home is the top page.
        guard !collection.isOneUnitsYears else { return [] }
        let page = CollectionOverviewPage(collection: collection, units: units, failed: failed)
        guard let html = templates.set.render("kumpulan", page.values(), diagnostics: &diagnostics) else { return nil }
        return [SiteFile(path: CollectionOverviewPage.path, text: html)] + templates.folder.assets
    }
}
