import Foundation
import Synchronization

/// `zisite build` and `check` on a collection: each member's site exactly
/// as `build` makes it alone, under the member's own folder, then the
/// overview over all of them. Members are read and rendered in parallel,
/// one per core; the files keep the members' order. One member's error
/// fails the whole build, as one unit's does, and each message names the
/// member's own file.
enum CollectionBuild {
    static func files(_ options: Build.Options, diagnostics: inout DiagnosticList) -> [SiteFile]? {
        guard let collection = CollectionReader.read(folder: options.content, diagnostics: &diagnostics) else { return nil }
        let members = collection.members
        let built = Mutex<[Member?]>(Array(repeating: nil, count: members.count))
        DispatchQueue.concurrentPerform(iterations: members.count) { index in
            let member = build(members[index], options)
            built.withLock { $0[index] = member }
        }
        var files: [SiteFile] = []
        var units: [UnitSummary] = []
        for member in built.withLock({ $0 }) {
            guard let member else { continue }
            diagnostics.append(contentsOf: member.diagnostics)
            if let summary = member.summary { units.append(summary) }
            files += member.files
        }
        guard !diagnostics.hasErrors, let overview = overview(collection, units: units, options: options, diagnostics: &diagnostics) else { return nil }
        return files + overview
    }

    /// One member's site, moved under its folder, and what it found.
    private struct Member: Sendable {
        var summary: UnitSummary?
        var files: [SiteFile]
        var diagnostics: DiagnosticList
    }

    private static func build(_ member: PlanCollection.Member, _ options: Build.Options) -> Member {
        var found = DiagnosticList()
        let alone = Build.Options(content: member.folder, output: options.output, templates: options.templates)
        guard let sources = Build.read(alone, diagnostics: &found), let site = Build.files(sources, diagnostics: &found) else {
            return Member(summary: nil, files: [], diagnostics: found)
        }
        return Member(summary: UnitSummary(member: member, content: sources.content), files: site.map { $0.moved(under: member.sitePath) },
                      diagnostics: found)
    }

    /// The overview pages and the assets they use, at the top of the site.
    private static func overview(_ collection: PlanCollection, units: [UnitSummary], options: Build.Options,
                                 diagnostics: inout DiagnosticList) -> [SiteFile]? {
        let templates = TemplateFolderReader.read(folder: options.templates, diagnostics: &diagnostics)
        let set = TemplateSet(sources: templates.sources, diagnostics: &diagnostics)
        let page = CollectionOverviewPage(collection: collection, units: units)
        guard let html = set.render("kumpulan", page.values(), diagnostics: &diagnostics) else { return nil }
        return [SiteFile(path: CollectionOverviewPage.path, text: html)] + templates.assets
    }
}
