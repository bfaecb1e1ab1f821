/// `feed.xml`: an Atom feed of what the site publishes, newest first: the
/// plan when its decree was set, each monev period as of its data date, and
/// each survey, register and compliance roll, so that journalists and the
/// inspectorate can follow the unit. Entries are dated at the start of their
/// day in Jakarta; with `alamat_situs` their addresses are absolute,
/// otherwise relative to the feed.
struct UpdatesFeed {
    static let path = "feed.xml"

    struct Entry: Hashable, Sendable, Codable {
        var title: String
        var path: String
        var date: CalendarDate
        var summary: String
    }

    let words: SiteWords

    var entries: [Entry] {
        let content = words.content
        var entries: [Entry] = []
        // A draft whose decree has no date yet has no entry for it.
        if let decreeDate = content.settings.decree.date {
            entries.append(Entry(title: "Rencana aksi ditetapkan: \(words.planName)", path: SitePaths.annex, date: decreeDate,
                                 summary: "\(words.decreeName) menetapkan \(IndonesianFormat.integer(content.plan.actions.count)) langkah aksi."))
        }
        for report in words.monev.reports {
            entries.append(Entry(title: "Monev \(report.period.name)", path: SitePaths.monev(report.period), date: report.period.asOf,
                                 summary: "\(IndonesianFormat.integer(report.overall.done)) dari \(IndonesianFormat.integer(report.overall.steps)) langkah aksi selesai per \(IndonesianFormat.date(report.period.asOf))."))
        }
        let dataDate = content.settings.dataDate
        entries += ServicePublication.all(words).map { Entry(title: $0.title, path: $0.path, date: dataDate, summary: $0.headline) }
        // Newest first; on one day, in the order above.
        return entries.enumerated().sorted { ($0.element.date, $1.offset) > ($1.element.date, $0.offset) }.map(\.element)
    }

    func xml() -> String {
        let settings = words.content.settings
        let base = settings.siteFolderURL ?? ""
        let entries = self.entries
        return AtomFeed(
            id: id(base + Self.path), title: "Zona Integritas \(words.unitName)", subtitle: "Pembaruan rencana aksi, monev dan data layanan publik",
            selfLink: base + Self.path, home: base + SitePaths.home, updated: entries.map(\.date).max() ?? settings.dataDate, author: words.unitName,
            entries: entries.map { AtomFeed.Entry(id: id(base + $0.path), title: $0.title, link: base + $0.path, date: $0.date, summary: $0.summary) }
        ).xml()
    }

    /// The date in the feed's tag ids, so that they stay the same from build
    /// to build: the decree's, else the data date.
    var tagDate: CalendarDate { words.content.settings.decree.date ?? words.content.settings.dataDate }

    /// A tag URI (RFC 4151) for what has no address of its own.
    static func tag(_ date: CalendarDate, _ name: String) -> String { "tag:zisite,\(date.iso):\(name)" }

    /// An entry's permanent id: its address, or a tag URI without one.
    private func id(_ address: String) -> String {
        address.hasPrefix("http") ? address : Self.tag(tagDate, Slug.make(words.unitName, fallback: "satker") + "/" + address)
    }
}
