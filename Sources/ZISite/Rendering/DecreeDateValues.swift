/// A date that may still be unknown in a draft (the decree's), as templates
/// use it: `tanggal` in Indonesian or `(belum diisi)`, `tanggalISO` for a
/// `<time>`, and `adaTanggal`, without which templates write no `<time>`.
enum DecreeDateValues {
    static func of(_ date: CalendarDate?) -> [String: Any] {
        ["tanggal": date.map(IndonesianFormat.date) ?? Settings.placeholder, "tanggalISO": date?.iso ?? "", "adaTanggal": date != nil]
    }
}
