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

    /// The search as it was before the candidates were prepared once and
    /// far ones given up early: every candidate compared in full.
    private func plainClosest(to name: String, among candidates: [String]) -> String? {
        let limit = max(1, name.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates.sorted() {
            let distance = plainDistance(Array(name.lowercased()), Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    private func plainDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    func testPreparedCandidatesSuggestWhatComparingEveryOneInFullSuggests() {
        // Names from a few letters, capitals, an accented letter written two
        // ways (é and e + U+0301) and a joiner, so that many are near each other.
        let letters: [String] = ["a", "b", "c", "A", ".", "1", "é", "e\u{301}", "\u{200D}", " "]
        var seed: UInt64 = 15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        func name() -> String { (0..<next(9)).map { _ in letters[next(letters.count)] }.joined() }
        var suggested = 0
        for _ in 0..<60 {
            let candidates = (0..<next(40)).map { _ in name() }
            var prepared = Suggestion(among: candidates)
            for _ in 0..<40 {
                let wanted = name()
                let expected = plainClosest(to: wanted, among: candidates)
                suggested += expected == nil ? 0 : 1
                XCTAssertEqual(prepared.closest(to: wanted), expected, "\(wanted.debugDescription) among \(candidates)")
                XCTAssertEqual(Suggestion.closest(to: wanted, among: candidates), expected)
            }
        }
        XCTAssertGreaterThan(suggested, 600, "most searches find a name")
    }

    func testPlanCodesAndEvidencePathsAsBefore() {
        let codes = (1...30).flatMap { component in ["a", "b", "c"].map { "II.\(component).\($0)" } } + ["II.A.1.a", "III.1.a"]
        var prepared = Suggestion(among: codes)
        for wanted in ["II.1.d", "ii.12.B", "II.A.1.b", "III.1.b", "IV.1.a", "II.31.a", "II.1", "I.1.a", "II.1.aa"] {
            XCTAssertEqual(prepared.closest(to: wanted), plainClosest(to: wanted, among: codes), wanted)
        }
        let paths = ["AREA I/SK Tim.pdf", "AREA I/Notulen Rapat.pdf", "AREA II/SK Tim.pdf", "Gratifikasi/Laporan 2025.pdf"]
        for wanted in ["AREA I/SK Tim.pfd", "area ii/sk tim.pdf", "AREA III/SK Tim.pdf", "Gratifikasi/Laporan 2024.pdf", "SK Tim.pdf"] {
            XCTAssertEqual(Suggestion.closest(to: wanted, among: paths), plainClosest(to: wanted, among: paths), wanted)
        }
        XCTAssertEqual(Suggestion.closest(to: "AREA I/SK Tim.pfd", among: paths), "AREA I/SK Tim.pdf")
    }

    func testOnceTheBudgetIsSpentNothingIsSuggested() {
        let codes = ["I.1.a", "I.1.b", "II.1.a"]
        var generous = Suggestion(among: codes, budget: 1_000)
        XCTAssertEqual(generous.closest(to: "I.1.c"), "I.1.a")
        var spent = Suggestion(among: codes, budget: 0)
        XCTAssertNil(spent.closest(to: "I.1.c"))
        XCTAssertNil(spent.closest(to: "I.1.a"), "not even the name itself")
    }

    func testASearchCutShortSuggestsNothingRatherThanAFartherName() {
        // "abcaaf" (two edits) comes first; "abzdef" (one edit) is never weighed.
        var unbounded = Suggestion(among: ["abzdef", "abcaaf"])
        XCTAssertEqual(unbounded.closest(to: "abcdef"), "abzdef")
        var bounded = Suggestion(among: ["abzdef", "abcaaf"], budget: 10)
        XCTAssertNil(bounded.closest(to: "abcdef"))
    }
}
