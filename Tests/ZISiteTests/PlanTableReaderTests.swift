import Foundation
import XCTest
@testable import ZISite

final class PlanTableReaderTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func read(_ text: String, planYear: Int = 2025) -> (Plan, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let plan = PlanTableReader.read(text: text, file: "rencana-aksi.tsv", planYear: planYear, diagnostics: &diagnostics)
        return (plan, diagnostics)
    }

    private func readFile(_ path: String) throws -> (Plan, DiagnosticList) {
        read(try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8))
    }

    private func codes(_ section: Section) -> [String] { section.actions.map(\.code) }

    private static let header = "NO\tKOMPONEN\tINDIKATOR\tLANGKAH AKSI\tBUKTI FISIK\tTARGET WAKTU\tTARGET CAPAIAN\n"

    // MARK: - The Kendari decree (7 columns)

    func testKendariPlanHasItsSectionsAndSteps() throws {
        let (plan, diagnostics) = try readFile("Content/rencana-aksi.tsv")
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(plan.sections.map(\.numeral), ["I", "II", "III", "IV", "V", "VI", "VII"])
        XCTAssertEqual(plan.sections.map { $0.actions.count }, [5, 5, 3, 5, 6, 7, 1])
        XCTAssertEqual(plan.sections[1].title.plain, "Pelaksanaan, Pengendalian Gratifikasi")
        XCTAssertEqual(plan.sections[6].title.plain, "Inovasi Pelayanan")
        XCTAssertEqual(plan.columns.count, 7)
    }

    func testKendariCodesAreSectionComponentAndStepLetter() throws {
        let (plan, _) = try readFile("Content/rencana-aksi.tsv")
        XCTAssertEqual(codes(plan.sections[0]), ["I.1.a", "I.2.a", "I.3.a", "I.4.a", "I.4.b"])
        XCTAssertEqual(codes(plan.sections[2]), ["III.1.a", "III.1.b", "III.1.c"])
        XCTAssertEqual(Set(plan.actions.map(\.code)).count, 32, "codes are unique")
    }

    func testKendariContinuationRowsStayInTheirComponent() throws {
        let (plan, _) = try readFile("Content/rencana-aksi.tsv")
        let component = plan.sections[0].components[3]
        XCTAssertEqual(component.title?.plain, "Perubahan Pola Pikir dan Budaya Kerja")
        XCTAssertEqual(component.indicators.count, 2)
        XCTAssertEqual(component.indicators.flatMap(\.actions).count, 2)
        let campaign = plan.sections[1].components[0]
        XCTAssertEqual(campaign.indicators.count, 1, "an empty INDIKATOR continues the one above")
        XCTAssertEqual(campaign.indicators[0].actions.count, 2)
    }

    func testKendariKeepsItalicMarkup() throws {
        let (plan, _) = try readFile("Content/rencana-aksi.tsv")
        let indicator = try XCTUnwrap(plan.sections[0].components[3].indicators[0].text)
        XCTAssertEqual(indicator.plain, "Para Pimpinan berperan sebagai role model dalam pelaksanaan pembangunan WBM/WBBM")
        XCTAssertTrue(indicator.runs.contains { $0.italic && $0.text.contains("role model") })
    }

    func testKendariTargetsAreRead() throws {
        let (plan, _) = try readFile("Content/rencana-aksi.tsv")
        let first = plan.actions[0]
        XCTAssertEqual(first.targetTime.text, "September 2025")
        XCTAssertEqual(first.targetTime.months, [YearMonth(year: 2025, month: 9)!])
        XCTAssertEqual(first.targetQuantity.amount, 1)
        XCTAssertEqual(first.targetQuantity.unit, "Dokumen")
    }

    // MARK: - The Soppeng decree (6 columns, PROGRAM / RENCANA AKSI / PENCAPAIAN)

    func testSoppengPlanHasItsSectionsAndSteps() throws {
        let (plan, diagnostics) = try readFile("Tests/ZISiteEndToEndTests/Fixtures/soppeng/rencana-aksi.tsv")
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(plan.columns, [.number, .component, .action, .evidence, .targetTime, .targetQuantity])
        XCTAssertEqual(plan.label(.component), "PROGRAM")
        XCTAssertEqual(plan.label(.action), "RENCANA AKSI")
        XCTAssertEqual(plan.label(.targetQuantity), "PENCAPAIAN")
        XCTAssertEqual(plan.sections.map(\.numeral), ["I", "II", "III", "IV", "V", "VI"])
        XCTAssertEqual(plan.sections.map { $0.actions.map { String($0.code.split(separator: ".").last!) }.joined() },
                       ["abcde", "abcdef", "abcdefg", "abc", "abc", "abcd"])
        XCTAssertEqual(plan.sections[0].title.plain, "Manajemen Perubahan")
    }

    func testSoppengCellSplitAcrossAPageBreakIsJoinedWithAWarning() throws {
        let (plan, diagnostics) = try readFile("Tests/ZISiteEndToEndTests/Fixtures/soppeng/rencana-aksi.tsv")
        XCTAssertTrue(plan.sections[0].actions[1].targetQuantity.text.hasSuffix("pembangunan zona integritas"),
                      plan.sections[0].actions[1].targetQuantity.text)
        XCTAssertTrue(diagnostics.items.contains { $0.severity == .warning && $0.location.line == 8 && $0.message.contains("terpotong") })
    }

    func testSoppengMisalignedSectionTitlesKeepStepsInTheirSectionWithWarnings() throws {
        let (plan, diagnostics) = try readFile("Tests/ZISiteEndToEndTests/Fixtures/soppeng/rencana-aksi.tsv")
        XCTAssertEqual(plan.sections[1].actions.last?.code, "II.f")
        XCTAssertEqual(plan.sections[4].actions.last?.code, "V.c")
        let warnings = diagnostics.items.filter { $0.message.contains("judul bagian") }.map(\.location.line)
        XCTAssertEqual(warnings, [23, 45])
    }

    func testEveryStepKeepsItsSourceLine() throws {
        let (plan, _) = try readFile("Content/rencana-aksi.tsv")
        XCTAssertEqual(plan.actions.first?.line, 4)
        XCTAssertTrue(zip(plan.actions, plan.actions.dropFirst()).allSatisfy { $0.line < $1.line }, "steps keep source order")
    }

    // MARK: - Shapes seen in other decrees

    func testRepeatedHeaderAndColumnNumberRowsAreSkipped() {
        let text = Self.header + "1\t2\t3\t4\t5\t6\t7\nI Manajemen Perubahan\n1\tTim\tAda tim\ta. Bentuk tim\tSK\tJanuari\t1 (satu) Dokumen\n"
            + Self.header + "1\t2\t3\t4\t5\t6\t7\n\t\t\tb. Rapat tim\tNotulen\tFebruari\t1 (satu) Dokumen\n"
        let (plan, diagnostics) = read(text)
        XCTAssertFalse(diagnostics.hasErrors)
        XCTAssertEqual(plan.sections.count, 1)
        XCTAssertEqual(plan.actions.map(\.code), ["I.1.a", "I.1.b"])
    }

    func testNumeralOnARowOfItsOwnAndLowerCaseNumerals() {
        let text = Self.header + "II\nPenataan Tatalaksana\n1\tSOP\tAda SOP\tSusun SOP\tSOP\tMaret\t1\niii. Penataan SDM\n1\tPegawai\tData\tMutakhirkan data\tData\tApril\t1\n"
        let (plan, diagnostics) = read(text)
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(plan.sections.map(\.numeral), ["II", "III"])
        XCTAssertEqual(plan.sections.map(\.title.plain), ["Penataan Tatalaksana", "Penataan SDM"])
    }

    func testSectionsWithoutNumeralsAreNumberedInOrder() {
        let text = Self.header + "Manajemen Perubahan\n1\tTim\tAda\tBentuk tim\tSK\tJanuari\t1\nPenguatan Pengawasan\n1\tWBS\tAda\tSosialisasi WBS\tFoto\tMaret\t1\n"
        let (plan, _) = read(text)
        XCTAssertEqual(plan.sections.map(\.numeral), ["I", "II"])
        XCTAssertFalse(plan.sections[0].numeralWritten)
        XCTAssertEqual(plan.actions.map(\.code), ["I.1.a", "II.1.a"])
    }

    func testUnknownColumnIsAnErrorAtItsColumn() {
        let (_, diagnostics) = read("NO\tKOMPONEN\tINDIKATR\tLANGKAH AKSI\n")
        let error = diagnostics.items.first { $0.severity == .error }
        XCTAssertEqual(error?.location.line, 1)
        XCTAssertEqual(error?.location.column, 13)
        XCTAssertTrue(error?.message.contains("INDIKATR") ?? false)
    }

    func testEmptyTableIsAnError() {
        let (_, diagnostics) = read("\n\n")
        XCTAssertTrue(diagnostics.hasErrors)
    }

    func testDuplicateSectionNumeralIsAnError() {
        let text = Self.header + "I Satu\n1\tA\tB\tLangkah satu\tC\tJanuari\t1\nI Dua\n1\tA\tB\tLangkah dua\tC\tJanuari\t1\n"
        let (_, diagnostics) = read(text)
        XCTAssertTrue(diagnostics.items.contains { $0.severity == .error && $0.location.line == 4 }, diagnostics.items.map(\.formatted).joined(separator: "\n"))
    }

    func testCSVWithQuotesEmbeddedNewlinesAndSemicolons() {
        let text = "NO;KOMPONEN;INDIKATOR;LANGKAH AKSI;BUKTI FISIK;TARGET WAKTU;TARGET CAPAIAN\n"
            + "I Manajemen Perubahan;;;;;;\n"
            + "1;Tim;\"Ada tim; lengkap\";\"Bentuk tim\nlalu rapat\";\"SK \"\"Tim\"\"\";Januari 2025;1 (satu) Dokumen\n"
            + "2;Evaluasi;Ada laporan;Susun laporan;Laporan;Juni 2025;1 (satu) Laporan\n"
        let (plan, diagnostics) = read(text)
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(plan.actions.count, 2)
        XCTAssertEqual(plan.actions[0].text.plain, "Bentuk tim lalu rapat")
        XCTAssertEqual(plan.actions[0].evidence.plain, "SK \"Tim\"")
        XCTAssertEqual(plan.sections[0].components[0].indicators[0].text?.plain, "Ada tim; lengkap")
        XCTAssertEqual(plan.actions[1].line, 5, "lines count the embedded newline")
    }

    func testTargetTimeWithoutMonthIsKeptAsTextWithAWarning() {
        let text = Self.header + "I Satu\n1\tA\tB\tLangkah\tC\tSaat tahapan\t1\n"
        let (plan, diagnostics) = read(text)
        XCTAssertEqual(plan.actions[0].targetTime.text, "Saat tahapan")
        XCTAssertEqual(plan.actions[0].targetTime.months, [])
        XCTAssertTrue(diagnostics.items.contains { $0.severity == .warning && $0.location.line == 3 && $0.location.column == 17 })
    }

    func testAmountThatDisagreesWithItsWordsIsAWarning() {
        let text = Self.header + "I Satu\n1\tA\tB\tLangkah\tC\tJanuari\t2 (tiga) Dokumen\n"
        let (plan, diagnostics) = read(text)
        XCTAssertEqual(plan.actions[0].targetQuantity.text, "2 (tiga) Dokumen")
        XCTAssertTrue(diagnostics.items.contains { $0.severity == .warning && $0.message.contains("angka dan huruf") })
    }

    func testStrayBlanksAreFoldedAndMarkupKept() {
        let text = Self.header + "I   <b>Manajemen</b>  Perubahan \n1\t Tim  Kerja \tAda\t<i>Bentuk</i>   tim\tSK\tJanuari\t1\n"
        let (plan, _) = read(text)
        XCTAssertEqual(plan.sections[0].title.plain, "Manajemen Perubahan")
        XCTAssertTrue(plan.sections[0].title.runs.contains { $0.bold && $0.text == "Manajemen" })
        XCTAssertEqual(plan.sections[0].components[0].title?.plain, "Tim Kerja")
        XCTAssertEqual(plan.actions[0].text.plain, "Bentuk tim")
    }
}
