/// The collection's `feed.xml`: the newest entries of all its plans' feeds
/// in one Atom feed, each titled with its unit and linking into the plan's
/// folder, relative to the feed as the collection has no address of its own.
/// An entry's id is a tag URI made of the plan's folder and the page, so it is
/// unique in the collection and the same from build to build.
struct CollectionFeed {
    static let path = CollectionPaths.feed
    /// The newest entries shown: a reader fetches the feed often, and 552
    /// units' years of entries would make it megabytes.
    static let limit = 100
    /// The date in the feed's own tag id, fixed so that the id stays.
    static let idDate = CalendarDate(year: 2026, month: 1, day: 1)!

    let collection: PlanCollection
    let units: [CollectionOpenData.Unit]

    /// Newest first; on one day, in the order of the plans and of each plan's feed.
    /// Only the entries shown are made: the plans have tens of thousands.
    var entries: [AtomFeed.Entry] {
        var all: [(unit: Int, entry: Int, date: CalendarDate)] = []
        for (index, unit) in units.enumerated() {
            all += unit.data.feed.indices.map { (index, $0, unit.data.feed[$0].date) }
        }
        let newest = all.sorted { ($0.date, $1.unit, $1.entry) > ($1.date, $0.unit, $0.entry) }.prefix(Self.limit)
        return newest.map { place in
            let unit = units[place.unit], entry = unit.data.feed[place.entry]
            let folder = unit.summary.member.sitePath, name = unit.summary.unit.name
            return AtomFeed.Entry(id: UpdatesFeed.tag(unit.data.feedDate, folder + "/" + entry.path), title: "\(name): \(entry.title)",
                                  link: folder + "/" + entry.path, date: entry.date, summary: entry.summary, author: name)
        }
    }

    func xml() -> String {
        let entries = self.entries
        return AtomFeed(
            id: UpdatesFeed.tag(Self.idDate, Slug.make(collection.title, fallback: "kumpulan") + "/" + Self.path), title: collection.title,
            subtitle: "Pembaruan rencana aksi, monev dan data layanan publik setiap satker", selfLink: Self.path, home: CollectionPaths.overview,
            updated: entries.map(\.date).max() ?? units.map(\.summary.dataDate).max() ?? Self.idDate,
            author: collection.owner ?? collection.title, entries: entries
        ).xml()
    }
}
