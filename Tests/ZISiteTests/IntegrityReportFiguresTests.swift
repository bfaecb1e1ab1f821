import XCTest
@testable import ZISite

final class IntegrityReportFiguresTests: XCTestCase {
    private func report(_ iso: String, _ type: String?, _ followUp: String) -> IntegrityReportRegister.Report {
        .init(line: 6, received: CalendarDate(iso: iso)!, type: type, followUp: followUp)
    }

    func testCountsPerQuarterKindAndFollowUp() {
        let figures = IntegrityReportFigures(IntegrityReportRegister(kind: .gratification, period: "2025", source: "uji", reports: [
            report("2025-08-18", "Penolakan", "Dilaporkan ke KPK"),
            report("2025-02-10", "Penolakan", "dilaporkan ke KPK"),
            report("2024-12-31", nil, "Dalam proses"),
            report("2025-03-31", "Penerimaan", "Ditetapkan milik negara"),
        ]))
        XCTAssertEqual(figures.total, 4)
        XCTAssertEqual(figures.quarters.map(\.label), ["Triwulan IV 2024", "Triwulan I 2025", "Triwulan III 2025"])
        XCTAssertEqual(figures.quarters.map(\.count), [1, 2, 1])
        XCTAssertEqual(figures.followUps.map(\.label), ["Dilaporkan ke KPK", "Dalam proses", "Ditetapkan milik negara"])
        XCTAssertEqual(figures.followUps.map(\.count), [2, 1, 1])
        XCTAssertEqual(figures.types.map(\.label), ["Penolakan", IntegrityReportFigures.untyped, "Penerimaan"])
        XCTAssertEqual(figures.types.map(\.count), [2, 1, 1])
    }

    func testANihilRegisterAndOneWithoutKindsHaveNoGroups() {
        let nihil = IntegrityReportFigures(IntegrityReportRegister(kind: .whistleblowing, period: "2025", source: "uji", reports: []))
        XCTAssertEqual(nihil.total, 0)
        XCTAssertTrue(nihil.quarters.isEmpty && nihil.followUps.isEmpty && nihil.types.isEmpty)
        let untyped = IntegrityReportFigures(IntegrityReportRegister(kind: .whistleblowing, period: "2025", source: "uji",
                                                                     reports: [report("2025-05-05", nil, "Ditelaah")]))
        XCTAssertTrue(untyped.types.isEmpty)
    }
}
