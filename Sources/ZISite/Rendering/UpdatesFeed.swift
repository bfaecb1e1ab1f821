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
        var entries = [Entry(title: "Rencana aksi ditetapkan: \(words.planName)", path: SitePaths.annex, date: content.settings.decree.date,
                             summary: "\(words.decreeName) menetapkan \(IndonesianFormat.integer(content.plan.actions.count)) langkah aksi.")]
        for report in words.monev.reports {
            entries.append(Entry(title: "Monev \(report.period.name)", path: SitePaths.monev(report.period), date: report.period.asOf,
                                 summary: "\(IndonesianFormat.integer(report.overall.done)) dari \(IndonesianFormat.integer(report.overall.steps)) langkah aksi selesai per \(IndonesianFormat.date(report.period.asOf))."))
        }
        let dataDate = content.settings.dataDate
        for survey in content.services.surveys {
            let index = SatisfactionIndex(survey)
            let result = index.index.map { "IKM \(IndonesianFormat.fixed($0, fractionDigits: 2))" + (index.grade.map { ", mutu \($0.rawValue) (\($0.words))" } ?? "") }
            entries.append(Entry(title: "Survei Kepuasan Masyarakat \(survey.period)", path: SitePaths.survey(survey), date: dataDate,
                                 summary: (result ?? "Hasil survei") + " dari \(IndonesianFormat.integer(survey.respondents)) responden."))
        }
        for register in content.services.complaints {
            let total = ComplaintFigures(register).total
            entries.append(Entry(title: "Pengaduan masyarakat \(register.period)", path: SitePaths.complaints(register), date: dataDate,
                                 summary: "\(IndonesianFormat.integer(total.received)) pengaduan diterima, \(IndonesianFormat.integer(total.resolved)) selesai ditindaklanjuti."))
        }
        for survey in content.services.perceptionSurveys {
            entries.append(Entry(title: PerceptionPages.title(survey), path: SitePaths.perception(survey), date: dataDate,
                                 summary: PerceptionPages.headline(survey)))
        }
        for roll in content.services.assetReports {
            entries.append(Entry(title: AssetReportPages.title(roll), path: SitePaths.assetReports(roll), date: dataDate,
                                 summary: AssetReportPages.headline(roll)))
        }
        for register in content.services.integrityReports {
            entries.append(Entry(title: IntegrityReportPages.title(register), path: SitePaths.integrityReports(register), date: dataDate,
                                 summary: IntegrityReportPages.headline(register)))
        }
        // Newest first; on one day, in the order above.
        return entries.enumerated().sorted { ($0.element.date, $1.offset) > ($1.element.date, $0.offset) }.map(\.element)
    }

    func xml() -> String {
        let settings = words.content.settings
        let base = settings.siteURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
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
        address.hasPrefix("http") ? address : "tag:zisite,\(words.content.settings.decree.date.iso):\(Slug.make(words.unitName, fallback: "satker"))/\(address)"
    }

    /// "2025-12-31T00:00:00+07:00": the start of the day in Jakarta.
    static func timestamp(_ date: CalendarDate) -> String { "\(date.iso)T00:00:00+07:00" }
}
