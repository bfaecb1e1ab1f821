/// One row of the plan table after the header, its cells by column.
struct PlanRow {
    var line: Int
    var cells: [PlanColumn: RichText]
    var locations: [PlanColumn: SourceLocation]

    subscript(column: PlanColumn) -> RichText { cells[column] ?? .empty }

    func location(_ column: PlanColumn) -> SourceLocation? { locations[column] }

    var isBlank: Bool { cells.values.allSatisfy(\.isEmpty) }

    /// The step's own marker ("a." in "a. Membentuk tim"), lower-cased, if the
    /// action text starts with one.
    var actionMarker: String? { PlanRow.marker(in: self[.action].plain) }

    static func marker(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var end = 0
        let isLetter = { (s: Unicode.Scalar) in ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
        let isDigit = { (s: Unicode.Scalar) in ("0"..."9").contains(s) }
        if let first = scalars.first, isLetter(first) {
            end = 1
        } else {
            while end < scalars.count, end < 2, isDigit(scalars[end]) { end += 1 }
        }
        guard end > 0, end + 1 < scalars.count,
              scalars[end] == "." || scalars[end] == ")",
              scalars[end + 1] == " " else { return nil }
        return String(String.UnicodeScalarView(scalars[0..<end])).lowercased()
    }
}

/// A Roman numeral at the start of a cell: "V", "III Penataan ...", "IV. Judul".
struct LeadingNumeral {
    var numeral: String
    var value: Int
    var rest: String

    init?(_ text: String) {
        let head = text.prefix { $0 != " " }
        guard let value = RomanNumeral.value(of: String(head)) else { return nil }
        self.value = value
        self.numeral = RomanNumeral.numeral(value)
        self.rest = String(text.dropFirst(head.count).drop { $0 == " " })
    }

    /// Only upper-case numerals mark a section on a step row: lower-case ones
    /// ("i.") number components there.
    static func isUpperCase(_ text: String) -> Bool {
        !text.contains { $0.isLowercase }
    }
}
