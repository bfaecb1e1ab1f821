/// The plan's progress as of one monev period: every step's state, and the
/// completion of every component, section and of the whole plan. Pure: the
/// same plan and sheet always give the same report.
public struct ProgressReport: Hashable, Sendable {
    public struct ActionProgress: Hashable, Sendable {
        public var action: Action
        public var state: ActionState
        /// The sheet's row, when it reports a status.
        public var entry: ProgressEntry?
        /// The last target month has ended (as of the data date) without the
        /// step being done or dropped, whatever its reported status.
        public var overdue: Bool
        /// REALISASI as a percentage of TARGET CAPAIAN, when both are amounts
        /// of the same unit.
        public var realisationPercent: Double?
    }

    public struct ComponentProgress: Hashable, Sendable {
        public var component: Component
        public var completion: Completion
    }

    public struct SectionProgress: Hashable, Sendable {
        public var section: Section
        public var completion: Completion
        public var components: [ComponentProgress]
        public var states: [ActionState: Int]
    }

    public let period: MonevPeriod
    /// Every step of the plan, in the plan's order.
    public let actions: [ActionProgress]
    public let sections: [SectionProgress]
    public let overall: Completion
    public let states: [ActionState: Int]
    /// Where each code is in `actions`, so that pages walking the plan look
    /// a step up without walking the list again.
    private let positions: [String: Int]

    public init(plan: Plan, period: MonevPeriod) {
        self.period = period
        let reported = period.reported
        actions = plan.actions.map { action in
            let entry = reported[action.code]
            let (state, overdue) = ProgressReport.state(of: action, entry: entry, asOf: period.asOf)
            return ActionProgress(action: action, state: state, entry: entry, overdue: overdue,
                                  realisationPercent: ProgressReport.realisationPercent(entry?.realisation, of: action.targetQuantity))
        }
        positions = Dictionary(actions.enumerated().map { ($1.action.code, $0) }, uniquingKeysWith: { first, _ in first })
        let states = Dictionary(actions.map { ($0.action.code, $0.state) }, uniquingKeysWith: { first, _ in first })
        func completion(_ actions: [Action]) -> Completion {
            Completion(steps: actions.count, done: actions.count { states[$0.code] == .done })
        }
        sections = plan.sections.map { section in
            SectionProgress(section: section,
                            completion: completion(section.actions),
                            components: section.components.map { ComponentProgress(component: $0, completion: completion($0.actions)) },
                            states: ProgressReport.counted(section.actions.compactMap { states[$0.code] }))
        }
        overall = completion(plan.actions)
        self.states = ProgressReport.counted(actions.map(\.state))
    }

    public func progress(of code: String) -> ActionProgress? {
        positions[code].map { actions[$0] }
    }

    /// A step is late once the last month it targets has ended, as of the
    /// data date: a step due in December 2025 is late as of 1 January 2026,
    /// not as of 31 December 2025.
    static func state(of action: Action, entry: ProgressEntry?, asOf: CalendarDate) -> (state: ActionState, overdue: Bool) {
        let ended = action.targetTime.months.last.map { $0 < asOf.yearMonth } ?? false
        switch entry?.status {
        case .done: return (.done, false)
        case .notCarriedOut: return (.notCarriedOut, false)
        case nil: return (.notReported, ended)
        case .inProgress: return ended ? (.late, true) : (.inProgress, false)
        case .notStarted: return ended ? (.late, true) : (.notStarted, false)
        }
    }

    static func realisationPercent(_ realisation: TargetQuantity?, of target: TargetQuantity) -> Double? {
        guard let realised = realisation?.amount, let planned = target.amount, planned > 0 else { return nil }
        if let unit = realisation?.unit, let targetUnit = target.unit, unit.lowercased() != targetUnit.lowercased() { return nil }
        return realised * 100 / planned
    }

    static func counted(_ states: [ActionState]) -> [ActionState: Int] {
        var counts: [ActionState: Int] = [:]
        for state in states { counts[state, default: 0] += 1 }
        return counts
    }
}
