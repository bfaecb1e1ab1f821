import Foundation
import XCTest
@testable import ZISite

final class NewMonevSheetTests: XCTestCase {
    private var scratch: TemporaryFolder!
    private var content: String { scratch.path("Content").path }

    override func setUpWithError() throws {
        scratch = try TemporaryFolder()
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Content")
        try FileManager.default.copyItem(at: example, to: URL(fileURLWithPath: content))
    }

    private func read(_ path: String) throws -> MonevPeriod {
        var diagnostics = DiagnosticList()
        let text = try XCTUnwrap(ContentReader.readText(path, diagnostics: &diagnostics))
        let period = try XCTUnwrap(MonevSheetReader.read(text: text, file: path, diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.items, [])
        return period
    }

    func testTheNewSheetListsEveryStepAndCarriesOverTheLatestEarlierPeriod() throws {
        let result = NewMonevSheet.create(content: content, period: "Triwulan I  2026", asOf: "31/03/2026")
        let path = try XCTUnwrap(result.path, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        XCTAssertTrue(path.hasSuffix("monev/triwulan-i-2026.csv"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertTrue(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "UTF-8 with a byte-order mark, for Excel")
        let sheet = try read(path)
        XCTAssertEqual(sheet.name, "Triwulan I 2026")
        XCTAssertEqual(sheet.asOf, CalendarDate(year: 2026, month: 3, day: 31))
        let previous = try read(content + "/monev/triwulan-iv-2025.csv")
        XCTAssertEqual(sheet.entries.map(\.code), previous.entries.map(\.code))
        for (new, old) in zip(sheet.entries, previous.entries) {
            XCTAssertEqual(new.status, old.status, new.code)
            XCTAssertEqual(new.realisation?.text, old.realisation?.text, new.code)
            XCTAssertEqual(new.dateDone, old.dateDone, new.code)
            XCTAssertEqual(new.evidence, old.evidence, new.code)
            XCTAssertEqual(new.note, old.note, new.code)
        }
    }

    /// The plan's copies in the sheet are never read back, so a step that
    /// reads like a formula is neutralised there; the period still reads.
    func testAStepThatReadsLikeAFormulaDoesNotRunInExcel() throws {
        let plan = URL(fileURLWithPath: content + "/rencana-aksi.tsv")
        let text = try String(contentsOf: plan, encoding: .utf8)
        let step = "Rapat evaluasi pembangunan ZI tiap triwulan"
        XCTAssertTrue(text.contains(step), "test setup")
        try text.replacingOccurrences(of: step, with: "=HYPERLINK(\"https://evil.example/\";\"Klik\")").write(to: plan, atomically: true, encoding: .utf8)
        let result = NewMonevSheet.create(content: content, period: "Triwulan I 2026", asOf: "31/03/2026")
        let path = try XCTUnwrap(result.path, result.diagnostics.map(\.formatted).joined(separator: "\n"))
        let sheet = try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8)
        XCTAssertTrue(sheet.contains(";\"'=HYPERLINK(\"\"https://evil.example/\"\";\"\"Klik\"\")\";"), sheet)
        XCTAssertEqual(try read(path).name, "Triwulan I 2026")
    }

    func testAPeriodBeforeAllOthersStartsEmpty() throws {
        let result = NewMonevSheet.create(content: content, period: "Triwulan II 2025", asOf: "2025-06-30")
        let sheet = try read(try XCTUnwrap(result.path))
        XCTAssertEqual(sheet.entries.count, 32)
        XCTAssertTrue(sheet.entries.allSatisfy { $0.status == nil && $0.evidence.isEmpty && $0.note.isEmpty })
    }

    func testAnExistingSheetIsNeverOverwritten() throws {
        let path = content + "/monev/triwulan-iv-2025.csv"
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let samePeriod = NewMonevSheet.create(content: content, period: "triwulan iv 2025", asOf: "2025-12-30")
        XCTAssertNil(samePeriod.path)
        XCTAssertTrue(samePeriod.diagnostics.contains { $0.severity == .error && $0.message.contains("tidak ditimpa") })
        try Data("PERIODE;X\n".utf8).write(to: URL(fileURLWithPath: content + "/monev/triwulan-i-2026.txt"))
        try Data("milik pengguna".utf8).write(to: URL(fileURLWithPath: content + "/monev/triwulan-i-2026.csv"))
        let taken = NewMonevSheet.create(content: content, period: "Triwulan I 2026", asOf: "2026-03-31")
        XCTAssertNil(taken.path)
        XCTAssertEqual(try String(contentsOfFile: content + "/monev/triwulan-i-2026.csv", encoding: .utf8), "milik pengguna")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    func testTheDefaultDateIsTodayInJakarta() throws {
        let evening = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-03-31T18:00:00Z"))
        let result = NewMonevSheet.create(content: content, period: "Triwulan I 2026", asOf: nil, today: evening)
        XCTAssertEqual(try read(try XCTUnwrap(result.path)).asOf, CalendarDate(year: 2026, month: 4, day: 1))
    }

    func testABadDateOrEmptyPeriodWritesNothing() throws {
        let badDate = NewMonevSheet.create(content: content, period: "Triwulan I 2026", asOf: "31/02/2026")
        XCTAssertNil(badDate.path)
        XCTAssertTrue(badDate.diagnostics.first?.message.contains("bukan tanggal") == true)
        XCTAssertNil(NewMonevSheet.create(content: content, period: "  ", asOf: "2026-03-31").path)
        XCTAssertFalse(FileManager.default.fileExists(atPath: content + "/monev/triwulan-i-2026.csv"))
    }
}
