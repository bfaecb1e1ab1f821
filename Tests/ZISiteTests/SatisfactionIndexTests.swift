import Foundation
import XCTest
@testable import ZISite

/// The IKM worked by hand, as PermenPANRB 14/2017 and domain.md define it:
/// the mean of the nine element means, times 25, rounded to two decimals,
/// graded A 88,31-100, B 76,61-88,30, C 65,00-76,60, D 25,00-64,99.
final class SatisfactionIndexTests: XCTestCase {
    private typealias Element = SatisfactionSurvey.Element

    private func decimal(_ text: String) -> Decimal { Decimal(string: text)! }

    private func summary(_ means: [String]) -> SatisfactionIndex {
        let elements = Dictionary(uniqueKeysWithValues: zip(Element.allCases, means.map { SatisfactionSurvey.ElementAnswers.mean(decimal($0)) }))
        return SatisfactionIndex(SatisfactionSurvey(period: "2025", source: "uji", respondents: 100, elements: elements))
    }

    /// Four respondents; by hand: U1 14/4 = 3,5, U2 13/4 = 3,25, U3 3, U4 4,
    /// U5 15/4 = 3,75, U6 3,5, U7 3,25, U8 11/4 = 2,75, U9 3. The means add
    /// up to 30; 30 / 9 x 25 = 83,333... = 83,33, grade B (Baik); U8 lowest.
    func testRawAnswersOfFourRespondents() {
        let answers: [[Int]] = [
            [4, 3, 3, 4, 4, 4, 3, 3, 3],
            [4, 3, 3, 4, 4, 3, 4, 3, 3],
            [3, 3, 3, 4, 4, 4, 3, 2, 3],
            [3, 4, 3, 4, 3, 3, 3, 3, 3],
        ]
        var elements: [Element: SatisfactionSurvey.ElementAnswers] = [:]
        for element in Element.allCases {
            let column = answers.map { $0[element.rawValue - 1] }
            elements[element] = .answers(sum: column.reduce(0, +), count: column.count)
        }
        let index = SatisfactionIndex(SatisfactionSurvey(period: "Semester I 2025", source: "uji", respondents: 4, elements: elements))
        XCTAssertEqual(index.elements.map(\.mean), ["3.5", "3.25", "3", "4", "3.75", "3.5", "3.25", "2.75", "3"].map(decimal))
        XCTAssertEqual(index.elements[7].converted, decimal("68.75"))
        XCTAssertEqual(index.index, decimal("83.33"))
        XCTAssertEqual(index.grade, .b)
        XCTAssertEqual(index.grade?.words, "Baik")
        XCTAssertEqual(index.lowest, [.complaints])
        XCTAssertEqual(index.respondents, 4)
    }

    /// Means adding up to 31,79 give 88,3055... = 88,31: A. To 31,78, 88,2777...
    /// = 88,28: B. The grade follows the index as rounded, so nothing falls
    /// between 88,30 and 88,31.
    func testTheGradeFollowsTheRoundedIndexAtEveryBoundary() {
        let cases: [(means: [String], index: String, grade: SatisfactionIndex.Grade)] = [
            (Array(repeating: "3.53", count: 8) + ["3.55"], "88.31", .a),
            (Array(repeating: "3.53", count: 8) + ["3.54"], "88.28", .b),
            // 27,58 / 9 x 25 = 76,611...; 27,57 gives 76,583...
            (Array(repeating: "3.06", count: 8) + ["3.10"], "76.61", .b),
            (Array(repeating: "3.06", count: 8) + ["3.09"], "76.58", .c),
            // 23,40 / 9 x 25 = 65 exactly; 23,39 gives 64,972...
            (Array(repeating: "2.60", count: 9), "65", .c),
            (Array(repeating: "2.60", count: 8) + ["2.59"], "64.97", .d),
            (Array(repeating: "4", count: 9), "100", .a),
            (Array(repeating: "1", count: 9), "25", .d),
        ]
        for (means, expected, grade) in cases {
            let index = summary(means)
            XCTAssertEqual(index.index, decimal(expected), "\(means)")
            XCTAssertEqual(index.grade, grade, "\(means)")
        }
    }

    /// Half up: 88,305 exactly would be 88,31. Means adding up to 31,7898
    /// (a summary written to four decimals) give 88,30500...
    func testRoundingIsHalfUp() {
        let index = summary(Array(repeating: "3.5322", count: 9))
        // 9 x 3,5322 = 31,7898; / 9 x 25 = 88,305.
        XCTAssertEqual(index.index, decimal("88.31"))
        XCTAssertEqual(decimal("76.605").roundedHalfUp(places: 2), decimal("76.61"))
        XCTAssertEqual(decimal("76.6049").roundedHalfUp(places: 2), decimal("76.6"))
    }

    func testAnElementSkippedBySomeRespondentsIsTheMeanOfThoseWhoAnswered() {
        var elements = Dictionary(uniqueKeysWithValues: Element.allCases.map { ($0, SatisfactionSurvey.ElementAnswers.answers(sum: 12, count: 4)) })
        elements[.cost] = .answers(sum: 7, count: 2)
        let index = SatisfactionIndex(SatisfactionSurvey(period: "2025", source: "uji", respondents: 4, elements: elements))
        XCTAssertEqual(index.elements[3].mean, decimal("3.5"))
        // (8 x 3 + 3,5) / 9 x 25 = 76,388... = 76,39: C.
        XCTAssertEqual(index.index, decimal("76.39"))
        XCTAssertEqual(index.grade, .c)
        XCTAssertEqual(index.lowest, Element.allCases.filter { $0 != .cost })
    }

    func testWithoutAllNineElementsThereIsNoIndex() {
        var elements = Dictionary(uniqueKeysWithValues: Element.allCases.map { ($0, SatisfactionSurvey.ElementAnswers.mean(3)) })
        elements[.facilities] = nil
        let index = SatisfactionIndex(SatisfactionSurvey(period: "2025", source: "uji", respondents: 10, elements: elements))
        XCTAssertEqual(index.elements.count, 8)
        XCTAssertNil(index.index)
        XCTAssertNil(index.grade)
    }

    /// Skipped answers leave means that never end: U1 127/37, U2 86/37 and
    /// U3 83/37 add up to 8; U4-U8 4 each; U9 18.949/5.000 = 3,7898. The
    /// means add up to 31,7898, and 31,7898 / 9 x 25 = 88,305 exactly: half up
    /// 88,31, grade A, although the means cut at 38 digits add up to a hair under it.
    func testAnIndexExactlyOnAHalfRoundsUpWhenTheMeansRepeat() {
        let answers: [(Int, Int)] = [(127, 37), (86, 37), (83, 37), (4, 1), (4, 1), (4, 1), (4, 1), (4, 1), (18_949, 5_000)]
        let elements = Dictionary(uniqueKeysWithValues: zip(Element.allCases, answers.map { SatisfactionSurvey.ElementAnswers.answers(sum: $0.0, count: $0.1) }))
        let index = SatisfactionIndex(SatisfactionSurvey(period: "2025", source: "uji", respondents: 5_000, elements: elements))
        XCTAssertEqual(index.index, decimal("88.31"))
        XCTAssertEqual(index.grade, .a)
    }
}
