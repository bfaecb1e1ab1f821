import XCTest
@testable import ZISite

final class HTMLTests: XCTestCase {
    func testEscapesEveryCharacterThatCouldBreakOutOfTextOrAttributes() {
        XCTAssertEqual(HTML.escape("<a href=\"x\" title='y'>A & B</a>"),
                       "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A &amp; B&lt;/a&gt;")
    }

    func testLeavesOtherTextAlone() {
        XCTAssertEqual(HTML.escape("Rencana Aksi – Tahun 2025 (ZI) ✓"), "Rencana Aksi – Tahun 2025 (ZI) ✓")
        XCTAssertEqual(HTML.escape(""), "")
    }
}
