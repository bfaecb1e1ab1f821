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

        var json: String {
            switch self {
            case .text(let text): JSONString.quoted(text)
            case .integer, .number: csv
            case .date(let date): JSONString.quoted(date.iso)
            case .empty: "null"
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
            csv = Data(DataTable.csvLines(rows).utf8)
            json = Data(DataTable.jsonObjects(rows, fields: fields).utf8)
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
        return Self.joined([Data(header.utf8), Data(Self.csvLines(rows).utf8)] + writtenRows.map(\.csv))
    }

    func json() -> Data {
        let parts = (rows.isEmpty ? [] : [Data(Self.jsonObjects(rows, fields: fields).utf8)]) + writtenRows.filter { $0.count > 0 }.map(\.json)
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

    private static func csvLines(_ rows: [[Cell]]) -> String {
        var text = ""
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { text += "," }
                text += csvField(cell.csv)
            }
            text += "\r\n"
        }
        return text
    }

    private static func jsonObjects(_ rows: [[Cell]], fields: [Field]) -> String {
        let names = fields.map { JSONString.quoted($0.name) + ": " }
        var text = ""
        for (index, row) in rows.enumerated() {
            text += index == 0 ? "  {" : ",\n  {"
            for (column, (name, cell)) in zip(names, row).enumerated() {
                if column > 0 { text += ", " }
                text += name
                text += cell.json
            }
            text += "}"
        }
        return text
    }

    /// RFC 4180 quoting, and a text that a spreadsheet would run as a
    /// formula neutralised.
    static func csvField(_ text: String) -> String {
        DelimitedTextWriter.cell(SpreadsheetFormula.neutralised(text), separator: ",")
    }
}
