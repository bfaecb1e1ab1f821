/// An Atom feed (RFC 4287) as text: the feed's id, title, links, updated
/// time and author, then each entry with its id, link, updated time and
/// summary. A unit's `feed.xml` and a collection's are written by it.
struct AtomFeed {
    struct Entry: Hashable, Sendable {
        var id: String
        var title: String
        var link: String
        var date: CalendarDate
        var summary: String
        /// The entry's own author, where the feed's is not everyone's.
        var author: String? = nil
    }

    var id: String
    var title: String
    var subtitle: String
    /// The feed's own address and the home page's.
    var selfLink: String
    var home: String
    var updated: CalendarDate
    var author: String
    var entries: [Entry]

    func xml() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"id\">\n"
        xml += "  <title>\(HTML.escape(title))</title>\n"
        xml += "  <subtitle>\(HTML.escape(subtitle))</subtitle>\n"
        xml += "  <id>\(HTML.escape(id))</id>\n"
        xml += "  <link rel=\"self\" href=\"\(HTML.escape(selfLink))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(HTML.escape(home))\"/>\n"
        xml += "  <updated>\(Self.timestamp(updated))</updated>\n"
        xml += "  <author><name>\(HTML.escape(author))</name></author>\n"
        for entry in entries {
            xml += "  <entry>\n"
            xml += "    <title>\(HTML.escape(entry.title))</title>\n"
            xml += "    <id>\(HTML.escape(entry.id))</id>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(HTML.escape(entry.link))\"/>\n"
            xml += "    <updated>\(Self.timestamp(entry.date))</updated>\n"
            if let author = entry.author { xml += "    <author><name>\(HTML.escape(author))</name></author>\n" }
            xml += "    <summary>\(HTML.escape(entry.summary))</summary>\n"
            xml += "  </entry>\n"
        }
        return xml + "</feed>\n"
    }

    /// "2025-12-31T00:00:00+07:00": the start of the day in Jakarta.
    static func timestamp(_ date: CalendarDate) -> String { "\(date.iso)T00:00:00+07:00" }
}
