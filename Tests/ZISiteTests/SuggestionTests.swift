import XCTest
@testable import ZISite

final class SuggestionTests: XCTestCase {
    private let decreeKeys = ["nomor", "tahun", "tentang", "ditetapkan_di", "tanggal", "penandatangan", "jabatan"]

    func testClosestKeyWithinAThirdOfTheLength() {
        XCTAssertEqual(Suggestion.closest(to: "penandatanganan", among: decreeKeys), "penandatangan")
        XCTAssertEqual(Suggestion.closest(to: "tangal", among: decreeKeys), "tanggal")
        XCTAssertEqual(Suggestion.closest(to: "ditetapkan", among: decreeKeys), "ditetapkan_di", "3 edits in 10 letters")
        XCTAssertNil(Suggestion.closest(to: "ditetap", among: decreeKeys), "6 edits in 7 letters is too far")
        XCTAssertNil(Suggestion.closest(to: "tetap", among: decreeKeys))
        XCTAssertEqual(Suggestion.closest(to: "ditetapkan-di", among: decreeKeys), "ditetapkan_di")
    }

    func testShortNamesAllowOneEdit() {
        XCTAssertEqual(Suggestion.closest(to: "nma", among: ["nama"]), "nama")
        XCTAssertEqual(Suggestion.closest(to: "nm", among: ["nama"]), nil)
        XCTAssertEqual(Suggestion.closest(to: "x", among: ["y"]), "y")
    }

    func testCaseIsIgnoredAndTheCandidateIsReturnedAsWritten() {
        XCTAssertEqual(Suggestion.closest(to: "NAMA", among: ["nama", "tingkat"]), "nama")
        XCTAssertEqual(Suggestion.closest(to: "tingkat", among: ["Tingkat"]), "Tingkat")
    }

    func testNothingCloseOrNoCandidatesGivesNil() {
        XCTAssertNil(Suggestion.closest(to: "warna", among: ["format", "satker", "kontak"]))
        XCTAssertNil(Suggestion.closest(to: "nama", among: [String]()))
    }

    func testTheNearestWinsAndTiesGoToTheFirstInAlphabeticalOrder() {
        XCTAssertEqual(Suggestion.closest(to: "tahun_rencna", among: ["tahun", "tahun_rencana", "tahun_rencanaa"]), "tahun_rencana")
        XCTAssertEqual(Suggestion.closest(to: "tahunn", among: ["tahunan", "tahun"]), "tahun", "both one edit away")
        XCTAssertEqual(Suggestion.closest(to: "abcd", among: ["abcf", "abce"]), "abce")
        XCTAssertEqual(Suggestion.closest(to: "abcd", among: ["abce", "abcf"]), "abce")
    }

    func testEditDistance() {
        XCTAssertEqual(Suggestion.editDistance("", ""), 0)
        XCTAssertEqual(Suggestion.editDistance("", "abc"), 3)
        XCTAssertEqual(Suggestion.editDistance("abc", ""), 3)
        XCTAssertEqual(Suggestion.editDistance("abc", "abc"), 0)
        XCTAssertEqual(Suggestion.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestion.editDistance("tanggal", "tangal"), 1)
        XCTAssertEqual(Suggestion.editDistance("ab", "ba"), 2, "a swap is two edits")
        XCTAssertEqual(Suggestion.editDistance("é", "e"), 1, "characters, not bytes")
    }
}
