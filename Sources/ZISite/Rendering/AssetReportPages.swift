import Foundation

/// One page per wealth-report compliance roll: how many officials must file
/// an LHKPN or LHKASN, how many have, and the share, per group with its
/// chart, per report and in all.
struct AssetReportPages {
    let words: SiteWords

    func contexts() -> [PageContext] {
        words.content.services.assetReports.map(page)
    }

    /// "95,45%" or "–" when nobody is obliged.
    static func percent(_ share: AssetReportCompliance.Share) -> String {
        share.percent.map { IndonesianFormat.fixed($0, fractionDigits: 2) + "%" } ?? "–"
    }

    /// "Kepatuhan LHKPN dan LHKASN Tahun 2025", naming only the reports the roll has.
    static func title(_ roll: AssetReportRoll) -> String {
        let reports = AssetReportRoll.Report.allCases.filter { report in roll.groups.contains { $0.report == report } }
        return "Kepatuhan \(reports.map(\.rawValue).joined(separator: " dan ")) \(roll.period)"
    }

    /// "21 dari 22 wajib lapor sudah melaporkan harta kekayaannya (95,45%)."
    static func headline(_ roll: AssetReportRoll) -> String {
        let total = AssetReportCompliance(roll).total
        return "\(IndonesianFormat.integer(total.filed)) dari \(IndonesianFormat.integer(total.obliged)) wajib lapor sudah melaporkan harta kekayaannya (\(percent(total)))."
    }

    private func page(_ roll: AssetReportRoll) -> PageContext {
        let path = SitePaths.assetReports(roll)
        let root = SitePaths.root(for: path)
        let compliance = AssetReportCompliance(roll)
        let chart = ScoreChart(
            id: "grafik-lhkpn", title: "Kepatuhan pelaporan harta kekayaan per kelompok, \(roll.period)",
            description: "Persentase wajib lapor yang sudah melaporkan: "
                + compliance.groups.map { "\($0.report?.rawValue ?? "") \($0.label) \(Self.percent($0))" }.joined(separator: ", ")
                + (compliance.total.percent == nil ? "." : "; garis tegak menandai kepatuhan seluruhnya \(Self.percent(compliance.total)))."),
            scores: compliance.groups.enumerated().map { number, share in
                .init(label: "K\(number + 1)", value: share.percent ?? 0, shown: Self.percent(share))
            },
            scale: 100, ticks: [0, 25, 50, 75, 100], reference: compliance.total.percent)
        func row(_ share: AssetReportCompliance.Share, code: String) -> [String: Any] {
            [
                "kode": code,
                "laporan": share.report?.rawValue ?? "",
                "kelompok": share.label,
                "wajib": IndonesianFormat.integer(share.obliged),
                "sudah": IndonesianFormat.integer(share.filed),
                "belum": IndonesianFormat.integer(share.notFiled),
                "kepatuhan": Self.percent(share),
            ]
        }
        var values: [String: Any] = [
            "judul": Self.title(roll),
            "adaKepatuhan": compliance.total.percent != nil,
            "jumlah": row(compliance.total, code: ""),
            "grafik": chart.svg(),
            "kelompok": compliance.groups.enumerated().map { row($1, code: "K\($0 + 1)") },
            "laporan": compliance.reports.map { share -> [String: Any] in
                var values = row(share, code: "")
                values["nama"] = share.report?.name ?? ""
                return values
            },
            "unduhan": OpenData.links(OpenData(words: words).assetReports(roll), root: root),
        ]
        values.merge(ServiceSheetValues.of(period: roll.period, source: roll.source, note: roll.note, root: root)) { own, _ in own }
        return PageContext(path: path, template: "lhkpn", title: Self.title(roll), values: values)
    }
}
