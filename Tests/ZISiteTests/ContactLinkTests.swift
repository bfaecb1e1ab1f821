import XCTest
@testable import ZISite

final class ContactLinkTests: XCTestCase {
    func testWebAndMailLinksAreKeptAsWritten() {
        XCTAssertEqual(ContactLink.read("https://kpu.go.id"), .link("https://kpu.go.id"))
        XCTAssertEqual(ContactLink.read("http://kendarikota.kpu.go.id/ppid"), .link("http://kendarikota.kpu.go.id/ppid"))
        XCTAssertEqual(ContactLink.read("HTTPS://KPU.GO.ID"), .link("HTTPS://KPU.GO.ID"))
        XCTAssertEqual(ContactLink.read("mailto:ppid@kpu.go.id"), .link("mailto:ppid@kpu.go.id"))
    }

    func testBareMailAddressBecomesAMailtoLink() {
        XCTAssertEqual(ContactLink.read("ppid@kpu.go.id"), .link("mailto:ppid@kpu.go.id"))
        XCTAssertEqual(ContactLink.read("kota_kendari@kpu.go.id"), .link("mailto:kota_kendari@kpu.go.id"))
    }

    func testTextThatIsNotALinkStaysText() {
        for text in ["Telp: (0401) 123", "(0401) 3190000", "0812-3456-7890", "WA 0812 3456 7890", "Jl. Mayjen Sutoyo No. 1",
                     "ppid@kpu", "ppid @kpu.go.id", "Pukul 08:00 - 16:00"] {
            XCTAssertEqual(ContactLink.read(text), .text, text)
        }
    }

    func testScriptsDataAndOtherSchemesAreForbidden() {
        for text in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "tel:0401123"] {
            XCTAssertEqual(ContactLink.read(text), .forbidden, text)
        }
    }

    func testBrokenWebLinksAreForbiddenNotText() {
        XCTAssertEqual(ContactLink.read("https://a b"), .forbidden)
        XCTAssertEqual(ContactLink.read("mailto:a b@c.id"), .forbidden)
        XCTAssertEqual(ContactLink.read("https://kpu.go.id\\ppid"), .forbidden)
    }
}
