import XCTest
@testable import ZISite

final class SafeURLTests: XCTestCase {
    func testAllowsWebMailAndRelativeLinks() {
        for url in ["https://kpu.go.id", "http://contoh.id/a?b=c#d", "mailto:ppid@kpu.go.id", "../lampiran.html",
                    "halaman/tim.html", "#langkah-i-1-a", "/zi/index.html"] {
            XCTAssertTrue(SafeURL.isSafe(url), url)
        }
    }

    func testRefusesScriptsDataAndControlCharacters() {
        for url in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd",
                    "java\nscript:x", "", "  ", "https://a\\b"] {
            XCTAssertFalse(SafeURL.isSafe(url), url)
        }
    }

    func testContactLinks() {
        XCTAssertEqual(ContactLink.read("https://kpu.go.id"), .link("https://kpu.go.id"))
        XCTAssertEqual(ContactLink.read("ppid@kpu.go.id"), .link("mailto:ppid@kpu.go.id"))
        XCTAssertEqual(ContactLink.read("Telp: (0401) 123"), .text)
        XCTAssertEqual(ContactLink.read("Jl. Mayjen Sutoyo No. 1"), .text)
        XCTAssertEqual(ContactLink.read("javascript:alert(1)"), .forbidden)
        XCTAssertEqual(ContactLink.read("https://a b"), .forbidden)
    }

    func testIndonesianDates() {
        XCTAssertEqual(IndonesianDateReader.read("8 September 2025"), CalendarDate(year: 2025, month: 9, day: 8))
        XCTAssertEqual(IndonesianDateReader.read("10 desember 2025"), CalendarDate(year: 2025, month: 12, day: 10))
        XCTAssertEqual(IndonesianDateReader.read("2025-09-08"), CalendarDate(year: 2025, month: 9, day: 8))
        for text in ["31 April 2025", "29 Februari 2025", "8 Sept 2025", "2025-9-8", "September 2025", ""] {
            XCTAssertNil(IndonesianDateReader.read(text), text)
        }
        XCTAssertEqual(IndonesianDateReader.read("29 Februari 2024"), CalendarDate(year: 2024, month: 2, day: 29))
    }
}
