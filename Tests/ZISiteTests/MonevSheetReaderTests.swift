import Foundation
import XCTest
@testable import ZISite

final class MonevSheetReaderTests: XCTestCase {
    private func read(_ text: String) -> (MonevPeriod?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let period = MonevSheetReader.read(text: text, file: "monev/tw4.csv", diagnostics: &diagnostics)
        return (period, diagnostics)
    }

    /// A sheet as an Indonesian Excel saves "CSV (dipisahkan titik koma)":
    /// semicolons, rows padded to the table width, day-first dates, decimal comma.
    private static let excelSheet = """
        PERIODE;Triwulan IV 2025;;;;;;;
        DATA PER;31/12/2025;;;;;;;
        ;;;;;;;;
        KODE;LANGKAH AKSI;TARGET WAKTU;TARGET CAPAIAN;STATUS;REALISASI;TANGGAL SELESAI;BUKTI;CATATAN
        I.1.a;Membentuk tim;Oktober 2025;1 (satu) Dokumen;Selesai;1 Dokumen;15/10/2025;AREA I/SK Tim.pdf;
        I.2.a;"Rapat; evaluasi";Nov 2025;4 Kegiatan;dalam proses;2,5 Kegiatan;;"AREA I/undangan.pdf
        https://drive.example.org/folder/abc";separuh jalan
        ii.1.a;Sosialisasi;Des 2025;;tidak dilaksanakan;;;;anggaran dialihkan
        II.1.b;Banner;Des 2025;;;;;;

        """

    func testAnIndonesianExcelSheetIsReadWhole() throws {
        let (period, diagnostics) = read(Self.excelSheet)
        XCTAssertEqual(diagnostics.items, [])
        let sheet = try XCTUnwrap(period)
        XCTAssertEqual(sheet.name, "Triwulan IV 2025")
        XCTAssertEqual(sheet.asOf, CalendarDate(year: 2025, month: 12, day: 31))
        XCTAssertEqual(sheet.entries.map(\.code), ["I.1.a", "I.2.a", "ii.1.a", "II.1.b"])
        XCTAssertEqual(sheet.entries.map(\.status), [.done, .inProgress, .notCarriedOut, nil])
        XCTAssertEqual(sheet.entries[0].realisation?.amount, 1)
        XCTAssertEqual(sheet.entries[0].realisation?.unit, "Dokumen")
        XCTAssertEqual(sheet.entries[0].dateDone, CalendarDate(year: 2025, month: 10, day: 15))
        XCTAssertEqual(sheet.entries[0].evidence, [.file("AREA I/SK Tim.pdf")])
        XCTAssertEqual(sheet.entries[1].realisation?.amount, 2.5)
        XCTAssertEqual(sheet.entries[1].evidence, [.file("AREA I/undangan.pdf"), .link("https://drive.example.org/folder/abc")])
        XCTAssertEqual(sheet.entries[1].note, "separuh jalan")
        XCTAssertEqual(sheet.entries[2].note, "anggaran dialihkan")
        XCTAssertEqual(sheet.entries.map(\.line), [5, 6, 8, 9])
        XCTAssertEqual(sheet.reported.keys.sorted(), ["I.1.a", "I.2.a", "ii.1.a"])
    }

    func testCommaAndTabSeparatedSheetsReadTheSame() throws {
        let semicolon = try XCTUnwrap(read(Self.excelSheet).0)
        let comma = Self.excelSheet.replacingOccurrences(of: "2,5 Kegiatan", with: "\"2,5 Kegiatan\"").replacingOccurrences(of: ";", with: ",")
            .replacingOccurrences(of: "\"Rapat, evaluasi\"", with: "\"Rapat; evaluasi\"")
        XCTAssertEqual(read(comma).0?.entries, semicolon.entries)
        let tab = Self.excelSheet.replacingOccurrences(of: "\"Rapat; evaluasi\"", with: "Rapat-evaluasi")
            .replacingOccurrences(of: ";", with: "\t")
        let tabbed = try XCTUnwrap(read(tab).0)
        XCTAssertEqual(tabbed.entries.map(\.status), semicolon.entries.map(\.status))
        XCTAssertEqual(tabbed.entries.map(\.evidence), semicolon.entries.map(\.evidence))
    }

    func testByteOrderMarkAndWindows1252FromExcelAreDecoded() throws {
        var diagnostics = DiagnosticList()
        let withBOM = TextFileDecoder.decode(Data([0xEF, 0xBB, 0xBF]) + Data(Self.excelSheet.utf8), file: "a.csv", diagnostics: &diagnostics)
        XCTAssertEqual(read(try XCTUnwrap(withBOM)).0?.name, "Triwulan IV 2025")
        let cp1252 = Data(Self.excelSheet.replacingOccurrences(of: "separuh jalan", with: "naik 50% \u{2013} caf\u{E9}").utf8)
            .replacingUTF8(of: "\u{2013}", with: [0x96]).replacingUTF8(of: "\u{E9}", with: [0xE9])
        let decoded = try XCTUnwrap(TextFileDecoder.decode(cp1252, file: "a.csv", diagnostics: &diagnostics))
        XCTAssertEqual(read(decoded).0?.entries[1].note, "naik 50% \u{2013} caf\u{E9}")
    }

    func testPeriodAndDateAreRequired() {
        let noPeriod = read("DATA PER;31/12/2025\nKODE;STATUS\nI.1.a;selesai\n")
        XCTAssertNil(noPeriod.0)
        XCTAssertTrue(noPeriod.1.items.contains { $0.severity == .error && $0.message.contains("PERIODE") })
        let noDate = read("PERIODE;Triwulan IV 2025\nKODE;STATUS\n")
        XCTAssertNil(noDate.0)
        XCTAssertTrue(noDate.1.items.contains { $0.message.contains("DATA PER") })
        let badDate = read("PERIODE;Triwulan IV 2025\nDATA PER;31/11/2025\nKODE;STATUS\n")
        XCTAssertNil(badDate.0)
        XCTAssertEqual(badDate.1.items.first?.location, SourceLocation(file: "monev/tw4.csv", line: 2, column: 2, cell: "baris 2, kolom B"))
        let noHeader = read("PERIODE;Triwulan IV 2025\nDATA PER;31/12/2025\nI.1.a;selesai\n")
        XCTAssertNil(noHeader.0)
        XCTAssertTrue(noHeader.1.items.contains { $0.message.contains("baris judul kolom") })
    }

    func testBadCellsAreErrorsAtTheirCell() {
        let (period, diagnostics) = read("""
            PERIODE;Triwulan III 2025
            DATA PER;30 September 2025
            KODE;STATUS;TANGGAL SELESAI;STATUSS
            I.1.a;seleseai;31/09/2025;x
            ;selesai;;
            """)
        XCTAssertEqual(period?.entries.count, 1)
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning, .error, .error, .error])
        XCTAssertEqual(diagnostics.items.map(\.location.line), [3, 4, 4, 5])
        XCTAssertTrue(diagnostics.items[0].message.contains("mungkin maksudnya 'STATUS'"), diagnostics.items[0].message)
        XCTAssertTrue(diagnostics.items[1].message.contains("mungkin maksudnya 'selesai'"), diagnostics.items[1].message)
        XCTAssertEqual(diagnostics.items.map(\.location.cell),
                       ["baris 3, kolom STATUSS (D)", "baris 4, kolom STATUS (B)", "baris 4, kolom TANGGAL SELESAI (C)", "baris 5, kolom KODE (A)"])
        XCTAssertEqual(diagnostics.items[1].location.column, 2, "the sheet's column, not a character offset")
        XCTAssertTrue(diagnostics.items[2].message.contains("31/09/2025"))
        XCTAssertTrue(diagnostics.items[3].message.contains("KODE"))
    }
}

private extension Data {
    func replacingUTF8(of text: String, with bytes: [UInt8]) -> Data {
        Data([UInt8](self).split(separator: [UInt8](text.utf8)).joined(separator: bytes))
    }
}

private extension Array where Element == UInt8 {
    func split(separator: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = [], current: [UInt8] = [], index = 0
        while index < count {
            if index + separator.count <= count, Array(self[index..<index + separator.count]) == separator {
                parts.append(current)
                current = []
                index += separator.count
            } else {
                current.append(self[index])
                index += 1
            }
        }
        return parts + [current]
    }
}
