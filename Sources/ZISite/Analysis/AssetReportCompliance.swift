import Foundation

/// How many officials obliged to report their wealth have filed, and the
/// share that makes, per group, per report (LHKPN, LHKASN) and in all.
public struct AssetReportCompliance: Hashable, Sendable {
    public struct Share: Hashable, Sendable {
        public var label: String
        /// The report of a group or of a report's total; nil for the total of all.
        public var report: AssetReportRoll.Report?
        public var obliged: Int
        public var filed: Int

        public var notFiled: Int { obliged - filed }

        /// Filed per obliged, in percent, rounded half up to two decimals as
        /// compliance reports write it; nil when nobody is obliged.
        public var percent: Decimal? {
            obliged == 0 ? nil : (Decimal(filed) * 100 / Decimal(obliged)).roundedHalfUp(places: 2)
        }

        init(label: String, report: AssetReportRoll.Report?, _ groups: [AssetReportRoll.Group]) {
            self.label = label
            self.report = report
            obliged = groups.reduce(0) { $0 + $1.obliged }
            filed = groups.reduce(0) { $0 + $1.filed }
        }
    }

    /// Each group, in the sheet's order.
    public var groups: [Share]
    /// Each report the sheet has, LHKPN first.
    public var reports: [Share]
    public var total: Share

    public init(_ roll: AssetReportRoll) {
        groups = roll.groups.map { Share(label: $0.name, report: $0.report, [$0]) }
        reports = AssetReportRoll.Report.allCases.compactMap { report in
            let groups = roll.groups.filter { $0.report == report }
            return groups.isEmpty ? nil : Share(label: report.rawValue, report: report, groups)
        }
        total = Share(label: "Jumlah", report: nil, roll.groups)
    }
}
