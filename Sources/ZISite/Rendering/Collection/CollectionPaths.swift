/// Where the collection's own pages and files live at the top of its site,
/// beside each plan's folder. `CollectionReader.reservedNames` keeps plans'
/// folders off these names.
enum CollectionPaths {
    static let overview = "index.html"
    static let byCompletion = "menurut-capaian.html"
    static let publicInformation = "informasi-publik.html"
    static let provinceFolder = "provinsi"

    /// The open data the collection publishes: every unit's steps, every
    /// unit's summary, their description and the feed of updates.
    static let steps = (csv: "data/langkah-aksi.csv", json: "data/langkah-aksi.json")
    static let summaries = (csv: "data/ringkasan-satker.csv", json: "data/ringkasan-satker.json")
    static let dataPackage = "datapackage.json"
    static let feed = "feed.xml"

    /// `provinsi/sulawesi-tenggara.html`.
    static func province(_ slug: String) -> String {
        "\(provinceFolder)/\(slug).html"
    }

    /// A plan's home page and its Daftar Informasi Publik.
    static func home(of unit: UnitSummary) -> String {
        unit.member.sitePath + "/" + SitePaths.home
    }

    static func publicInformation(of unit: UnitSummary) -> String {
        unit.member.sitePath + "/" + SitePaths.publicInformation
    }
}
