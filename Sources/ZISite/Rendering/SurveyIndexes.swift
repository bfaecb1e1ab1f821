/// Each survey's index, worked out once for a plan: the survey's page, the
/// services page, the open data, the feed and the list of public information
/// all show it, and its decimal arithmetic is not cheap.
struct SurveyIndexes {
    private let satisfaction: [(survey: SatisfactionSurvey, index: SatisfactionIndex)]
    private let perception: [(survey: PerceptionSurvey, index: PerceptionIndex)]

    init(_ services: ServiceFigures) {
        satisfaction = services.surveys.map { ($0, SatisfactionIndex($0)) }
        perception = services.perceptionSurveys.map { ($0, PerceptionIndex($0)) }
    }

    /// A survey of the plan is found among the few it has (comparing a
    /// survey with itself is quick: its arrays and strings are shared).
    func of(_ survey: SatisfactionSurvey) -> SatisfactionIndex {
        satisfaction.first { $0.survey == survey }?.index ?? SatisfactionIndex(survey)
    }

    func of(_ survey: PerceptionSurvey) -> PerceptionIndex {
        perception.first { $0.survey == survey }?.index ?? PerceptionIndex(survey)
    }
}
