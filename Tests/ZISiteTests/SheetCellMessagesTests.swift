import Foundation
import XCTest
@testable import ZISite

/// A message about a cell of a monev or service sheet names the row Excel
/// shows and the column by its title and letter, for CSV as for Excel.
final class SheetCellMessagesTests: XCTestCase {
    func testColumnLettersAreExcels() {
        XCTAssertEqual([0, 1, 25, 26, 51, 52, 701, 702, 16383].map(SheetPlaces.letters),
                       ["A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"])
        for index in 0..<20_000 where SheetPlaces.letters(index) != TestWorkbook.column(index) {
            return XCTFail("column \(index): \(SheetPlaces.letters(index)), not \(TestWorkbook.column(index))")
        }
    }

    func testAMessageWithoutACellIsPrintedAsBefore() {
        XCTAssertEqual(Diagnostic(.error, SourceLocation(file: "situs.yml", line: 3, column: 7), "pesan").formatted, "situs.yml:3:7: error: pesan")
        XCTAssertEqual(Diagnostic(.warning, SourceLocation(file: "a.csv", line: 9, column: 2, cell: "baris 7, kolom B"), "pesan").formatted,
                       "a.csv:9:2: warning: baris 7, kolom B: pesan")
    }

    private static let monevCSV = """
        PERIODE;Triwulan IV 2025
        DATA PER;31/12/2025
        KODE;LANGKAH AKSI;TARGET WAKTU;TARGET CAPAIAN;STATUS;REALISASI
        I.1.a;"Membentuk tim
        kerja
        ZI";Oktober 2025;1 Dokumen;selesai;1 Dokumen
        I.1.b;Rapat;Oktober 2025;1 Dokumen;seleai;

        """

    func testInCSVTheRowIsTheRecordNotTheTextLine() throws {
        var diagnostics = DiagnosticList()
        let period = MonevSheetReader.read(text: Self.monevCSV, file: "monev/tw4.csv", diagnostics: &diagnostics)
        XCTAssertEqual(period?.entries.map(\.row), [4, 5])
        XCTAssertEqual(diagnostics.items.map(\.formatted), [
            "monev/tw4.csv:7:5: error: baris 5, kolom STATUS (E): STATUS 'seleai' tidak dikenal; tulis salah satu: belum dimulai, dalam proses, selesai, tidak dilaksanakan (mungkin maksudnya 'selesai'?)",
        ])
    }

    private func workbookTable(_ data: Data, name: String = "monev/tw4.xlsx", _ diagnostics: inout DiagnosticList) throws -> (SheetTable?, String) {
        let folder = try TemporaryFolder()
        let file = try folder.write(name, data)
        return (SheetFolder.table(file.path, of: ContentFolder(folder.url.path), diagnostics: &diagnostics), file.path)
    }

    func testInExcelTheRowIsTheSheetsOwn() throws {
        let sheet = TestWorkbook.rows([
            ["PERIODE", "Triwulan IV 2025"], ["DATA PER", "31/11/2025"], [],
            ["KODE", "LANGKAH AKSI", "TARGET WAKTU", "TARGET CAPAIAN", "STATUS", "REALISASI"],
            ["I.1.a", "Membentuk tim\nkerja\nZI", "Oktober 2025", "1 Dokumen", "selesai", "1 Dokumen"],
            ["I.1.b", "Rapat", "Oktober 2025", "1 Dokumen", "seleai", ""],
        ])
        var diagnostics = DiagnosticList()
        let (table, path) = try workbookTable(TestWorkbook.data(sheetData: sheet), &diagnostics)
        _ = MonevSheetReader.read(try XCTUnwrap(table), file: path, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.items.map(\.formatted), [
            path + ":2:2: error: baris 2, kolom B: DATA PER '31/11/2025' bukan tanggal yang ada; tulis seperti 31/12/2025, 2025-12-31 atau 31 Desember 2025",
            path + ":6:5: error: baris 6, kolom STATUS (E): STATUS 'seleai' tidak dikenal; tulis salah satu: belum dimulai, dalam proses, selesai, tidak dilaksanakan (mungkin maksudnya 'selesai'?)",
        ])
    }

    func testAServiceSheetInExcelNamesItsCellsToo() throws {
        let sheet = TestWorkbook.rows([
            ["PERIODE", "Tahun 2025"], ["SUMBER", "Register"], ["SUMBER", "lagi"], [],
            ["NO", "TANGGAL DITERIMA", "SALURAN", "STATUS", "TANGGAL SELESAI", "NAMA PELAPOR"],
            ["1", "31/02/2025", "Surel", "diterima", "", ""],
        ])
        var diagnostics = DiagnosticList()
        let (table, path) = try workbookTable(TestWorkbook.data(sheetData: sheet), name: "layanan/dumas-2025.xlsx", &diagnostics)
        XCTAssertNil(ComplaintRegisterReader.read(try XCTUnwrap(table), file: path, diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.items.map(\.formatted), [
            path + ":3:1: error: baris 3: baris SUMBER sudah ada di baris 2; tulis SUMBER sekali saja",
            path + ":5:6: warning: baris 5, kolom NAMA PELAPOR (F): kolom 'NAMA PELAPOR' berisi data pribadi; zisite tidak menerbitkannya, tetapi sebaiknya kolom itu dihapus dari lembar di folder situs",
            path + ":6:2: error: baris 6, kolom TANGGAL DITERIMA (B): TANGGAL DITERIMA '31/02/2025' bukan tanggal yang ada; tulis seperti 06/01/2025, 2025-01-06 atau 6 Januari 2025",
        ])
    }

    /// One monev row per kind of cell, its CATATAN (column C) the cell under test.
    private func notes(_ cells: [String], strings: [String] = [], cellFormats: [Int] = [0], customFormats: [String] = [],
                       date1904: Bool = false) throws -> ([String], DiagnosticList) {
        var rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>PERIODE</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>TW IV</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>DATA PER</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>31/12/2025</t></is></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>KODE</t></is></c><c r=\"B3\" t=\"inlineStr\"><is><t>STATUS</t></is></c>"
            + "<c r=\"C3\" t=\"inlineStr\"><is><t>CATATAN</t></is></c></row>"
        for (index, cell) in cells.enumerated() {
            rows += "<row r=\"\(index + 4)\"><c r=\"A\(index + 4)\" t=\"inlineStr\"><is><t>I.\(index + 1)</t></is></c>"
                + cell.replacingOccurrences(of: "REF", with: "C\(index + 4)") + "</row>"
        }
        var diagnostics = DiagnosticList()
        let data = TestWorkbook.data(sheetData: rows, strings: strings, cellFormats: cellFormats, customFormats: customFormats, date1904: date1904)
        let (table, path) = try workbookTable(data, &diagnostics)
        let period = MonevSheetReader.read(try XCTUnwrap(table, diagnostics.items.map(\.formatted).joined()), file: path, diagnostics: &diagnostics)
        return (period?.entries.map(\.note) ?? [], diagnostics)
    }

    func testExcelCellsAreReadAsTheirTextNumberDateOrCachedValue() throws {
        let (notes, diagnostics) = try notes([
            "<c r=\"REF\" t=\"s\"><v>0</v></c>",
            "<c r=\"REF\"><v>4.8499999999999996</v></c>",
            "<c r=\"REF\"><v>1200</v></c>",
            "<c r=\"REF\" s=\"1\"><v>0.1</v></c>",
            "<c r=\"REF\" s=\"2\"><v>45945</v></c>",
            "<c r=\"REF\" s=\"3\"><v>45945.75</v></c>",
            "<c r=\"REF\" s=\"4\"><v>0.5</v></c>",
            "<c r=\"REF\" t=\"b\"><v>1</v></c>",
            "<c r=\"REF\" t=\"e\"><v>#DIV/0!</v></c>",
            "<c r=\"REF\" t=\"str\"><f>A1&amp;\"\"</f><v>PERIODE</v></c>",
            "<c r=\"REF\"><f>1+1</f><v>2</v></c>",
            "<c r=\"REF\" t=\"inlineStr\"><is><r><t>dua </t></r><r><t>bagian</t></r></is></c>",
            "<c r=\"REF\"><v>1E-5</v></c>",
        ], strings: ["AREA I/SK.pdf_x000D_\nAREA I/Notulen.pdf"], cellFormats: [0, 9, 14, 164, 20], customFormats: ["[$-421]dd mmmm yyyy h:mm"])
        XCTAssertEqual(diagnostics.items.map(\.formatted), [])
        XCTAssertEqual(notes, ["AREA I/SK.pdf\nAREA I/Notulen.pdf", "4,85", "1200", "10%", "15/10/2025", "15/10/2025", "0,5", "BENAR", "#DIV/0!",
                               "PERIODE", "2", "dua bagian", "0,00001"])
    }

    func testTheDateSystemOf1904IsFollowed() throws {
        let (notes, _) = try notes(["<c r=\"REF\" s=\"1\"><v>44483</v></c>"], cellFormats: [0, 14], date1904: true)
        XCTAssertEqual(notes, ["15/10/2025"])
    }

    func testAFormulaSavedWithoutItsValueIsAnErrorAtItsCell() throws {
        let (notes, diagnostics) = try notes(["<c r=\"REF\"><f>1+1</f></c>", "<c r=\"REF\"><f>2+2</f></c>"])
        XCTAssertEqual(notes, ["", ""])
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.cell, "baris 4, kolom CATATAN (C)")
        XCTAssertEqual(diagnostics.items.first?.message,
                       "sel ini berisi rumus yang hasilnya tidak tersimpan di berkas (2 sel seperti ini di lembar ini); buka berkasnya di Excel lalu simpan ulang, Excel menyimpan hasil rumusnya")
    }

    func testARowFarDownIsNamedByItsNumberAndASheetPastTheCellLimitIsRefused() throws {
        let header = TestWorkbook.rows([["PERIODE", "TW IV"], ["DATA PER", "31/12/2025"], ["KODE", "STATUS"]])
        var diagnostics = DiagnosticList()
        let far = header + "<row r=\"900000\"><c r=\"A900000\" t=\"inlineStr\"><is><t>I.1</t></is></c><c r=\"B900000\" t=\"inlineStr\"><is><t>beres</t></is></c></row>"
        let (table, path) = try workbookTable(TestWorkbook.data(sheetData: far), &diagnostics)
        XCTAssertEqual(table?.rows.map(\.number), [1, 2, 3, 900_000], "rows without cells are not made")
        _ = MonevSheetReader.read(try XCTUnwrap(table), file: path, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.items.map(\.location.cell), ["baris 900000, kolom STATUS (B)"])
        var refused = DiagnosticList()
        let wide = header + "<row r=\"200\"><c r=\"XFD200\"><v>1</v></c></row>"
        let (none, widePath) = try workbookTable(TestWorkbook.data(sheetData: wide), &refused)
        XCTAssertNil(none)
        XCTAssertEqual(refused.items.map(\.formatted), [widePath + ":1:1: error: " + OfficeArchive.message(.sheetTooLarge("xl/worksheets/sheet1.xml"), kind: "Excel")])
    }

    func testAWorkbookWhosePartIsNotWholeXMLIsAnError() throws {
        var diagnostics = DiagnosticList()
        let broken = TestWorkbook.zip([("xl/workbook.xml", Data("<workbook><sheets>".utf8)), ("xl/_rels/workbook.xml.rels", Data("<x/>".utf8))])
        let (table, path) = try workbookTable(broken, &diagnostics)
        XCTAssertNil(table)
        XCTAssertEqual(diagnostics.items.map(\.formatted), [path + ":1:1: error: isi berkas Excel ini rusak (XML tidak utuh); buka di Excel lalu simpan ulang"])
    }
}
