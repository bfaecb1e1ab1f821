import XCTest
@testable import ZISite

final class ActionCoderTests: XCTestCase {
    private func action(_ text: String, line: Int) -> Action {
        Action(code: "", text: RichText(plain: text), evidence: .empty, targetTime: TargetTime(text: "", months: []),
               targetQuantity: TargetQuantity(text: ""), line: line)
    }

    private func component(_ number: String?, subheading: String? = nil, _ texts: [String], from line: Int) -> Component {
        Component(number: number, title: nil, subheading: subheading.map(RichText.init(plain:)),
                  indicators: [Indicator(text: nil, actions: texts.enumerated().map { action($1, line: line + $0) }, line: line)],
                  line: line)
    }

    private func codes(_ sections: [Section]) -> [String] {
        sections.flatMap { $0.actions.map(\.code) }
    }

    /// A step's anchor is its code in lower case with each dot a hyphen,
    /// as Foundation's `replacingOccurrences` made it, for every code of up
    /// to four pieces (a code's dots stand between parts, never before a mark).
    func testAnchorsAreTheCodeLowerCasedWithHyphensForDots() {
        let pieces = ["I", "iv", ".", "A", "3", "b", "-", "é", "e\u{301}", "İ", "Ω", "．"]
        var codes = [""]
        for _ in 0..<4 { codes = codes.flatMap { code in pieces.map { code + $0 } } }
        for code in codes {
            var step = action("", line: 1)
            step.code = code
            XCTAssertEqual(SitePaths.anchor(step), "langkah-" + code.lowercased().replacingOccurrences(of: ".", with: "-"), code)
        }
        var step = action("", line: 1)
        step.code = "II.A.3.b-2"
        XCTAssertEqual(SitePaths.anchor(step), "langkah-ii-a-3-b-2")
    }

    func testCodePartsHoldNoDots() {
        XCTAssertEqual(ActionCoder.codePart("1."), "1")
        XCTAssertEqual(ActionCoder.codePart("a)"), "a")
        XCTAssertEqual(ActionCoder.codePart("(2)"), "2")
        XCTAssertEqual(ActionCoder.codePart("A."), "a")
        XCTAssertEqual(ActionCoder.codePart("1 . 2"), "1-2")
        XCTAssertEqual(ActionCoder.codePart("1.2"), "1-2")
        XCTAssertEqual(ActionCoder.codePart("."), "-")
    }

    func testLettersAfterZContinueWithTwoLetters() {
        XCTAssertEqual(ActionCoder.letter(0), "a")
        XCTAssertEqual(ActionCoder.letter(25), "z")
        XCTAssertEqual(ActionCoder.letter(26), "aa")
        XCTAssertEqual(ActionCoder.letter(27), "ab")
        XCTAssertEqual(ActionCoder.letter(52), "ba")
    }

    func testCodesFromNumeralComponentAndStepMarkerOrPosition() {
        var sections = [
            Section(numeral: "I", numeralWritten: true, title: .empty,
                    components: [component("1.", ["Bentuk tim", "Rapat tim"], from: 3), component("2)", ["b) Susun", "a) Sosialisasi"], from: 5)],
                    line: 2),
            Section(numeral: "II", numeralWritten: true, title: .empty,
                    components: [component(nil, ["1. Pertama", "10) Kesepuluh", "Tanpa nomor"], from: 8)], line: 7),
        ]
        var diagnostics = DiagnosticList()
        ActionCoder.assignCodes(to: &sections, file: "f", diagnostics: &diagnostics)
        XCTAssertEqual(codes(sections), ["I.1.a", "I.1.b", "I.2.b", "I.2.a", "II.1", "II.10", "II.c"])
        XCTAssertTrue(diagnostics.items.isEmpty)
    }

    func testHeadingsAreLetteredInOrderOfAppearance() {
        var sections = [
            Section(numeral: "III", numeralWritten: true, title: .empty, components: [
                component("1", subheading: "Pemenuhan", ["x"], from: 3),
                component("2", subheading: "Pemenuhan", ["y"], from: 4),
                component("1", subheading: "Reformasi", ["z"], from: 6),
            ], line: 2),
        ]
        var diagnostics = DiagnosticList()
        ActionCoder.assignCodes(to: &sections, file: "f", diagnostics: &diagnostics)
        XCTAssertEqual(codes(sections), ["III.A.1.a", "III.A.2.a", "III.B.1.a"])
    }

    func testDuplicateCodesGetSuffixesAndAnErrorEach() {
        var sections = [
            Section(numeral: "I", numeralWritten: true, title: .empty, components: [
                component("1", ["a. x"], from: 3), component("1", ["a. y"], from: 4), component("1", ["a. z"], from: 5),
            ], line: 2),
        ]
        var diagnostics = DiagnosticList()
        ActionCoder.assignCodes(to: &sections, file: "f", diagnostics: &diagnostics)
        XCTAssertEqual(codes(sections), ["I.1.a", "I.1.a-2", "I.1.a-3"])
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error, .error])
        XCTAssertEqual(diagnostics.items.map(\.location.line), [4, 5])
        XCTAssertTrue(diagnostics.items.allSatisfy { $0.message.contains("baris 3") })
    }
}
