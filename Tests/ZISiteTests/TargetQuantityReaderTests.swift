import XCTest
@testable import ZISite

final class TargetQuantityReaderTests: XCTestCase {
    func testAmountInFiguresAndWordsWithUnit() {
        for (text, amount, words, unit) in [
            ("1 (satu) Dokumen", 1.0, "satu", "Dokumen"),
            ("1 (satu) dokumen", 1, "satu", "dokumen"),
            ("2 (dua) Kegiatan", 2, "dua", "Kegiatan"),
            ("2 (dua) Dokumen", 2, "dua", "Dokumen"),
            ("4 (empat) Bulan", 4, "empat", "Bulan"),
            ("4 (empat) Dokumen", 4, "empat", "Dokumen"),
            ("1 (satu) Laporan", 1, "satu", "Laporan"),
            ("1 (satu) Kegiatan", 1, "satu", "Kegiatan"),
            ("12 (dua belas) Kali Rapat", 12, "dua belas", "Kali Rapat"),
        ] {
            let quantity = TargetQuantityReader.read(text)
            XCTAssertEqual(quantity.amount, amount, text)
            XCTAssertEqual(quantity.amountInWords, words, text)
            XCTAssertEqual(quantity.unit, unit, text)
            XCTAssertEqual(quantity.text, text)
        }
    }

    func testAmountWithoutWords() {
        let reports = TargetQuantityReader.read("12 Laporan")
        XCTAssertEqual(reports.amount, 12)
        XCTAssertNil(reports.amountInWords)
        XCTAssertEqual(reports.unit, "Laporan")
        XCTAssertEqual(TargetQuantityReader.read("100%").amount, 100)
        XCTAssertEqual(TargetQuantityReader.read("100%").unit, "%")
        XCTAssertEqual(TargetQuantityReader.read("2,5 Dokumen").amount, 2.5)
        XCTAssertEqual(TargetQuantityReader.read("1.250 Orang").amount, 1250)
        XCTAssertEqual(TargetQuantityReader.read("7").amount, 7)
        XCTAssertNil(TargetQuantityReader.read("7").unit)
    }

    func testOutcomeSentencesStayText() {
        for text in [
            "Terbitnya surat keputusan tim kerja",
            "Mewujudkan pembangunan zona integritas",
            "Peningkatan akuntabilitas kinerja pemerintahan",
            "2 orang pegawai mengikuti pelatihan teknis",
            "1.2.3 Dokumen",
            "",
        ] {
            let quantity = TargetQuantityReader.read(text)
            XCTAssertNil(quantity.amount, text)
            XCTAssertNil(quantity.unit, text)
            XCTAssertFalse(quantity.isQuantity, text)
            XCTAssertEqual(quantity.text, text)
        }
    }

    func testWhiteSpaceIsFolded() {
        let quantity = TargetQuantityReader.read(" 1  (satu)\nDokumen ")
        XCTAssertEqual(quantity.text, "1 (satu) Dokumen")
        XCTAssertEqual(quantity.unit, "Dokumen")
    }
}
