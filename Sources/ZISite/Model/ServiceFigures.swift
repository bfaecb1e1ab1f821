/// The public-service and integrity figures of `layanan/`, each kind in
/// file-name order.
public struct ServiceFigures: Hashable, Sendable {
    public var surveys: [SatisfactionSurvey]
    public var complaints: [ComplaintRegister]
    public var perceptionSurveys: [PerceptionSurvey]
    public var assetReports: [AssetReportRoll]
    public var integrityReports: [IntegrityReportRegister]

    public init(surveys: [SatisfactionSurvey] = [], complaints: [ComplaintRegister] = [], perceptionSurveys: [PerceptionSurvey] = [],
                assetReports: [AssetReportRoll] = [], integrityReports: [IntegrityReportRegister] = []) {
        self.surveys = surveys
        self.complaints = complaints
        self.perceptionSurveys = perceptionSurveys
        self.assetReports = assetReports
        self.integrityReports = integrityReports
    }

    public var isEmpty: Bool {
        surveys.isEmpty && complaints.isEmpty && perceptionSurveys.isEmpty && assetReports.isEmpty && integrityReports.isEmpty
    }
}
