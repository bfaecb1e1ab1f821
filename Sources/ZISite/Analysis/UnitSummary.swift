/// One plan of a collection as its overview shows it: the unit, its plan
/// year, its steps and where they stood at its latest monev period. Made
/// from the plan as it was read for its own site, never read again.
public struct UnitSummary: Hashable, Sendable, Codable {
    public var member: PlanCollection.Member
    public var unit: WorkUnit
    public var planYear: Int
    public var steps: Int
    /// The latest monev period's name and figures; nil before the first report.
    public var latest: Latest?
    public var dataDate: CalendarDate
    /// The decree that set the plan: its number, year and date (nil while a draft leaves it unknown).
    public var decreeNumber: String
    public var decreeYear: Int
    public var decreeDate: CalendarDate?

    public struct Latest: Hashable, Sendable, Codable {
        public var period: String
        public var asOf: CalendarDate
        public var completion: Completion
        public var late: Int
        public var unreported: Int
        /// The readiness indication of each area of change, in the areas'
        /// order (I to VI), as the unit's own Kesiapan page gives it; nil
        /// when the plan's sections are not areas and no mapping is given.
        public var readiness: [Readiness.Guide]?
    }

}

extension UnitSummary {
    public init(member: PlanCollection.Member, content: Content) {
        self.init(member: member, content: content, monev: MonevSummary(plan: content.plan, periods: content.monev, areas: content.settings.areas))
    }

    /// `monev`: the plan's monev summary, worked out already.
    init(member: PlanCollection.Member, content: Content, monev: MonevSummary) {
        self.member = member
        unit = content.settings.unit
        planYear = content.settings.planYear
        steps = content.plan.actions.count
        dataDate = content.settings.dataDate
        decreeNumber = content.settings.decree.number
        decreeYear = content.settings.decree.year
        decreeDate = content.settings.decree.date
        latest = monev.latest.map { report in
            Latest(period: report.period.name, asOf: report.period.asOf, completion: report.overall,
                   late: report.states[.late] ?? 0, unreported: report.states[.notReported] ?? 0,
                   readiness: monev.readiness?.areas?.map(\.guide))
        }
    }
}
