import XCTest
@testable import ZISite

final class ComplaintRegisterReaderTests: XCTestCase {
    private func read(_ text: String) -> (ComplaintRegister?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let register = ComplaintRegisterReader.read(text: text, file: "dumas.csv", diagnostics: &diagnostics)
        return (register, diagnostics)
    }

    private static let top = "PERIODE;Tahun 2025\nSUMBER;Register pengaduan\n"
    private static let header = "NO;TANGGAL DITERIMA;SALURAN;STATUS;TANGGAL SELESAI;URAIAN\n"

    func testEveryComplaintIsReadWithItsStateAndDates() throws {
        let (register, diagnostics) = read(Self.top + "CATATAN;Angka rekaan\n" + Self.header
            + "1;06/01/2025;Surel;selesai;13/01/2025;Salah ketik nama di DPT\n2;20 Februari 2025;Datang langsung;sedang diproses;;x\n3;2025-03-31;Telepon;Diterima;;x\n")
        XCTAssertTrue(diagnostics.items.isEmpty, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        let r = try XCTUnwrap(register)
        XCTAssertEqual(r.period, "Tahun 2025")
        XCTAssertEqual(r.note, "Angka rekaan")
        XCTAssertEqual(r.complaints.map(\.state), [.resolved, .inProcess, .received])
        XCTAssertEqual(r.complaints[0].resolved, CalendarDate(year: 2025, month: 1, day: 13))
        XCTAssertEqual(r.complaints[1].received, CalendarDate(year: 2025, month: 2, day: 20))
        XCTAssertEqual(r.complaints.map(\.line), [5, 6, 7])
    }

    func testAColumnThatNamesAPersonIsWarnedAboutAndNeverRead() throws {
        let (register, diagnostics) = read(Self.top + "NO;NAMA PELAPOR;TANGGAL DITERIMA;SALURAN;STATUS;TANGGAL SELESAI\n1;Budi;06/01/2025;Surel;diproses;\n")
        XCTAssertEqual(register?.complaints.count, 1)
        let warning = try XCTUnwrap(diagnostics.items.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertTrue(warning.message.contains("'NAMA PELAPOR' berisi data pribadi"))
        XCTAssertEqual(warning.location.line, 3)
        XCTAssertEqual(warning.location.cell, "baris 3, kolom NAMA PELAPOR (B)")
    }

    func testBadRowsAreErrorsAtTheirCell() {
        let cases: [(String, String, Int, String)] = [
            ("1;31/02/2025;Surel;diterima;\n", "TANGGAL DITERIMA '31/02/2025' bukan tanggal yang ada", 4, "baris 4, kolom TANGGAL DITERIMA (B)"),
            ("1;06/01/2025;;diterima;\n", "SALURAN kosong", 4, "baris 4, kolom SALURAN (C)"),
            ("1;06/01/2025;Surel;seleai;\n", "STATUS 'seleai' tidak dikenal; tulis salah satu: diterima, diproses, selesai (mungkin maksudnya 'selesai'?)", 4, "baris 4, kolom STATUS (D)"),
            ("1;06/01/2025;Surel;selesai;\n", "berstatus selesai tetapi TANGGAL SELESAI kosong", 4, "baris 4, kolom TANGGAL SELESAI (E)"),
            ("1;06/01/2025;Surel;selesai;05/01/2025\n", "TANGGAL SELESAI 5 Januari 2025 sebelum TANGGAL DITERIMA 6 Januari 2025", 4, "baris 4, kolom TANGGAL SELESAI (E)"),
        ]
        for (row, words, line, cell) in cases {
            let (register, diagnostics) = read(Self.top + "NO;TANGGAL DITERIMA;SALURAN;STATUS;TANGGAL SELESAI\n" + row)
            XCTAssertNil(register, words)
            let error = diagnostics.items.first { $0.severity == .error }
            XCTAssertTrue(error?.message.contains(words) ?? false, "\(words): \(diagnostics.items.map(\.formatted))")
            XCTAssertEqual(error?.location.line, line, words)
            XCTAssertEqual(error?.location.cell, cell, words)
        }
        let (_, missing) = read(Self.top + "NO;TANGGAL DITERIMA;STATUS\n")
        XCTAssertTrue(missing.items.first?.message.hasPrefix("kolom SALURAN, TANGGAL SELESAI tidak ada") ?? false, "\(missing.items.map(\.formatted))")
    }
}
