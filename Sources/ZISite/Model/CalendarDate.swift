/// A day on the calendar, with no time and no time zone.
///
/// Dates in content (the decree's date, the data date) are calendar days as
/// written in Indonesia; keeping them free of a time zone means they can never
/// slip to the day before when formatted.
public struct CalendarDate: Hashable, Sendable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil when the day does not exist (31 April, 29 February 2025).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
              day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    public var yearMonth: YearMonth { YearMonth(year: year, month: month)! }

    /// Days from this date to `later` (negative when `later` is earlier).
    public func days(to later: CalendarDate) -> Int { later.dayNumber - dayNumber }

    /// Days since 1 January 1970 (proleptic Gregorian calendar).
    private var dayNumber: Int {
        // H. Hinnant's days_from_civil: years start in March, so the leap
        // day is the last of a year.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// A month of a year, the unit of a plan's TARGET WAKTU.
public struct YearMonth: Hashable, Sendable, Comparable {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// The month after this one.
    public var next: YearMonth {
        month == 12 ? YearMonth(year: year + 1, month: 1)! : YearMonth(year: year, month: month + 1)!
    }

    /// Every month from `self` to `end`, both included; empty when `end` is earlier.
    public func through(_ end: YearMonth) -> [YearMonth] {
        var months: [YearMonth] = []
        var current = self
        while current <= end {
            months.append(current)
            current = current.next
        }
        return months
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool {
        (a.year, a.month) < (b.year, b.month)
    }
}

/// Kept as `YYYY-MM-DD` in a build's record, and checked when read back:
/// a record is a file like any other.
extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
