import Foundation

/// The index of a perception survey (IPAK or IPKP) on its 1-4 scale: each
/// question's mean answer, and the index as the mean of the question means,
/// rounded half up to two decimals as the survey reports write it.
public struct PerceptionIndex: Hashable, Sendable {
    public struct QuestionScore: Hashable, Sendable {
        public var question: PerceptionSurvey.Question
        /// How many answered the question.
        public var respondents: Int
        /// The mean answer, 1-4, unrounded.
        public var mean: Decimal
    }

    /// The questions that have answers, in order.
    public var questions: [QuestionScore]
    /// 1-4, rounded half up to two decimals; nil when no question has answers.
    public var index: Decimal?
    /// The most answers any question has: the respondents, when some
    /// skipped a question.
    public var respondents: Int
    /// The question(s) with the lowest mean, in order.
    public var lowest: [PerceptionSurvey.Question]

    /// The mean of a question, unrounded; nil when it has no answers.
    public func mean(of question: PerceptionSurvey.Question) -> Decimal? {
        questions.first { $0.question == question }?.mean
    }

    public init(_ survey: PerceptionSurvey) {
        questions = survey.questions.compactMap { question in
            let answered = question.respondents
            guard answered > 0 else { return nil }
            let sum = question.counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
            return QuestionScore(question: question, respondents: answered, mean: Decimal(sum) / Decimal(answered))
        }
        respondents = questions.map(\.respondents).max() ?? 0
        let lowestMean = questions.map(\.mean).min()
        lowest = questions.filter { $0.mean == lowestMean }.map(\.question)
        index = questions.isEmpty ? nil
            : (questions.reduce(Decimal(0)) { $0 + $1.mean } / Decimal(questions.count)).meanRoundedHalfUp(places: 2)
    }
}
