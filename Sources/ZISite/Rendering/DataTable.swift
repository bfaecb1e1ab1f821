import Foundation

/// One table of the site as open data: published as CSV (UTF-8, a header
/// row, comma-separated) and as JSON (an array of objects), and described
/// in `datapackage.json` with its fields' types and Indonesian descriptions.
struct DataTable {
    enum FieldType: String {
        case string, integer, number, date
    }

    struct Field {
        var name: String
        var type: FieldType
        var description: String
    }

    enum Cell: Hashable, Sendable, Codable {
        case text(String)
        case integer(Int)
        case number(Decimal)
        case date(CalendarDate)
        case empty

        /// As CSV and Frictionless read it: a dot for decimals, ISO dates.
        var csv: String {
            switch self {
            case .text(let text): text
            case .integer(let value): String(value)
            case .number(let value): NSDecimalNumber(decimal: value).stringValue
            case .date(let date): date.iso
            case .empty: ""
            }
        }

        /// As a JSON value, after `json`.
        func appendJSON(to json: inout [UInt8]) {
            switch self {
            case .text(let text): JSONString.append(text, to: &json)
            case .integer, .number: json.append(contentsOf: csv.utf8)
            case .date(let date): JSONString.append(date.iso, to: &json)
            case .empty: json.append(contentsOf: "null".utf8)
            }
        }
    }

    /// Rows already written as CSV lines and JSON objects, ready to be put
    /// after others: a collection's table of every plan's steps is each
    /// plan's rows, written while that plan is built and kept between builds.
    /// In UTF-8, as they are put into the files.
    struct WrittenRows: Hashable, Sendable, Codable {
        var count = 0
        /// Each row with its line end.
        var csv = Data()
        /// The rows as objects, one a line, without the comma after the last.
        var json = Data()

        init() {}

        init(_ rows: [[Cell]], fields: [Field]) {
            count = rows.count
            csv = DataTable.csvLines(rows)
            json = DataTable.jsonObjects(rows, fields: fields)
        }
    }

    /// The resource name, also the file name: `rencana-aksi`.
    var name: String
    var title: String
    var description: String
    var fields: [Field]
    var rows: [[Cell]] = []
    /// Rows written beforehand, after `rows`.
    var writtenRows: [WrittenRows] = []

    /// An empty table (a new unit's plan, a period without complaints) is
    /// not published: Frictionless cannot read an empty JSON array.
    var isPublished: Bool { !rows.isEmpty || writtenRows.contains { $0.count > 0 } }

    var csvPath: String { "data/\(name).csv" }
    var jsonPath: String { "data/\(name).json" }

    /// The file, in UTF-8, put together from its parts' bytes: a
    /// collection's table of every plan's steps has tens of thousands of rows.
    func csv() -> Data {
        let header = fields.map { Self.csvField($0.name) }.joined(separator: ",") + "\r\n"
        return Self.joined([Data(header.utf8), Self.csvLines(rows)] + writtenRows.map(\.csv))
    }

    func json() -> Data {
        let parts = (rows.isEmpty ? [] : [Self.jsonObjects(rows, fields: fields)]) + writtenRows.filter { $0.count > 0 }.map(\.json)
        var pieces = [Data("[\n".utf8)]
        for (index, part) in parts.enumerated() {
            if index > 0 { pieces.append(Data(",\n".utf8)) }
            pieces.append(part)
        }
        return Self.joined(pieces + [Data("\n]\n".utf8)])
    }

    private static func joined(_ pieces: [Data]) -> Data {
        var data = Data(capacity: pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { data.append(piece) }
        return data
    }

    /// Written into bytes, not appended to a text piece by piece.
    private static func csvLines(_ rows: [[Cell]]) -> Data {
        var csv: [UInt8] = []
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { csv.append(UInt8(ascii: ",")) }
                csv.append(contentsOf: csvField(cell.csv).utf8)
            }
            csv.append(contentsOf: [0x0D, 0x0A])
        }
        return Data(csv)
    }

    private static func jsonObjects(_ rows: [[Cell]], fields: [Field]) -> Data {
        let names = fields.map { field -> [UInt8] in
            var name: [UInt8] = []
            JSONString.append(field.name, to: &name)
            return name + ": ".utf8
        }
        var json: [UInt8] = []
        for (index, row) in rows.enumerated() {
            json.append(contentsOf: (index == 0 ? "  {" : ",\n  {").utf8)
            for (column, (name, cell)) in zip(names, row).enumerated() {
                if column > 0 { json.append(contentsOf: ", ".utf8) }
                json.append(contentsOf: name)
                cell.appendJSON(to: &json)
            }
            json.append(UInt8(ascii: "}"))
        }
        return Data(json)
    }

    /// RFC 4180 quoting, and a text that a spreadsheet would run as a
    /// formula neutralised.
    static func csvField(_ text: String) -> String {
        DelimitedTextWriter.cell(SpreadsheetFormula.neutralised(text), separator: ",")
    }
}
