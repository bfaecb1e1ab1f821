/// The table of units that the collection's top pages share
/// (`kumpulan-tabel.mustache`): each unit with its province, level, plan
/// year, data date (marked "data lama" when old), steps, where they stood at
/// its latest monev period and the readiness indication per area, in groups
/// (a province each on the Ringkasan, one on the other pages), and a totals
/// row. Every value is formatted here.
struct CollectionUnitTable {
    struct Group {
        /// The group's heading row; nil for a table of one group.
        var title: String?
        /// Where the heading links to (the province's page).
        var href: String?
        var units: [UnitSummary]
    }

    var id: String
    var caption: String
    var groups: [Group]
    /// Whether each row names its province (not on a province's own page).
    var showsProvince: Bool
    let today: CalendarDate
    /// The page's way back to the top of the site ("../" on a province's page).
    let root: String

    /// Satker, Tingkat, Tahun, Data per, Langkah, Periode, Selesai,
    /// Terlambat, Belum dilaporkan and one per area.
    private var columnCount: Int { 9 + AreaOfChange.allCases.count + (showsProvince ? 1 : 0) }

    func values() -> [String: Any] {
        let units = groups.flatMap(\.units)
        return [
            "tabelId": id,
            "tabelJudul": caption,
            "adaKolomProvinsi": showsProvince,
            "kolom": String(columnCount),
            "areaKolom": AreaOfChange.allCases.map { ["nomor": $0.numeral, "nama": $0.name] as [String: Any] },
            "kelompok": groups.map { group -> [String: Any] in
                [
                    "adaJudulKelompok": group.title != nil,
                    "judulKelompok": group.title ?? "",
                    "adaAlamatKelompok": group.href != nil,
                    "alamatKelompok": group.href.map { root + $0 } ?? "",
                    "baris": group.units.map(row),
                ]
            },
            "jumlah": totals(CollectionTotals(units, today: today)),
            "daftarArea": AreaOfChange.allCases.map { "\($0.numeral) \($0.name)" }.joined(separator: ", "),
            "batasDataLama": IndonesianFormat.date(DataAge.lastQuarterEnd(before: today)),
            "batasDataLamaISO": DataAge.lastQuarterEnd(before: today).iso,
            "panduanWBK": IndonesianFormat.percent(Readiness.wbkGuide, fractionDigits: 0),
            "panduanWBBM": IndonesianFormat.percent(Readiness.wbbmGuide, fractionDigits: 0),
        ]
    }

    private func row(_ unit: UnitSummary) -> [String: Any] {
        // The latest period's figures, as a list of one (none before the first report).
        let monev: [[String: Any]] = unit.latest.map { latest in
            let readiness = latest.readiness ?? []
            return [[
                "periode": latest.period,
                "selesai": IndonesianFormat.integer(latest.completion.done),
                "persen": IndonesianFormat.percent(latest.completion.percent),
                "terlambat": IndonesianFormat.integer(latest.late),
                "belumDilaporkan": IndonesianFormat.integer(latest.unreported),
                "adaKesiapan": !readiness.isEmpty,
                "kesiapan": readiness.map { ["indikasi": Self.shortWords($0)] as [String: Any] },
                "alamatKesiapan": root + unit.member.sitePath + "/" + SitePaths.readiness,
                "jumlahArea": String(AreaOfChange.allCases.count),
            ]]
        } ?? []
        return [
            "satker": unit.unit.name,
            "alamat": root + CollectionPaths.home(of: unit),
            "provinsi": unit.unit.province ?? "",
            "tingkat": unit.unit.level?.name ?? Settings.placeholder,
            "tahun": String(unit.planYear),
            "langkah": IndonesianFormat.integer(unit.steps),
            "dataPer": IndonesianFormat.date(unit.dataDate),
            "dataPerISO": unit.dataDate.iso,
            "dataLama": DataAge.isOld(unit.dataDate, today: today),
            "monev": monev,
            "kolomMonev": String(4 + AreaOfChange.allCases.count),
        ]
    }

    private func totals(_ totals: CollectionTotals) -> [String: Any] {
        CollectionSummaryValues.totals(totals).merging([
            "jumlahArea": String(AreaOfChange.allCases.count),
            "kolomAwal": String(showsProvince ? 3 : 2),
        ]) { own, _ in own }
    }

    /// A readiness indication in a cell of its area: the guide reached.
    static func shortWords(_ guide: Readiness.Guide) -> String {
        switch guide {
        case .wbbm: "WBBM"
        case .wbk: "WBK"
        case .below: "Belum"
        case .noSteps: "–"
        }
    }
}
