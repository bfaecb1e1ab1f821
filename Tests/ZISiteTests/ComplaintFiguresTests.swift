import XCTest
@testable import ZISite

final class ComplaintFiguresTests: XCTestCase {
    private func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    func testDaysBetweenDatesCountLeapDaysAndYearEnds() {
        XCTAssertEqual(date("2025-01-01").days(to: date("2025-03-01")), 59)
        XCTAssertEqual(date("2024-02-28").days(to: date("2024-03-01")), 2)
        XCTAssertEqual(date("2025-12-31").days(to: date("2026-01-01")), 1)
        XCTAssertEqual(date("2025-03-10").days(to: date("2025-03-03")), -7)
        XCTAssertEqual(date("1970-01-01").days(to: date("2000-01-01")), 10_957)
    }

    /// Five complaints worked by hand: three in Triwulan I (two resolved in
    /// 7 and 10 days, one waiting), two in Triwulan III (one resolved in 3
    /// days, one in process). Resolved: 3, averaging (7 + 10 + 3) / 3 = 6,67.
    func testCountsAndAverageDaysPerQuarterAndChannel() throws {
        let complaints: [ComplaintRegister.Complaint] = [
            .init(line: 2, received: date("2025-01-06"), channel: "Surel", state: .resolved, resolved: date("2025-01-13")),
            .init(line: 3, received: date("2025-02-20"), channel: "Datang langsung", state: .resolved, resolved: date("2025-03-02")),
            .init(line: 4, received: date("2025-03-31"), channel: "surel", state: .received, resolved: nil),
            .init(line: 5, received: date("2025-07-01"), channel: "Telepon", state: .resolved, resolved: date("2025-07-04")),
            .init(line: 6, received: date("2025-09-30"), channel: "Surel", state: .inProcess, resolved: nil),
        ]
        let figures = ComplaintFigures(ComplaintRegister(period: "2025", source: "uji", complaints: complaints))
        XCTAssertEqual(figures.total.received, 5)
        XCTAssertEqual([figures.total.waiting, figures.total.inProcess, figures.total.resolved], [1, 1, 3])
        XCTAssertEqual(try XCTUnwrap(figures.total.averageDays), 20.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(figures.quarters.map(\.label), ["Triwulan I 2025", "Triwulan III 2025"])
        XCTAssertEqual(figures.quarters.map(\.received), [3, 2])
        XCTAssertEqual(figures.quarters[0].averageDays, 8.5)
        XCTAssertEqual(figures.channels.map(\.label), ["Surel", "Datang langsung", "Telepon"])
        XCTAssertEqual(figures.channels.map(\.received), [3, 1, 1])
        XCTAssertEqual(figures.channels[0].averageDays, 7)
    }

    func testWithoutResolvedComplaintsThereIsNoAverage() {
        let figures = ComplaintFigures(ComplaintRegister(period: "2025", source: "uji", complaints: [
            .init(line: 2, received: date("2025-05-01"), channel: "Surel", state: .inProcess, resolved: nil),
        ]))
        XCTAssertNil(figures.total.averageDays)
        XCTAssertEqual(figures.total.inProcess, 1)
    }
}
