import XCTest
@testable import ZISite

final class PerceptionIndexTests: XCTestCase {
    private func survey(_ counts: [[Int]]) -> PerceptionSurvey {
        PerceptionSurvey(kind: .antiCorruption, period: "2025", source: "uji",
                         questions: counts.enumerated().map { .init(line: $0.offset + 6, number: String($0.offset + 1), text: "P\($0.offset)", counts: $0.element) })
    }

    /// Worked by hand: P1 answers 2·1 + 3·7 + 4·32 = 151 over 40 = 3,775;
    /// P2 3·9 + 4·31 = 151 over 40 = 3,775; P3 1 + 2·3 + 3·14 + 4·21 = 133
    /// over 39 = 3,41026. The index is (3,775 + 3,775 + 3,41026) / 3 = 3,65342, so 3,65.
    func testTheIndexIsTheMeanOfTheQuestionMeans() throws {
        let index = PerceptionIndex(survey([[0, 1, 7, 32], [0, 0, 9, 31], [1, 3, 14, 21]]))
        XCTAssertEqual(index.questions.map(\.respondents), [40, 40, 39])
        XCTAssertEqual(index.questions[0].mean, Decimal(string: "3.775"))
        XCTAssertEqual(index.questions[2].mean.roundedHalfUp(places: 5), Decimal(string: "3.41026"))
        XCTAssertEqual(index.index, Decimal(string: "3.65"))
        XCTAssertEqual(index.respondents, 40)
        XCTAssertEqual(index.lowest.map(\.number), ["3"])
    }

    /// (3,5 + 3,23) / 2 = 3,365: half up gives 3,37 where rounding to even would give 3,36.
    func testTheIndexIsRoundedHalfUp() {
        XCTAssertEqual(PerceptionIndex(survey([[0, 0, 1, 1], [0, 0, 77, 23]])).index, Decimal(string: "3.37"))
    }

    /// Means that never end: 3 + 2,525 + 2,625 + 127/37 + 3,975 + 86/37 + 83/37
    /// = 20,125 (the 37ths add up to 8), over 7 questions = 2,875 exactly, so 2,88,
    /// although the means cut at 38 digits add up to a hair under it.
    func testAnIndexExactlyOnAHalfRoundsUpWhenTheMeansRepeat() {
        let index = PerceptionIndex(survey([[0, 0, 37, 0], [0, 19, 21, 0], [0, 15, 25, 0], [0, 0, 21, 16], [0, 0, 1, 39], [0, 25, 12, 0], [0, 28, 9, 0]]))
        XCTAssertEqual(index.index, Decimal(string: "2.88"))
    }

    func testAQuestionWithoutAnswersIsLeftOutAndNoAnswersGiveNoIndex() {
        let some = PerceptionIndex(survey([[0, 0, 0, 0], [0, 0, 2, 2]]))
        XCTAssertEqual(some.questions.map(\.question.number), ["2"])
        XCTAssertEqual(some.index, Decimal(string: "3.5"))
        let none = PerceptionIndex(survey([[0, 0, 0, 0]]))
        XCTAssertNil(none.index)
        XCTAssertEqual(none.respondents, 0)
        XCTAssertTrue(none.lowest.isEmpty)
    }

    func testEqualLowestQuestionsAreAllNamed() {
        XCTAssertEqual(PerceptionIndex(survey([[0, 1, 1, 0], [0, 0, 0, 3], [0, 2, 2, 0]])).lowest.map(\.number), ["1", "3"])
    }
}
