/// Whether a unit's data are old: its data date lies before the end of the
/// last quarter that ended before today. On 15 January 2026 that end is 31
/// December 2025, so data as of 30 December 2025 are old and data as of 31
/// December 2025 are not; on 31 December 2025 itself the last end is still
/// 30 September 2025, since that day's quarter has not ended yet.
public enum DataAge {
    /// The last day of the last quarter (31 March, 30 June, 30 September,
    /// 31 December) that lies before `today`.
    public static func lastQuarterEnd(before today: CalendarDate) -> CalendarDate {
        // The quarter before today's quarter: its last month is a month before today's.
        var year = today.year
        var month = (today.month - 1) / 3 * 3
        if month == 0 {
            year -= 1
            month = 12
        }
        return CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))!
    }

    /// True when `dataDate` is before the last quarter's end before `today`.
    public static func isOld(_ dataDate: CalendarDate, today: CalendarDate) -> Bool {
        dataDate < lastQuarterEnd(before: today)
    }
}
