import XCTest
@testable import ZISite

final class RomanNumeralTests: XCTestCase {
    func testReadsNumeralsInEitherCaseWithOrWithoutDot() {
        XCTAssertEqual(RomanNumeral.value(of: "I"), 1)
        XCTAssertEqual(RomanNumeral.value(of: "iv"), 4)
        XCTAssertEqual(RomanNumeral.value(of: "VII."), 7)
        XCTAssertEqual(RomanNumeral.value(of: "xix"), 19)
        XCTAssertEqual(RomanNumeral.value(of: "XXXIX"), 39)
    }

    func testRejectsWhatIsNotACanonicalNumeral() {
        for text in ["", ".", "IIII", "VV", "IC", "L", "XL", "1", "a.", "Ii x", "IVI"] {
            XCTAssertNil(RomanNumeral.value(of: text), text)
        }
    }

    func testWritesEveryValueAndReadsItBack() {
        XCTAssertEqual(RomanNumeral.numeral(4), "IV")
        XCTAssertEqual(RomanNumeral.numeral(14), "XIV")
        for value in 1...39 {
            XCTAssertEqual(RomanNumeral.value(of: RomanNumeral.numeral(value)), value)
        }
    }
}
