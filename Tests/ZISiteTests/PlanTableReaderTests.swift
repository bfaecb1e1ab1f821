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


    // MARK: - More on the Kendari decree

    private static let kendari = "Content/rencana-aksi.tsv"
    private static let soppeng = "Tests/ZISiteEndToEndTests/Fixtures/soppeng/rencana-aksi.tsv"

    func testKendariIsReadWithoutAnyDiagnostic() throws {
        let (plan, diagnostics) = try readFile(Self.kendari)
        XCTAssertEqual(diagnostics.items.map(\.formatted), [])
        XCTAssertEqual(plan.actions.count, 32)
        XCTAssertEqual(plan.columns, PlanColumn.allCases)
    }

    func testKendariSectionTitlesNumeralsAndLines() throws {
        let (plan, _) = try readFile(Self.kendari)
        XCTAssertEqual(plan.sections.map(\.title.plain), [
            "Pembangunan unit kerja untuk memperoleh predikat menuju WBK/WBBM",
            "Pelaksanaan, Pengendalian Gratifikasi",
            "Pelaksanaan Whistle Blowing System",
            "Pelaksanaan Pemantauan Benturan Kepentingan KPU Kota Kendari",
            "Pembangunan SPIP dilingkungan unit kerja KPU Kota Kendari",
            "Penanganan Pengaduan Masyarakat KPU",
            "Inovasi Pelayanan",
        ])
        // I-IV have no numeral in the table and are numbered by position;
        // V-VII have theirs on a row of its own, above the title row.
        XCTAssertEqual(plan.sections.map(\.numeralWritten), [false, false, false, false, true, true, true])
        XCTAssertEqual(plan.sections.map(\.line), [3, 9, 15, 19, 26, 34, 43])
    }

    func testKendariCodesOfEverySectionAfterTheFirst() throws {
        let (plan, _) = try readFile(Self.kendari)
        XCTAssertEqual(codes(plan.sections[1]), ["II.1.a", "II.1.b", "II.2.a", "II.3.a", "II.4.a"])
        XCTAssertEqual(codes(plan.sections[3]), ["IV.1.a", "IV.2.a", "IV.3.a", "IV.4.a", "IV.5.a"])
        XCTAssertEqual(codes(plan.sections[4]), ["V.1.a", "V.2.a", "V.2.b", "V.3.a", "V.4.a", "V.4.b"])
        XCTAssertEqual(codes(plan.sections[5]), ["VI.1.a", "VI.2.a", "VI.2.b", "VI.2.c", "VI.2.d", "VI.3.a", "VI.4.a"])
        XCTAssertEqual(codes(plan.sections[6]), ["VII.1.a"])
        let step = try XCTUnwrap(plan.actions.first { $0.code == "II.1.a" })
        XCTAssertTrue(step.text.plain.hasPrefix("Membrikan informasi dan pelatihan pengendalian"), step.text.plain)
        XCTAssertEqual(step.line, 10)
    }

    func testKendariContinuationRowsWithAnEmptyIndicatorOrANewIndicator() throws {
        let (plan, _) = try readFile(Self.kendari)
        // III.1: one component, three indicators, one step each (rows 16-18).
        let wbs = plan.sections[2].components
        XCTAssertEqual(wbs.count, 1)
        XCTAssertEqual(wbs[0].title?.plain, "Internalisasi Whistle Blowing System dan penerapannya")
        XCTAssertEqual(wbs[0].indicators.map(\.line), [16, 17, 18])
        XCTAssertEqual(wbs[0].indicators[1].text?.plain, "Evaluasi atas penerapan Whistle Blowing System")
        // V.2: a second step with an empty INDIKATOR stays under the first indicator.
        let risk = plan.sections[4].components[1]
        XCTAssertEqual(risk.indicators.count, 1)
        XCTAssertEqual(risk.indicators[0].text?.plain, "Menyusun peta resiko")
        XCTAssertEqual(risk.indicators[0].actions.map(\.line), [29, 30])
        // VI.2: four indicators under one component.
        XCTAssertEqual(plan.sections[5].components[1].indicators.count, 4)
    }

    func testKendariBlankRowBetweenStepsIsSkipped() throws {
        let (plan, _) = try readFile(Self.kendari)
        let section = plan.sections[3]
        XCTAssertEqual(section.components.map(\.number), ["1", "2", "3", "4", "5"])
        XCTAssertEqual(section.components[2].line, 23, "the row after the blank line 22")
    }

    func testKendariItalicRunIsExactlyTheMarkedWords() throws {
        let (plan, _) = try readFile(Self.kendari)
        let indicator = try XCTUnwrap(plan.sections[0].components[3].indicators[0].text)
        let italic = indicator.runs.filter(\.italic)
        XCTAssertEqual(italic.count, 1)
        XCTAssertEqual(italic.first?.text.trimmingCharacters(in: .whitespaces), "role model")
        XCTAssertFalse(indicator.plain.contains("<i>"))
        XCTAssertTrue(indicator.runs.first.map { !$0.italic && $0.text.hasPrefix("Para Pimpinan") } ?? false)
    }

    func testKendariStepWithoutTargetCapaianKeepsAnEmptyQuantity() throws {
        let (plan, _) = try readFile(Self.kendari)
        let step = try XCTUnwrap(plan.actions.first { $0.code == "VI.2.d" })
        XCTAssertEqual(step.text.plain, "Workshop peningkatan penanganan pengaduan masyarakat")
        XCTAssertEqual(step.evidence.plain, "Laporan Workshop")
        XCTAssertEqual(step.targetTime.text, "November 2025")
        XCTAssertEqual(step.targetQuantity.text, "")
    }

    // MARK: - More on the Soppeng decree

    func testSoppengSectionTitlesCountsAndLines() throws {
        let (plan, _) = try readFile(Self.soppeng)
        XCTAssertEqual(plan.sections.map(\.title.plain), [
            "Manajemen Perubahan", "Penataan Tata Laksana", "Penataan Sistem Manajemen SDM",
            "Penguatan Akuntabilitas Kinerja", "Penguatan Pengawasan", "Peningkatan Kualitas Pelayanan Publik",
        ])
        XCTAssertEqual(plan.sections.map { $0.actions.count }, [5, 6, 7, 3, 3, 4])
        XCTAssertEqual(plan.actions.count, 28)
        XCTAssertEqual(plan.sections.map(\.line), [3, 15, 23, 37, 40, 45])
        XCTAssertTrue(plan.sections.allSatisfy(\.numeralWritten))
        XCTAssertEqual(plan.sections[2].actions.map(\.code), ["III.a", "III.b", "III.c", "III.d", "III.e", "III.f", "III.g"])
    }

    func testSoppengHasNoComponentsOrIndicators() throws {
        let (plan, _) = try readFile(Self.soppeng)
        XCTAssertEqual(plan.label(.indicator), "INDIKATOR", "a column the table lacks keeps the standard label")
        for section in plan.sections {
            XCTAssertEqual(section.namedComponents.count, 0, section.numeral)
            XCTAssertEqual(section.components.flatMap(\.indicators).compactMap(\.text).count, 0, section.numeral)
        }
    }

    func testSoppengDiagnosticsAreExactlyTheKnownWarnings() throws {
        let (_, diagnostics) = try readFile(Self.soppeng)
        XCTAssertFalse(diagnostics.hasErrors)
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning, .warning, .warning, .warning],
                       diagnostics.items.map(\.formatted).joined(separator: "\n"))
        // Split cell (8), misaligned III (23), January of the next year (33), misaligned VI (45).
        XCTAssertEqual(diagnostics.items.map(\.location.line), [8, 23, 33, 45])
    }

    func testSoppengSplitCellIsAppendedToStepIBWithASpace() throws {
        let (plan, diagnostics) = try readFile(Self.soppeng)
        let step = plan.sections[0].actions[1]
        XCTAssertEqual(step.code, "I.b")
        XCTAssertEqual(step.line, 4)
        XCTAssertEqual(step.targetQuantity.text, "Terbitnya surat keputusan program dan rencana aksi pembangunan zona integritas")
        XCTAssertEqual(step.targetTime.text, "Desember 2025", "other cells of the step are unchanged")
        let warning = try XCTUnwrap(diagnostics.items.first { $0.location.line == 8 })
        XCTAssertTrue(warning.message.contains("baris 4"), warning.message)
        XCTAssertEqual(plan.sections[0].actions[2].code, "I.c")
        XCTAssertEqual(plan.sections[0].actions[2].line, 9)
    }

    func testSoppengMisalignedTitleRowsGoToThePreviousSection() throws {
        let (plan, diagnostics) = try readFile(Self.soppeng)
        let stepIIf = plan.sections[1].actions[5]
        XCTAssertEqual(stepIIf.code, "II.f")
        XCTAssertEqual(stepIIf.line, 23)
        XCTAssertTrue(stepIIf.text.plain.hasPrefix("f. Melakukan monitoring dan evaluasi terhadap pemanfaatan"))
        XCTAssertEqual(plan.sections[2].actions.first?.line, 24)
        let stepVc = plan.sections[4].actions[2]
        XCTAssertEqual(stepVc.code, "V.c")
        XCTAssertEqual(stepVc.line, 45)
        XCTAssertEqual(plan.sections[5].actions.first?.code, "VI.a")
        XCTAssertEqual(plan.sections[5].actions.first?.line, 46)
        let warnings = diagnostics.items.filter { $0.message.contains("judul bagian") }
        XCTAssertEqual(warnings.map(\.location.column), [36, 42], "at the RENCANA AKSI cell")
        XCTAssertTrue(warnings[0].message.contains("bagian II"), warnings[0].message)
        XCTAssertTrue(warnings[1].message.contains("bagian V "), warnings[1].message)
    }

    // MARK: - Rows without a step

    func testEmptyActionOnANumberedRowIsAnErrorAtTheActionCellAndTheRowStaysAStep() {
        let (plan, diagnostics) = read(Self.header + "I Satu\n1\tA\tB\t\tC\tJanuari\t1\n")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 3)
        XCTAssertEqual(diagnostics.items.first?.location.column, 7)
        XCTAssertTrue(diagnostics.items.first?.message.contains("LANGKAH AKSI kosong") ?? false)
        XCTAssertEqual(plan.actions.map(\.code), ["I.1.a"])
        XCTAssertEqual(plan.actions.first?.evidence.plain, "C")
    }

    func testRowWithDetailsButNoActionIsJoinedToThePreviousStep() {
        let text = Self.header + "I Satu\n1\tA\tB\tLangkah\tSK\tJanuari\t1 (satu)\n\t\t\t\tTim\t\tDokumen\n"
        let (plan, diagnostics) = read(text)
        XCTAssertEqual(plan.actions.count, 1)
        XCTAssertEqual(plan.actions[0].evidence.plain, "SK Tim")
        XCTAssertEqual(plan.actions[0].targetQuantity.text, "1 (satu) Dokumen")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.items.first?.location.line, 4)
        XCTAssertTrue(diagnostics.items.first?.message.contains("baris 3") ?? false)
    }

    func testRowWithDetailsButNoActionBeforeAnyStepIsAnError() {
        let (plan, diagnostics) = read(Self.header + "I Satu\n\t\tB\t\tC\tJanuari\t1\n")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 3)
        XCTAssertEqual(plan.sections.count, 1)
        XCTAssertTrue(plan.actions.isEmpty)
    }

    func testRowWithOnlyANumberIsAnError() {
        let (plan, diagnostics) = read(Self.header + "I Satu\n1\tA\tB\tx\tC\tJanuari\t1\n2.\n")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 4)
        XCTAssertTrue(diagnostics.items.first?.message.contains("NO '2.'") ?? false)
        XCTAssertEqual(plan.actions.count, 1)
    }

    func testRowWithNumberAndComponentButNoActionIsAnErrorAndKeptAsAStep() {
        let (plan, diagnostics) = read(Self.header + "I Satu\n1\tTim Kerja\t\t\t\t\t\n")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 3)
        XCTAssertEqual(diagnostics.items.first?.location.column, 1)
        XCTAssertEqual(plan.sections[0].components.first?.title?.plain, "Tim Kerja")
        XCTAssertEqual(plan.actions.map(\.code), ["I.1.a"])
    }

    func testRowWithOnlyComponentTextAfterAStepContinuesThatComponent() {
        let (plan, diagnostics) = read("NO\tKOMPONEN\tLANGKAH AKSI\nI Satu\n1\tTim\tBentuk tim\n\tKerja ZI\n")
        XCTAssertEqual(plan.sections[0].components.map { $0.title?.plain }, ["Tim Kerja ZI"])
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.items.first?.location.line, 4)
        XCTAssertEqual(diagnostics.items.first?.location.column, 2)
    }

    // MARK: - Sections

    func testNumeralRowWithoutTitleAtTheEndMakesOneUntitledSection() {
        let (plan, diagnostics) = read(Self.header + "I Satu\n1\tA\tB\tx\tC\tJanuari\t1\nII\n")
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(plan.sections.map(\.numeral), ["I", "II"])
        XCTAssertEqual(plan.sections[1].title, .empty)
        XCTAssertEqual(plan.sections[1].line, 4)
        XCTAssertEqual(diagnostics.items.map(\.location.line), [4])
    }

    func testTwoNumeralRowsInARowMakeAnUntitledSectionAndATitledOne() {
        let (plan, diagnostics) = read(Self.header + "I\nII\nPenataan Tatalaksana\n1\tA\tB\tx\tC\tJanuari\t1\n")
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(plan.sections.map(\.numeral), ["I", "II"])
        XCTAssertEqual(plan.sections.map(\.title.plain), ["", "Penataan Tatalaksana"])
        XCTAssertEqual(plan.sections.map(\.line), [2, 3])
        XCTAssertEqual(diagnostics.items.map(\.location.line), [2])
        XCTAssertEqual(plan.actions.map(\.code), ["II.1.a"])
    }

    func testNumeralOnItsOwnRowFollowedByAStepMakesAnUntitledSectionWithAWarning() {
        let (plan, diagnostics) = read(Self.header + "III\n1\tA\tB\tx\tC\tJanuari\t1\n")
        XCTAssertEqual(plan.sections.map(\.numeral), ["III"])
        XCTAssertEqual(plan.actions.map(\.code), ["III.1.a"])
        XCTAssertTrue(diagnostics.items.contains { $0.severity == .warning && $0.location.line == 2 && $0.message.contains("tidak diikuti judul") })
    }

    func testSectionNumberedOutOfOrderIsAWarning() {
        let (plan, diagnostics) = read(Self.header + "II Dua\n1\tA\tB\tx\tC\tJanuari\t1\n")
        XCTAssertEqual(plan.sections.map(\.numeral), ["II"])
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning])
        XCTAssertTrue(diagnostics.items.first?.message.contains("bagian ke-1") ?? false)
    }

    func testDuplicateSectionNumeralNamesTheEarlierLine() {
        let text = Self.header + "I Satu\n1\tA\tB\tLangkah satu\tC\tJanuari\t1\nI Dua\n1\tA\tB\tLangkah dua\tC\tJanuari\t1\n"
        let (plan, diagnostics) = read(text)
        let errors = diagnostics.items.filter { $0.severity == .error && $0.message.contains("nomor bagian") }
        XCTAssertEqual(errors.count, 1, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertTrue(errors[0].message.contains("baris 2"), errors[0].message)
        XCTAssertEqual(plan.sections.count, 2)
    }

    /// An unnumbered section is "I" by its place; a later "I" would be the
    /// same page.
    func testAWrittenNumeralAlreadyGivenToAnUnnumberedSectionIsAnError() {
        let text = Self.header + "Manajemen Perubahan\n1\tA\tB\tLangkah satu\tC\tJanuari\t1\nI Dua\n1\tA\tB\tLangkah dua\tC\tJanuari\t1\n"
        let (plan, diagnostics) = read(text)
        let errors = diagnostics.items.filter { $0.severity == .error && $0.message.hasPrefix("nomor bagian") }
        XCTAssertEqual(errors.map(\.location.line), [4], diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertTrue(errors.first?.message.contains("bagian tanpa nomor di baris 2") ?? false)
        XCTAssertEqual(plan.sections.map(\.numeral), ["I", "I"])
    }

    func testStepBeforeAnySectionIsAnErrorAndGetsAnUntitledSection() {
        let (plan, diagnostics) = read(Self.header + "1\tA\tB\tx\tC\tJanuari\t1\n")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 2)
        XCTAssertEqual(plan.sections.map(\.numeral), ["I"])
        XCTAssertFalse(plan.sections[0].numeralWritten)
        XCTAssertEqual(plan.actions.map(\.code), ["I.1.a"])
    }

    func testLowerCaseNumeralOnAStepRowNumbersAComponentNotASection() {
        let (plan, diagnostics) = read(Self.header + "I Satu\ni.\tA\tB\tx\tC\tJanuari\t1\nii.\tD\tE\ty\tF\tJanuari\t1\n")
        XCTAssertFalse(diagnostics.hasErrors)
        XCTAssertEqual(plan.sections.count, 1)
        XCTAssertEqual(plan.sections[0].components.map(\.number), ["i.", "ii."])
        XCTAssertEqual(plan.actions.map(\.code), ["I.i.a", "I.ii.a"])
    }

    func testHeadingsInsideANumberedSectionAddALetterToTheCodes() {
        let text = Self.header + "I Satu\nPemenuhan\n1\tA\tB\tx\tC\tJanuari\t1\n2\tA\tB\ty\tC\tJanuari\t1\nReformasi\n1\tA\tB\tz\tC\tJanuari\t1\n"
        let (plan, diagnostics) = read(text)
        XCTAssertFalse(diagnostics.hasErrors)
        XCTAssertEqual(plan.sections.count, 1)
        XCTAssertEqual(plan.sections[0].components.map { $0.subheading?.plain }, ["Pemenuhan", "Pemenuhan", "Reformasi"])
        XCTAssertEqual(plan.actions.map(\.code), ["I.A.1.a", "I.A.2.a", "I.B.1.a"])
    }

    // MARK: - Components and codes

    func testComponentWithoutNumberIsNumberedByPositionWithAWarning() {
        let (plan, diagnostics) = read(Self.header + "I Satu\n\tTim\tB\tx\tC\tJanuari\t1\n")
        XCTAssertEqual(plan.sections[0].components.map(\.number), ["1"])
        XCTAssertEqual(plan.actions.map(\.code), ["I.1.a"])
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.items.first?.location.line, 3)
    }

    func testStepLettersInTheTextBecomeTheCode() {
        let text = Self.header + "I Satu\n1\tA\tB\ta. Pertama\tC\tJanuari\t1\n\t\t\tc. Ketiga\tC\tJanuari\t1\n\t\t\tTanpa huruf\tC\tJanuari\t1\n"
        let (plan, _) = read(text)
        XCTAssertEqual(plan.actions.map(\.code), ["I.1.a", "I.1.c", "I.1.c-2"])
    }

    func testDuplicateStepCodeIsAnErrorAndTheSecondGetsASuffix() {
        let text = Self.header + "I Satu\n1\tA\tB\ta. x\tC\tJanuari\t1\n1\tA\tB\ta. y\tC\tJanuari\t1\n"
        let (plan, diagnostics) = read(text)
        XCTAssertEqual(plan.actions.map(\.code), ["I.1.a", "I.1.a-2"])
        let error = diagnostics.items.first { $0.severity == .error }
        XCTAssertEqual(error?.location.line, 4)
        XCTAssertTrue(error?.message.contains("baris 3") ?? false)
    }

    // MARK: - Header

    func testFirstRowThatIsNotAHeaderIsAnErrorAndNothingIsRead() {
        let (plan, diagnostics) = read("I Satu\n1\tA\tx\n")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 1)
        XCTAssertEqual(plan.columns, [])
        XCTAssertEqual(plan.sections, [])
    }

    func testHeaderFollowsBlankLinesAndItsLineIsReported() {
        let (_, diagnostics) = read("\n\nNO\tKOMPONEN\tWAKTUNYA\tLANGKAH AKSI\n")
        let errors = diagnostics.items.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.location.line), [3])
        XCTAssertEqual(errors.map(\.location.column), [13])
    }

    func testHeaderNamesAreReadInAnyCaseWithAliasesAndTheirLabelsKept() {
        let text = "Nomor\tKomponen / Program\tIndikator:\tRencana Aksi\tBukti Dukung\tWaktu\tTarget.\nI Satu\n1\tA\tB\tx\tC\tJanuari\t1\n"
        let (plan, diagnostics) = read(text)
        XCTAssertFalse(diagnostics.hasErrors, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(plan.columns, PlanColumn.allCases)
        XCTAssertEqual(plan.label(.component), "Komponen / Program")
        XCTAssertEqual(plan.label(.targetQuantity), "Target.")
        XCTAssertEqual(plan.actions.map(\.code), ["I.1.a"])
    }

    func testHeaderWithoutActionColumnOrWithAColumnTwiceIsAnError() {
        let (_, missing) = read("NO\tKOMPONEN\tBUKTI FISIK\n")
        XCTAssertEqual(missing.items.map(\.severity), [.error])
        XCTAssertTrue(missing.items.first?.message.contains("LANGKAH AKSI") ?? false)
        let (_, twice) = read("NO\tLANGKAH AKSI\tNOMOR\n")
        XCTAssertEqual(twice.items.map(\.severity), [.error])
        XCTAssertEqual(twice.items.first?.location.column, 17)
    }

    func testTextBeyondTheHeaderColumnsIsAnError() {
        let (plan, diagnostics) = read("NO\tKOMPONEN\tLANGKAH AKSI\nI Satu\n1\tA\tx\tstray\n")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.line, 3)
        XCTAssertEqual(diagnostics.items.first?.location.column, 7)
        XCTAssertEqual(plan.actions.map(\.text.plain), ["x"])
    }

    func testColumnNumberRowsAndRepeatedHeadersAfterBlankPageBreakRowsAreSkipped() {
        let text = Self.header + "1\t2\t3\t4\t5\t6\t7\nI Satu\n1\tA\tB\tx\tC\tJanuari\t1\n\n\t\t\t\t\t\t\n"
            + Self.header.lowercased() + "1\t2\t3\t4\t5\t6\t7\n2\tD\tE\ty\tF\tFebruari\t1\n"
        let (plan, diagnostics) = read(text)
        XCTAssertEqual(diagnostics.items.map(\.formatted), [])
        XCTAssertEqual(plan.actions.map(\.code), ["I.1.a", "I.2.a"])
        XCTAssertEqual(plan.actions.map(\.line), [4, 9])
    }

    // MARK: - CSV

    func testCommaSeparatedTableWithQuotedSeparators() {
        let text = "NO,KOMPONEN,LANGKAH AKSI,TARGET WAKTU\nI Satu,,,\n1,\"Tim, Kerja\",Bentuk tim,\"Januari, Februari 2025\"\n"
        let (plan, diagnostics) = read(text)
        XCTAssertFalse(diagnostics.hasErrors)
        XCTAssertEqual(plan.columns, [.number, .component, .action, .targetTime])
        XCTAssertEqual(plan.sections[0].components[0].title?.plain, "Tim, Kerja")
        XCTAssertEqual(plan.actions[0].targetTime.text, "Januari, Februari 2025")
    }

    func testDiagnosticLinesCountLineBreaksInsideQuotedCells() {
        let text = "NO;KOMPONEN;INDIKATOR;LANGKAH AKSI;BUKTI FISIK;TARGET WAKTU;TARGET CAPAIAN\n"
            + "I Satu;;;;;;\n"
            + "1;A;B;\"Langkah\ndua baris\";C;Januari;1\n"
            + "2;D;E;;F;Januari;1\n"
        let (plan, diagnostics) = read(text)
        XCTAssertEqual(plan.actions.first?.text.plain, "Langkah dua baris")
        let error = diagnostics.items.first { $0.severity == .error }
        XCTAssertEqual(error?.location.line, 5)
        XCTAssertEqual(error?.location.column, 7)
        XCTAssertEqual(plan.actions.map(\.line), [3, 5])
    }
}
