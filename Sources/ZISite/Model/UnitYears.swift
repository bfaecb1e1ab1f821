/// One unit's plans of several years in a collection: sibling content
/// folders whose settings name the same unit, each with its own plan year
/// (`UnitYearsReader` finds them). The newest year is the unit's home: its
/// site is built at the years' common folder, so the address a unit
/// publishes stays the same from year to year, and the older years stay
/// under their own folders below it, with an Arsip page listing them all.
public struct UnitYears: Hashable, Sendable, Codable {
    /// One year: a member of the collection.
    public struct Year: Hashable, Sendable, Codable {
        /// The member's name, its path under the collection's folder.
        public var member: String
        /// Its content folder's path, for messages.
        public var folder: String
        public var planYear: Int
        /// Where its site goes: the home for the newest year, else the member's own folder.
        public var sitePath: String
    }

    /// The years' common folder as a site path; "" when the years are the
    /// whole collection, whose top page is then the newest year's.
    public var home: String
    /// Newest first; at least two, each year once.
    public var years: [Year]

    /// The Arsip page, in the home beside the newest year's pages.
    public static let archivePage = "arsip-tahun.html"

    /// The newest year, built at the home.
    public var current: Year { years[0] }

    /// `member` is one of the older years.
    public func isOlder(_ member: String) -> Bool {
        member != current.member && years.contains { $0.member == member }
    }

    /// A year's folder seen from the home: "2025/" for an older year, "" for the newest.
    public func folder(of year: Year) -> String {
        year.sitePath == home ? "" : String(year.sitePath.dropFirst(home.isEmpty ? 0 : home.count + 1)) + "/"
    }

    /// The way up from a year's site to the home: "../" for an older year, "" for the newest.
    public func wayHome(from year: Year) -> String {
        String(repeating: "../", count: folder(of: year).count { $0 == "/" })
    }
}
