/// A CSV download is opened in Excel or LibreOffice, which run a cell that
/// starts like a formula (`=HYPERLINK(…)`, `+`, `-`, `@`). As OWASP
/// recommends, such a cell that is not a number is written with a leading
/// apostrophe, which the spreadsheet shows as text; the JSON keeps the text
/// as written.
enum SpreadsheetFormula {
    /// The first characters of a formula, all ASCII: one byte each.
    static let starters = Array("=+-@\t\r".utf8)

    static func neutralised(_ text: String) -> String {
        // The first byte is an ASCII first code point itself; any other code point's first byte is no starter.
        guard let first = text.utf8.first, starters.contains(first),
              !isNumber(text), text != "-" else { return text }
        return "'" + text
    }

    /// A number as a table writes one: an optional sign, digits, `.` or `,`
    /// between digit groups, an optional `%` (`-12`, `+1.234,5`, `-3,5%`).
    static func isNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars
        if let first = scalars.first, first == "+" || first == "-" { scalars.removeFirst() }
        if scalars.last == "%" { scalars.removeLast() }
        var previousWasDigit = false
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                previousWasDigit = true
            } else if (scalar == "." || scalar == ",") && previousWasDigit {
                previousWasDigit = false
            } else {
                return false
            }
        }
        return previousWasDigit
    }
}
