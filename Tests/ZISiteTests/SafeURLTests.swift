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
                    "java\nscript:x", "", "  ", "https://a\\b", "https://contoh.id/bukti\"\u{338}/autofocus/onfocus=alert(1)//",
                    "https://contoh.id/<x>", "https://contoh.id/a b", "https://contoh.id/a\u{A0}b", "https://contoh.id/{x}|`^"] {
            XCTAssertFalse(SafeURL.isSafe(url), url)
        }
    }

    /// A colon joined to a mark is one `Character` that is not a colon; the
    /// scheme is still found, scalar by scalar.
    func testASchemeIsFoundEvenWhenItsColonIsJoinedToAMark() {
        for joiner in ["\u{338}", "\u{200D}", "\u{FE0F}"] {
            XCTAssertFalse(SafeURL.isSafe("javascript:" + joiner + "alert(1)"), joiner)
            XCTAssertFalse(SafeURL.isSafe("data:" + joiner + "text/html,x"), joiner)
        }
    }

    func testSchemesAreComparedWithoutCaseAndBlanksAroundAreIgnored() {
        XCTAssertTrue(SafeURL.isSafe("HTTPS://KPU.GO.ID"))
        XCTAssertTrue(SafeURL.isSafe("MailTo:ppid@kpu.go.id"))
        XCTAssertTrue(SafeURL.isSafe("  https://kpu.go.id  "))
    }

    func testColonsInRelativeLinksAreNotSchemes() {
        XCTAssertTrue(SafeURL.isSafe("halaman/a:b.html"))
        XCTAssertTrue(SafeURL.isSafe("?waktu=10:00"))
        XCTAssertTrue(SafeURL.isSafe("#bagian:1"))
        XCTAssertTrue(SafeURL.isSafe("./x:y"))
    }

    func testOtherSchemesAndControlCharactersAreRefused() {
        for url in ["tel:0401123", "ftp://kpu.go.id", "x:y", ":kosong", "https://a\tb", "https://a\u{7F}b", "https://a\u{0}b", "https://a\rb"] {
            XCTAssertFalse(SafeURL.isSafe(url), url.debugDescription)
        }
    }
}
