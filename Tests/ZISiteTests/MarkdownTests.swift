import XCTest
@testable import ZISite

final class MarkdownTests: XCTestCase {
    func testRendersCommonMark() {
        let html = Markdown.html("## Menimbang\n\nbahwa *untuk* melaksanakan\n\n1. satu\n2. dua\n")
        XCTAssertTrue(html.contains("<h2>Menimbang</h2>"), html)
        XCTAssertTrue(html.contains("<em>untuk</em>"), html)
        XCTAssertTrue(html.contains("<ol>\n<li>satu</li>"), html)
    }

    func testLeavesOutRawHTMLAndDangerousLinks() {
        let html = Markdown.html("<script>alert(1)</script>\n\n[klik](javascript:alert(1)) <b onclick=x>tebal</b>")
        XCTAssertFalse(html.contains("<script"), html)
        XCTAssertFalse(html.contains("javascript:"), html)
        XCTAssertFalse(html.contains("onclick"), html)
        XCTAssertTrue(html.contains("klik"), html)
    }

    func testEscapesTextAndKeepsSafeLinks() {
        let html = Markdown.html("A & B < C [Lampiran](../lampiran.html)")
        XCTAssertTrue(html.contains("A &amp; B &lt; C"), html)
        XCTAssertTrue(html.contains("<a href=\"../lampiran.html\">Lampiran</a>"), html)
    }

    func testALevelOneHeadingInTheBodyBecomesLevelTwo() {
        let html = Markdown.html("# Kedua\n\n### Ketiga")
        XCTAssertTrue(html.contains("<h2>Kedua</h2>"), html)
        XCTAssertTrue(html.contains("<h3>Ketiga</h3>"), html)
        XCTAssertFalse(html.contains("<h1>"), html)
    }

    func testEmptyBodyGivesEmptyHTML() {
        XCTAssertEqual(Markdown.html(""), "")
    }
}
