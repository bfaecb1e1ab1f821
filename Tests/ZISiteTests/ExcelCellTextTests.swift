import XCTest
@testable import ZISite

/// How a number stored in an Excel cell becomes the text a sheet reads.
final class ExcelCellTextTests: XCTestCase {
    func testANumberIsTheShortestDecimalThatReadsBackWithADecimalComma() {
        let cases: [(Double, String)] = [
            (4.8499999999999996, "4,85"), (0.1, "0,1"), (45930, "45930"), (1200, "1200"), (-2.5, "-2,5"), (0, "0"), (-0.0, "0"),
            (1e-5, "0,00001"), (1e21, "1000000000000000000000"), (3.52, "3,52"), (123456789.125, "123456789,125"), (0.30000000000000004, "0,30000000000000004"),
        ]
        for (value, text) in cases {
            XCTAssertEqual(ExcelCellText.decimal(value), text, "\(value)")
        }
        XCTAssertEqual(ExcelCellText.decimal(0.1, shift: 2), "10")
        XCTAssertEqual(ExcelCellText.decimal(0.125, shift: 2), "12,5")
        XCTAssertEqual(ExcelCellText.decimal(1e-300).count, 302, "bounded by the exponent of a Double")
    }

    func testASerialNumberIsTheDayExcelShows() {
        func day(_ serial: Double, _ date1904: Bool = false) -> String? { ExcelCellText.day(serial: serial, date1904: date1904).map(ExcelCellText.dayText) }
        XCTAssertEqual(day(1), "01/01/1900")
        XCTAssertEqual(day(59), "28/02/1900")
        XCTAssertNil(day(60), "Excel's 29 February 1900 is no day")
        XCTAssertEqual(day(61), "01/03/1900")
        XCTAssertEqual(day(45945), "15/10/2025")
        XCTAssertEqual(day(46022.99), "31/12/2025")
        XCTAssertEqual(day(2_958_465), "31/12/9999")
        XCTAssertNil(day(2_958_466))
        XCTAssertNil(day(0))
        XCTAssertNil(day(-1))
        XCTAssertEqual(day(0, true), "01/01/1904")
        XCTAssertEqual(day(44483, true), "15/10/2025")
    }

    func testAFormatIsADateWhenItShowsADayOrAYear() {
        let cases: [(String, ExcelNumberFormats.Kind)] = [
            ("dd/mm/yyyy", .date), ("[$-421]d mmmm yyyy", .date), ("mmm-yy", .date), ("yyyy-mm-dd h:mm", .date),
            ("0.00%", .percent), ("0%", .percent), ("h:mm", .number), ("mm:ss", .number), ("[h]:mm", .number), ("General", .number),
            ("#,##0", .number), ("\"day\"0", .number), ("0\\d", .number), ("_(* #,##0_);_(* (#,##0);_(* \"-\"_)", .number), ("_d0", .number), ("[Red]0.00", .number), ("@", .number),
        ]
        for (code, kind) in cases {
            XCTAssertEqual(ExcelNumberFormats.kind(ofCode: code), kind, code)
        }
        XCTAssertEqual([9, 10, 14, 17, 18, 21, 22, 45, 0, 49].map(ExcelNumberFormats.builtIn),
                       [.percent, .percent, .date, .date, .number, .number, .date, .number, .number, .number])
    }

    func testTextKeepsItsLineBreaksWithOfficesEscapesUndone() {
        XCTAssertEqual(ExcelCellText.unescaped("a_x000D_\nb\r\nc\rd"), "a\nb\nc\nd")
        XCTAssertEqual(ExcelCellText.unescaped("_x0041__xZZZZ_"), "A_xZZZZ_")
    }
}
