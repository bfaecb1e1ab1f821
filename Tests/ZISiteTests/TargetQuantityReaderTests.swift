import XCTest
@testable import ZISite

final class TargetQuantityReaderTests: XCTestCase {
    private func assertQuantity(_ text: String, _ amount: Double, words: String?, unit: String?,
                                file: StaticString = #filePath, line: UInt = #line) {
        let quantity = TargetQuantityReader.read(text)
        XCTAssertEqual(quantity.text, text, file: file, line: line)
        XCTAssertEqual(quantity.amount, amount, text, file: file, line: line)
        XCTAssertEqual(quantity.amountInWords, words, text, file: file, line: line)
        XCTAssertEqual(quantity.unit, unit, text, file: file, line: line)
        XCTAssertTrue(quantity.isQuantity, text, file: file, line: line)
    }

    private func assertTextOnly(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let quantity = TargetQuantityReader.read(text)
        XCTAssertEqual(quantity, TargetQuantity(text: text), text, file: file, line: line)
        XCTAssertFalse(quantity.isQuantity, text, file: file, line: line)
    }

    // MARK: - Every expression in domain.md and the brief

    func testAmountInFiguresAndWordsWithUnit() {
        assertQuantity("1 (satu) Dokumen", 1, words: "satu", unit: "Dokumen")
        assertQuantity("2 (dua) Kegiatan", 2, words: "dua", unit: "Kegiatan")
        assertQuantity("4 (empat) Bulan", 4, words: "empat", unit: "Bulan")
        assertQuantity("4 (empat) Kegiatan", 4, words: "empat", unit: "Kegiatan")
        assertQuantity("1 (satu) Laporan", 1, words: "satu", unit: "Laporan")
        assertQuantity("12 (dua belas) Kali Rapat", 12, words: "dua belas", unit: "Kali Rapat")
        assertQuantity("3 (tiga) Orang Pegawai Baru", 3, words: "tiga", unit: "Orang Pegawai Baru")
        assertQuantity("1(satu)Dokumen", 1, words: "satu", unit: "Dokumen")
    }

    func testAmountWithoutWords() {
        assertQuantity("12 Laporan", 12, words: nil, unit: "Laporan")
        assertQuantity("100%", 100, words: nil, unit: "%")
        assertQuantity("100 %", 100, words: nil, unit: "%")
        assertQuantity("2,5 Dokumen", 2.5, words: nil, unit: "Dokumen")
        assertQuantity("1.250 Orang", 1250, words: nil, unit: "Orang")
        assertQuantity("1.250.000 Rupiah", 1_250_000, words: nil, unit: "Rupiah")
        assertQuantity("1.250,75 Jam", 1250.75, words: nil, unit: "Jam")
        assertQuantity("7", 7, words: nil, unit: nil)
    }

    func testWordsAreKeptAsWrittenEvenWhenTheyDisagree() {
        // The plan reader warns about the mismatch; the reader keeps both.
        assertQuantity("2 (tiga) Dokumen", 2, words: "tiga", unit: "Dokumen")
        assertQuantity("1 ( Satu ) Dokumen", 1, words: "Satu", unit: "Dokumen")
    }

    func testOutcomeSentencesAndOddFiguresStayText() {
        for text in [
            "Terbitnya surat keputusan tim kerja",
            "2 orang pegawai mengikuti pelatihan teknis",
            "1 (satu) Dokumen laporan hasil evaluasi",
            "1 (satu) Dokumen (softcopy)",
            "1 (1) Dokumen",
            "1 (satu Dokumen",
            "1.2.3 Dokumen",
            "1.5 Dokumen",
            "12. Laporan",
            "2, Dokumen",
            ",5 Dokumen",
            "Dokumen 1",
            "Satu Dokumen",
            "",
        ] {
            assertTextOnly(text)
        }
    }

    func testWhiteSpaceIsFolded() {
        let quantity = TargetQuantityReader.read(" 1  (satu)\nDokumen ")
        XCTAssertEqual(quantity, TargetQuantity(text: "1 (satu) Dokumen", amount: 1, amountInWords: "satu", unit: "Dokumen"))
        XCTAssertEqual(TargetQuantityReader.read(" Terbitnya  surat\tkeputusan ").text, "Terbitnya surat keputusan")
    }

    // MARK: - Every TARGET CAPAIAN in the two sample decrees

    func testEveryValueInTheKendariDecree() {
        assertTextOnly("")
        assertTextOnly("TARGET CAPAIAN")                        // the repeated header row
        assertQuantity("7", 7, words: nil, unit: nil)           // the column-number row
        assertQuantity("1 (satu) Dokumen", 1, words: "satu", unit: "Dokumen")
        assertQuantity("1 (satu) Kegiatan", 1, words: "satu", unit: "Kegiatan")
        assertQuantity("1 (satu) Laporan", 1, words: "satu", unit: "Laporan")
        assertQuantity("1 (satu) dokumen", 1, words: "satu", unit: "dokumen")
        assertQuantity("2 (dua) Dokumen", 2, words: "dua", unit: "Dokumen")
        assertQuantity("4 (empat) Bulan", 4, words: "empat", unit: "Bulan")
        assertQuantity("4 (empat) Dokumen", 4, words: "empat", unit: "Dokumen")
    }

    func testEveryValueInTheSoppengDecree() {
        assertQuantity("6", 6, words: nil, unit: nil)           // the column-number row
        for text in [
            "PENCAPAIAN",                                       // the repeated header row
            "Meningkatkan ketaatan terhadap pengelolaan SDM aparatur menuju WBK dan WBBM",
            "Meningkatkan kinerja pegawai untuk mendukung pembangunan zona integritas",
            "Meningkatkan profesionalisme SDM aparatur pada zona integritas",
            "Meningkatkan profesionalisme dan prestasi kerja pegawai dalam mewujudkan pembangunan zona integritas",
            "Meningkatnya akuntabilitas instansi pemerintah di KPU Kabupaten Soppeng dalam mendukung pembangunan zona integritas",
            "Meningkatnya efisiensi dan efektifitas pemerintahan menuju WBK dan WBBM",
            "Meningkatnya kinerja pegawai menuju Pembangunan zona integritas",
            "Meningkatnya kinerja pegawai pada zona integritas menuju WBK dan WBBM",
            "Meningkatnya komitmen seluruh pegawai dalam mewujudkan pembangunan zona integritas",
            "Meningkatnya pelayanan kerja melalui teknologi dan efektifitas SDM dalam memberikan pelayanan publik menuju WBK dan WBBM",
            "Menjalankan fungsi pelayanan masyarakat menuju WBK dan WBBM",
            "Mewujudkan pembangunan zona integritas",
            "Peningkatan akuntabilitas kinerja pemerintahan",
            "Peningkatan akuntabilitas pengelolaan SDM menuju pembangunan zona integritas",
            "Peningkatan pelayanan dalam mewujudkan pembangunan zona integritas",
            "Peningkatan pelayanan pengaduan masyarakat dalam mewujudkan pembangunan zona integritas",
            "Peningkatan pelayanan publik dalam menunjang pembangunan zona integritas",
            "Peningkatan pelayanan publik demi tercapainya pembangunan zona integritas",
            "Peningkatan peran dan fungsi pegawai pada masing-masing zona integritas",
            "Terbitnya surat keputusan program dan rencana aksi",
            "Terbitnya surat keputusan tim Kerja",
            "Terbitnya surat keputusan tim pengendalian unit gratifikasi",
            "Terciptanya SDM yang siap pakai dan handal dibidangnya dalam mewujudkan Pembangunan zona integritas",
            "Terlaksananya pengendalian gratifikasi dilingkup internal maupun eksternal",
            "Terlaksananya survei layanan informasi publik dalam mendukung pembangunan zona integritas",
            "Terpantauya indeks kepuasan masyarakat menuju WBK dan WBBM",
            "Terwujudnya pelayanan prima menuju WBK dan WBBM",
            "Terwujudnya pelayanan yang efisien dan efektif menuju WBK dan WBBM",
            "pembangunan zona integritas",                      // the rest of a cell split by a page break
            "Terbitnya surat keputusan tim Kerja pembangunan zona integritas", // the cell joined again
        ] {
            assertTextOnly(text)
        }
    }
}
