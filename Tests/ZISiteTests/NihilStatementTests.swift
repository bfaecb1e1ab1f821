import XCTest
@testable import ZISite

/// A register with a NIHIL row is nihil only when the row says ya and the
/// table is empty; without the row, an empty table is nihil as it always was.
final class NihilStatementTests: XCTestCase {
    private func gratification(_ keys: String, rows: String = "") -> (IntegrityReportRegister?, [String]) {
        var diagnostics = DiagnosticList()
        let text = "PERIODE;Tahun 2025\nSUMBER;Register UPG\n\(keys)\nNO;TANGGAL LAPOR;JENIS;TINDAK LANJUT\n\(rows)"
        let register = IntegrityReportRegisterReader.read(.gratification, text: text, file: "g.csv", diagnostics: &diagnostics)
        return (register, diagnostics.items.map(\.formatted))
    }

    private func complaints(_ keys: String, rows: String = "") -> (ComplaintRegister?, [String]) {
        var diagnostics = DiagnosticList()
        let text = "PERIODE;Tahun 2025\nSUMBER;Register pengaduan\n\(keys)\nNO;TANGGAL DITERIMA;SALURAN;STATUS;TANGGAL SELESAI\n\(rows)"
        let register = ComplaintRegisterReader.read(text: text, file: "d.csv", diagnostics: &diagnostics)
        return (register, diagnostics.items.map(\.formatted))
    }

    private let report = "1;10/02/2025;Penolakan;Dilaporkan ke KPK\n"
    private let complaint = "1;06/01/2025;Surel;selesai;13/01/2025\n"

    func testWithoutANihilRowAnEmptyRegisterIsNihilAsBefore() {
        XCTAssertEqual(gratification("").0?.reports.count, 0)
        XCTAssertEqual(gratification("").1, [])
        XCTAssertEqual(complaints("").0?.complaints.count, 0)
        XCTAssertEqual(complaints("").1, [])
    }

    func testNihilYaWithNoRowsIsNihilAndWithRowsIsAContradiction() {
        XCTAssertEqual(gratification("NIHIL;Ya").0?.reports.count, 0)
        XCTAssertEqual(gratification("NIHIL;Ya").1, [])
        let (register, messages) = gratification("NIHIL;ya", rows: report)
        XCTAssertNil(register)
        XCTAssertEqual(messages, ["g.csv:3:2: error: baris 3, kolom B: NIHIL;ya tetapi register ini berisi 1 laporan; tulis NIHIL;tidak, atau hapus baris laporan bila periode ini memang nihil"])
        XCTAssertEqual(complaints("NIHIL;ya", rows: complaint).1,
                       ["d.csv:3:2: error: baris 3, kolom B: NIHIL;ya tetapi register ini berisi 1 pengaduan; tulis NIHIL;tidak, atau hapus baris pengaduan bila periode ini memang nihil"])
    }

    func testARowThatDoesNotSayYaNeedsRows() {
        for value in ["tidak", "(belum diisi)", ""] {
            let (register, messages) = complaints("NIHIL;\(value)")
            XCTAssertNil(register, value)
            XCTAssertEqual(messages.count, 1, value)
            XCTAssertTrue(messages.first?.hasPrefix("d.csv:3:") ?? false, value)
            XCTAssertTrue(messages.first?.hasSuffix("error: baris 3, kolom B: register ini belum berisi pengaduan dan baris NIHIL tidak menyatakan nihil; tambahkan satu baris untuk setiap pengaduan di bawah judul kolom, atau tulis NIHIL;ya bila dalam periode ini memang tidak ada pengaduan") ?? false, "\(messages)")
            XCTAssertEqual(complaints("NIHIL;\(value)", rows: complaint).0?.complaints.count, 1, "rows are the statement: \(value)")
            XCTAssertEqual(complaints("NIHIL;\(value)", rows: complaint).1, [])
        }
    }

    func testAnyOtherAnswerIsNamed() {
        let (register, messages) = gratification("NIHIL;nihil", rows: report)
        XCTAssertNil(register)
        XCTAssertEqual(messages, ["g.csv:3:2: error: baris 3, kolom B: NIHIL 'nihil' tidak dikenal; tulis ya bila dalam periode ini tidak ada laporan, atau tidak bila ada (dan isi barisnya)"])
    }

    func testGuidanceRowsAreSkippedHoweverManyAndAPlaceholderKeyIsRefused() {
        XCTAssertEqual(gratification("PETUNJUK;isi tabel\nPETUNJUK;lagi\nNIHIL;ya").1, [])
        var diagnostics = DiagnosticList()
        let text = "PERIODE;(belum diisi)\nSUMBER;Register UPG\nNO;TANGGAL LAPOR;TINDAK LANJUT\n"
        XCTAssertNil(IntegrityReportRegisterReader.read(.whistleblowing, text: text, file: "w.csv", diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.items.map(\.formatted),
                       ["w.csv:1:2: error: baris 1, kolom B: baris PERIODE masih (belum diisi); ganti dengan isiannya, misalnya PERIODE;Tahun 2025"])
    }
}
