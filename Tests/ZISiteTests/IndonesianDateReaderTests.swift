import XCTest
@testable import ZISite

final class IndonesianDateReaderTests: XCTestCase {
    func testISODates() {
        XCTAssertEqual(IndonesianDateReader.read("2025-09-08"), CalendarDate(year: 2025, month: 9, day: 8))
        XCTAssertEqual(IndonesianDateReader.read("2024-02-29"), CalendarDate(year: 2024, month: 2, day: 29))
        for text in ["2025-9-8", "25-09-08", "2025-13-01", "2025-02-29", "2025-09-31", "2025/09/08", "2025-09-08T10:00"] {
            XCTAssertNil(IndonesianDateReader.read(text), text)
        }
    }

    func testDatesInWords() {
        XCTAssertEqual(IndonesianDateReader.read("8 September 2025"), CalendarDate(year: 2025, month: 9, day: 8))
        XCTAssertEqual(IndonesianDateReader.read("08 september 2025"), CalendarDate(year: 2025, month: 9, day: 8))
        XCTAssertEqual(IndonesianDateReader.read("10 DESEMBER 2025"), CalendarDate(year: 2025, month: 12, day: 10))
        XCTAssertEqual(IndonesianDateReader.read("1 Januari 2026"), CalendarDate(year: 2026, month: 1, day: 1))
        XCTAssertEqual(IndonesianDateReader.read("17  Agustus  2025"), CalendarDate(year: 2025, month: 8, day: 17))
        for (index, month) in ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                               "September", "Oktober", "November", "Desember"].enumerated() {
            XCTAssertEqual(IndonesianDateReader.read("1 \(month) 2025")?.month, index + 1, month)
        }
    }

    func testDaysThatDoNotExistAreNil() {
        for text in ["31 April 2025", "29 Februari 2025", "31 Juni 2025", "0 Januari 2025", "32 Januari 2025"] {
            XCTAssertNil(IndonesianDateReader.read(text), text)
        }
        XCTAssertEqual(IndonesianDateReader.read("29 Februari 2024"), CalendarDate(year: 2024, month: 2, day: 29))
    }

    func testOtherWritingsAreNil() {
        for text in ["", "September 2025", "8 Sept 2025", "8 Sep 2025", "8 Nopember 2025", "8 September 25",
                     "Senin, 8 September 2025", "8 September 2025 M", "delapan September 2025", "8 September '25"] {
            XCTAssertNil(IndonesianDateReader.read(text), text)
        }
    }
}

final class IndonesianDateReaderSpreadsheetTests: XCTestCase {
    func testDayFirstDatesAsAnIndonesianExcelWritesThem() {
        XCTAssertEqual(IndonesianDateReader.read("31/12/2025"), CalendarDate(year: 2025, month: 12, day: 31))
        XCTAssertEqual(IndonesianDateReader.read("1/2/2025"), CalendarDate(year: 2025, month: 2, day: 1))
        XCTAssertEqual(IndonesianDateReader.read("05-10-2025"), CalendarDate(year: 2025, month: 10, day: 5))
        for text in ["12/31/2025", "31/12/25", "31//2025", "29/02/2025"] {
            XCTAssertNil(IndonesianDateReader.read(text), text)
        }
    }

    func testAMomentIsTheDayItFallsOnInJakarta() {
        XCTAssertEqual(IndonesianDateReader.read("2025-12-31T16:59:59Z"), CalendarDate(year: 2025, month: 12, day: 31))
        XCTAssertEqual(IndonesianDateReader.read("2025-12-31T17:00:00Z"), CalendarDate(year: 2026, month: 1, day: 1))
        XCTAssertEqual(IndonesianDateReader.read("2026-01-01T06:00:00+07:00"), CalendarDate(year: 2026, month: 1, day: 1))
        XCTAssertEqual(IndonesianDateReader.read("2025-09-30T23:30:00-05:00"), CalendarDate(year: 2025, month: 10, day: 1))
    }
}
