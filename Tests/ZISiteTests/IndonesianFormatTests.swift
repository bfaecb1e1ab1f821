import XCTest
@testable import ZISite

final class IndonesianFormatTests: XCTestCase {
    func testDates() {
        XCTAssertEqual(IndonesianFormat.date(CalendarDate(year: 2025, month: 9, day: 8)!), "8 September 2025")
        XCTAssertEqual(IndonesianFormat.date(CalendarDate(year: 2026, month: 2, day: 28)!), "28 Februari 2026")
        XCTAssertEqual(IndonesianFormat.monthYear(YearMonth(year: 2025, month: 11)!), "November 2025")
        XCTAssertEqual(IndonesianFormat.shortMonthYear(YearMonth(year: 2025, month: 8)!), "Agu 2025")
    }

    func testIntegersUseAThousandsDot() {
        XCTAssertEqual(IndonesianFormat.integer(0), "0")
        XCTAssertEqual(IndonesianFormat.integer(999), "999")
        XCTAssertEqual(IndonesianFormat.integer(1234), "1.234")
        XCTAssertEqual(IndonesianFormat.integer(1_500_000), "1.500.000")
        XCTAssertEqual(IndonesianFormat.integer(-12345), "-12.345")
    }

    /// An index as the regulations print it: two decimals always, half up.
    func testFixedDecimalsKeepTheirZerosAndRoundHalfUp() {
        let value = { (text: String) in Decimal(string: text)! }
        XCTAssertEqual(IndonesianFormat.fixed(value("83.3"), fractionDigits: 2), "83,30")
        XCTAssertEqual(IndonesianFormat.fixed(value("88.305"), fractionDigits: 2), "88,31")
        XCTAssertEqual(IndonesianFormat.fixed(value("3.6666666"), fractionDigits: 2), "3,67")
        XCTAssertEqual(IndonesianFormat.fixed(100, fractionDigits: 2), "100,00")
        XCTAssertEqual(IndonesianFormat.fixed(value("1234.5"), fractionDigits: 1), "1.234,5")
        XCTAssertEqual(IndonesianFormat.fixed(value("-0.004"), fractionDigits: 2), "0,00")
        XCTAssertEqual(IndonesianFormat.fixed(value("2.5"), fractionDigits: 0), "3")
    }

    func testDecimalsUseADecimalComma() {
        XCTAssertEqual(IndonesianFormat.decimal(1234.5), "1.234,5")
        XCTAssertEqual(IndonesianFormat.decimal(2.0), "2")
        XCTAssertEqual(IndonesianFormat.decimal(0.25, fractionDigits: 2), "0,25")
        XCTAssertEqual(IndonesianFormat.decimal(0.04), "0")
        XCTAssertEqual(IndonesianFormat.decimal(-1.25, fractionDigits: 1), "-1,3")
        XCTAssertEqual(IndonesianFormat.decimal(1e16), "10.000.000.000.000.000", "beyond Int after scaling: no crash")
        XCTAssertEqual(IndonesianFormat.percent(1e18), "1.000.000.000.000.000.000%")
        XCTAssertEqual(IndonesianFormat.decimal(.infinity), "-")
        XCTAssertEqual(IndonesianFormat.percent(87.5), "87,5%")
        XCTAssertEqual(IndonesianFormat.percent(100), "100%")
        XCTAssertEqual(IndonesianFormat.rupiah(1_500_000), "Rp1.500.000")
    }

    func testMonthNamesAreIndonesian() {
        XCTAssertEqual(IndonesianFormat.monthNames.count, 12)
        XCTAssertEqual(IndonesianFormat.monthNames[7], "Agustus")
        XCTAssertEqual(IndonesianFormat.shortMonthNames[11], "Des")
    }
}
