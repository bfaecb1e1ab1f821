import Foundation
import XCTest
@testable import ZISite

final class DataTableTests: XCTestCase {
    private let table = DataTable(
        name: "uji", title: "Uji", description: "Uji",
        fields: [.init(name: "teks", type: .string, description: "t"), .init(name: "jumlah", type: .integer, description: "j"),
                 .init(name: "nilai", type: .number, description: "n"), .init(name: "tanggal", type: .date, description: "d")],
        rows: [
            [.text("Sistem, Mekanisme, dan Prosedur"), .integer(1250), .number(Decimal(string: "3.5")!), .date(CalendarDate(year: 2025, month: 9, day: 8)!)],
            [.text("kata \"kutip\"\nbaris baru\tdan tab"), .empty, .empty, .empty],
        ])

    /// RFC 4180: CRLF rows, a cell with a comma, quote or line break quoted
    /// and its quotes doubled; a decimal point and ISO dates for machines.
    func testCSVQuotesWhatNeedsQuotingAndWritesNumbersForMachines() {
        XCTAssertEqual(table.csv(), "teks,jumlah,nilai,tanggal\r\n\"Sistem, Mekanisme, dan Prosedur\",1250,3.5,2025-09-08\r\n\"kata \"\"kutip\"\"\nbaris baru\tdan tab\",,,\r\n")
    }

    func testJSONIsAnArrayOfObjectsWithTypedValuesAndNulls() throws {
        let json = table.json()
        XCTAssertTrue(json.contains(#"{"teks": "Sistem, Mekanisme, dan Prosedur", "jumlah": 1250, "nilai": 3.5, "tanggal": "2025-09-08"}"#), json)
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(parsed[1]["teks"] as? String, "kata \"kutip\"\nbaris baru\tdan tab")
        XCTAssertTrue(parsed[1]["jumlah"] is NSNull)
    }

    func testThePackageDescribesEachTableAsCSVAndJSONWithItsSchema() throws {
        let package = DataPackage(name: "zi", title: "Data \"ZI\"", tables: [table]).json()
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(package.utf8)) as? [String: Any])
        XCTAssertEqual(parsed["profile"] as? String, "tabular-data-package")
        XCTAssertEqual(parsed["title"] as? String, "Data \"ZI\"")
        let resources = try XCTUnwrap(parsed["resources"] as? [[String: Any]])
        XCTAssertEqual(resources.map { $0["path"] as? String }, ["data/uji.csv", "data/uji.json"])
        XCTAssertEqual(resources.map { $0["format"] as? String }, ["csv", "json"])
        let fields = try XCTUnwrap((resources[0]["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        XCTAssertEqual(fields.map { $0["type"] as? String }, ["string", "integer", "number", "date"])
    }
}
