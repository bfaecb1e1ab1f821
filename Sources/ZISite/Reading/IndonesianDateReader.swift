/// Reads a date as office staff write it: `2025-09-08` or `8 September 2025`.
enum IndonesianDateReader {
    static func read(_ text: String) -> CalendarDate? {
        if let date = CalendarDate(iso: text) { return date }
        let words = text.split(separator: " ")
        guard words.count == 3, let day = Int(words[0]), let year = Int(words[2]), words[2].count == 4,
              let month = IndonesianFormat.monthNames.firstIndex(where: { $0.lowercased() == words[1].lowercased() })
        else { return nil }
        return CalendarDate(year: year, month: month + 1, day: day)
    }
}
