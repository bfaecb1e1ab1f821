import Foundation

/// The Indeks Kepuasan Masyarakat of a survey, as PermenPANRB 14/2017
/// computes it: each element's mean answer (nilai rata-rata, NRR), the
/// index as the mean of the nine means times 25 (25-100), rounded to two
/// decimals as the regulation writes it, and the grade of that rounded
/// index.
public struct SatisfactionIndex: Hashable, Sendable {
    public enum Grade: String, Hashable, Sendable {
        case a = "A", b = "B", c = "C", d = "D"

        /// "Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik".
        public var words: String {
            switch self {
            case .a: "Sangat Baik"
            case .b: "Baik"
            case .c: "Kurang Baik"
            case .d: "Tidak Baik"
            }
        }

        /// The grade of an index already rounded to two decimals: A from
        /// 88,31, B from 76,61, C from 65,00, D below.
        public init(index: Decimal) {
            switch index {
            case Decimal(string: "88.31")!...: self = .a
            case Decimal(string: "76.61")!...: self = .b
            case Decimal(string: "65.00")!...: self = .c
            default: self = .d
            }
        }

        /// The index range of the grade, as the regulation prints it.
        public var range: (from: Decimal, to: Decimal) {
            switch self {
            case .a: (Decimal(string: "88.31")!, 100)
            case .b: (Decimal(string: "76.61")!, Decimal(string: "88.30")!)
            case .c: (65, Decimal(string: "76.60")!)
            case .d: (25, Decimal(string: "64.99")!)
            }
        }
    }

    public struct ElementScore: Hashable, Sendable {
        public var element: SatisfactionSurvey.Element
        /// The mean answer, 1-4, unrounded.
        public var mean: Decimal
        /// The mean times 25 (25-100), unrounded.
        public var converted: Decimal { mean * 25 }
    }

    /// The nine elements in order; an element without answers is left out.
    public var elements: [ElementScore]
    /// The index, 25-100, rounded half up to two decimals; nil without all
    /// nine elements.
    public var index: Decimal?
    public var grade: Grade?
    public var respondents: Int
    /// The element(s) with the lowest mean, in order.
    public var lowest: [SatisfactionSurvey.Element]

    public init(_ survey: SatisfactionSurvey) {
        elements = SatisfactionSurvey.Element.allCases.compactMap { element in
            switch survey.elements[element] {
            case .answers(let sum, let count) where count > 0: ElementScore(element: element, mean: Decimal(sum) / Decimal(count))
            case .mean(let mean): ElementScore(element: element, mean: mean)
            default: nil
            }
        }
        respondents = survey.respondents
        let lowestMean = elements.map(\.mean).min()
        lowest = elements.filter { $0.mean == lowestMean }.map(\.element)
        guard elements.count == SatisfactionSurvey.Element.allCases.count else {
            index = nil
            grade = nil
            return
        }
        let total = elements.reduce(Decimal(0)) { $0 + $1.mean }
        let index = (total * 25 / Decimal(elements.count)).meanRoundedHalfUp(places: 2)
        self.index = index
        grade = Grade(index: index)
    }
}
