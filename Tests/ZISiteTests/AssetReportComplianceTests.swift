import XCTest
@testable import ZISite

final class AssetReportComplianceTests: XCTestCase {
    private func roll(_ groups: [(AssetReportRoll.Report, String, Int, Int)]) -> AssetReportRoll {
        AssetReportRoll(period: "2025", source: "uji", groups: groups.enumerated().map { number, group in
            .init(line: number + 6, report: group.0, name: group.1, obliged: group.2, filed: group.3)
        })
    }

    /// Worked by hand: LHKPN 6 of 6 = 100,00%; LHKASN 20 of 22 = 90,909…%,
    /// so 90,91%; in all 26 of 28 = 92,857…%, so 92,86%.
    func testSharesPerGroupPerReportAndInAll() throws {
        let compliance = AssetReportCompliance(roll([(.lhkpn, "Ketua dan Anggota", 5, 5), (.lhkasn, "Pelaksana", 22, 20), (.lhkpn, "Sekretaris", 1, 1)]))
        XCTAssertEqual(compliance.groups.map(\.label), ["Ketua dan Anggota", "Pelaksana", "Sekretaris"])
        XCTAssertEqual(compliance.groups.map(\.percent), [100, Decimal(string: "90.91"), 100])
        XCTAssertEqual(compliance.reports.map(\.label), ["LHKPN", "LHKASN"])
        XCTAssertEqual(compliance.reports.map(\.obliged), [6, 22])
        XCTAssertEqual(compliance.reports.map(\.filed), [6, 20])
        XCTAssertEqual(compliance.total.obliged, 28)
        XCTAssertEqual(compliance.total.notFiled, 2)
        XCTAssertEqual(compliance.total.percent, Decimal(string: "92.86"))
        XCTAssertNil(compliance.total.report)
    }

    /// 1 of 32 is 3,125%: half up gives 3,13 where rounding to even would give 3,12.
    func testSharesAreRoundedHalfUp() {
        XCTAssertEqual(AssetReportCompliance(roll([(.lhkasn, "Pelaksana", 32, 1)])).total.percent, Decimal(string: "3.13"))
    }

    func testNobodyObligedHasNoShare() {
        let compliance = AssetReportCompliance(roll([(.lhkasn, "Pelaksana", 0, 0)]))
        XCTAssertNil(compliance.total.percent)
        XCTAssertEqual(compliance.reports.map(\.label), ["LHKASN"])
    }

    func testThePageTitleNamesOnlyTheReportsTheRollHas() {
        XCTAssertEqual(AssetReportPages.title(roll([(.lhkasn, "Pelaksana", 2, 2)])), "Kepatuhan LHKASN 2025")
        XCTAssertEqual(AssetReportPages.title(roll([(.lhkasn, "Pelaksana", 2, 2), (.lhkpn, "Ketua", 1, 1)])), "Kepatuhan LHKPN dan LHKASN 2025")
    }
}
