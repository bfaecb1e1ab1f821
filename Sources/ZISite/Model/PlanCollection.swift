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
        /// Where its site goes under the output: each folder name as a slug.
        public var sitePath: String
    }

    /// `judul` in `kumpulan.yml`.
    public var title: String
    /// `pemilik` in `kumpulan.yml`: who publishes the collection; nil when not said.
    public var owner: String?
    /// In the order `kumpulan.yml` lists them, else by path.
    public var members: [Member]
}
