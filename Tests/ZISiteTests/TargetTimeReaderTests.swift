import XCTest
@testable import ZISite

final class TargetTimeReaderTests: XCTestCase {
    private func months(_ text: String, planYear: Int = 2025) -> [String] {
        TargetTimeReader.read(text, planYear: planYear).months.map { "\($0.year)-\($0.month)" }
    }

    private func range(_ year: Int, _ months: ClosedRange<Int>) -> [String] {
        months.map { "\(year)-\($0)" }
    }

    // MARK: - Every expression in domain.md

    func testSingleMonths() {
        XCTAssertEqual(months("September 2025"), ["2025-9"])
        XCTAssertEqual(months("Nopember 2025"), ["2025-11"])
        XCTAssertEqual(months("Pebruari 2026"), ["2026-2"])
    }

    func testRanges() {
        XCTAssertEqual(months("September - Desember 2025"), range(2025, 9...12))
        XCTAssertEqual(months("Oktober-Desember 2025 (Kartu Kendali)"), range(2025, 10...12))
        XCTAssertEqual(months("Paling lambat Mei-Juni 2026"), range(2026, 5...6))
        XCTAssertEqual(months("Juli s.d. September 2025"), range(2025, 7...9))
        XCTAssertEqual(months("Juli s/d September"), range(2025, 7...9))
        XCTAssertEqual(months("Januari sampai dengan Maret 2026"), range(2026, 1...3))
        XCTAssertEqual(months("Agustus hingga Oktober"), range(2025, 8...10))
        XCTAssertEqual(months("Maret – Mei 2026"), range(2026, 3...5))
    }

    func testRangesAcrossTheTurnOfTheYear() {
        XCTAssertEqual(months("Desember 2025 - Februari 2026"), ["2025-12", "2026-1", "2026-2"])
        XCTAssertEqual(months("November - Februari 2026"), ["2025-11", "2025-12", "2026-1", "2026-2"])
    }

    func testListsTakeTheYearWrittenAfterThem() {
        XCTAssertEqual(months("Februari, April, Juni, Agustus, Oktober, Desember"),
                       ["2025-2", "2025-4", "2025-6", "2025-8", "2025-10", "2025-12"])
        XCTAssertEqual(months("Maret, Juni, September, Desember 2026"), ["2026-3", "2026-6", "2026-9", "2026-12"])
        XCTAssertEqual(months("Juni dan Desember 2025"), ["2025-6", "2025-12"])
        XCTAssertEqual(months("Januari, minggu ke-2 Tahun 2026"), ["2026-1"])
    }

    func testPeriods() {
        XCTAssertEqual(months("Per Triwulan"), ["2025-3", "2025-6", "2025-9", "2025-12"])
        XCTAssertEqual(months("Setiap triwulan 2026"), ["2026-3", "2026-6", "2026-9", "2026-12"])
        XCTAssertEqual(months("Setiap bulan"), range(2025, 1...12))
        XCTAssertEqual(months("Per-bulan (Januari-Desember)"), range(2025, 1...12))
        XCTAssertEqual(months("Setiap bulan", planYear: 2026), range(2026, 1...12))
        XCTAssertEqual(months("Triwulan II"), range(2025, 4...6))
        XCTAssertEqual(months("TW IV 2025"), range(2025, 10...12))
        XCTAssertEqual(months("Semester I"), range(2025, 1...6))
        XCTAssertEqual(months("Per Semester"), ["2025-6", "2025-12"])
    }

    func testTextThatNamesNoMonthStaysText() {
        for text in ["Saat tahapan", "Setelah Tahapan", "3 (tiga) bulan", "", "Tahun 2026", "Menyesuaikan jadwal"] {
            let time = TargetTimeReader.read(text, planYear: 2025)
            XCTAssertEqual(time.months, [], text)
            XCTAssertFalse(time.namesMonths, text)
            XCTAssertEqual(time.text, text)
        }
    }

    func testAbbreviationsAndCase() {
        XCTAssertEqual(months("sept 2025"), ["2025-9"])
        XCTAssertEqual(months("Agt - Okt"), range(2025, 8...10))
        XCTAssertEqual(months("DESEMBER 2025"), ["2025-12"])
        XCTAssertEqual(months("Jan, Feb, Mar 2026"), range(2026, 1...3))
    }

    func testKeepsTheTextWithWhiteSpaceFolded() {
        XCTAssertEqual(TargetTimeReader.read("  September  -\nDesember 2025 ", planYear: 2025).text, "September - Desember 2025")
    }

    // MARK: - Every TARGET WAKTU in the two sample decrees

    func testEveryValueInTheKendariDecree() {
        XCTAssertEqual(months("September 2025"), ["2025-9"])
        XCTAssertEqual(months("Oktober 2025"), ["2025-10"])
        XCTAssertEqual(months("November 2025"), ["2025-11"])
        XCTAssertEqual(months("Desember 2025"), ["2025-12"])
        XCTAssertEqual(months("Per Triwulan"), ["2025-3", "2025-6", "2025-9", "2025-12"])
        XCTAssertEqual(months("September - Desember 2025"), range(2025, 9...12))
        XCTAssertEqual(months("September-Desember 2025"), range(2025, 9...12))
        XCTAssertEqual(months("September - Desember 2025 (Kartu Kendali)"), range(2025, 9...12))
    }

    func testEveryValueInTheSoppengDecree() {
        XCTAssertEqual(months("Desember 2025"), ["2025-12"])
        XCTAssertEqual(months("November 2025"), ["2025-11"])
        XCTAssertEqual(months("Januari 2026"), ["2026-1"])
    }
}
