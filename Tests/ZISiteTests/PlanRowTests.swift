import XCTest
@testable import ZISite

final class PlanRowTests: XCTestCase {
    func testStepMarkers() {
        XCTAssertEqual(PlanRow.marker(in: "a. Membentuk tim"), "a")
        XCTAssertEqual(PlanRow.marker(in: "B) Menyusun"), "b")
        XCTAssertEqual(PlanRow.marker(in: "12. Menyusun"), "12")
        XCTAssertNil(PlanRow.marker(in: "123. Menyusun"))
        XCTAssertNil(PlanRow.marker(in: "a.Menyusun"))
        XCTAssertNil(PlanRow.marker(in: "ab. Menyusun"))
        XCTAssertNil(PlanRow.marker(in: "a."))
        XCTAssertNil(PlanRow.marker(in: "Membentuk tim"))
        XCTAssertNil(PlanRow.marker(in: "é. x"))
        XCTAssertNil(PlanRow.marker(in: ""))
    }

    func testActionMarkerAndBlankRows() {
        let row = PlanRow(line: 3, cells: [.action: RichText(plain: "f. Melakukan"), .number: .empty], locations: [:])
        XCTAssertEqual(row.actionMarker, "f")
        XCTAssertFalse(row.isBlank)
        XCTAssertEqual(row[.evidence], .empty)
        XCTAssertNil(row.location(.evidence))
        XCTAssertTrue(PlanRow(line: 4, cells: [.number: .empty], locations: [:]).isBlank)
    }

    func testLetterAfterAMarker() {
        XCTAssertEqual(PlanBuilder.letter(after: "a"), "b")
        XCTAssertEqual(PlanBuilder.letter(after: "y"), "z")
        XCTAssertNil(PlanBuilder.letter(after: "z"))
        XCTAssertEqual(PlanBuilder.letter(after: "9"), "10")
    }

    func testLeadingNumerals() throws {
        let title = try XCTUnwrap(LeadingNumeral("IV. Penguatan Akuntabilitas"))
        XCTAssertEqual(title.numeral, "IV")
        XCTAssertEqual(title.value, 4)
        XCTAssertEqual(title.rest, "Penguatan Akuntabilitas")
        let alone = try XCTUnwrap(LeadingNumeral("iii."))
        XCTAssertEqual(alone.numeral, "III")
        XCTAssertEqual(alone.rest, "")
        XCTAssertEqual(LeadingNumeral("VII   Inovasi")?.rest, "Inovasi")
        XCTAssertNil(LeadingNumeral("Inovasi Pelayanan"), "a word starting with I is not a numeral")
        XCTAssertNil(LeadingNumeral("IIII"))
        XCTAssertNil(LeadingNumeral("1 Tim"))
        XCTAssertNil(LeadingNumeral(""))
    }

    func testOnlyUpperCaseNumeralsOpenSectionsOnStepRows() {
        XCTAssertTrue(LeadingNumeral.isUpperCase("IV"))
        XCTAssertTrue(LeadingNumeral.isUpperCase("IV."))
        XCTAssertFalse(LeadingNumeral.isUpperCase("iv."))
        XCTAssertFalse(LeadingNumeral.isUpperCase("Iv"))
    }
}
