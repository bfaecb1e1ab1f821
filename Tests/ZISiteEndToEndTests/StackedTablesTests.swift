import Foundation
import XCTest
@testable import ZISite

/// The monev and plan tables of the example become labelled blocks on a
/// phone: every cell names its column in `data-label`, which must be the
/// header of the column the cell is in, and every part of the table says
/// its table role, so a screen reader still has a table when the style
/// sheet shows the rows as blocks.
final class StackedTablesTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var site: BuiltSite!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        site = BuiltSite(content: Repository.content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
    }

    /// Each table of `page` marked to stack: its header cells' texts, and
    /// per body row the opening tags of its cells.
    private func stackedTables(_ page: String) throws -> [(headers: [String], rows: [[String]])] {
        let html = try site.html(page)
        return html.components(separatedBy: "<table").dropFirst().compactMap { part in
            let table = part.components(separatedBy: "</table>")[0]
            guard table.hasPrefix(" class=\"") && table.components(separatedBy: ">")[0].contains("tabel-susun") else { return nil }
            XCTAssertTrue(table.components(separatedBy: ">")[0].contains("role=\"table\""), page)
            let head = table.components(separatedBy: "</thead>")[0]
            let headers = matches(#"<th scope="col"[^>]*>([^<]*)</th>"#, in: head).map { $0[1] }
            let body = table.components(separatedBy: "</thead>")[1]
            let rows = body.components(separatedBy: "<tr").dropFirst().map { row in
                XCTAssertTrue(row.hasPrefix(" role=\"row\"") || row.contains("role=\"row\">"), "\(page): \(row.prefix(80))")
                return matches(#"<t[dh](?: [^>]*)?>"#, in: row).map { $0[0] }
            }
            return (headers, rows)
        }
    }

    private func matches(_ pattern: String, in text: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { String(text[Range(match.range(at: $0), in: text)!]) }
        }
    }

    private func label(_ tag: String) -> String? {
        matches(#"data-label="([^"]*)""#, in: tag).first.map { $0[1] }
    }

    func testEveryMonevCellNamesItsColumnAndKeepsItsRole() throws {
        for page in ["monev/triwulan-iv-2025.html", "monev/triwulan-iii-2025.html", "terlambat.html"] {
            let tables = try stackedTables(page)
            XCTAssertFalse(tables.isEmpty, page)
            for table in tables {
                for row in table.rows where row.count > 1 {
                    XCTAssertEqual(row.map(label), table.headers.map { $0 }, page)
                    XCTAssertTrue(row[0].contains("role=\"rowheader\""), "\(page): \(row[0])")
                    XCTAssertTrue(row.dropFirst().allSatisfy { $0.contains("role=\"cell\"") }, page)
                }
            }
        }
        let changes = try stackedTables("monev/triwulan-iv-2025.html")[0]
        XCTAssertEqual(changes.headers, ["Kode", "Langkah aksi", "Triwulan III 2025", "Triwulan IV 2025"])
    }

    func testEveryPlanCellNamesItsColumnThoughComponentCellsSpanRows() throws {
        for page in [SitePaths.annex, "bagian/i.html", "bagian/iv.html"] {
            let tables = try stackedTables(page)
            XCTAssertEqual(tables.count, 1, page)
            let table = try XCTUnwrap(tables.first)
            var steps = 0, spanning = 0
            for row in table.rows where row.count > 1 {
                // A row without the cells that span from a row above holds
                // the last columns, so its labels are the headers' last ones.
                XCTAssertEqual(row.map(label), table.headers.suffix(row.count).map { $0 }, "\(page): \(row)")
                XCTAssertTrue(row.allSatisfy { $0.contains("role=\"cell\"") || $0.contains("role=\"rowheader\"") }, page)
                // A spanning cell tells assistive technology its span, which
                // it may not read from rowspan once the rows are blocks.
                for tag in row where tag.contains(" rowspan=") {
                    XCTAssertEqual(matches(#" rowspan="([0-9]+)""#, in: tag).first?[1], matches(#"aria-rowspan="([0-9]+)""#, in: tag).first?[1], tag)
                    spanning += 1
                }
                steps += 1
            }
            XCTAssertGreaterThan(steps, 0, page)
            if page != "bagian/iv.html" { XCTAssertGreaterThan(spanning, 0, "\(page) has spanning cells") }
        }
    }
}
