import Foundation

/// Every table the site shows, as open data: the plan, each monev period,
/// each satisfaction and perception survey, complaint register, wealth-report
/// roll and integrity-report register, with
/// `datapackage.json` (Frictionless Tabular Data Package) describing them.
/// Numbers are written with a decimal point and dates as ISO, for machines.
struct OpenData {
    let words: SiteWords

    static let packagePath = "datapackage.json"

    /// The tables published (see `DataTable.isPublished`).
    var tables: [DataTable] {
        let services = words.content.services
        let all = [plan()] + words.monev.reports.map(monev) + [surveySummary()].compactMap { $0 } + services.surveys.map(survey)
            + services.complaints.flatMap(complaints) + [perceptionSummary()].compactMap { $0 } + services.perceptionSurveys.map(perception)
            + services.assetReports.flatMap(assetReports) + IntegrityReportRegister.Kind.allCases.compactMap(integritySummary)
            + services.integrityReports.flatMap(integrityReports)
        return all.filter(\.isPublished)
    }

    /// The files of `tables`, this site's tables (made beforehand: the
    /// Daftar Informasi Publik lists them too).
    func files(_ tables: [DataTable]) -> [SiteFile] {
        Self.files(tables, name: Slug.make("zona-integritas-" + words.unitName, fallback: "zona-integritas"), title: "Data Zona Integritas \(words.unitName)")
    }

    /// Each table as CSV and JSON, and the package describing them.
    static func files(_ tables: [DataTable], name: String, title: String) -> [SiteFile] {
        tables.flatMap { [SiteFile(path: $0.csvPath, contents: .data($0.csv())), SiteFile(path: $0.jsonPath, contents: .data($0.json()))] }
            + [SiteFile(path: packagePath, text: DataPackage(name: name, title: title, tables: tables).json())]
    }

    // MARK: - The tables

    func plan() -> DataTable {
        var rows: [[DataTable.Cell]] = []
        for section in words.content.plan.sections {
            for component in section.components {
                for indicator in component.indicators {
                    for action in indicator.actions {
                        rows.append([
                            .text(action.code), .text(section.numeral), .text(section.title.plain), text(component.number),
                            text(component.title?.plain), text(indicator.text?.plain), .text(action.text.plain),
                            text(action.evidence.plain), text(action.targetTime.text), text(action.targetQuantity.text),
                        ])
                    }
                }
            }
        }
        return DataTable(
            name: Self.planName, title: words.planName,
            description: "Setiap langkah aksi rencana aksi seperti tertulis di lampiran \(words.decreeName), satu baris per langkah.",
            fields: [
                .init(name: "kode", type: .string, description: "Kode langkah aksi: nomor bagian, nomor komponen dan huruf langkah, misalnya II.3.b"),
                .init(name: "bagian", type: .string, description: "Nomor bagian (angka Romawi)"),
                .init(name: "judul_bagian", type: .string, description: "Judul bagian"),
                .init(name: "nomor_komponen", type: .string, description: "Nomor komponen seperti tertulis di kolom NO"),
                .init(name: "komponen", type: .string, description: "Komponen"),
                .init(name: "indikator", type: .string, description: "Indikator"),
                .init(name: "langkah_aksi", type: .string, description: "Langkah aksi"),
                .init(name: "bukti_fisik", type: .string, description: "Bukti fisik yang direncanakan"),
                .init(name: "target_waktu", type: .string, description: "Target waktu seperti tertulis"),
                .init(name: "target_capaian", type: .string, description: "Target capaian seperti tertulis"),
            ],
            rows: rows)
    }

    static let planName = "rencana-aksi"

    static func monevName(_ report: ProgressReport) -> String {
        "monev-" + Slug.make(report.period.name, fallback: "periode")
    }

    func monev(_ report: ProgressReport) -> DataTable {
        DataTable(
            name: Self.monevName(report), title: "Monev \(report.period.name)",
            description: "Kemajuan setiap langkah aksi per \(IndonesianFormat.date(report.period.asOf)) (\(report.period.name)), dari lembar monev Tim ZI.",
            fields: Self.stepFields,
            rows: report.actions.map { step($0.action, $0) })
    }

    /// The columns of a step as a monev period saw it; a collection's
    /// table of every unit's steps has them too.
    static let stepFields: [DataTable.Field] = [
        .init(name: "kode", type: .string, description: "Kode langkah aksi"),
        .init(name: "langkah_aksi", type: .string, description: "Langkah aksi"),
        .init(name: "target_waktu", type: .string, description: "Target waktu seperti tertulis di rencana aksi"),
        .init(name: "target_capaian", type: .string, description: "Target capaian seperti tertulis di rencana aksi"),
        .init(name: "status", type: .string, description: "Status yang dilaporkan: belum dimulai, dalam proses, selesai atau tidak dilaksanakan; kosong bila belum dilaporkan"),
        .init(name: "keadaan", type: .string, description: "Keadaan pada tanggal data, termasuk terlambat dan belum dilaporkan"),
        .init(name: "realisasi", type: .string, description: "Realisasi seperti dilaporkan"),
        .init(name: "tanggal_selesai", type: .date, description: "Tanggal langkah aksi selesai"),
        .init(name: "bukti", type: .string, description: "Bukti dukung: alamat berkas di situs atau tautan, satu per baris"),
        .init(name: "catatan", type: .string, description: "Catatan Tim ZI"),
    ]

    /// One step's cells under `stepFields`; `progress` nil (no monev period
    /// yet) leaves every column after the plan's own empty.
    func step(_ action: Action, _ progress: ProgressReport.ActionProgress?) -> [DataTable.Cell] {
        let entry = progress?.entry
        let evidence = (entry?.evidence ?? []).map { reference -> String in
            switch reference {
            case .file(let path): words.evidencePaths[path] ?? path
            case .link(let url): url
            }
        }
        return [
            .text(action.code), .text(action.text.plain), text(action.targetTime.text),
            text(action.targetQuantity.text), text(entry?.status?.rawValue), progress.map { .text($0.state.rawValue) } ?? .empty,
            text(entry?.realisation?.text), entry?.dateDone.map { .date($0) } ?? .empty,
            text(evidence.joined(separator: "\n")), text(entry?.note),
        ]
    }

    /// Every survey's index and grade; nil without surveys.
    func surveySummary() -> DataTable? {
        let surveys = words.content.services.surveys
        guard !surveys.isEmpty else { return nil }
        return DataTable(
            name: "skm-ringkasan", title: "Indeks Kepuasan Masyarakat",
            description: "Hasil setiap Survei Kepuasan Masyarakat: IKM (rata-rata nilai kesembilan unsur dikali 25, dua angka di belakang koma) dan mutu pelayanan menurut PermenPANRB 14/2017.",
            fields: [
                .init(name: "periode", type: .string, description: "Periode survei"),
                .init(name: "responden", type: .integer, description: "Jumlah responden"),
                .init(name: "ikm", type: .number, description: "Indeks Kepuasan Masyarakat, 25-100"),
                .init(name: "mutu", type: .string, description: "Mutu pelayanan: A, B, C atau D"),
                .init(name: "kinerja", type: .string, description: "Kinerja unit pelayanan: Sangat Baik, Baik, Kurang Baik atau Tidak Baik"),
                .init(name: "sumber", type: .string, description: "Sumber data survei"),
            ],
            rows: surveys.map { survey in
                let index = words.surveyIndexes.of(survey)
                return [.text(survey.period), .integer(survey.respondents), index.index.map { .number($0) } ?? .empty,
                        text(index.grade?.rawValue), text(index.grade?.words), .text(survey.source)]
            })
    }

    func survey(_ survey: SatisfactionSurvey) -> DataTable {
        DataTable(
            name: "skm-" + Slug.make(survey.period, fallback: "periode") + "-unsur", title: "Nilai unsur SKM \(survey.period)",
            description: "Nilai rata-rata (NRR, 1-4) dan nilai konversi (NRR dikali 25) setiap unsur Survei Kepuasan Masyarakat \(survey.period), dibulatkan dua angka di belakang koma.",
            fields: [
                .init(name: "kode_unsur", type: .string, description: "Kode unsur, U1 sampai U9"),
                .init(name: "unsur", type: .string, description: "Nama unsur menurut PermenPANRB 14/2017"),
                .init(name: "nrr", type: .number, description: "Nilai rata-rata jawaban, 1-4"),
                .init(name: "nilai_konversi", type: .number, description: "Nilai rata-rata dikali 25, 25-100"),
            ],
            rows: words.surveyIndexes.of(survey).elements.map { score in
                [.text(score.element.code), .text(score.element.name),
                 .number(score.mean.roundedHalfUp(places: 2)), .number(score.converted.roundedHalfUp(places: 2))]
            })
    }

    func complaints(_ register: ComplaintRegister) -> [DataTable] {
        let figures = ComplaintFigures(register)
        let slug = Slug.make(register.period, fallback: "periode")
        func table(_ by: String, _ label: String, _ counts: [ComplaintFigures.Counts]) -> DataTable {
            DataTable(
                name: "pengaduan-\(slug)-\(by)", title: "Pengaduan masyarakat \(register.period) per \(label)",
                description: "Jumlah pengaduan masyarakat \(register.period) per \(label): diterima, belum diproses, sedang diproses, selesai ditindaklanjuti, dan rata-rata lama penyelesaian dalam hari. Tanpa identitas pelapor.",
                fields: [
                    .init(name: by, type: .string, description: label.prefix(1).uppercased() + label.dropFirst()),
                    .init(name: "diterima", type: .integer, description: "Pengaduan diterima"),
                    .init(name: "belum_diproses", type: .integer, description: "Pengaduan yang belum diproses"),
                    .init(name: "sedang_diproses", type: .integer, description: "Pengaduan yang sedang diproses"),
                    .init(name: "selesai", type: .integer, description: "Pengaduan yang selesai ditindaklanjuti"),
                    .init(name: "rata_rata_hari", type: .number, description: "Rata-rata hari dari diterima sampai selesai, satu angka di belakang koma; kosong bila belum ada yang selesai"),
                ],
                rows: counts.map { counts in
                    [.text(counts.label), .integer(counts.received), .integer(counts.waiting), .integer(counts.inProcess),
                     .integer(counts.resolved),
                     counts.averageDays.map { .number(Decimal($0).roundedHalfUp(places: 1)) } ?? .empty]
                })
        }
        return [table("triwulan", "triwulan", figures.quarters), table("saluran", "saluran pengaduan", figures.channels)]
    }

    func text(_ value: String?) -> DataTable.Cell { Self.text(value) }

    /// A text cell; empty (null in JSON) when there is no text.
    static func text(_ value: String?) -> DataTable.Cell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    // MARK: - Links on pages

    /// "Unduh data" with a CSV and a JSON link for each table.
    static func links(_ tables: [DataTable], root: String) -> String {
        let tables = tables.filter(\.isPublished)
        guard !tables.isEmpty else { return "" }
        let items = tables.map { table in
            "<li>\(HTML.escape(table.title)): <a href=\"\(root)\(table.csvPath)\" download>CSV</a> · <a href=\"\(root)\(table.jsonPath)\" download>JSON</a></li>"
        }
        return "<section class=\"unduh\" aria-labelledby=\"judul-unduh\">\n<h2 id=\"judul-unduh\">Unduh data</h2>\n<ul>\n"
            + items.joined(separator: "\n") + "\n</ul>\n<p>Semua data situs ini dijelaskan dalam <a href=\"\(root)\(packagePath)\">datapackage.json</a> (Frictionless Data).</p>\n</section>\n"
    }
}
