import XCTest
@testable import ZISite

final class ProgressReportTests: XCTestCase {
    /// I.1.a Oktober, I.1.b November, II.1.a Desember 2025 (see MonevCheckTests).
    private let plan = MonevCheckTests.plan

    private func report(_ entries: [ProgressEntry], asOf: CalendarDate) -> ProgressReport {
        ProgressReport(plan: plan, period: MonevPeriod(name: "P", asOf: asOf, file: "p.csv", entries: entries))
    }

    private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

    func testAStepIsLateOnlyOnceItsLastTargetMonthHasEnded() {
        let entries = [ProgressEntry(code: "II.1.a", status: .inProgress, line: 2)]
        XCTAssertEqual(report(entries, asOf: day(2025, 12, 31)).progress(of: "II.1.a")?.state, .inProgress)
        XCTAssertEqual(report(entries, asOf: day(2026, 1, 1)).progress(of: "II.1.a")?.state, .late)
        let notStarted = [ProgressEntry(code: "I.1.b", status: .notStarted, line: 2)]
        XCTAssertEqual(report(notStarted, asOf: day(2025, 11, 30)).progress(of: "I.1.b")?.state, .notStarted)
        XCTAssertEqual(report(notStarted, asOf: day(2025, 12, 1)).progress(of: "I.1.b")?.state, .late)
    }

    func testTheDataDateIsTheDayInJakarta() throws {
        let asOf = try XCTUnwrap(IndonesianDateReader.read("2025-12-31T17:30:00Z"))
        let entries = [ProgressEntry(code: "II.1.a", status: .inProgress, line: 2)]
        XCTAssertEqual(report(entries, asOf: asOf).progress(of: "II.1.a")?.state, .late)
        let stillDecember = try XCTUnwrap(IndonesianDateReader.read("2025-12-31T16:30:00Z"))
        XCTAssertEqual(report(entries, asOf: stillDecember).progress(of: "II.1.a")?.state, .inProgress)
    }

    func testDoneDroppedAndUnreportedSteps() {
        let result = report([
            ProgressEntry(code: "I.1.a", status: .done, line: 2),
            ProgressEntry(code: "I.1.b", status: .notCarriedOut, note: "alasan", line: 3),
            ProgressEntry(code: "II.1.a", status: nil, line: 4),
        ], asOf: day(2026, 1, 15))
        XCTAssertEqual(result.actions.map(\.state), [.done, .notCarriedOut, .notReported])
        XCTAssertEqual(result.actions.map(\.overdue), [false, false, true])
        XCTAssertEqual(result.states, [.done: 1, .notCarriedOut: 1, .notReported: 1])
    }

    func testCompletionPerComponentSectionAndPlan() {
        let result = report([ProgressEntry(code: "I.1.a", status: .done, line: 2)], asOf: day(2025, 10, 31))
        XCTAssertEqual(result.overall, Completion(steps: 3, done: 1))
        XCTAssertEqual(result.sections.map(\.completion), [Completion(steps: 2, done: 1), Completion(steps: 1, done: 0)])
        XCTAssertEqual(result.sections[0].components.map(\.completion), [Completion(steps: 2, done: 1)])
        XCTAssertEqual(result.sections[0].states, [.done: 1, .notReported: 1])
        XCTAssertEqual(result.overall.percent, 100.0 / 3, accuracy: 1e-9)
    }

    func testGradingAllMostSomeNone() {
        XCTAssertEqual(CompletionGrade(done: 4, of: 4), .all)
        XCTAssertEqual(CompletionGrade(done: 3, of: 4), .most)
        XCTAssertEqual(CompletionGrade(done: 2, of: 4), .most)
        XCTAssertEqual(CompletionGrade(done: 1, of: 4), .some)
        XCTAssertEqual(CompletionGrade(done: 1, of: 3), .some)
        XCTAssertEqual(CompletionGrade(done: 0, of: 4), .none)
        XCTAssertEqual(CompletionGrade(done: 0, of: 0), .none)
        XCTAssertEqual(Completion(steps: 0, done: 0).percent, 0)
    }

    func testRealisationAgainstTheTargetAmount() {
        let result = report([
            ProgressEntry(code: "I.1.a", status: .done, realisation: TargetQuantityReader.read("1 Dokumen"), line: 2),
            ProgressEntry(code: "I.1.b", status: .inProgress, realisation: TargetQuantityReader.read("3"), line: 3),
            ProgressEntry(code: "II.1.a", status: .inProgress, realisation: TargetQuantityReader.read("2 Laporan"), line: 4),
        ], asOf: day(2025, 11, 30))
        XCTAssertEqual(result.actions.map(\.realisationPercent), [100, 75, nil])
    }

    func testComparisonListsWhatChanged() {
        let before = report([ProgressEntry(code: "I.1.a", status: .inProgress, line: 2)], asOf: day(2025, 9, 30))
        let after = report([
            ProgressEntry(code: "I.1.a", status: .done, line: 2),
            ProgressEntry(code: "I.1.b", status: .inProgress, line: 3),
        ], asOf: day(2025, 12, 31))
        let comparison = PeriodComparison(previous: before, current: after)
        XCTAssertEqual(comparison.changes.map(\.action.code), ["I.1.a", "I.1.b"])
        XCTAssertEqual(comparison.changes.map(\.from), [.inProgress, .notReported])
        XCTAssertEqual(comparison.changes.map(\.to), [.done, .late])
        XCTAssertEqual(comparison.newlyDone.map(\.action.code), ["I.1.a"])
        XCTAssertEqual(comparison.doneDifference, 1)
    }
}

final class ReadinessTests: XCTestCase {
    private let plan = MonevCheckTests.plan

    private func readiness(done codes: [String], mapping: [String: AreaOfChange], plan: Plan? = nil) -> Readiness {
        let entries = codes.enumerated().map { ProgressEntry(code: $1, status: .done, line: $0 + 2) }
        let report = ProgressReport(plan: plan ?? self.plan,
                                    period: MonevPeriod(name: "P", asOf: CalendarDate(year: 2025, month: 12, day: 31)!, file: "p", entries: entries))
        return Readiness(report: report, mapping: mapping)
    }

    func testWithoutMappingProgrammeSectionsAreNotGuessed() {
        let result = readiness(done: ["I.1.a"], mapping: [:])
        XCTAssertNil(result.areas)
    }

    func testAreasFromTheSettings() throws {
        let result = readiness(done: ["I.1.a", "I.1.b"], mapping: ["I": .changeManagement])
        let areas = try XCTUnwrap(result.areas)
        XCTAssertTrue(result.fromSettings)
        XCTAssertEqual(result.unmappedSections, ["II"])
        XCTAssertEqual(areas.map(\.area), AreaOfChange.allCases)
        XCTAssertEqual(areas[0].completion, Completion(steps: 2, done: 2))
        XCTAssertEqual(areas[0].guide, .wbbm)
        XCTAssertEqual(areas[1].guide, .noSteps)
    }

    func testGuidesAtSixtyAndSeventyFivePercent() {
        XCTAssertEqual(Readiness.guide(Completion(steps: 4, done: 3)), .wbbm)
        XCTAssertEqual(Readiness.guide(Completion(steps: 5, done: 3)), .wbk)
        XCTAssertEqual(Readiness.guide(Completion(steps: 100, done: 74)), .wbk)
        XCTAssertEqual(Readiness.guide(Completion(steps: 100, done: 59)), .below)
        XCTAssertEqual(Readiness.guide(Completion(steps: 0, done: 0)), .noSteps)
    }

    func testSectionsTitledByAreaNeedNoMapping() throws {
        var diagnostics = DiagnosticList()
        let table = """
            NO\tKOMPONEN\tLANGKAH AKSI\tTARGET WAKTU
            I\tMANAJEMEN PERUBAHAN
            1\tTim\tBentuk tim\tOktober 2025
            II\tArea V Penguatan Pengawasan
            1\tGratifikasi\tSosialisasi\tNovember 2025
            """
        let areaPlan = PlanTableReader.read(text: table, file: "t.tsv", planYear: 2025, diagnostics: &diagnostics)
        let result = readiness(done: ["I.1.a"], mapping: [:], plan: areaPlan)
        let areas = try XCTUnwrap(result.areas)
        XCTAssertFalse(result.fromSettings)
        XCTAssertEqual(areas[0].sections, ["I"])
        XCTAssertEqual(areas[4].sections, ["II"])
        XCTAssertEqual(areas[4].guide, .below)
    }
}
