import Foundation

/// Days as they fall in Indonesia's capital (WIB, UTC+7, no daylight saving):
/// the day a report is "as of", and "today" for a new monev sheet.
public enum JakartaTime {
    public static let zone = TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!

    /// The calendar day in Jakarta at an instant: 31 December 2025 at 17:00
    /// UTC is already 1 January 2026.
    public static func day(of instant: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
