/// The monev period a page reports on, as every progress page names it:
/// "Data per 31 Desember 2025 (Triwulan IV 2025)", linked to its Monev page.
enum PeriodValues {
    static func of(_ period: MonevPeriod, root: String) -> [String: Any] {
        [
            "periode": period.name,
            "alamatMonev": root + SitePaths.monev(period),
            "dataPer": IndonesianFormat.date(period.asOf),
            "dataPerISO": period.asOf.iso,
        ]
    }

    /// The same names, empty, for a page that also stands before any period.
    static var none: [String: Any] { ["periode": "", "alamatMonev": "", "dataPer": "", "dataPerISO": ""] }
}
