/// The public-service figures of `layanan/`: satisfaction surveys and
/// complaint registers, each in file-name order.
public struct ServiceFigures: Hashable, Sendable {
    public var surveys: [SatisfactionSurvey]
    public var complaints: [ComplaintRegister]

    public init(surveys: [SatisfactionSurvey] = [], complaints: [ComplaintRegister] = []) {
        self.surveys = surveys
        self.complaints = complaints
    }

    public var isEmpty: Bool { surveys.isEmpty && complaints.isEmpty }
}
