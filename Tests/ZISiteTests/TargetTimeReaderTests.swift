import XCTest
@testable import ZISite

final class TargetTimeReaderTests: XCTestCase {
    /// The months read, as "2025-09", so that a failure shows them plainly.
    private func months(_ text: String, planYear: Int = 2025) -> [String] {
        TargetTimeReader.read(text, planYear: planYear).months.map { month in
            "\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)"
        }
    }

    private func range(_ year: Int, _ months: ClosedRange<Int>) -> [String] {
        months.map { "\(year)-\($0 < 10 ? "0" : "")\($0)" }
    }

    private func quarterEnds(_ year: Int) -> [String] {
        ["\(year)-03", "\(year)-06", "\(year)-09", "\(year)-12"]
    }

    // MARK: - Every expression in domain.md ("TARGET WAKTU, as written")

    func testEveryExpressionInTheDomainNotes() {
        XCTAssertEqual(months("September 2025"), ["2025-09"])
        XCTAssertEqual(months("Nopember 2025"), ["2025-11"])
        XCTAssertEqual(months("September - Desember 2025"), range(2025, 9...12))
        XCTAssertEqual(months("Oktober-Desember 2025 (Kartu Kendali)"), range(2025, 10...12))
        XCTAssertEqual(months("Per Triwulan"), quarterEnds(2025))
        XCTAssertEqual(months("Setiap bulan"), range(2025, 1...12))
        XCTAssertEqual(months("Per-bulan (Januari-Desember)"), range(2025, 1...12))
        XCTAssertEqual(months("Januari, minggu ke-2 Tahun 2026"), ["2026-01"])
        XCTAssertEqual(months("Februari, April, Juni, Agustus, Oktober, Desember"),
                       ["2025-02", "2025-04", "2025-06", "2025-08", "2025-10", "2025-12"])
        XCTAssertEqual(months("Maret, Juni, September, Desember 2026"), quarterEnds(2026))
        XCTAssertEqual(months("Paling lambat Mei-Juni 2026"), range(2026, 5...6))
        XCTAssertEqual(months("Saat tahapan"), [])
        XCTAssertEqual(months("Setelah Tahapan"), [])
        XCTAssertEqual(months("3 (tiga) bulan"), [])
        XCTAssertEqual(months(""), [])
    }

    // MARK: - Single months

    func testSingleMonthsWithAndWithoutYear() {
        XCTAssertEqual(months("Pebruari 2026"), ["2026-02"])
        XCTAssertEqual(months("Pebruari"), ["2025-02"])
        XCTAssertEqual(months("Agustus"), ["2025-08"])
        XCTAssertEqual(months("Agustus", planYear: 2026), ["2026-08"])
        XCTAssertEqual(months("Desember Tahun 2026"), ["2026-12"])
    }

    func testAbbreviations() {
        let abbreviations: [(String, Int)] = [
            ("Jan", 1), ("Feb", 2), ("Peb", 2), ("Mar", 3), ("Apr", 4), ("Mei", 5), ("Jun", 6), ("Jul", 7),
            ("Agu", 8), ("Agt", 8), ("Ags", 8), ("Agst", 8), ("Sep", 9), ("Sept", 9), ("Sept.", 9),
            ("Okt", 10), ("Nov", 11), ("Nop", 11), ("Des", 12), ("Des.", 12),
        ]
        for (text, month) in abbreviations {
            XCTAssertEqual(months(text + " 2026"), range(2026, month...month), text)
        }
    }

    func testCaseDoesNotMatter() {
        XCTAssertEqual(months("DESEMBER 2025"), ["2025-12"])
        XCTAssertEqual(months("sept 2025"), ["2025-09"])
        XCTAssertEqual(months("nOpEmBeR"), ["2025-11"])
        XCTAssertEqual(months("SETIAP BULAN"), range(2025, 1...12))
        XCTAssertEqual(months("triwulan iii"), range(2025, 7...9))
    }

    // MARK: - Ranges

    func testEveryRangeWord() {
        XCTAssertEqual(months("Juli - September 2025"), range(2025, 7...9))
        XCTAssertEqual(months("Juli-September 2025"), range(2025, 7...9))
        XCTAssertEqual(months("Maret – Mei 2026"), range(2026, 3...5))
        XCTAssertEqual(months("Maret—Mei 2026"), range(2026, 3...5))
        XCTAssertEqual(months("Juli s.d. September 2025"), range(2025, 7...9))
        XCTAssertEqual(months("Juli s.d September"), range(2025, 7...9))
        XCTAssertEqual(months("Juli s/d September"), range(2025, 7...9))
        XCTAssertEqual(months("Juli sd September"), range(2025, 7...9))
        XCTAssertEqual(months("Juli sampai September"), range(2025, 7...9))
        XCTAssertEqual(months("Januari sampai dengan Maret 2026"), range(2026, 1...3))
        XCTAssertEqual(months("Agustus hingga Oktober"), range(2025, 8...10))
        XCTAssertEqual(months("Agt - Okt"), range(2025, 8...10))
        XCTAssertEqual(months("Januari sampai bulan Maret"), range(2025, 1...3))
    }

    func testRangesAcrossTheTurnOfTheYear() {
        XCTAssertEqual(months("Desember 2025 - Februari 2026"), ["2025-12", "2026-01", "2026-02"])
        XCTAssertEqual(months("November - Februari 2026"), ["2025-11", "2025-12", "2026-01", "2026-02"])
        XCTAssertEqual(months("Desember 2025 s.d. Januari"), ["2025-12", "2026-01"])
        XCTAssertEqual(months("Oktober - Januari", planYear: 2026), ["2025-10", "2025-11", "2025-12", "2026-01"])
    }

    func testARangeAndAMonth() {
        XCTAssertEqual(months("Januari - Maret dan Juni 2026"), ["2026-01", "2026-02", "2026-03", "2026-06"])
        XCTAssertEqual(months("Juni, September - Oktober"), ["2025-06", "2025-09", "2025-10"])
        XCTAssertEqual(months("Januari - Maret - Juni"), range(2025, 1...6))
    }

    // MARK: - Lists

    func testListsTakeTheYearWrittenAfterThem() {
        XCTAssertEqual(months("Juni dan Desember 2025"), ["2025-06", "2025-12"])
        XCTAssertEqual(months("Jan, Feb, Mar 2026"), range(2026, 1...3))
        XCTAssertEqual(months("Juni 2025, Januari 2026"), ["2025-06", "2026-01"])
        XCTAssertEqual(months("Desember 2025, Januari dan Februari 2026"), ["2025-12", "2026-01", "2026-02"])
        XCTAssertEqual(months("Desember 2025, Januari", planYear: 2025), ["2025-01", "2025-12"])
    }

    func testMonthsAreSortedAndUnique() {
        XCTAssertEqual(months("Desember, Juni, Desember, Maret"), ["2025-03", "2025-06", "2025-12"])
        XCTAssertEqual(months("Per Triwulan (Maret, Juni, September, Desember)"), quarterEnds(2025))
    }

    // MARK: - Periods

    func testEveryMonth() {
        for text in ["Setiap bulan", "Per bulan", "Per-bulan", "Perbulan", "Tiap bulan", "Bulanan",
                     "Per-bulan (Januari-Desember)", "Setiap Bulan (Januari s.d. Desember)"] {
            XCTAssertEqual(months(text), range(2025, 1...12), text)
        }
        XCTAssertEqual(months("Setiap bulan", planYear: 2026), range(2026, 1...12))
        XCTAssertEqual(months("Setiap bulan Tahun 2026"), range(2026, 1...12))
    }

    func testEveryQuarter() {
        for text in ["Per Triwulan", "Setiap triwulan", "Tiap triwulan", "Triwulanan", "Per-Triwulan", "Pertriwulan"] {
            XCTAssertEqual(months(text), quarterEnds(2025), text)
        }
        XCTAssertEqual(months("Setiap triwulan 2026"), quarterEnds(2026))
    }

    func testNumberedQuarters() {
        XCTAssertEqual(months("Triwulan I"), range(2025, 1...3))
        XCTAssertEqual(months("Triwulan II"), range(2025, 4...6))
        XCTAssertEqual(months("Triwulan III"), range(2025, 7...9))
        XCTAssertEqual(months("Triwulan IV"), range(2025, 10...12))
        XCTAssertEqual(months("TW I"), range(2025, 1...3))
        XCTAssertEqual(months("TW II"), range(2025, 4...6))
        XCTAssertEqual(months("TW IV 2026"), range(2026, 10...12))
        XCTAssertEqual(months("Triwulan 2"), range(2025, 4...6))
        XCTAssertEqual(months("Triwulan III dan IV"), range(2025, 7...12))
        XCTAssertEqual(months("TW I - II"), range(2025, 1...6))
        XCTAssertEqual(months("Triwulan II s.d. IV"), range(2025, 4...12))
    }

    func testHalfYears() {
        XCTAssertEqual(months("Semester I"), range(2025, 1...6))
        XCTAssertEqual(months("Semester II 2026"), range(2026, 7...12))
        XCTAssertEqual(months("Per Semester"), ["2025-06", "2025-12"])
        XCTAssertEqual(months("Setiap semester"), ["2025-06", "2025-12"])
        XCTAssertEqual(months("Semester III"), [])
    }

    // MARK: - Text that names no month

    func testTextThatNamesNoMonthStaysText() {
        for text in [
            "Saat tahapan", "Setelah Tahapan", "3 (tiga) bulan", "", "Menyesuaikan", "Menyesuaikan jadwal",
            "Tahun 2026", "2026", "6 bulan", "Setiap 3 bulan", "Sepanjang tahun", "Triwulan", "Semester",
            "Bulan", "TARGET WAKTU", "5", "Desa", "Juniper", "Setelah tahapan selesai", "Minggu ke-2",
        ] {
            let time = TargetTimeReader.read(text, planYear: 2025)
            XCTAssertEqual(time.months, [], text)
            XCTAssertFalse(time.namesMonths, text)
            XCTAssertEqual(time.text, text)
        }
    }

    func testAMonthAfterAWordIsNotARangeEnd() {
        XCTAssertEqual(months("Januari - minggu ke-2 Maret"), ["2025-01", "2025-03"])
    }

    // MARK: - Text

    func testKeepsTheTextWithWhiteSpaceFolded() {
        XCTAssertEqual(TargetTimeReader.read("  September  -\nDesember 2025 ", planYear: 2025).text, "September - Desember 2025")
        XCTAssertEqual(TargetTimeReader.read("Nopember\t2025", planYear: 2025).text, "Nopember 2025")
        XCTAssertEqual(TargetTimeReader.read("s/d  Juni", planYear: 2025).text, "s/d Juni")
    }

    // MARK: - Every TARGET WAKTU in the two sample decrees (plan year 2025)

    func testEveryValueInTheKendariDecree() {
        let expected: [(String, [String])] = [
            ("", []),
            ("6", []),                // the column-number row
            ("TARGET WAKTU", []),     // the repeated header row
            ("Desember 2025", ["2025-12"]),
            ("November 2025", ["2025-11"]),
            ("Oktober 2025", ["2025-10"]),
            ("Per Triwulan", quarterEnds(2025)),
            ("September - Desember 2025", range(2025, 9...12)),
            ("September - Desember 2025 (Kartu Kendali)", range(2025, 9...12)),
            ("September 2025", ["2025-09"]),
            ("September-Desember 2025", range(2025, 9...12)),
        ]
        for (text, expectedMonths) in expected {
            XCTAssertEqual(months(text), expectedMonths, text)
        }
    }

    func testEveryValueInTheSoppengDecree() {
        let expected: [(String, [String])] = [
            ("", []),
            ("5", []),                // the column-number row
            ("TARGET WAKTU", []),     // the repeated header row
            ("Desember 2025", ["2025-12"]),
            ("Januari 2026", ["2026-01"]),
            ("November 2025", ["2025-11"]),
        ]
        for (text, expectedMonths) in expected {
            XCTAssertEqual(months(text), expectedMonths, text)
        }
    }
}
