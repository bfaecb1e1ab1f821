/// What a collection's open data takes from one plan, gathered while the
/// plan is built for its own site, never read again: its rows of the table
/// of every plan's steps, and the newest entries of the plan's feed. Plain
/// values, so that a plan's share can be kept between builds.
struct UnitOpenData: Hashable, Sendable, Codable {
    /// The plan's rows of `CollectionOpenData.steps`, written: the unit's
    /// columns, then each step as the plan's latest monev period saw it, in
    /// the plan's order and as the plan's own monev table has it (its own
    /// columns all empty before the first monev period).
    var steps: DataTable.WrittenRows
    /// The plan's feed entries, newest first, at most `CollectionFeed.limit`:
    /// the collection's feed shows no more in all.
    var feed: [UpdatesFeed.Entry]
    /// The date in the tag ids of the plan's feed entries.
    var feedDate: CalendarDate
}

extension UnitOpenData {
    init(summary: UnitSummary, words: SiteWords) {
        let data = OpenData(words: words)
        let unit = CollectionOpenData.unitCells(summary) + [OpenData.text(summary.latest?.period)]
        let rows = if let latest = words.monev.latest {
            latest.actions.map { unit + data.step($0.action, $0) }
        } else {
            words.content.plan.actions.map { unit + data.step($0, nil) }
        }
        steps = DataTable.WrittenRows(rows, fields: CollectionOpenData.stepsFields)
        let updates = UpdatesFeed(words: words)
        feed = Array(updates.entries.prefix(CollectionFeed.limit))
        feedDate = updates.tagDate
    }
}
