import XCTest
@testable import ZISite

final class PlanHeaderTests: XCTestCase {
    private func cells(_ texts: [String]) -> [RichText] { texts.map(RichTextReader.read) }

    private func header(_ texts: [String]) -> (PlanHeader?, DiagnosticList) {
        var column = 1
        let row = DelimitedRow(line: 1, number: 1, cells: texts.map { text in
            defer { column += text.count + 1 }
            return DelimitedRow.Cell(text: text, line: 1, column: column)
        })
        var diagnostics = DiagnosticList()
        return (PlanHeader.read(cells(texts), row: row, file: "t.tsv", diagnostics: &diagnostics), diagnostics)
    }

    func testNamesAreNormalised() {
        XCTAssertEqual(PlanHeader.normalized("Target Waktu:"), "TARGET WAKTU")
        XCTAssertEqual(PlanHeader.normalized("No."), "NO")
        XCTAssertEqual(PlanHeader.normalized("Komponen / Program"), "KOMPONEN/PROGRAM")
        XCTAssertEqual(PlanHeader.normalized("indikator.:"), "INDIKATOR")
    }

    func testSevenAndSixColumnHeaders() throws {
        let (seven, d7) = header(["NO", "KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK", "TARGET WAKTU", "TARGET CAPAIAN"])
        XCTAssertEqual(try XCTUnwrap(seven).columns, PlanColumn.allCases)
        XCTAssertTrue(d7.items.isEmpty)
        let (six, d6) = header(["NO", "PROGRAM", "RENCANA AKSI", "BUKTI FISIK", "TARGET WAKTU", "PENCAPAIAN"])
        XCTAssertEqual(try XCTUnwrap(six).columns, [.number, .component, .action, .evidence, .targetTime, .targetQuantity])
        XCTAssertEqual(six?.labels[.component], "PROGRAM")
        XCTAssertTrue(d6.items.isEmpty)
    }

    func testEmptyHeaderCellsHaveNoColumn() throws {
        let (header, diagnostics) = header(["NO", "", "LANGKAH AKSI", ""])
        XCTAssertEqual(try XCTUnwrap(header).positions, [.number, nil, .action, nil])
        XCTAssertTrue(diagnostics.items.isEmpty)
    }

    func testRowNamingNoKnownColumnIsNotAHeader() {
        let (header, diagnostics) = header(["I", "Manajemen Perubahan"])
        XCTAssertNil(header)
        XCTAssertTrue(diagnostics.items.isEmpty, "the caller reports it")
    }

    func testUnknownColumnListsTheKnownNames() throws {
        let (header, diagnostics) = header(["NO", "KETERANGAN", "LANGKAH AKSI"])
        XCTAssertEqual(try XCTUnwrap(header).positions, [.number, nil, .action])
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(diagnostics.items.first?.location.column, 4)
        XCTAssertTrue(diagnostics.items.first?.message.contains("'KETERANGAN'") ?? false)
        XCTAssertTrue(diagnostics.items.first?.message.contains("LANGKAH AKSI, NO, NOMOR") ?? false)
    }

    func testRepeatedHeader() throws {
        let header = try XCTUnwrap(header(["NO", "PROGRAM", "RENCANA AKSI"]).0)
        XCTAssertTrue(header.isRepeated(in: cells(["NO", "PROGRAM", "RENCANA AKSI"])))
        XCTAssertTrue(header.isRepeated(in: cells(["no.", "program", "rencana aksi", ""])))
        XCTAssertTrue(header.isRepeated(in: cells(["NOMOR", "KOMPONEN", "LANGKAH AKSI"])), "same columns, other names")
        XCTAssertFalse(header.isRepeated(in: cells(["NO", "RENCANA AKSI", "PROGRAM"])))
        XCTAssertFalse(header.isRepeated(in: cells(["NO", "PROGRAM", "RENCANA AKSI", "lain"])))
        XCTAssertFalse(header.isRepeated(in: cells(["", "", ""])))
        XCTAssertFalse(header.isRepeated(in: cells(["1", "Tim", "Bentuk tim"])))
    }

    func testColumnNumberRows() {
        XCTAssertTrue(PlanHeader.isColumnNumbers(cells(["1", "2", "3", "4", "5", "6", "7"])))
        XCTAssertTrue(PlanHeader.isColumnNumbers(cells(["1", "2", "", ""])))
        XCTAssertTrue(PlanHeader.isColumnNumbers(cells(["", "2", "3"])))
        XCTAssertFalse(PlanHeader.isColumnNumbers(cells(["1", "", "", "Langkah"])))
        XCTAssertFalse(PlanHeader.isColumnNumbers(cells(["1", "", ""])), "a lone 1 is a component number")
        XCTAssertFalse(PlanHeader.isColumnNumbers(cells(["2", "3"])))
    }
}
