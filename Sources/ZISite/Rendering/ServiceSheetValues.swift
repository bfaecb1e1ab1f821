/// The values every service figure page shows from its sheet: the way back
/// to Layanan Publik, the period, the source and the note.
enum ServiceSheetValues {
    static func of(period: String, source: String, note: String?, root: String) -> [String: Any] {
        [
            "akar": root,
            "alamatLayanan": root + SitePaths.services,
            "periode": period,
            "sumber": source,
            "catatan": note ?? "",
            "adaCatatan": note != nil,
        ]
    }
}
