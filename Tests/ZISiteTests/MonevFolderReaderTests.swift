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

    func testEvidenceABrowserWouldRunIsRefusedByNameOrByItsFirstBytes() throws {
        let shown: [(String, Data)] = [
            ("AREA I/SK Tim.pdf", Data("%PDF-1.7\n<</Type/Catalog>>".utf8)),
            ("foto.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x3C])),
            ("catatan.txt", Data("Rapat dimulai pukul 09.00 <b>tepat</b>".utf8)),
        ]
        let run: [(String, Data, String)] = [
            ("AREA I/notulen.html", Data("<html><script>alert(document.domain)</script></html>".utf8), "berakhiran .html"),
            ("AREA I/PETA.SVG", Data("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf8), "berakhiran .svg"),
            ("data.xml", Data("<a/>".utf8), "berakhiran .xml"),
            ("skrip.js", Data("alert(1)".utf8), "berakhiran .js"),
            ("unggah.php", Data("%PDF-".utf8), "berakhiran .php"),
            ("AREA I/laporan.pdf", Data("\u{FEFF} \r\n\t<!DOCTYPE html><script>alert(1)</script>".utf8), "berisi HTML, SVG atau XML"),
            ("foto.jpg", Data("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf8), "berisi HTML, SVG atau XML"),
            ("daftar.png", Data("<?xml version=\"1.0\"?><x/>".utf8), "berisi HTML, SVG atau XML"),
            ("utf16.pdf", Data([0xFF, 0xFE, 0x20, 0x00, 0x3C, 0x00, 0x68, 0x00]), "berisi HTML, SVG atau XML"),
            ("utf16be.pdf", Data([0xFE, 0xFF, 0x00, 0x3C, 0x00, 0x68]), "berisi HTML, SVG atau XML"),
            ("tanpa-akhiran", Data("<script>alert(1)</script>".utf8), "berisi HTML, SVG atau XML"),
        ]
        let all = shown.map { ($0.0, $0.1) } + run.map { ($0.0, $0.1) }
        try write("monev/a.csv", sheet("Triwulan IV 2025", "31/12/2025", "I.1.a;dalam proses;;\"\(all.map(\.0).joined(separator: "\n"))\"\n"))
        for (name, data) in all { try write("bukti/\(name)", data) }
        try write("bukti/lain.html", Data("<html></html>".utf8))
        let (_, evidence, problems) = read()
        XCTAssertEqual(evidence.map(\.path), shown.map(\.0).sorted())
        let errors = problems.filter { $0.severity == .error }
        XCTAssertEqual(errors.map { String($0.location.file.split(separator: "/bukti/").last ?? "") }, run.map(\.0).sorted())
        for (name, _, reason) in run {
            let message = try XCTUnwrap(errors.first { $0.location.file.hasSuffix("/bukti/" + name) }?.message, name)
            XCTAssertTrue(message.hasPrefix("berkas bukti ini " + reason), message)
            XCTAssertTrue(message.contains("simpan sebagai PDF, PNG atau JPEG"), message)
        }
        // A file no sheet names is not published, so it is only the usual warning.
        XCTAssertEqual(problems.filter { $0.location.file.hasSuffix("lain.html") }.map(\.severity), [.warning])
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

    func testADamagedWorkbookOrAnOldFormatIsAnErrorNotSkippedAndALockFileIsIgnored() throws {
        try write("monev/triwulan-iv-2025.xlsx", Data("PK\u{3}\u{4}".utf8))
        try write("monev/~$triwulan-iv-2025.xlsx", Data("lock".utf8))
        try write("monev/triwulan-iii-2025.ods", Data("PK\u{3}\u{4}".utf8))
        let (periods, _, problems) = read()
        XCTAssertEqual(periods, [])
        XCTAssertEqual(problems.map(\.severity), [.error, .error])
        XCTAssertTrue(problems[0].location.file.hasSuffix("monev/triwulan-iii-2025.ods"))
        XCTAssertTrue(problems[0].message.contains("simpan ulang sebagai buku kerja Excel (.xlsx) atau CSV"), problems[0].message)
        XCTAssertTrue(problems[1].location.file.hasSuffix("monev/triwulan-iv-2025.xlsx"))
        XCTAssertTrue(problems[1].message.hasPrefix("berkas ini bukan berkas Excel yang utuh"), problems[1].message)
    }
}
