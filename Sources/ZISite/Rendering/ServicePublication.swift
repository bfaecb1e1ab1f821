/// One service or integrity sheet as the site publishes it: its page's
/// title and address, the line that sums it up, and its open-data tables.
/// The feed and the Daftar Informasi Publik list these, in this order.
struct ServicePublication {
    var title: String
    var path: String
    var headline: String
    /// Its open-data tables, made only when asked for: the feed lists the
    /// publications without them.
    var tables: [DataTable] { makeTables() }
    private let makeTables: () -> [DataTable]

    init(title: String, path: String, headline: String, tables: @escaping @autoclosure () -> [DataTable]) {
        (self.title, self.path, self.headline, makeTables) = (title, path, headline, tables)
    }

    static func all(_ words: SiteWords) -> [ServicePublication] {
        let services = words.content.services
        let data = OpenData(words: words)
        return services.surveys.map {
            ServicePublication(title: SurveyPages.title($0), path: SitePaths.survey($0), headline: SurveyPages.headline($0, words.surveyIndexes.of($0)), tables: [data.survey($0)])
        } + services.complaints.map {
            ServicePublication(title: ComplaintPages.title($0), path: SitePaths.complaints($0), headline: ComplaintPages.headline($0),
                               tables: data.complaints($0))
        } + services.perceptionSurveys.map {
            ServicePublication(title: PerceptionPages.title($0), path: SitePaths.perception($0), headline: PerceptionPages.headline($0, words.surveyIndexes.of($0)),
                               tables: [data.perception($0)])
        } + services.assetReports.map {
            ServicePublication(title: AssetReportPages.title($0), path: SitePaths.assetReports($0), headline: AssetReportPages.headline($0),
                               tables: data.assetReports($0))
        } + services.integrityReports.map {
            ServicePublication(title: IntegrityReportPages.title($0), path: SitePaths.integrityReports($0),
                               headline: IntegrityReportPages.headline($0), tables: data.integrityReports($0))
        }
    }
}
