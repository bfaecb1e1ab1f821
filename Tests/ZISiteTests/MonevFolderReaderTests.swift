import Foundation
import XCTest
@testable import ZISite

final class MonevFolderReaderTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    private func write(_ name: String, _ data: Data) throws {
        try folder.write(name, data)
    }

    private func sheet(_ period: String, _ asOf: String, _ rows: String) -> Data {
        Data("PERIODE;\(period)\nDATA PER;\(asOf)\nKODE;STATUS;TANGGAL SELESAI;BUKTI\n\(rows)".utf8)
    }

    private func read(sizeLimit: Int = Settings.defaultEvidenceSizeLimit) -> ([MonevPeriod], [EvidenceFile], [Diagnostic]) {
        var diagnostics = DiagnosticList()
        let settings = Settings(unit: WorkUnit(name: "KPU", level: .kota, province: nil), planYear: 2025,
                                decree: Decree(number: "1", year: 2025, subject: "", place: "", date: CalendarDate(year: 2025, month: 1, day: 1)!,
                                               signatory: "", position: ""),
                                contacts: [], dataDate: CalendarDate(year: 2025, month: 12, day: 31)!, siteURL: nil, evidenceSizeLimit: sizeLimit)
        let result = MonevFolderReader.read(folder: folder.url.path, plan: MonevCheckTests.plan, settings: settings, diagnostics: &diagnostics)
        return (result.periods, result.evidence, diagnostics.items)
    }

    func testPeriodsAreOrderedByDateAndOnlyNamedEvidenceIsKept() throws {
        try write("monev/b.csv", sheet("Triwulan IV 2025", "31/12/2025", "I.1.a;selesai;15/10/2025;SK.pdf\n"))
        try write("monev/a.csv", sheet("Triwulan III 2025", "30/09/2025", "I.1.a;dalam proses;;\n"))
        try write("monev/catatan.docx", Data("bukan lembar".utf8))
        try write("bukti/SK.pdf", Data("sk".utf8))
        try write("bukti/lain.pdf", Data("lain".utf8))
        let (periods, evidence, problems) = read()
        XCTAssertEqual(periods.map(\.name), ["Triwulan III 2025", "Triwulan IV 2025"])
        XCTAssertEqual(evidence.map(\.path), ["SK.pdf"])
        XCTAssertEqual(problems.map(\.severity), [.warning])
        XCTAssertTrue(problems[0].location.file.hasSuffix("bukti/lain.pdf"))
        XCTAssertTrue(problems[0].message.contains("tidak diterbitkan"))
    }

    func testTwoSheetsForOnePeriodIsAnError() throws {
        try write("monev/a.csv", sheet("Triwulan IV 2025", "31/12/2025", ""))
        try write("monev/b.csv", sheet("Triwulan IV 2025 (revisi)", "31/12/2025", ""))
        let (periods, _, problems) = read()
        XCTAssertEqual(periods.count, 1)
        XCTAssertEqual(problems.map(\.severity), [.error])
        XCTAssertTrue(problems[0].location.file.hasSuffix("monev/b.csv"))
    }

    func testLargeEvidenceIsAWarningNamingTheLimit() throws {
        try write("monev/a.csv", sheet("Triwulan IV 2025", "31/12/2025", "I.1.a;selesai;15/10/2025;video.mp4\n"))
        try write("bukti/video.mp4", Data(count: 1_200_000))
        let (_, evidence, problems) = read(sizeLimit: 1024 * 1024)
        XCTAssertEqual(evidence.count, 1, "a large file is still published")
        XCTAssertEqual(problems.map(\.severity), [.warning])
        XCTAssertTrue(problems[0].message.contains("1,1 MB, lebih dari batas 1 MB"), problems[0].message)
    }

    func testPeriodNamesThatWouldShareAPageAreErrors() throws {
        try write("monev/a.csv", sheet("Triwulan IV 2025", "31/12/2025", ""))
        try write("monev/b.csv", sheet("Triwulan IV - 2025", "30/12/2025", ""))
        try write("monev/c.csv", sheet("Index", "30/09/2025", ""))
        let (periods, _, problems) = read()
        XCTAssertEqual(periods.map(\.name), ["Triwulan IV 2025"])
        XCTAssertEqual(problems.map(\.severity), [.error, .error])
        XCTAssertTrue(problems[0].location.file.hasSuffix("monev/b.csv"))
        XCTAssertTrue(problems[0].message.contains("monev/triwulan-iv-2025.html"), problems[0].message)
        XCTAssertTrue(problems[1].location.file.hasSuffix("monev/c.csv"))
        XCTAssertTrue(problems[1].message.contains("ubah nama periodenya"), problems[1].message)
    }

    func testASheetSavedAsAWorkbookIsAnErrorNotSkipped() throws {
        try write("monev/triwulan-iv-2025.xlsx", Data("PK\u{3}\u{4}".utf8))
        try write("monev/~$triwulan-iv-2025.xlsx", Data("lock".utf8))
        let (periods, _, problems) = read()
        XCTAssertEqual(periods, [])
        XCTAssertEqual(problems.map(\.severity), [.error])
        XCTAssertTrue(problems[0].location.file.hasSuffix("monev/triwulan-iv-2025.xlsx"))
        XCTAssertTrue(problems[0].message.contains("simpan ulang sebagai CSV"), problems[0].message)
    }
}
