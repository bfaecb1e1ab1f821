import Foundation

/// `zisite build` and `check` on a collection: each member's site exactly
/// as `build` makes it alone, under the member's own folder, then the
/// overview over all of them. Members are read and rendered in parallel,
/// one per core, and each is written as soon as it is rendered, so memory
/// does not grow with the collection; a member whose content folder is as
/// the previous build found it is not built again, its files stay in the
/// output (`CollectionRecord`, `SiteUpdate`). One member's error fails
/// the whole build, as one unit's does, and each message names the member's
/// own file; with `skipFailed` the failed members are left out instead and
/// listed on the overview with their messages.
enum CollectionBuild {
    /// Builds into the output `lock` holds; the output is replaced only when every step succeeded.
    static func run(_ options: Build.Options, holding lock: OutputLock) -> Build.Result {
        var diagnostics = DiagnosticList()
        let failure = SourceLocation(file: options.output, line: 1)
        let target = lock.target
        let record = BackgroundWork { CollectionRecord.load(for: target) }
        let known = UnitIdentities { record.wait().identities }
        guard let (collection, templates) = read(options, known: known, diagnostics: &diagnostics) else { return Build.result(diagnostics) }
        let previous = Previous(record: record.wait(), output: target.path,
                                shared: PlanInputs.shared(content: options.content, templates: templates, folder: options.templates))
        let staging: SiteStaging
        do {
            let owners = OutputFolders.Owners(plans: Set(collection.members.map(\.sitePath)))
            staging = try SiteStaging.open(holding: lock, updating: !previous.record.isEmpty, recording: (previous.record.folders, owners))
        } catch {
            diagnostics.error(failure, error.message)
            return Build.result(diagnostics)
        }
        let members = build(collection, options, templates: templates, into: (staging, previous))
        do throws(PublishError) {
            guard let site = try site(collection, members, options, templates: templates, diagnostics: &diagnostics) else {
                staging.discard()
                return Build.result(diagnostics)
            }
            let overview = try staging.write(site.overview)
            CollectionRecord.forget(for: target)
            defer { staging.waitUntilRemoved() }
            var next = site.record
            next.identities = known.entries
            let saving = BackgroundWork { [next] in next.writeAside(for: target) }
            let folders: OutputFolders?
            do throws(PublishError) {
                folders = try staging.finish()
            } catch {
                saving.wait()
                CollectionRecord.abandon(for: target)
                throw error
            }
            // Listed while the rest of the record is written.
            let list = folders?.list
            saving.wait()
            if let list { CollectionRecord.addAside(list, for: target) }
            CollectionRecord.putInPlace(for: target)
            let written = members.map(\.written) + [overview]
            return Build.result(diagnostics, pages: written.reduce(0) { $0 + $1.count { $0.path.hasSuffix(".html") } },
                                files: written.reduce(0) { $0 + $1.count }, skipped: site.skipped)
        } catch {
            staging.discard()
            diagnostics.error(failure, error.message)
            return Build.result(diagnostics)
        }
    }

    /// Reads and renders everything `run` does, and writes nothing.
    static func check(_ options: Build.Options) -> Build.Result {
        var diagnostics = DiagnosticList()
        guard let (collection, templates) = read(options, diagnostics: &diagnostics) else { return Build.result(diagnostics) }
        let members = build(collection, options, templates: templates, into: nil)
        _ = try? site(collection, members, options, templates: templates, diagnostics: &diagnostics)
        return Build.result(diagnostics)
    }

    private static func read(_ options: Build.Options, known: UnitIdentities = UnitIdentities(),
                             diagnostics: inout DiagnosticList) -> (PlanCollection, Build.Templates)? {
        // The templates are read and parsed once, for every plan and the
        // overview, while the collection is read; their messages come after its.
        let folder = options.templates
        let parsing = BackgroundWork { () -> (Build.Templates, DiagnosticList) in
            var found = DiagnosticList()
            return (Build.Templates.read(folder, diagnostics: &found), found)
        }
        guard let collection = CollectionReader.read(folder: options.content, known: known, diagnostics: &diagnostics) else { return nil }
        let (templates, found) = parsing.wait()
        diagnostics.append(contentsOf: found)
        return diagnostics.hasErrors ? nil : (collection, templates)
    }

    /// The previous build's record and output, and what every plan's build depends on.
    private struct Previous: Sendable {
        var record: CollectionRecord
        var output: String
        var shared: Fingerprint
    }

    /// One member as built (or reused), once its files are where they go.
    private struct Member: Sendable {
        /// Its entry in the next record.
        var record: CollectionRecord.Entry?
        var summary: UnitSummary?
        var openData: UnitOpenData?
        var written: [WrittenFile] = []
        var diagnostics: DiagnosticList
        /// Why its files could not be written.
        var failure: PublishError?
    }

    /// Every member, in the collection's order; written into `staging` when
    /// there is one. An older year's pages link its unit's newest year, so
    /// the newest years go first: with `skipFailed`, the older years of a
    /// unit whose newest year failed are left out with it.
    private static func build(_ collection: PlanCollection, _ options: Build.Options, templates: Build.Templates,
                              into destination: (staging: SiteStaging, previous: Previous)?) -> [Member] {
        let members = collection.members
        let older = members.indices.filter { members[$0].isOlderYear }, first = members.indices.filter { !members[$0].isOlderYear }
        var built: [Int: Member] = [:]
        for (index, member) in zip(first, first.mapInParallel { build(members[$0], options, templates: templates, into: destination) }) {
            built[index] = member
        }
        let failed = Set(first.filter { built[$0]?.diagnostics.hasErrors == true }.map { members[$0].name })
        for (index, member) in zip(older, older.mapInParallel { index -> Member in
            let member = members[index]
            guard options.skipFailed, let newest = member.years?.current, failed.contains(newest.member) else {
                return build(member, options, templates: templates, into: destination)
            }
            var found = DiagnosticList()
            found.error(SourceLocation(file: ContentReader.path(member.folder, ContentReader.settingsFile), line: 1),
                        "rencana aksi tahun terbaru satker ini ('\(newest.member)') gagal dibangun, jadi folder ini ikut dilewati: "
                            + "setiap halamannya menautkan ke tahun terbaru; perbaiki kesalahan di folder itu")
            return Member(diagnostics: found)
        }) {
            built[index] = member
        }
        // Every index is in one of the two lists.
        return members.indices.map { built[$0] ?? Member(diagnostics: DiagnosticList()) }
    }

    private static func build(_ member: PlanCollection.Member, _ options: Build.Options, templates: Build.Templates,
                              into destination: (staging: SiteStaging, previous: Previous)?) -> Member {
        let inputs = destination.flatMap { PlanInputs.fingerprint(of: member, shared: $0.previous.shared) }
        do {
            if let destination, let inputs, let (record, entry) = destination.previous.record.plan(at: member.sitePath), record.inputs == inputs.value,
               destination.staging.reuse(record.files, from: destination.previous.output + "/" + member.sitePath, under: member.sitePath) {
                var told = DiagnosticList()
                told.append(contentsOf: record.diagnostics)
                return Member(record: entry, summary: record.summary, openData: record.openData, written: record.files, diagnostics: told)
            }
            var found = DiagnosticList()
            found.append(contentsOf: member.problems)
            let alone = Build.Options(content: member.folder, output: options.output, templates: options.templates)
            guard var sources = Build.read(alone, templates: templates, diagnostics: &found) else { return Member(diagnostics: found) }
            sources.years = UnitYearsNotice(member)
            let words = SiteWords(content: sources.content, evidencePaths: sources.evidence.sitePaths)
            guard let site = Build.files(sources, words: words, diagnostics: &found) else { return Member(diagnostics: found) }
            UnitYearsSites.check(site, of: member, diagnostics: &found)
            guard !found.hasErrors else { return Member(diagnostics: found) }
            let summary = UnitSummary(member: member, content: sources.content, monev: words.monev)
            let openData = UnitOpenData(summary: summary, words: words)
            guard let destination else { return Member(summary: summary, openData: openData, diagnostics: found) }
            try SitePublisher.checkPaths(site)
            let written = try destination.staging.write(site, under: member.sitePath)
            let record = inputs.flatMap { PlanRecord(inputs: $0.value, files: written, summary: summary, openData: openData, diagnostics: found.items).entry }
            return Member(record: record, summary: summary, openData: openData, written: written, diagnostics: found)
        } catch {
            return Member(diagnostics: DiagnosticList(), failure: error)
        }
    }

    /// The overview and the next record, once every member is built; nil when
    /// a member failed and failed members are not to be skipped. Throws the
    /// first member's failure to write.
    private static func site(_ collection: PlanCollection, _ members: [Member], _ options: Build.Options, templates: Build.Templates,
                             diagnostics: inout DiagnosticList) throws(PublishError) -> (overview: [SiteFile], record: CollectionRecord, skipped: [String])? {
        var units: [UnitSummary] = []
        var data: [UnitOpenData] = []
        var failed: [FailedPlan] = []
        var record = CollectionRecord()
        for (plan, member) in zip(collection.members, members) {
            if let failure = member.failure { throw failure }
            diagnostics.append(contentsOf: member.diagnostics)
            if member.diagnostics.hasErrors {
                failed.append(FailedPlan(folder: plan.name, diagnostics: member.diagnostics.items, collection: options.content))
                continue
            }
            if let summary = member.summary, let open = member.openData {
                units.append(summary)
                data.append(open)
            }
            if let entry = member.record { record.add(entry, at: plan.sitePath) }
        }
        // Every error so far is a failed member's: the collection and its templates read without one.
        guard failed.isEmpty || options.skipFailed,
              let overview = overview(collection, units: units, data: data, failed: failed, templates: templates,
                                      today: options.today ?? JakartaTime.day(of: Date()), diagnostics: &diagnostics)
        else { return nil }
        return (overview, record, failed.map(\.folder))
    }

    /// The top pages, the open data over every plan and the assets they use,
    /// at the top of the site, and each unit's Arsip page beside its newest
    /// year; `publish` puts the same at the top of a published collection.
    static func overview(_ collection: PlanCollection, units: [UnitSummary], data: [UnitOpenData], failed: [FailedPlan],
                         templates: Build.Templates, today: CalendarDate, diagnostics: inout DiagnosticList) -> [SiteFile]? {
        guard let archives = UnitYearsSites.archives(collection, units: units, templates: templates.set, diagnostics: &diagnostics) else { return nil }
        // One unit's years alone: the newest year's home is the top page.
        guard !collection.isOneUnitsYears else { return archives }
        // The open data is made on a thread of its own while the pages are rendered.
        let openData = CollectionOpenData(collection: collection, units: units, data: data)
        let making = BackgroundWork { openData.files() }
        // A unit's years are shown once, at the newest year, whose site is the unit's home.
        let current = units.filter { !$0.member.isOlderYear }
        let pages = CollectionPages(collection: collection, units: current, failed: failed, today: today, alongside: making.wait, hasFeed: openData.hasFeed)
        guard let files = pages.files(templates: templates.set, diagnostics: &diagnostics) else { return nil }
        return archives + files + making.wait() + templates.folder.assets
    }
}
