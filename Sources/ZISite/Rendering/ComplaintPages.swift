/// One page per complaint register: how many complaints came in, waited,
/// were in process and resolved, and the mean days to resolve, for the
/// period, per quarter (with its chart) and per channel, and how to file a
/// complaint. Never who complained, nor what about.
struct ComplaintPages {
    let words: SiteWords

    func contexts() -> [PageContext] {
        words.content.services.complaints.map(page)
    }

    /// "6,7 hari", or "–" when nothing is resolved.
    static func days(_ average: Double?) -> String {
        average.map { IndonesianFormat.decimal($0, fractionDigits: 1) + " hari" } ?? "–"
    }

    static func title(_ register: ComplaintRegister) -> String {
        "Pengaduan masyarakat \(register.period)"
    }

    /// "14 pengaduan diterima, 10 selesai ditindaklanjuti."
    static func headline(_ register: ComplaintRegister) -> String {
        let total = ComplaintFigures(register).total
        return "\(IndonesianFormat.integer(total.received)) pengaduan diterima, \(IndonesianFormat.integer(total.resolved)) selesai ditindaklanjuti."
    }

    private func page(_ register: ComplaintRegister) -> PageContext {
        let path = SitePaths.complaints(register)
        let root = SitePaths.root(for: path)
        let figures = ComplaintFigures(register)
        let chart = QuarterChart.html(id: "grafik-pengaduan", title: "Pengaduan diterima per triwulan, \(register.period)",
                                      what: "Pengaduan diterima", caption: "Jumlah pengaduan menurut tanggal diterima.",
                                      quarters: figures.quarters.map { ($0.label, $0.received) })
        var values: [String: Any] = [
            "adaPengaduan": figures.total.received > 0,
            "jumlah": Self.row(figures.total),
            "grafik": chart,
            "triwulan": figures.quarters.map(Self.row),
            "saluran": figures.channels.map(Self.row),
            "unduhan": OpenData.links(OpenData(words: words).complaints(register), root: root),
            "caraPengaduan": ComplaintHowTo.values(words),
        ]
        values.merge(ServiceSheetValues.of(period: register.period, source: register.source, note: register.note, root: root)) { own, _ in own }
        return PageContext(path: path, template: "pengaduan", title: Self.title(register), values: values)
    }

    private static func row(_ counts: ComplaintFigures.Counts) -> [String: Any] {
        [
            "label": counts.label,
            "diterima": IndonesianFormat.integer(counts.received),
            "menunggu": IndonesianFormat.integer(counts.waiting),
            "diproses": IndonesianFormat.integer(counts.inProcess),
            "selesai": IndonesianFormat.integer(counts.resolved),
            "rataRataHari": days(counts.averageDays),
        ]
    }
}
