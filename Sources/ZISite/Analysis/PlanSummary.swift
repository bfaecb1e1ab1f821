/// The plan at a glance: the figures the Beranda and section pages show,
/// computed once here.
public struct PlanSummary: Hashable, Sendable {
    public struct SectionFigures: Hashable, Sendable {
        public var numeral: String
        public var components: Int
        public var indicators: Int
        public var actions: Int
        /// Steps per target month, over the section's own months.
        public var actionsPerMonth: [MonthCount]
        /// Steps whose TARGET WAKTU names no month (kept as text).
        public var actionsWithoutMonth: Int
    }

    public struct MonthCount: Hashable, Sendable {
        public var month: YearMonth
        public var actions: Int
    }

    public var sections: [SectionFigures]
    public var components: Int
    public var indicators: Int
    public var actions: Int
    /// Steps per month for every month from the plan's first target month to
    /// its last, empty months included so the chart shows the gaps.
    public var actionsPerMonth: [MonthCount]
    public var actionsWithoutMonth: Int

    public init(plan: Plan) {
        sections = plan.sections.map(PlanSummary.figures)
        components = sections.reduce(0) { $0 + $1.components }
        indicators = sections.reduce(0) { $0 + $1.indicators }
        actions = sections.reduce(0) { $0 + $1.actions }
        actionsPerMonth = PlanSummary.perMonth(plan.actions)
        actionsWithoutMonth = plan.actions.count { !$0.targetTime.namesMonths }
    }

    private static func figures(_ section: Section) -> SectionFigures {
        let actions = section.actions
        return SectionFigures(
            numeral: section.numeral,
            components: section.namedComponents.count,
            indicators: section.components.reduce(0) { $0 + $1.indicators.count { $0.text != nil } },
            actions: actions.count,
            actionsPerMonth: perMonth(actions),
            actionsWithoutMonth: actions.count { !$0.targetTime.namesMonths })
    }

    /// A step counts once in each month it targets.
    static func perMonth(_ actions: [Action]) -> [MonthCount] {
        var counts: [YearMonth: Int] = [:]
        for action in actions {
            for month in action.targetTime.months { counts[month, default: 0] += 1 }
        }
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        return first.through(last).map { MonthCount(month: $0, actions: counts[$0] ?? 0) }
    }
}
