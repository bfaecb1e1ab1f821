/// Every monev period's report, oldest first, with what changed from the
/// period before and the readiness indication as of the latest.
public struct MonevSummary: Hashable, Sendable {
    public var reports: [ProgressReport]
    /// For each report, the comparison with the one before (nil for the first).
    public var comparisons: [PeriodComparison?]
    public var readiness: Readiness?

    public init(plan: Plan, periods: [MonevPeriod], areas: [String: AreaOfChange]) {
        let reports = periods.sorted { $0.asOf < $1.asOf }.map { ProgressReport(plan: plan, period: $0) }
        self.reports = reports
        comparisons = reports.indices.map { index in
            index == 0 ? nil : PeriodComparison(previous: reports[index - 1], current: reports[index])
        }
        readiness = reports.last.map { Readiness(report: $0, mapping: areas) }
    }

    public var latest: ProgressReport? { reports.last }
}
