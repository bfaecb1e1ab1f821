/// What a collection's open data takes from one plan, gathered while the
/// plan is built for its own site, never read again: each step as the
/// plan's latest monev period saw it, in the plan's order and under
/// `OpenData.stepFields`, and the newest entries of the plan's feed. Plain
/// values, so that a plan's share can be kept between builds.
struct UnitOpenData: Hashable, Sendable, Codable {
    /// The cells of each step, as the plan's own monev table has them; after
    /// the plan's own columns all empty before the first monev period.
    var steps: [[DataTable.Cell]]
    /// The plan's feed entries, newest first, at most `CollectionFeed.limit`:
    /// the collection's feed shows no more in all.
    var feed: [UpdatesFeed.Entry]
    /// The date in the tag ids of the plan's feed entries.
    var feedDate: CalendarDate
}

extension UnitOpenData {
    init(content: Content, evidencePaths: [String: String]) {
        let words = SiteWords(content: content, evidencePaths: evidencePaths)
        let data = OpenData(words: words)
        if let latest = words.monev.latest {
            steps = latest.actions.map { data.step($0.action, $0) }
        } else {
            steps = content.plan.actions.map { data.step($0, nil) }
        }
        let updates = UpdatesFeed(words: words)
        feed = Array(updates.entries.prefix(CollectionFeed.limit))
        feedDate = updates.tagDate
    }
}
