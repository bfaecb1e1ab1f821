import XCTest
@testable import ZISite

final class IndonesianNumberWordsTests: XCTestCase {
    func testNumbersAsTheDecreesSpellThem() {
        let cases: [(String, Int)] = [
            ("nol", 0), ("satu", 1), ("dua", 2), ("tiga", 3), ("empat", 4), ("lima", 5), ("enam", 6),
            ("tujuh", 7), ("delapan", 8), ("sembilan", 9), ("sepuluh", 10), ("sebelas", 11),
            ("dua belas", 12), ("sembilan belas", 19), ("dua puluh", 20), ("dua puluh satu", 21),
            ("sembilan puluh sembilan", 99), ("seratus", 100), ("seratus lima", 105),
            ("dua ratus lima puluh", 250), ("seribu", 1000), ("seribu dua ratus", 1200),
            ("tiga ribu empat ratus lima puluh enam", 3456), ("Empat", 4), ("DUA BELAS", 12),
        ]
        for (words, value) in cases {
            XCTAssertEqual(IndonesianNumberWords.value(of: words), value, words)
        }
    }

    func testAnythingElseIsNotANumber() {
        for words in ["", "dokumen", "satu dua", "belas", "puluh", "satu puluh", "dua belas tiga belas", "seribu seribu"] {
            XCTAssertNil(IndonesianNumberWords.value(of: words), words)
        }
    }
}
