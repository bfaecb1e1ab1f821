import XCTest
@testable import ZISite

final class StatusBadgeTests: XCTestCase {
    func testEveryStateHasItsOwnShapeAndItsWords() {
        let shapes = ActionState.allCases.map(StatusBadge.shape)
        XCTAssertEqual(Set(shapes).count, ActionState.allCases.count, "no two states share a shape")
        for state in ActionState.allCases {
            let html = StatusBadge.html(state)
            XCTAssertTrue(html.contains(StatusBadge.label(state)), "\(state): the words are there, not only colour")
            XCTAssertTrue(html.contains("aria-hidden=\"true\""), "\(state): the shape is not read twice")
        }
        XCTAssertEqual(StatusBadge.label(.notReported), "Belum dilaporkan")
        XCTAssertEqual(StatusBadge.cssName(.notCarriedOut), "tidak-dilaksanakan")
    }

    func testProgressBarWritesItsPercentage() {
        let bar = ProgressHTML.bar(Completion(steps: 3, done: 2))
        XCTAssertTrue(bar.contains("width=\"80\""), bar)
        XCTAssertTrue(bar.hasSuffix("66,7%</span>"), bar)
        XCTAssertTrue(ProgressHTML.bar(Completion(steps: 0, done: 0)).contains("0%"))
    }
}
