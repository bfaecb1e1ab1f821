import XCTest
@testable import ZISite

/// A CSV cell a spreadsheet would run as a formula gets a leading
/// apostrophe; a number, a lone minus and every other text stay as written.
final class SpreadsheetFormulaTests: XCTestCase {
    func testOnlyAFormulaThatIsNoNumberIsNeutralised() {
        let neutralised = ["=HYPERLINK(\"x\")", "+62 812", "-x", "@SUM(A1)", "\tA", "\rA", "=", "+", "--1", "-1-2"]
        for text in neutralised {
            XCTAssertEqual(SpreadsheetFormula.neutralised(text), "'" + text, text.debugDescription)
        }
        let kept = ["", "-", "-12", "+1.234,5", "-3,5%", "12", "Rapat", " =1", "＝1", "\u{301}=1", "é=1", "😀=1", "'=1"]
        for text in kept {
            XCTAssertEqual(SpreadsheetFormula.neutralised(text), text, text.debugDescription)
        }
    }
}
