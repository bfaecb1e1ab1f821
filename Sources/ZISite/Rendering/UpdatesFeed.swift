/// `feed.xml`: an Atom feed of what the site publishes, newest first: the
/// plan when its decree was set, each monev period as of its data date, and
/// each survey, register and compliance roll, so that journalists and the
/// inspectorate can follow the unit. Entries are dated at the start of their
/// day in Jakarta; with `alamat_situs` their addresses are absolute,
/// otherwise relative to the feed.
struct UpdatesFeed {
    static let path = "feed.xml"

    struct Entry {
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
        let updated = entries.map(\.date).max() ?? settings.dataDate
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"id\">\n"
        xml += "  <title>\(HTML.escape("Zona Integritas \(words.unitName)"))</title>\n"
        xml += "  <subtitle>\(HTML.escape("Pembaruan rencana aksi, monev dan data layanan publik"))</subtitle>\n"
        xml += "  <id>\(HTML.escape(id(base + Self.path)))</id>\n"
        xml += "  <link rel=\"self\" href=\"\(HTML.escape(base + Self.path))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(HTML.escape(base + SitePaths.home))\"/>\n"
        xml += "  <updated>\(Self.timestamp(updated))</updated>\n"
        xml += "  <author><name>\(HTML.escape(words.unitName))</name></author>\n"
        for entry in entries {
            xml += "  <entry>\n"
            xml += "    <title>\(HTML.escape(entry.title))</title>\n"
            xml += "    <id>\(HTML.escape(id(base + entry.path)))</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(HTML.escape(base + entry.path))\"/>\n"
            xml += "    <updated>\(Self.timestamp(entry.date))</updated>\n"
            xml += "    <summary>\(HTML.escape(entry.summary))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// An entry's permanent id: its address, or a tag URI without one.
    private func id(_ address: String) -> String {
        address.hasPrefix("http") ? address : "tag:zisite,\((words.content.settings.decree.date ?? words.content.settings.dataDate).iso):\(Slug.make(words.unitName, fallback: "satker"))/\(address)"
    }

    /// "2025-12-31T00:00:00+07:00": the start of the day in Jakarta.
    static func timestamp(_ date: CalendarDate) -> String { "\(date.iso)T00:00:00+07:00" }
}
