/// What must hold between the files of a content folder, each of which reads
/// well on its own: the settings, the plan and the monev sheets.
struct ContentCheck {
    let settings: Settings
    let plan: Plan
    let periods: [MonevPeriod]
    /// Where a settings key is written, by its path ("data_per").
    let settingLocation: (String) -> SourceLocation

    func check(diagnostics: inout DiagnosticList) {
        let numerals = Set(plan.sections.map(\.numeral))
        for numeral in settings.areas.keys.sorted() where !numerals.contains(numeral) {
            diagnostics.warning(settingLocation("area_perubahan.\(numeral)"),
                                "'area_perubahan' menyebut bagian \(numeral), padahal rencana aksi hanya punya bagian \(plan.sections.map(\.numeral).joined(separator: ", ")); periksa nomor bagiannya")
        }
        for period in periods where !(settings.planYear...settings.planYear + 1).contains(period.asOf.year) {
            diagnostics.warning(period.asOfLocation ?? SourceLocation(file: period.file, line: period.asOfLine),
                                "DATA PER \(IndonesianFormat.date(period.asOf)) jauh dari tahun rencana \(settings.planYear); periksa tahunnya")
        }
        if let latest = periods.last, latest.asOf != settings.dataDate {
            diagnostics.warning(settingLocation("data_per"),
                                "data_per (\(IndonesianFormat.date(settings.dataDate))) berbeda dengan DATA PER lembar monev terbaru \(latest.name) (\(IndonesianFormat.date(latest.asOf))), sehingga situs menampilkan dua tanggal data; samakan data_per dengan \(latest.asOf.iso)")
        }
    }
}
