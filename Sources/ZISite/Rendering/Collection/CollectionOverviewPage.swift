/// The collection's home page: every plan with its unit, province, level,
/// plan year, steps and where they stood at its latest monev period, each
/// linking to its own site.
struct CollectionOverviewPage {
    let collection: PlanCollection
    let units: [UnitSummary]
    /// Plans left out for their errors (`--skip-failed`).
    var failed: [FailedPlan] = []

    static let path = "index.html"

    func values() -> [String: Any] {
        // A unit's years are listed once, at the newest year, whose site is the unit's home.
        let units = units.filter { !$0.member.isOlderYear }
        let rows: [[String: Any]] = units.map { unit in
            // The latest period's figures, as a list of one (none before the first report).
            let monev: [[String: Any]] = unit.latest.map { latest in
                [[
                    "periode": latest.period,
                    "selesai": IndonesianFormat.integer(latest.completion.done),
                    "persen": IndonesianFormat.percent(latest.completion.percent),
                    "terlambat": IndonesianFormat.integer(latest.late),
                    "belumDilaporkan": IndonesianFormat.integer(latest.unreported),
                ]]
            } ?? []
            return [
                "satker": unit.unit.name,
                "alamat": unit.member.sitePath + "/index.html",
                "provinsi": unit.unit.province ?? "",
                "tingkat": unit.unit.level?.name ?? Settings.placeholder,
                "tahun": String(unit.planYear),
                "langkah": IndonesianFormat.integer(unit.steps),
                "dataPer": IndonesianFormat.date(unit.dataDate),
                "dataPerISO": unit.dataDate.iso,
                "monev": monev,
            ]
        }
        return [
            "judul": collection.title,
            "pemilik": collection.owner ?? "",
            "adaPemilik": collection.owner != nil,
            "jumlahRencana": IndonesianFormat.integer(units.count),
            "rencana": rows,
            "adaGagal": !failed.isEmpty,
            "jumlahGagal": IndonesianFormat.integer(failed.count),
            "gagal": failed.map { plan in ["folder": plan.folder, "pesan": plan.messages.map { ["teks": $0] }] as [String: Any] },
        ]
    }
}
