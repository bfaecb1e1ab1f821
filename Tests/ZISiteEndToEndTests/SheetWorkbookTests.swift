import Foundation
import XCTest
@testable import ZISite

/// The example's monev and service sheets saved as Excel workbooks
/// (Fixtures/sheets, written by Scripts/make-sheet-fixtures: dates as date
/// serials, counts as numbers and formulas, text as shared and inline
/// strings) give the very site their CSV gives.
final class SheetWorkbookTests: XCTestCase {
    private static let workbooks = Repository.fixtures.appendingPathComponent("sheets")

    /// A copy of the example whose sheets in `folders` are the workbooks instead of the CSV.
    private func contentWithWorkbooks(_ scratch: ScratchFolder, folders: [String] = ["monev", "layanan"]) throws -> URL {
        let content = try scratch.copy(Repository.content, as: "Content")
        for folder in folders {
            let sheets = content.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: sheets.path) where name.hasSuffix(".csv") {
                try FileManager.default.removeItem(at: sheets.appendingPathComponent(name))
            }
            for name in try FileManager.default.contentsOfDirectory(atPath: Self.workbooks.appendingPathComponent(folder).path) {
                try FileManager.default.copyItem(at: Self.workbooks.appendingPathComponent(folder).appendingPathComponent(name),
                                                 to: sheets.appendingPathComponent(name))
            }
        }
        return content
    }

    func testEveryExampleSheetAsAWorkbookGivesTheSameSite() throws {
        let scratch = try ScratchFolder()
        let fromCSV = BuiltSite.example(in: scratch)
        let workbooks = try contentWithWorkbooks(scratch)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workbooks.appendingPathComponent("monev").path).sorted(),
                       ["triwulan-iii-2025.xlsx", "triwulan-iv-2025.xlsx"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: workbooks.appendingPathComponent("layanan").path).sorted(),
                       ["dumas-2025.xlsx", "gratifikasi-2025.xlsx", "ipak-2025.xlsx", "ipkp-2025.xlsx", "lhkpn-2025.xlsx", "skm-2025.xlsx", "wbs-2025.xlsx"])
        let fromExcel = BuiltSite(content: workbooks, output: scratch.path("Excel"))
        XCTAssertTrue(fromExcel.result.succeeded, fromExcel.errors.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(fromExcel.result.diagnostics.map(\.formatted), fromCSV.result.diagnostics.map(\.formatted))
        let csvFiles = try fromCSV.files(), excelFiles = try fromExcel.files()
        XCTAssertEqual(excelFiles.keys.sorted(), csvFiles.keys.sorted())
        for (path, bytes) in csvFiles where excelFiles[path] != bytes {
            XCTFail("\(path) differs when the sheets are workbooks")
        }
        XCTAssertTrue(csvFiles.keys.contains("monev/triwulan-iv-2025.html") && csvFiles.keys.contains("layanan/skm-tahun-2025.html"))
    }

    func testASheetKeptAsBothCSVAndWorkbookIsAnErrorNotAPick() throws {
        let scratch = try ScratchFolder()
        let content = try scratch.copy(Repository.content, as: "Content")
        try FileManager.default.copyItem(at: Self.workbooks.appendingPathComponent("monev/triwulan-iv-2025.xlsx"),
                                         to: content.appendingPathComponent("monev/triwulan-iv-2025.xlsx"))
        let site = BuiltSite(content: content, output: scratch.path("Output"))
        XCTAssertFalse(site.result.succeeded)
        XCTAssertEqual(site.errors.map(\.formatted), [
            content.appendingPathComponent("monev/triwulan-iv-2025.xlsx").path
                + ":1:1: error: lembar monev ini sama namanya dengan triwulan-iv-2025.csv, hanya berbeda jenis berkas, sehingga tidak jelas mana yang berlaku; simpan satu saja dan hapus atau pindahkan yang lain dari folder ini",
        ])
    }

    func testADamagedWorkbookInMonevIsACleanError() throws {
        let scratch = try ScratchFolder()
        let content = try contentWithWorkbooks(scratch, folders: ["monev"])
        let sheet = content.appendingPathComponent("monev/triwulan-iv-2025.xlsx")
        let whole = try Data(contentsOf: sheet)
        for damaged in [whole.prefix(whole.count / 2), whole.prefix(30), Data(whole.reversed())] {
            try damaged.write(to: sheet)
            let site = BuiltSite(content: content, output: scratch.path("Output"))
            XCTAssertFalse(site.result.succeeded)
            let error = try XCTUnwrap(site.errors.first { $0.location.file.hasSuffix("triwulan-iv-2025.xlsx") }, site.errors.map(\.formatted).joined(separator: "\n"))
            XCTAssertTrue(error.message.contains("Excel"), error.message)
        }
    }
}
