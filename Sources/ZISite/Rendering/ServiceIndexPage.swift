/// Layanan Publik: every public-service and integrity figure the unit
/// publishes, with its headline numbers and a link to its page.
struct ServiceIndexPage {
    let words: SiteWords

    func contexts() -> [PageContext] {
        let services = words.content.services
        guard !services.isEmpty else { return [] }
        let path = SitePaths.services
        let root = SitePaths.root(for: path)
        let data = OpenData(words: words)
        let surveys: [[String: Any]] = services.surveys.map { survey in
            let index = words.surveyIndexes.of(survey)
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
        let perception: [[String: Any]] = services.perceptionSurveys.map { survey in
            let index = words.surveyIndexes.of(survey)
            return [
                "periode": survey.period,
                "alamat": root + SitePaths.perception(survey),
                "survei": survey.kind.name,
                "responden": IndonesianFormat.integer(index.respondents),
                "indeks": PerceptionPages.score(index.index),
            ]
        }
        let assetReports: [[String: Any]] = services.assetReports.map { roll in
            let total = AssetReportCompliance(roll).total
            return [
                "periode": roll.period,
                "alamat": root + SitePaths.assetReports(roll),
                "wajib": IndonesianFormat.integer(total.obliged),
                "sudah": IndonesianFormat.integer(total.filed),
                "kepatuhan": AssetReportPages.percent(total),
            ]
        }
        let integrityReports: [[String: Any]] = services.integrityReports.map { register in
            [
                "periode": register.period,
                "alamat": root + SitePaths.integrityReports(register),
                "register": register.kind.name,
                "jumlah": IntegrityReportPages.count(register),
            ]
        }
        let values: [String: Any] = [
            "akar": root,
            "survei": surveys,
            "adaSurvei": !surveys.isEmpty,
            "pengaduan": complaints,
            "adaPengaduan": !complaints.isEmpty,
            "persepsi": perception,
            "adaPersepsi": !perception.isEmpty,
            "lhkpn": assetReports,
            "adaLhkpn": !assetReports.isEmpty,
            "laporanIntegritas": integrityReports,
            "adaLaporanIntegritas": !integrityReports.isEmpty,
            "unduhan": OpenData.links([data.surveySummary()].compactMap { $0 } + services.complaints.flatMap(data.complaints)
                                      + [data.perceptionSummary()].compactMap { $0 } + services.assetReports.flatMap(data.assetReports)
                                      + IntegrityReportRegister.Kind.allCases.compactMap(data.integritySummary), root: root),
        ]
        return [PageContext(path: path, template: "layanan", title: "Layanan Publik", values: values)]
    }
}
