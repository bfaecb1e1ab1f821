/// A folder of content folders built into one site: a unit's years, a
/// province's units, the nation's. Each member is built exactly as it would
/// be alone, into a folder of its own, and overview pages are made over all
/// of them.
public struct PlanCollection: Hashable, Sendable {
    /// One content folder of the collection.
    public struct Member: Hashable, Sendable, Codable {
        /// The content folder's path, for reading and for messages.
        public var folder: String
        /// Its path under the collection's folder ("sultra/kota-kendari").
        public var name: String
        /// Where its site goes under the output: each folder name as a slug;
        /// for the newest of a unit's years, the unit's home (`UnitYears`).
        public var sitePath: String
        /// The unit's years this plan is one of; nil for a plan alone.
        public var years: UnitYears? = nil
        /// What is wrong with it found before it is built (a second plan of
        /// its unit for the same year); an error here fails it as its own
        /// errors do, so that `--skip-failed` leaves it out.
        public var problems: [Diagnostic] = []

        /// One of a unit's older years: its site stays under its own folder,
        /// and the overview lists the unit at its newest year instead.
        public var isOlderYear: Bool { years?.isOlder(name) ?? false }
    }

    /// `judul` in `kumpulan.yml`.
    public var title: String
    /// `pemilik` in `kumpulan.yml`: who publishes the collection; nil when not said.
    public var owner: String?
    /// In the order `kumpulan.yml` lists them, else by path.
    public var members: [Member]

    /// The collection is one unit's years and nothing else: the newest
    /// year's site is its top page, and no overview is made.
    public var isOneUnitsYears: Bool { members.first?.years?.home == "" }
}
