import Foundation

/// Dates and numbers as they are written in Indonesian: "8 September 2025",
/// "1.234,5", "87,5%", "Rp1.500.000".
///
/// The formats are spelt out here rather than taken from Foundation's locale
/// data so that every machine renders the same bytes.
public enum IndonesianFormat {
    public static let monthNames = [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]

    /// "Jan", "Feb", ..., "Agu", ..., "Des": for chart axes.
    public static let shortMonthNames = [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
        "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
    ]

    /// "8 September 2025".
    public static func date(_ date: CalendarDate) -> String {
        "\(date.day) \(monthNames[date.month - 1]) \(date.year)"
    }

    /// "September 2025".
    public static func monthYear(_ month: YearMonth) -> String {
        "\(monthNames[month.month - 1]) \(month.year)"
    }

    /// "Sep 2025".
    public static func shortMonthYear(_ month: YearMonth) -> String {
        "\(shortMonthNames[month.month - 1]) \(month.year)"
    }

    /// "1.234" (thousands separated by dots).
    public static func integer(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(String(value.magnitude))
    }

    private static func grouped(_ digits: String) -> String {
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "." }
            grouped.append(digit)
        }
        return grouped
    }

    /// "1.234,5": at most `fractionDigits` decimals, trailing zeros dropped.
    public static func decimal(_ value: Double, fractionDigits: Int = 1) -> String {
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }
        guard value.isFinite else { return "-" }
        guard value.magnitude * scale < 1e15 else {
            // Beyond Int and beyond a double's whole digits: the whole part only.
            return (value < 0 ? "-" : "") + grouped(String(format: "%.0f", value.magnitude))
        }
        let scaled = Int((value.magnitude * scale).rounded())
        let whole = scaled / Int(scale)
        var fraction = String(scaled % Int(scale))
        if fractionDigits > 0 {
            fraction = String(repeating: "0", count: fractionDigits - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
        } else {
            fraction = ""
        }
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return sign + integer(whole) + (fraction.isEmpty ? "" : "," + fraction)
    }

    /// "83,30": exactly `fractionDigits` decimals, rounded half up, as the
    /// regulations print an index.
    public static func fixed(_ value: Decimal, fractionDigits: Int) -> String {
        let rounded = value.roundedHalfUp(places: fractionDigits)
        let text = NSDecimalNumber(decimal: rounded.magnitude).stringValue
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        let whole = parts.first ?? "0"
        let fraction = (parts.count > 1 ? parts[1] : "").padding(toLength: fractionDigits, withPad: "0", startingAt: 0)
        let sign = rounded < 0 ? "-" : ""
        return sign + grouped(whole) + (fractionDigits > 0 ? "," + fraction : "")
    }

    /// "87,5%".
    public static func percent(_ value: Double, fractionDigits: Int = 1) -> String {
        decimal(value, fractionDigits: fractionDigits) + "%"
    }

    /// "Rp1.500.000".
    public static func rupiah(_ value: Int) -> String {
        (value < 0 ? "-" : "") + "Rp" + integer(Int(value.magnitude))
    }

    /// "850 B", "12,5 KB", "3,2 MB": sizes in units of 1.024 bytes.
    public static func fileSize(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(integer(bytes)) B" }
        if bytes < 1024 * 1024 { return decimal(Double(bytes) / 1024) + " KB" }
        return decimal(Double(bytes) / (1024 * 1024)) + " MB"
    }
}
