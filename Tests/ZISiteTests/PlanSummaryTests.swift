import Foundation
import XCTest
@testable import ZISite

final class PlanSummaryTests: XCTestCase {
    private func kendari() throws -> Plan {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content/rencana-aksi.tsv")
        var diagnostics = DiagnosticList()
        return PlanTableReader.read(text: try String(contentsOf: url, encoding: .utf8), file: "rencana-aksi.tsv",
                                    planYear: 2025, diagnostics: &diagnostics)
    }

    func testKendariTotals() throws {
        let summary = PlanSummary(plan: try kendari())
        XCTAssertEqual(summary.actions, 32)
        XCTAssertEqual(summary.components, 23)
        XCTAssertEqual(summary.indicators, 29)
        XCTAssertEqual(summary.actionsWithoutMonth, 0)
        XCTAssertEqual(summary.sections.map(\.actions), [5, 5, 3, 5, 6, 7, 1])
        XCTAssertEqual(summary.sections.map(\.components), [4, 4, 1, 5, 4, 4, 1])
    }

    /// Counted by hand from the decree's TARGET WAKTU column: 8 steps in
    /// September, 1 in Oktober, 3 in November, 13 in Desember, 1 per quarter
    /// and 6 from September to Desember.
    func testKendariStepsPerMonthCountEachStepInEachOfItsMonths() throws {
        let summary = PlanSummary(plan: try kendari())
        XCTAssertEqual(summary.actionsPerMonth.map(\.month.month), Array(3...12), "empty months between are kept")
        XCTAssertEqual(summary.actionsPerMonth.map(\.actions), [1, 0, 0, 1, 0, 0, 15, 7, 9, 20])
    }

    func testStepsWithoutMonthAreCountedApart() {
        func action(_ time: String) -> Action {
            Action(code: "I.1.a", text: .empty, evidence: .empty,
                   targetTime: TargetTimeReader.read(time, planYear: 2025), targetQuantity: TargetQuantity(text: ""), line: 1)
        }
        let counts = PlanSummary.perMonth([action("Saat tahapan"), action("Januari 2025"), action("Maret 2025")])
        XCTAssertEqual(counts.map(\.actions), [1, 0, 1])
        XCTAssertEqual(PlanSummary.perMonth([action("Saat tahapan")]), [])
    }
}
