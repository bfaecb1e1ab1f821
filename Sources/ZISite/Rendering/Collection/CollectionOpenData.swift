import Foundation

/// A collection's open data at the top of its site: one table of every
/// plan's steps with where they stood at the plan's latest monev period, one
/// of the plans' summaries as the overview shows them, each with the plan's
/// unit columns first, `datapackage.json` describing both, and the feed of
/// all the plans. Written as a unit's own open data is (`OpenData`,
/// `DataTable`), so the same dialect, quoting and formula guard.
struct CollectionOpenData: Sendable {
    /// One plan built without error: its summary and its share of the data.
    struct Unit: Sendable {
        var summary: UnitSummary
        var data: UnitOpenData
    }

    let collection: PlanCollection
    let units: [Unit]

    init(collection: PlanCollection, units: [UnitSummary], data: [UnitOpenData]) {
        self.collection = collection
        self.units = zip(units, data).map(Unit.init)
    }

    /// The tables published: none without a plan, and no table of steps
    /// when no plan has a step yet (see `DataTable.isPublished`).
    var tables: [DataTable] { [steps(), summaries()].filter(\.isPublished) }

    /// Whether `files` has a feed: it has files only when it has a plan, and then a feed.
    var hasFeed: Bool { !units.isEmpty }

    /// The tables, their package and the feed; nothing without a plan.
    func files() -> [SiteFile] {
        guard hasFeed else { return [] }
        return OpenData.files(tables, name: Slug.make(collection.title, fallback: "kumpulan-zona-integritas"), title: collection.title)
            + [SiteFile(path: CollectionFeed.path, text: CollectionFeed(collection: collection, units: units).xml())]
    }

    // MARK: - The tables

    func steps() -> DataTable {
        DataTable(
            name: "langkah-aksi", title: "Langkah aksi setiap satker",
            description: "Setiap langkah aksi setiap rencana aksi di kumpulan ini, satu baris per langkah, dengan status dan keadaannya pada periode monev terakhir rencana itu; kolom satker di depan, lalu kolom yang sama dengan data monev situs satker.",
            fields: Self.stepsFields, writtenRows: units.map(\.data.steps))
    }

    /// The columns of `steps`: the unit's, its latest monev period, then the step's.
    static let stepsFields = unitFields + [
        .init(name: "periode_monev", type: .string, description: "Periode monev terakhir rencana aksi ini, tempat status dan keadaan dibaca; kosong bila belum ada laporan monev (status dan keadaan pun kosong)"),
    ] + OpenData.stepFields

    func summaries() -> DataTable {
        DataTable(
            name: "ringkasan-satker", title: "Ringkasan setiap satker",
            description: "Satu baris per rencana aksi di kumpulan ini: satker, tahun rencana, jumlah langkah aksi, periode monev terakhir dengan langkah yang selesai, persentasenya, langkah terlambat dan belum dilaporkan, dan tanggal data.",
            fields: Self.unitFields + [
                .init(name: "jumlah_langkah", type: .integer, description: "Jumlah langkah aksi rencana"),
                .init(name: "periode_monev", type: .string, description: "Periode monev terakhir; kosong bila belum ada laporan monev, begitu pula kolom angka monev berikutnya"),
                .init(name: "tanggal_monev", type: .date, description: "Tanggal data periode monev terakhir"),
                .init(name: "selesai", type: .integer, description: "Langkah aksi selesai per periode monev terakhir"),
                .init(name: "persen_selesai", type: .number, description: "Langkah selesai per jumlah langkah, dalam persen, dibulatkan dua angka di belakang koma"),
                .init(name: "terlambat", type: .integer, description: "Langkah aksi terlambat per periode monev terakhir"),
                .init(name: "belum_dilaporkan", type: .integer, description: "Langkah aksi yang belum dilaporkan di periode monev terakhir"),
                .init(name: "tanggal_data", type: .date, description: "Tanggal data situs satker (data_per di situs.yml)"),
            ],
            rows: units.map { unit in
                let summary = unit.summary, latest = summary.latest
                return Self.unitCells(summary) + [
                    .integer(summary.steps), OpenData.text(latest?.period), latest.map { .date($0.asOf) } ?? .empty,
                    latest.map { .integer($0.completion.done) } ?? .empty, latest.map { .number(Self.percent($0.completion)) } ?? .empty,
                    latest.map { .integer($0.late) } ?? .empty, latest.map { .integer($0.unreported) } ?? .empty, .date(summary.dataDate),
                ]
            })
    }

    /// The columns naming a plan, first in both tables.
    static let unitFields: [DataTable.Field] = [
        .init(name: "folder", type: .string, description: "Folder situs rencana aksi di dalam situs kumpulan; halaman depannya folder/index.html"),
        .init(name: "satker", type: .string, description: "Nama satker"),
        .init(name: "provinsi", type: .string, description: "Provinsi satker; kosong bila tidak diisi"),
        .init(name: "tingkat", type: .string, description: "Tingkat satker: Pusat, Provinsi, Kabupaten atau Kota; kosong bila belum diisi"),
        .init(name: "tahun_rencana", type: .integer, description: "Tahun rencana aksi"),
    ]

    static func unitCells(_ summary: UnitSummary) -> [DataTable.Cell] {
        [.text(summary.member.sitePath), .text(summary.unit.name), OpenData.text(summary.unit.province), OpenData.text(summary.unit.level?.name),
         .integer(summary.planYear)]
    }

    /// Done per steps in percent, exact to two decimals (62.5, 33.33).
    static func percent(_ completion: Completion) -> Decimal {
        completion.steps == 0 ? 0 : (Decimal(completion.done) * 100 / Decimal(completion.steps)).roundedHalfUp(places: 2)
    }
}
