/// One page per gratification or WBS register: how many reports came in,
/// per quarter with its chart, per kind and per follow-up; or that there
/// were none (nihil). Never who reported, who was reported, nor what about.
struct IntegrityReportPages {
    let words: SiteWords

    func contexts() -> [PageContext] {
        words.content.services.integrityReports.map(page)
    }

    static func title(_ register: IntegrityReportRegister) -> String {
        "\(register.kind.name) \(register.period)"
    }

    /// "3", or "Nihil" without reports.
    static func count(_ register: IntegrityReportRegister) -> String {
        let total = IntegrityReportFigures(register).total
        return total == 0 ? "Nihil" : IndonesianFormat.integer(total)
    }

    /// "3 laporan: 2 Diteruskan ke KPK, 1 Dalam proses." or "Nihil: tidak ada laporan."
    static func headline(_ register: IntegrityReportRegister) -> String {
        let figures = IntegrityReportFigures(register)
        guard figures.total > 0 else { return "Nihil: tidak ada laporan pada periode ini." }
        return "\(IndonesianFormat.integer(figures.total)) laporan: "
            + figures.followUps.map { "\(IndonesianFormat.integer($0.count)) \($0.label)" }.joined(separator: ", ") + "."
    }

    private func page(_ register: IntegrityReportRegister) -> PageContext {
        let path = SitePaths.integrityReports(register)
        let root = SitePaths.root(for: path)
        let figures = IntegrityReportFigures(register)
        let data = OpenData(words: words)
        let chart = QuarterChart.html(id: "grafik-laporan", title: "\(register.kind.name) per triwulan, \(register.period)",
                                      what: "Laporan diterima", caption: "Jumlah laporan menurut tanggal lapor.",
                                      quarters: figures.quarters.map { ($0.label, $0.count) })
        func rows(_ counts: [IntegrityReportFigures.Count]) -> [[String: Any]] {
            counts.map { ["label": $0.label, "jumlah": IndonesianFormat.integer($0.count)] }
        }
        var values: [String: Any] = [
            "judul": Self.title(register),
            "jenisRegister": register.kind.name,
            "adaLaporan": figures.total > 0,
            "jumlah": IndonesianFormat.integer(figures.total),
            "grafik": chart,
            "tindakLanjut": rows(figures.followUps),
            "jenis": rows(figures.types),
            "adaJenis": !figures.types.isEmpty,
            "unduhan": OpenData.links([data.integritySummary(register.kind)].compactMap { $0 } + data.integrityReports(register), root: root),
        ]
        values.merge(ServiceSheetValues.of(period: register.period, source: register.source, note: register.note, root: root)) { own, _ in own }
        return PageContext(path: path, template: "laporan-integritas", title: Self.title(register), values: values)
    }
}
