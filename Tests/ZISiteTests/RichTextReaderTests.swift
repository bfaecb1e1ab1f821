import XCTest
@testable import ZISite

final class RichTextReaderTests: XCTestCase {
    private typealias Run = RichText.Run

    func testWhiteSpaceFoldsToOneSpaceWithNoneAtTheEnds() {
        XCTAssertEqual(RichTextReader.read("  Tim \t Kerja\n ZI  ").plain, "Tim Kerja ZI")
        XCTAssertEqual(RichTextReader.read("a\u{00A0}\u{00A0}b\r\nc").plain, "a b c")
        XCTAssertEqual(RichTextReader.read(" \t\n"), .empty)
        XCTAssertEqual(RichTextReader.read(""), .empty)
    }

    /// Plain text is given back without the loop over its code points; an
    /// empty bold element at the end sends the same text through the loop,
    /// and the two must agree, on every text made of these pieces.
    func testPlainTextReadsAsTheLoopReadsIt() {
        let pieces = ["a", "B", "1", " ", "  ", "\t", "\n", ".", "é", "\u{00A0}", "x y", "&", ">"]
        var texts = [""]
        for _ in 0..<4 { texts = texts.flatMap { text in pieces.map { text + $0 } } }
        for text in texts {
            XCTAssertEqual(RichTextReader.read(text), RichTextReader.read(text + "<b></b>"), text.debugDescription)
        }
        XCTAssertEqual(RichTextReader.read("Tim Kerja ZI").runs, [Run("Tim Kerja ZI")])
    }

    func testBoldAndItalicBecomeRuns() {
        XCTAssertEqual(RichTextReader.read("<b>Tim</b> Kerja").runs, [Run("Tim", bold: true), Run(" Kerja")])
        XCTAssertEqual(RichTextReader.read("<i>role model</i>").runs, [Run("role model", italic: true)])
        XCTAssertEqual(RichTextReader.read("<strong>a</strong><em>b</em>").runs, [Run("a", bold: true), Run("b", italic: true)])
        XCTAssertEqual(RichTextReader.read("<B>a</B><I>b</I>").runs, [Run("a", bold: true), Run("b", italic: true)])
        XCTAssertEqual(RichTextReader.read("<b><i>a</i>b</b>").runs, [Run("a", bold: true, italic: true), Run("b", bold: true)])
    }

    func testSpaceBetweenRunsIsKeptOnce() {
        let text = RichTextReader.read("sebagai <i>role model</i> dalam")
        XCTAssertEqual(text.plain, "sebagai role model dalam")
        XCTAssertEqual(text.runs.count, 3)
        XCTAssertEqual(text.runs.map(\.italic), [false, true, false])
    }

    func testBlankInsideMarkupAtTheEndsIsDropped() {
        XCTAssertEqual(RichTextReader.read(" <b> Judul </b> ").runs, [Run("Judul", bold: true)])
    }

    func testUnbalancedClosingTagsDoNotGoBelowZero() {
        XCTAssertEqual(RichTextReader.read("</b>a<b>b</b></b>c").runs, [Run("a"), Run("b", bold: true), Run("c")])
        XCTAssertEqual(RichTextReader.read("<i>tanpa penutup").runs, [Run("tanpa penutup", italic: true)])
    }

    func testOtherMarkupStaysText() {
        XCTAssertEqual(RichTextReader.read("<script>alert(1)</script>").runs, [Run("<script>alert(1)</script>")])
        XCTAssertEqual(RichTextReader.read("<u>garis</u>").plain, "<u>garis</u>")
        XCTAssertEqual(RichTextReader.read("<b class=x>a</b>").plain, "<b class=x>a")
        XCTAssertEqual(RichTextReader.read("a < b > c").plain, "a < b > c")
        XCTAssertEqual(RichTextReader.read("nilai <").plain, "nilai <")
        XCTAssertEqual(RichTextReader.read("<a href=\"javascript:x\">a</a>").plain, "<a href=\"javascript:x\">a</a>")
    }
}
