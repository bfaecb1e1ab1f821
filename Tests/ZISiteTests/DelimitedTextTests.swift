import XCTest
@testable import ZISite

final class DelimitedTextTests: XCTestCase {
    private func rows(_ text: String) -> ([DelimitedRow], DiagnosticList) {
        var diagnostics = DiagnosticList()
        let separator = DelimitedTextReader.detectSeparator(Substring(text))
        return (DelimitedTextReader.read(text, separator: separator, file: "t.csv", diagnostics: &diagnostics), diagnostics)
    }

    private func texts(_ rows: [DelimitedRow]) -> [[String]] { rows.map { $0.cells.map(\.text) } }

    func testDetectsTheSeparatorFromTheFirstLine() {
        XCTAssertEqual(DelimitedTextReader.detectSeparator("\nNO\tKOMPONEN, INDIKATOR"), "\t")
        XCTAssertEqual(DelimitedTextReader.detectSeparator("NO;KOMPONEN;\"A, B, C\""), ";")
        XCTAssertEqual(DelimitedTextReader.detectSeparator("NO,KOMPONEN;X,Y"), ",")
    }

    func testQuotedCellsHoldSeparatorsQuotesAndLineBreaks() {
        let (rows, diagnostics) = rows("a,\"b, c\",\"d \"\"e\"\"\"\n\"f\ng\",h\n")
        XCTAssertTrue(diagnostics.items.isEmpty)
        XCTAssertEqual(texts(rows), [["a", "b, c", "d \"e\""], ["f\ng", "h"]])
        XCTAssertEqual(rows.map(\.line), [1, 2])
        XCTAssertEqual(rows[1].cells[1].line, 3)
        XCTAssertEqual(rows[1].cells[1].column, 4)
    }

    func testQuotesInsidePastedTextAreKept() {
        let (rows, diagnostics) = rows("NO\tBUKTI\n1\t\"Tolak Gratifikasi\" banner\n2\tBanner \"Tolak\"\n")
        XCTAssertTrue(diagnostics.items.isEmpty)
        XCTAssertEqual(texts(rows)[1], ["1", "\"Tolak Gratifikasi\" banner"])
        XCTAssertEqual(texts(rows)[2], ["2", "Banner \"Tolak\""])
    }

    func testUnclosedQuoteIsAnErrorAtItsCellAndTheTextIsKept() {
        let (rows, diagnostics) = rows("a,b\nc,\"d\ne,f\n")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 2)
        XCTAssertEqual(diagnostics.items.first?.location.column, 3)
        XCTAssertEqual(texts(rows), [["a", "b"], ["c", "\"d"], ["e", "f"]])
    }

    func testColumnsCountCharactersNotBytes() {
        let (rows, _) = rows("é\tß\tx\n")
        XCTAssertEqual(rows[0].cells.map(\.column), [1, 3, 5])
    }

    /// Cells are cut on the UTF-8 bytes; their text and their columns (in
    /// code points, counted on from cell to cell) are as the characters give
    /// them, on a line after a quoted line break too.
    func testCellsOfWideCodePointsKeepTheirTextAndColumns() {
        let (rows, diagnostics) = rows("Kéndari;😀;e\u{301}x;\"a\n😀\"\"b\";z;مرحبا;\n")
        XCTAssertTrue(diagnostics.items.isEmpty)
        XCTAssertEqual(texts(rows), [["Kéndari", "😀", "e\u{301}x", "a\n😀\"b", "z", "مرحبا", ""]])
        XCTAssertEqual(rows[0].cells.map(\.line), [1, 1, 1, 1, 2, 2, 2])
        XCTAssertEqual(rows[0].cells.map(\.column), [1, 9, 11, 15, 7, 9, 15])
    }

    func testBlankRows() {
        let (rows, _) = rows("a\tb\n\t \t\n")
        XCTAssertFalse(rows[0].isBlank)
        XCTAssertTrue(rows[1].isBlank)
    }


    func testSemicolonSeparatedCellsWithQuotedSemicolons() {
        let (rows, diagnostics) = rows("NO;KOMPONEN\n1;\"Tim; kerja\";x\n")
        XCTAssertTrue(diagnostics.items.isEmpty)
        XCTAssertEqual(texts(rows), [["NO", "KOMPONEN"], ["1", "Tim; kerja", "x"]])
    }

    func testQuotedTabCellsHoldTabsAndLineBreaks() {
        let (rows, diagnostics) = rows("a\t\"b\tc\"\td\n\"e\n\tf\"\tg\n")
        XCTAssertTrue(diagnostics.items.isEmpty)
        XCTAssertEqual(texts(rows), [["a", "b\tc", "d"], ["e\n\tf", "g"]])
        XCTAssertEqual(rows[0].cells.map(\.column), [1, 3, 9])
        XCTAssertEqual(rows[1].cells[1].line, 3)
        XCTAssertEqual(rows[1].cells[1].column, 5)
    }

    func testLinesAfterAMultiLineCellAreCountedFromTheFile() {
        let (rows, _) = rows("\"a\nb\nc\",d\ne,f\n")
        XCTAssertEqual(rows.map(\.line), [1, 4])
        XCTAssertEqual(rows[0].cells[1].line, 3)
        XCTAssertEqual(rows[0].cells[1].column, 4)
        XCTAssertEqual(rows[1].cells.map(\.column), [1, 3])
    }

    func testEmptyCellsAndTheLastLineWithoutLineFeed() {
        let (rows, _) = rows("a\t\t\nb\tc")
        XCTAssertEqual(texts(rows), [["a", "", ""], ["b", "c"]])
        XCTAssertEqual(rows[0].cells.map(\.column), [1, 3, 4])
        XCTAssertEqual(rows.map(\.line), [1, 2])
    }

    func testEmptyTextHasNoRowsAndABlankLineIsABlankRow() {
        XCTAssertTrue(rows("").0.isEmpty)
        let (rows, _) = rows("a\n\nb\n")
        XCTAssertEqual(texts(rows), [["a"], [""], ["b"]])
        XCTAssertEqual(rows.map(\.isBlank), [false, true, false])
        XCTAssertEqual(rows.map(\.line), [1, 2, 3])
    }

    func testQuoteInsideACellIsText() {
        let (rows, diagnostics) = rows("a,b\"c\",d\n")
        XCTAssertTrue(diagnostics.items.isEmpty)
        XCTAssertEqual(texts(rows), [["a", "b\"c\"", "d"]])
    }

    func testSeparatorDetectionIgnoresSeparatorsInQuotes() {
        XCTAssertEqual(DelimitedTextReader.detectSeparator("\"a;b;c\",d"), ",")
        XCTAssertEqual(DelimitedTextReader.detectSeparator("\"a,b,c\";d"), ";")
        XCTAssertEqual(DelimitedTextReader.detectSeparator("NO"), ",")
        XCTAssertEqual(DelimitedTextReader.detectSeparator(""), ",")
        XCTAssertEqual(DelimitedTextReader.detectSeparator("a;b,c"), ",", "a tie is a comma")
        XCTAssertEqual(DelimitedTextReader.detectSeparator("NO;KOMPONEN\na\tb"), ";", "only the first line counts")
    }

    func testUnclosedQuoteOnALaterLineIsReportedThere() {
        let (rows, diagnostics) = rows("x\ty\nz\t\"abc\n")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 2)
        XCTAssertEqual(diagnostics.items.first?.location.column, 3)
        XCTAssertEqual(diagnostics.items.first?.location.file, "t.csv")
        XCTAssertEqual(texts(rows)[1], ["z", "\"abc"])
    }
}
