import Foundation
import XCTest
@testable import ZISite

final class MonevCheckTests: XCTestCase {
    static let plan: Plan = {
        var diagnostics = DiagnosticList()
        let table = """
            NO\tKOMPONEN\tINDIKATOR\tLANGKAH AKSI\tBUKTI FISIK\tTARGET WAKTU\tTARGET CAPAIAN
            I\tPembangunan unit kerja
            1\tTim kerja\tTim terbentuk\tMembentuk tim\tSK\tOktober 2025\t1 (satu) Dokumen
            \t\t\tRapat tim\tNotulen\tNovember 2025\t4 (empat) Kegiatan
            II\tGratifikasi
            1\tSosialisasi\tPegawai paham\tSosialisasi\tFoto\tDesember 2025\t1 (satu) Kegiatan
            """
        return PlanTableReader.read(text: table, file: "rencana-aksi.tsv", planYear: 2025, diagnostics: &diagnostics)
    }()

    private let evidence = ["AREA I/SK Tim.pdf": EvidenceFile(path: "AREA I/SK Tim.pdf", source: URL(fileURLWithPath: "/x"), size: 10)]

    private func check(_ entries: [ProgressEntry], asOf: CalendarDate = CalendarDate(year: 2025, month: 12, day: 31)!) -> (MonevPeriod, [Diagnostic]) {
        var diagnostics = DiagnosticList()
        let period = MonevPeriod(name: "Triwulan IV 2025", asOf: asOf, file: "monev/tw4.csv", entries: entries)
        let checked = MonevCheck(plan: Self.plan, planYear: 2025, evidence: evidence).check(period, diagnostics: &diagnostics)
        return (checked, diagnostics.items)
    }

    func testThePlanHasTheCodesTheseTestsUse() {
        XCTAssertEqual(Self.plan.actions.map(\.code), ["I.1.a", "I.1.b", "II.1.a"])
    }

    func testAWellFilledSheetHasNoDiagnostics() {
        let (period, problems) = check([
            ProgressEntry(code: "i.1.A", status: .done, dateDone: CalendarDate(year: 2025, month: 10, day: 15),
                          evidence: [.file("AREA I/SK Tim.pdf")], line: 5),
            ProgressEntry(code: "I.1.b", status: .inProgress, line: 6),
            ProgressEntry(code: "II.1.a", status: .notCarriedOut, note: "anggaran dialihkan", line: 7),
        ])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(period.entries.map(\.code), ["I.1.a", "I.1.b", "II.1.a"])
    }

    func testUnknownAndRepeatedCodesAreErrorsAndLeftOut() {
        let (period, problems) = check([
            ProgressEntry(code: "I.1.c", status: .inProgress, line: 5),
            ProgressEntry(code: "I.1.b", status: .inProgress, line: 6),
            ProgressEntry(code: "I.1.B", status: .done, line: 9),
        ])
        XCTAssertEqual(period.entries.map(\.line), [6])
        XCTAssertEqual(problems.map(\.severity), [.error, .error])
        XCTAssertEqual(problems.map(\.location.line), [5, 9])
        XCTAssertTrue(problems[0].message.contains("mungkin maksudnya 'I.1."), problems[0].message)
        XCTAssertTrue(problems[1].message.contains("baris 6"), problems[1].message)
    }

    func testWhatAReportedStepMustCarry() {
        let (_, problems) = check([
            ProgressEntry(code: "I.1.a", status: .done, line: 5),
            ProgressEntry(code: "II.1.a", status: .notCarriedOut, line: 7),
        ])
        XCTAssertEqual(problems.map(\.severity), [.warning, .warning, .error])
        XCTAssertTrue(problems[0].message.contains("belum ada BUKTI"))
        XCTAssertTrue(problems[1].message.contains("TANGGAL SELESAI kosong"))
        XCTAssertTrue(problems[2].message.contains("tanpa alasan"))
    }

    func testMissingEvidenceFilesAndDatesOutsideTheYear() {
        let (_, problems) = check([
            ProgressEntry(code: "I.1.a", status: .done, dateDone: CalendarDate(year: 2026, month: 1, day: 5),
                          evidence: [.file("AREA I/SK Tim.pfd"), .link("https://drive.example.org/x")], line: 5),
        ])
        XCTAssertEqual(problems.map(\.severity), [.warning, .warning, .error])
        XCTAssertTrue(problems[0].message.contains("di luar tahun rencana 2025"))
        XCTAssertTrue(problems[1].message.contains("sesudah tanggal data"))
        XCTAssertTrue(problems[2].message.contains("mungkin maksudnya 'AREA I/SK Tim.pdf'"), problems[2].message)
        XCTAssertTrue(problems.allSatisfy { $0.location == SourceLocation(file: "monev/tw4.csv", line: 5) })
    }

    func testACellThatCouldNotBeReadIsReportedOnceNotAgainAsEmpty() {
        var diagnostics = DiagnosticList()
        let sheet = "PERIODE;Triwulan IV 2025\nDATA PER;31/12/2025\nKODE;STATUS;TANGGAL SELESAI;BUKTI\nI.1.a;selesai;31/02/2025;../situs.yml\n"
        let period = MonevSheetReader.read(text: sheet, file: "monev/tw4.csv", diagnostics: &diagnostics)!
        _ = MonevCheck(plan: Self.plan, planYear: 2025, evidence: evidence).check(period, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error, .error], diagnostics.items.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(diagnostics.items[0].message.contains("bukan tanggal yang ada"))
        XCTAssertTrue(diagnostics.items[1].message.contains("ditolak"))
    }

    func testPastTheSuggestionBudgetEveryRowIsStillReportedWithoutASuggestion() {
        let period = MonevPeriod(name: "Triwulan IV 2025", asOf: CalendarDate(year: 2025, month: 12, day: 31)!, file: "monev/tw4.csv",
                                 entries: [ProgressEntry(code: "I.1.c", status: .inProgress, line: 5),
                                           ProgressEntry(code: "I.1.b", status: .done, dateDone: CalendarDate(year: 2025, month: 11, day: 1),
                                                         evidence: [.file("AREA I/SK Tim.pfd")], line: 6)])
        var diagnostics = DiagnosticList()
        _ = MonevCheck(plan: Self.plan, planYear: 2025, evidence: evidence, suggestionBudget: 0).check(period, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.items.map(\.location.line), [5, 6])
        XCTAssertEqual(diagnostics.items.map(\.message), [
            "kode 'I.1.c' tidak ada di rencana aksi. Kode setiap langkah ada di kolom Kode halaman Lampiran",
            "berkas bukti 'AREA I/SK Tim.pfd' tidak ada di folder bukti. Periksa nama berkas dan foldernya",
        ])
    }

    func testEverySheetHasABudgetOfItsOwn() {
        let check = MonevCheck(plan: Self.plan, planYear: 2025, evidence: evidence, suggestionBudget: 200)
        let asOf = CalendarDate(year: 2025, month: 12, day: 31)!
        let many = MonevPeriod(name: "Triwulan III 2025", asOf: asOf, file: "monev/tw3.csv",
                               entries: (1...30).map { ProgressEntry(code: "I.1.\($0)", status: .inProgress, line: 4 + $0) })
        let one = MonevPeriod(name: "Triwulan IV 2025", asOf: asOf, file: "monev/tw4.csv",
                              entries: [ProgressEntry(code: "I.1.c", status: .inProgress, line: 5)])
        var diagnostics = DiagnosticList()
        _ = check.check(many, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.errorCount, 30)
        XCTAssertTrue(diagnostics.items[0].message.contains("mungkin maksudnya"), diagnostics.items[0].message)
        XCTAssertFalse(diagnostics.items[29].message.contains("mungkin maksudnya"), "the budget of the first sheet is spent")
        diagnostics = DiagnosticList()
        _ = check.check(one, diagnostics: &diagnostics)
        XCTAssertTrue(diagnostics.items[0].message.contains("mungkin maksudnya 'I.1.a'"), diagnostics.items[0].message)
    }
}
