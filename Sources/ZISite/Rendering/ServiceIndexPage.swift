/// Layanan Publik: every public-service figure the unit publishes, with
/// its headline numbers and a link to its page.
struct ServiceIndexPage {
    let words: SiteWords

    func contexts() -> [PageContext] {
        let services = words.content.services
        guard !services.isEmpty else { return [] }
        let path = SitePaths.services
        let root = SitePaths.root(for: path)
        let data = OpenData(words: words)
        let surveys: [[String: Any]] = services.surveys.map { survey in
            let index = SatisfactionIndex(survey)
            return [
                "periode": survey.period,
                "alamat": root + SitePaths.survey(survey),
                "responden": IndonesianFormat.integer(survey.respondents),
                "ikm": index.index.map { IndonesianFormat.fixed($0, fractionDigits: 2) } ?? "–",
                "mutu": index.grade.map { "\($0.rawValue) (\($0.words))" } ?? "–",
            ]
        }
        let complaints: [[String: Any]] = services.complaints.map { register in
            let total = ComplaintFigures(register).total
            return [
                "periode": register.period,
                "alamat": root + SitePaths.complaints(register),
                "diterima": IndonesianFormat.integer(total.received),
                "selesai": IndonesianFormat.integer(total.resolved),
                "rataRataHari": ComplaintPages.days(total.averageDays),
            ]
        }
        let values: [String: Any] = [
            "akar": root,
            "survei": surveys,
            "adaSurvei": !surveys.isEmpty,
            "pengaduan": complaints,
            "adaPengaduan": !complaints.isEmpty,
            "unduhan": OpenData.links([data.surveySummary()].compactMap { $0 } + services.complaints.flatMap(data.complaints), root: root),
        ]
        return [PageContext(path: path, template: "layanan", title: "Layanan Publik", values: values)]
    }
}
