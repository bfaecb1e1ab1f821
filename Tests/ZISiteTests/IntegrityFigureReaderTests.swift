import XCTest
@testable import ZISite

/// The readers of the perception survey, wealth-report roll and integrity
/// report sheets: what they keep, and each mistake as an error at its cell.
final class IntegrityFigureReaderTests: XCTestCase {
    private static let top = "PERIODE;Tahun 2025\nSUMBER;Tim ZI\n"

    private func errors(_ diagnostics: DiagnosticList) -> [Diagnostic] { diagnostics.items.filter { $0.severity == .error } }

    /// The first error says `words`, on text line `line`, at `cell` as a spreadsheet shows it.
    private func assertError(_ diagnostics: DiagnosticList, _ words: String, line: Int, cell: String, file: StaticString = #filePath, at: UInt = #line) {
        let error = errors(diagnostics).first
        XCTAssertTrue(error?.message.contains(words) ?? false, "\(words): \(diagnostics.items.map(\.formatted))", file: file, line: at)
        XCTAssertEqual(error?.location.line, line, words, file: file, line: at)
        XCTAssertEqual(error?.location.cell, cell, words, file: file, line: at)
    }

    // MARK: - Perception surveys

    private func perception(_ text: String) -> (PerceptionSurvey?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        return (PerceptionSurveyReader.read(.serviceQuality, text: text, file: "ipkp.csv", diagnostics: &diagnostics), diagnostics)
    }

    func testAPerceptionSurveyKeepsEveryQuestionAndCount() throws {
        let (survey, diagnostics) = perception(Self.top + "CATATAN;rekaan\n\nNO;PERTANYAAN;JAWABAN 1;JAWABAN 2;JAWABAN 3;JAWABAN 4\n"
            + "1;Informasi mudah dipahami;0;3;1.015;22\nP2;\"Prosedur; mudah\";;2;16;22\n")
        XCTAssertTrue(diagnostics.items.isEmpty, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        let s = try XCTUnwrap(survey)
        XCTAssertEqual(s.kind, .serviceQuality)
        XCTAssertEqual(s.note, "rekaan")
        XCTAssertEqual(s.questions.map(\.label), ["P1", "P2"])
        XCTAssertEqual(s.questions.map(\.text), ["Informasi mudah dipahami", "Prosedur; mudah"])
        XCTAssertEqual(s.questions.map(\.counts), [[0, 3, 1015, 22], [0, 2, 16, 22]])
        XCTAssertEqual(s.questions.map(\.line), [6, 7])
    }

    func testPerceptionSurveyMistakes() {
        let header = "NO;PERTANYAAN;JAWABAN 1;JAWABAN 2;JAWABAN 3;JAWABAN 4\n"
        let (_, count) = perception(Self.top + header + "1;Informasi;0;tiga;1;2\n")
        assertError(count, "JAWABAN 2 'tiga' bukan jumlah responden", line: 4, cell: "baris 4, kolom JAWABAN 2 (D)")
        let (_, negative) = perception(Self.top + header + "1;Informasi;0;-1;1;2\n")
        assertError(negative, "JAWABAN 2 '-1' bukan jumlah responden", line: 4, cell: "baris 4, kolom JAWABAN 2 (D)")
        let (_, text) = perception(Self.top + header + "1;;0;1;1;2\n")
        assertError(text, "PERTANYAAN kosong", line: 4, cell: "baris 4, kolom PERTANYAAN (B)")
        let (none, empty) = perception(Self.top + header)
        XCTAssertNil(none)
        assertError(empty, "lembar IPKP belum berisi pertanyaan", line: 3, cell: "baris 3")
        let (_, columns) = perception(Self.top + "NO;PERTANYAAN;JAWABAN 1;JAWABAN 2\n1;x;1;1\n")
        assertError(columns, "kolom JAWABAN 3, JAWABAN 4 tidak ada", line: 3, cell: "baris 3")
        let (unanswered, warning) = perception(Self.top + header + "1;Informasi;0;0;0;0\n")
        XCTAssertNotNil(unanswered)
        XCTAssertEqual(warning.items.first?.severity, .warning)
        XCTAssertEqual(warning.items.first?.location.line, 4)
    }

    func testPerceptionSheetsWithMoreThanTheScaleOrASumUpRow() throws {
        let (_, five) = perception(Self.top + "NO;PERTANYAAN;JAWABAN 1;JAWABAN 2;JAWABAN 3;JAWABAN 4;JAWABAN 5\n1;x;0;0;1;1;3\n")
        assertError(five, "kolom 'JAWABAN 5' tidak dapat dihitung", line: 3, cell: "baris 3, kolom JAWABAN 5 (G)")
        let (kept, notes) = perception(Self.top + "NO;PERTANYAAN;JAWABAN 1;JAWABAN 2;JAWABAN 3;JAWABAN 4;KETERANGAN\n1;x;0;0;1;1;baik\n;Jumlah;0;0;1;1\n")
        XCTAssertEqual(kept?.questions.map(\.text), ["x"], "the sum-up row is not a question")
        XCTAssertEqual(notes.items.map(\.severity), [.warning, .warning])
        XCTAssertTrue(notes.items[0].message.hasPrefix("kolom 'KETERANGAN' tidak dikenal dan diabaikan"))
        XCTAssertTrue(notes.items[1].message.hasPrefix("baris 'Jumlah' tampaknya baris jumlah atau rata-rata"))
        XCTAssertEqual(notes.items[1].location.line, 5)
        let header = "NO;PERTANYAAN;JAWABAN 1;JAWABAN 2;JAWABAN 3;JAWABAN 4\n"
        let (_, twice) = perception(Self.top + header + "1;x;0;0;1;1\n1;y;0;0;1;1\n")
        assertError(twice, "pertanyaan nomor 1 sudah ada di baris 4", line: 5, cell: "baris 5, kolom NO (A)")
        let (_, nip) = perception(Self.top + header + "1;x;0;0;198503122010011002;1\n")
        assertError(nip, "JAWABAN 3 '198503122010011002' bukan jumlah responden; tulis bilangan bulat dari 0 sampai 9.999.999", line: 4, cell: "baris 4, kolom JAWABAN 3 (E)")
    }

    func testKeyRowsAreReadWholeOnceAndAboveTheHeaderAndCellsOutsideTheHeaderAreWarnedAbout() throws {
        let header = "NO;PERTANYAAN;JAWABAN 1;JAWABAN 2;JAWABAN 3;JAWABAN 4\n"
        let (split, quiet) = perception("PERIODE;Tahun 2025\nSUMBER;Rekapitulasi Tim ZI;Subbagian SDM\n" + header + "1;x;0;0;1;1\n2;;;;;\n")
        XCTAssertEqual(split?.source, "Rekapitulasi Tim ZI; Subbagian SDM", "a value the separator cut in two is kept whole")
        XCTAssertEqual(split?.questions.count, 1, "a row numbered in advance and left empty is no row")
        XCTAssertTrue(quiet.items.isEmpty, quiet.items.map(\.formatted).joined(separator: "\n"))
        let (_, twice) = perception(Self.top + "PERIODE;Tahun 2026\n" + header + "1;x;0;0;1;1\n")
        assertError(twice, "baris PERIODE sudah ada di baris 1; tulis PERIODE sekali saja", line: 3, cell: "baris 3")
        let (_, below) = perception(Self.top + header + "1;x;0;0;1;1\nCATATAN;data rekaan\n")
        assertError(below, "baris CATATAN ada di bawah judul kolom", line: 5, cell: "baris 5")
        let (_, outside) = perception(Self.top + header + "1;x;0;0;1;1;;7\n")
        let warning = try XCTUnwrap(outside.items.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertTrue(warning.message.hasPrefix("sel ini ada di luar kolom yang berjudul"))
        XCTAssertEqual(warning.location.line, 4)
        XCTAssertEqual(warning.location.cell, "baris 4, kolom H", "a column without a title is named by its letter")
    }

    // MARK: - Wealth-report rolls

    private func roll(_ text: String) -> (AssetReportRoll?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        return (AssetReportRollReader.read(text: text, file: "lhkpn.csv", diagnostics: &diagnostics), diagnostics)
    }

    private static let rollHeader = "LAPORAN;KELOMPOK;WAJIB LAPOR;SUDAH LAPOR\n"

    func testARollKeepsEveryGroup() throws {
        let (roll, diagnostics) = roll(Self.top + Self.rollHeader + "LHKPN;Ketua dan Anggota;5;5\nlhkasn;Pelaksana;1.200;1.180\n")
        XCTAssertTrue(diagnostics.items.isEmpty, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        let r = try XCTUnwrap(roll)
        XCTAssertEqual(r.groups.map(\.report), [.lhkpn, .lhkasn])
        XCTAssertEqual(r.groups.map(\.name), ["Ketua dan Anggota", "Pelaksana"])
        XCTAssertEqual(r.groups.map(\.obliged), [5, 1200])
        XCTAssertEqual(r.groups.map(\.filed), [5, 1180])
    }

    func testRollMistakes() {
        let cases: [(String, String, Int, String)] = [
            ("LHKPM;Ketua;5;5\n", "LAPORAN 'LHKPM' tidak dikenal", 4, "baris 4, kolom LAPORAN (A)"),
            ("LHKPN;;5;5\n", "KELOMPOK kosong", 4, "baris 4, kolom KELOMPOK (B)"),
            ("LHKPN;Ketua;;5\n", "WAJIB LAPOR kosong; tulis jumlah orangnya, atau 0 bila tidak ada", 4, "baris 4, kolom WAJIB LAPOR (C)"),
            (";Ketua;5;5\n", "LAPORAN kosong; tulis LHKPN atau LHKASN di setiap baris", 4, "baris 4, kolom LAPORAN (A)"),
            ("LHKPN;Ketua;5;4,5\n", "SUDAH LAPOR '4,5' bukan jumlah orang", 4, "baris 4, kolom SUDAH LAPOR (D)"),
            ("LHKPN;Ketua;5;6\n", "SUDAH LAPOR 6 lebih dari WAJIB LAPOR 5", 4, "baris 4, kolom SUDAH LAPOR (D)"),
            ("LHKPN;Ketua;5;5\nLHKPN;ketua;1;1\n", "kelompok LHKPN 'ketua' sudah ada di baris 4", 5, "baris 5"),
        ]
        for (rows, words, line, cell) in cases {
            let (roll, diagnostics) = roll(Self.top + Self.rollHeader + rows)
            XCTAssertNil(roll, words)
            assertError(diagnostics, words, line: line, cell: cell)
        }
        let (_, empty) = roll(Self.top + Self.rollHeader)
        assertError(empty, "belum berisi kelompok", line: 3, cell: "baris 3")
        let (subtotalled, warning) = roll(Self.top + Self.rollHeader + "LHKASN;Pelaksana;22;20\nLHKASN;Jumlah LHKASN;22;20\nJumlah;;22;20\n")
        XCTAssertEqual(subtotalled?.groups.map(\.name), ["Pelaksana"], "sum-up rows are not groups")
        XCTAssertEqual(warning.items.map(\.severity), [.warning, .warning])
        XCTAssertEqual(warning.items.map(\.location.line), [5, 6])
    }

    // MARK: - Gratification and WBS registers

    private func register(_ text: String) -> (IntegrityReportRegister?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        return (IntegrityReportRegisterReader.read(.gratification, text: text, file: "gratifikasi.csv", diagnostics: &diagnostics), diagnostics)
    }

    func testARegisterKeepsDateKindAndFollowUpAndMayBeNihil() throws {
        let (register, diagnostics) = register(Self.top + "NO;TANGGAL LAPOR;JENIS;TINDAK LANJUT;URAIAN\n1;10/02/2025;Penolakan;Dilaporkan ke KPK;parsel\n2;3 Maret 2025;;Dalam proses;x\n")
        XCTAssertTrue(diagnostics.items.isEmpty, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        let r = try XCTUnwrap(register)
        XCTAssertEqual(r.reports.map(\.received), [CalendarDate(year: 2025, month: 2, day: 10), CalendarDate(year: 2025, month: 3, day: 3)])
        XCTAssertEqual(r.reports.map(\.type), ["Penolakan", nil])
        XCTAssertEqual(r.reports.map(\.followUp), ["Dilaporkan ke KPK", "Dalam proses"])
        let (nihil, quiet) = self.register(Self.top + "NO;TANGGAL LAPOR;TINDAK LANJUT\n")
        XCTAssertEqual(nihil?.reports.count, 0)
        XCTAssertTrue(quiet.items.isEmpty)
    }

    func testRegisterMistakesAndPersonalColumns() throws {
        let (_, date) = register(Self.top + "NO;TANGGAL LAPOR;TINDAK LANJUT\n1;30/02/2025;Dalam proses\n")
        assertError(date, "TANGGAL LAPOR '30/02/2025' bukan tanggal yang ada", line: 4, cell: "baris 4, kolom TANGGAL LAPOR (B)")
        let (_, empty) = register(Self.top + "NO;TANGGAL LAPOR;TINDAK LANJUT\n1;;Dalam proses\n")
        assertError(empty, "TANGGAL LAPOR kosong", line: 4, cell: "baris 4, kolom TANGGAL LAPOR (B)")
        let (_, followUp) = register(Self.top + "NO;TANGGAL LAPOR;TINDAK LANJUT\n1;10/02/2025;\n")
        assertError(followUp, "TINDAK LANJUT kosong", line: 4, cell: "baris 4, kolom TINDAK LANJUT (C)")
        let (_, columns) = register(Self.top + "NO;TANGGAL LAPOR;JENIS\n")
        assertError(columns, "kolom TINDAK LANJUT tidak ada", line: 3, cell: "baris 3")
        let (kept, personal) = register(Self.top + "NO;NAMA TERLAPOR;TANGGAL LAPOR;TINDAK LANJUT\n1;Budi;10/02/2025;Ditelaah\n")
        XCTAssertEqual(kept?.reports.count, 1)
        let warning = try XCTUnwrap(personal.items.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertTrue(warning.message.contains("'NAMA TERLAPOR' berisi data pribadi"))
    }
}
