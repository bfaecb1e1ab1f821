import Foundation

/// Reads a date as office staff write it: `2025-09-08`, `8 September 2025`,
/// or `08/09/2025` and `8-9-2025` (day first, as an Indonesian Excel saves
/// it). A moment with a time and offset (`2025-12-31T20:00:00Z`) is the day
/// it falls on in Jakarta.
enum IndonesianDateReader {
    static func read(_ text: String) -> CalendarDate? {
        let text = text.trimmingSpaces
        if let date = CalendarDate(iso: text) { return date }
        if let date = dayFirst(text) { return date }
        if text.contains("T"), let instant = ISO8601DateFormatter().date(from: text) {
            return JakartaTime.day(of: instant)
        }
        let words = text.split(separator: " ")
        guard words.count == 3, let day = Int(words[0]), let year = Int(words[2]), words[2].count == 4,
              let month = IndonesianFormat.monthNames.firstIndex(where: { $0.lowercased() == words[1].lowercased() })
        else { return nil }
        return CalendarDate(year: year, month: month + 1, day: day)
    }

    /// `31/12/2025`, `31-12-2025`, `1/2/2025`: day, month, four-digit year.
    private static func dayFirst(_ text: String) -> CalendarDate? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
        guard parts.count == 3, parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
