import XCTest
@testable import ZISite

final class IndonesianNumberWordsTests: XCTestCase {
    func testDigitsAndTeens() {
        let cases: [(String, Int)] = [
            ("nol", 0), ("satu", 1), ("dua", 2), ("tiga", 3), ("empat", 4), ("lima", 5), ("enam", 6),
            ("tujuh", 7), ("delapan", 8), ("sembilan", 9), ("sepuluh", 10), ("sebelas", 11),
            ("dua belas", 12), ("tiga belas", 13), ("sembilan belas", 19),
        ]
        for (words, value) in cases {
            XCTAssertEqual(IndonesianNumberWords.value(of: words), value, words)
        }
    }

    func testTensHundredsAndThousands() {
        let cases: [(String, Int)] = [
            ("dua puluh", 20), ("dua puluh satu", 21), ("empat puluh lima", 45), ("sembilan puluh sembilan", 99),
            ("seratus", 100), ("seratus satu", 101), ("seratus sepuluh", 110), ("seratus sebelas", 111),
            ("seratus dua belas", 112), ("dua ratus", 200), ("dua ratus lima puluh", 250),
            ("sembilan ratus sembilan puluh sembilan", 999), ("seribu", 1000), ("seribu satu", 1001),
            ("seribu dua ratus", 1200), ("seribu dua ratus lima puluh", 1250), ("dua ribu", 2000),
            ("tiga ribu empat ratus lima puluh enam", 3456),
            ("sembilan ribu sembilan ratus sembilan puluh sembilan", 9999),
            ("sepuluh ribu", 10_000), ("dua puluh lima ribu", 25_000), ("seratus ribu", 100_000),
            ("sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan", 999_999),
        ]
        for (words, value) in cases {
            XCTAssertEqual(IndonesianNumberWords.value(of: words), value, words)
        }
    }

    func testCaseAndWhiteSpaceDoNotMatter() {
        XCTAssertEqual(IndonesianNumberWords.value(of: "Empat"), 4)
        XCTAssertEqual(IndonesianNumberWords.value(of: "DUA BELAS"), 12)
        XCTAssertEqual(IndonesianNumberWords.value(of: "  dua   puluh\nsatu "), 21)
        XCTAssertEqual(IndonesianNumberWords.value(of: "Seratus"), 100)
    }

    func testAnythingElseIsNotANumber() {
        for words in [
            "", " ", "dokumen", "satu dokumen", "satu dua", "belas", "puluh", "ratus", "ribu",
            "satu belas", "satu puluh", "satu ratus", "satu ribu", "sepuluh satu", "sebelas dua",
            "dua belas tiga belas", "dua puluh dua puluh", "seribu seribu", "dua ribu seribu",
            "dua ribu tiga ribu", "seratus seratus", "dua puluh belas", "nol satu", "satu nol",
            "seribu ribu", "1", "se-ratus", "seratus ribu ribu",
        ] {
            XCTAssertNil(IndonesianNumberWords.value(of: words), words)
        }
    }
}
