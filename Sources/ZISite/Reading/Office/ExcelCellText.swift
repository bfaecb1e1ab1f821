/// A cell of an Excel sheet as the text a monev or service sheet reads,
/// the same text that sheet gives saved as CSV from Excel in Indonesian,
/// so that nothing is silently changed:
///
/// - text (shared or inline strings, a formula's text) as it is stored,
///   line breaks kept; `_x000D_`-style escapes undone, CR LF read as LF;
/// - a number as the shortest decimal that reads back as the stored value,
///   with a decimal comma and without grouping: `4.8499999999999996` is
///   `4,85`, `1200` is `1200`; in a percentage format times 100 with `%`
///   (`0.1` is `10%`); other number formats (decimals shown, currency) are
///   not applied, the stored value is read;
/// - a number in a date format as the day, `15/10/2025` (the time of day,
///   if any, is not read), counted from 1900 or 1904 as the workbook says;
/// - `BENAR` or `SALAH` for a boolean, as Excel in Indonesian shows it;
///   an error value (`#DIV/0!`) as its text;
/// - a formula by the value Excel saved with it; a formula saved without
///   one is nil, for the reader to report.
struct ExcelCellText {
    let strings: [String]
    let formats: ExcelNumberFormats
    let date1904: Bool

    func text(_ cell: SheetCells.Stored) -> String? {
        if cell.hasFormula, !cell.hasValue, cell.type != "inlineStr" { return nil }
        switch cell.type {
        case "s":
            return Int(cell.value).flatMap { strings.indices.contains($0) ? Self.unescaped(strings[$0]) : nil } ?? ""
        case "inlineStr", "str":
            return Self.unescaped(cell.value)
        case "b":
            return cell.value == "1" ? "BENAR" : cell.value == "0" ? "SALAH" : cell.value
        case "e":
            return cell.value
        case "d":
            return CalendarDate(iso: String(cell.value.prefix(10))).map(Self.dayText) ?? cell.value
        default:
            return number(cell.value, style: cell.style)
        }
    }

    private func number(_ stored: String, style: Int?) -> String {
        guard let value = Double(stored.trimmingSpaces), value.isFinite else { return stored }
        switch formats.kind(style) {
        case .date:
            return Self.day(serial: value, date1904: date1904).map(Self.dayText) ?? Self.decimal(value)
        case .percent:
            return Self.decimal(value, shift: 2) + "%"
        case .number:
            return Self.decimal(value)
        }
    }

    /// The shortest decimal that reads back as `value`, times 10^`shift`,
    /// written out in full (no exponent) with a decimal comma.
    static func decimal(_ value: Double, shift: Int = 0) -> String {
        if value == 0 { return "0" }
        // Swift writes a Double as the shortest text that reads back as it.
        let written = "\(value.magnitude)"
        let parts = written.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let digits = String(mantissa.filter { $0 != "." })
        let point = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        // How many of the digits are before the decimal point.
        let wholeCount = point + exponent + shift
        var whole: String, fraction: String
        if wholeCount <= 0 {
            (whole, fraction) = ("", String(repeating: "0", count: -wholeCount) + digits)
        } else if wholeCount >= digits.count {
            (whole, fraction) = (digits + String(repeating: "0", count: wholeCount - digits.count), "")
        } else {
            (whole, fraction) = (String(digits.prefix(wholeCount)), String(digits.dropFirst(wholeCount)))
        }
        whole = String(whole.drop { $0 == "0" })
        fraction = String(fraction.reversed().drop { $0 == "0" }.reversed())
        return (value < 0 ? "-" : "") + (whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "," + fraction)
    }

    /// The last serial number Excel shows as a date: 31/12/9999.
    static let lastSerial = 2_958_465.0

    /// The day of an Excel serial number. Excel counts 1 as 1 January 1900
    /// and, keeping an old Lotus error, has a 29 February 1900 as 60, which
    /// is not a day (nil); a workbook in the 1904 system counts 0 as 1
    /// January 1904. Nil before the first day or after `lastSerial`.
    static func day(serial: Double, date1904: Bool) -> CalendarDate? {
        guard serial >= (date1904 ? 0 : 1), serial < lastSerial + 1 else { return nil }
        var whole = Int(serial.rounded(.down))
        if date1904 {
            whole += 1462
        } else if whole == 60 {
            return nil
        } else if whole < 60 {
            whole += 1
        }
        // Days after 30 December 1899, as a civil date (Howard Hinnant's algorithm).
        let days = whole - 25_569 + 719_468
        let era = days / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return CalendarDate(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    static func dayText(_ date: CalendarDate) -> String {
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(two(date.day))/\(two(date.month))/\(date.year)"
    }

    /// Text with Office's `_xHHHH_` escapes undone (Excel writes a carriage
    /// return as `_x000D_`) and its line ends as LF.
    static func unescaped(_ text: String) -> String {
        var result = text
        if result.contains("_x") {
            result = result.replacing(/_x([0-9A-Fa-f]{4})_/) { match in
                UInt32(match.output.1, radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? String(match.output.0)
            }
        }
        guard result.unicodeScalars.contains("\r") else { return result }
        return result.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
