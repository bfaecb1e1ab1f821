import XCTest
@testable import ZISite

/// The figures a collection's top pages show: when a unit's data are old,
/// the totals, the bands of completion and the orders of the units.
final class CollectionFiguresTests: XCTestCase {
    private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

    private func unit(_ name: String, province: String?, level: WorkUnit.Level?, steps: Int = 10, done: Int? = nil, late: Int = 0,
                      unreported: Int = 0, dataDate: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!) -> UnitSummary {
        let path = Slug.make(name, fallback: "satker")
        return UnitSummary(member: PlanCollection.Member(folder: "/k/" + path, name: path, sitePath: path),
                           unit: WorkUnit(name: name, level: level, province: province), planYear: 2025, steps: steps,
                           latest: done.map { Latest(period: "Triwulan IV 2025", asOf: dataDate, completion: Completion(steps: steps, done: $0),
                                                     late: late, unreported: unreported, readiness: nil) },
                           dataDate: dataDate, decreeNumber: "1", decreeYear: 2025, decreeDate: nil)
    }

    private typealias Latest = UnitSummary.Latest

    func testTheLastQuarterEndIsTheEndOfTheQuarterBeforeTodaysOwn() {
        XCTAssertEqual(DataAge.lastQuarterEnd(before: day(2026, 1, 1)), day(2025, 12, 31))
        XCTAssertEqual(DataAge.lastQuarterEnd(before: day(2026, 1, 15)), day(2025, 12, 31))
        XCTAssertEqual(DataAge.lastQuarterEnd(before: day(2026, 3, 31)), day(2025, 12, 31), "the quarter ending today has not ended")
        XCTAssertEqual(DataAge.lastQuarterEnd(before: day(2026, 4, 1)), day(2026, 3, 31))
        XCTAssertEqual(DataAge.lastQuarterEnd(before: day(2025, 12, 31)), day(2025, 9, 30))
        XCTAssertEqual(DataAge.lastQuarterEnd(before: day(2025, 7, 1)), day(2025, 6, 30))
    }

    func testDataAreOldWhenDatedBeforeTheLastQuarterEndAtTheBoundary() {
        XCTAssertTrue(DataAge.isOld(day(2025, 12, 30), today: day(2026, 1, 1)))
        XCTAssertFalse(DataAge.isOld(day(2025, 12, 31), today: day(2026, 1, 1)), "data as of the quarter's last day are current")
        XCTAssertFalse(DataAge.isOld(day(2025, 12, 30), today: day(2025, 12, 31)), "on the last day the quarter before is the measure")
        XCTAssertTrue(DataAge.isOld(day(2025, 9, 29), today: day(2025, 12, 31)))
    }

    func testTotalsAddUpTheLatestPeriodsAndCountUnreportedUnitsOnlyInUnitsAndSteps() {
        let units = [unit("KPU Kota Kendari", province: "Sulawesi Tenggara", level: .kota, steps: 32, done: 20, late: 2, unreported: 1),
                     unit("KPU Kabupaten Soppeng", province: "Sulawesi Selatan", level: .kabupaten, steps: 28, dataDate: day(2025, 12, 10)),
                     unit("KPU Provinsi Jambi", province: "Jambi", level: .provinsi, steps: 40, done: 40, late: 0, unreported: 0)]
        let totals = CollectionTotals(units, today: day(2026, 1, 15))
        XCTAssertEqual([totals.units, totals.reportedUnits, totals.steps, totals.done, totals.late, totals.unreported, totals.oldData],
                       [3, 2, 100, 60, 2, 1, 1])
        XCTAssertEqual(totals.completion.percent, 60)
    }

    func testBandsAreTenPointsWideRoundedDownWithAHundredApartAndUnreportedUnitsInNone() {
        XCTAssertEqual(CompletionBands.band(of: Completion(steps: 0, done: 0)), 0)
        XCTAssertEqual(CompletionBands.band(of: Completion(steps: 100, done: 9)), 0)
        XCTAssertEqual(CompletionBands.band(of: Completion(steps: 100, done: 10)), 1)
        XCTAssertEqual(CompletionBands.band(of: Completion(steps: 32, done: 20)), 6, "62,5%")
        XCTAssertEqual(CompletionBands.band(of: Completion(steps: 1000, done: 999)), 9, "99,9% is not finished")
        XCTAssertEqual(CompletionBands.band(of: Completion(steps: 7, done: 7)), 10)
        let bands = CompletionBands([unit("A", province: nil, level: nil, steps: 32, done: 20), unit("B", province: nil, level: nil, steps: 4, done: 4),
                                     unit("C", province: nil, level: nil, steps: 3, done: 2), unit("D", province: nil, level: nil)])
        XCTAssertEqual(bands.counts, [0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 1], "62,5% and 66,7% in 60–69%, one finished")
        XCTAssertEqual(bands.unreported, 1)
        XCTAssertEqual((0..<CompletionBands.bandCount).map(CompletionChart.label),
                       ["0–9%", "10–19%", "20–29%", "30–39%", "40–49%", "50–59%", "60–69%", "70–79%", "80–89%", "90–99%", "100%"])
    }

    func testUnitsGoByProvinceThenLevelThenNameAndUnitsWithoutAProvinceLast() {
        let units = [unit("KPU Kota Kendari", province: "Sulawesi Tenggara", level: .kota),
                     unit("KPU RI", province: nil, level: .pusat),
                     unit("KPU Kabupaten Konawe", province: "SULAWESI TENGGARA", level: .kabupaten),
                     unit("KPU Kabupaten Bone", province: "Sulawesi Selatan", level: .kabupaten),
                     unit("KPU Provinsi Sulawesi Tenggara", province: "Sulawesi Tenggara", level: .provinsi),
                     unit("KPU Kabupaten Buton", province: "Sulawesi Tenggara", level: .kabupaten)]
        let provinces = UnitOrder.byProvince(units)
        XCTAssertEqual(provinces.map(\.name), ["Sulawesi Selatan", "Sulawesi Tenggara", nil])
        XCTAssertEqual(provinces.map(\.slug), ["sulawesi-selatan", "sulawesi-tenggara", nil])
        XCTAssertEqual(provinces[1].units.map(\.unit.name),
                       ["KPU Provinsi Sulawesi Tenggara", "KPU Kabupaten Buton", "KPU Kabupaten Konawe", "KPU Kota Kendari"],
                       "one province however its name is cased, by level then name")
    }

    func testUnitsByCompletionGoFromTheHighestShareWithUnreportedUnitsLast() {
        let units = [unit("KPU Kota B", province: nil, level: .kota, steps: 3, done: 1),
                     unit("KPU Kota A", province: nil, level: .kota),
                     unit("KPU Kota C", province: nil, level: .kota, steps: 6, done: 2),
                     unit("KPU Kota D", province: nil, level: .kota, steps: 4, done: 3),
                     unit("KPU Kota E", province: nil, level: .kota, steps: 0, done: 0)]
        XCTAssertEqual(UnitOrder.byCompletion(units).map(\.unit.name), ["KPU Kota D", "KPU Kota B", "KPU Kota C", "KPU Kota E", "KPU Kota A"],
                       "1/3 and 2/6 are equal and go by name")
    }
}
