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

    /// The resource name, also the file name: `rencana-aksi`.
    var name: String
    var title: String
    var description: String
    var fields: [Field]
    var rows: [[Cell]]

    /// An empty table (a new unit's plan, a period without complaints) is
    /// not published: Frictionless cannot read an empty JSON array.
    var isPublished: Bool { !rows.isEmpty }

    var csvPath: String { "data/\(name).csv" }
    var jsonPath: String { "data/\(name).json" }

    /// Written row by row into one text: a collection's table of every
    /// plan's steps has tens of thousands of rows.
    func csv() -> String {
        var text = fields.map { Self.csvField($0.name) }.joined(separator: ",") + "\r\n"
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { text += "," }
                text += Self.csvField(cell.csv)
            }
            text += "\r\n"
        }
        return text
    }

    func json() -> String {
        var text = "[\n"
        for (index, row) in rows.enumerated() {
            text += (index == 0 ? "  {" : ",\n  {") + zip(fields, row).map { "\(JSONString.quoted($0.name)): \($1.json)" }.joined(separator: ", ") + "}"
        }
        return text + "\n]\n"
    }

    /// RFC 4180 quoting, and a text that a spreadsheet would run as a
    /// formula neutralised.
    static func csvField(_ text: String) -> String {
        DelimitedTextWriter.cell(SpreadsheetFormula.neutralised(text), separator: ",")
    }
}
