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

    func testBlankRows() {
        let (rows, _) = rows("a\tb\n\t \t\n")
        XCTAssertFalse(rows[0].isBlank)
        XCTAssertTrue(rows[1].isBlank)
    }
}
