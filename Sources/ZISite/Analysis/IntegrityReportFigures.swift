/// How many integrity reports (gratification or WBS) came in, per quarter,
/// per kind and per follow-up.
public struct IntegrityReportFigures: Hashable, Sendable {
    public struct Count: Hashable, Sendable {
        public var label: String
        public var count: Int
    }

    public var total: Int
    /// Per quarter of the date received, in order.
    public var quarters: [Count]
    /// Per kind as written, in the order first met; reports without a kind
    /// are counted as "Tidak disebutkan". Empty when no report has a kind.
    public var types: [Count]
    /// Per follow-up as written, in the order first met.
    public var followUps: [Count]

    public static let untyped = "Tidak disebutkan"

    public init(_ register: IntegrityReportRegister) {
        let reports = register.reports
        func counts(_ groups: [(label: String, items: [IntegrityReportRegister.Report])]) -> [Count] {
            groups.map { Count(label: $0.label, count: $0.items.count) }
        }
        total = reports.count
        quarters = counts(Grouped.byQuarter(reports, \.received))
        types = reports.contains { $0.type != nil } ? counts(Grouped.byLabel(reports) { $0.type ?? Self.untyped }) : []
        followUps = counts(Grouped.byLabel(reports, \.followUp))
    }
}
