/// What changed from one monev period to the next.
public struct PeriodComparison: Hashable, Sendable {
    public struct Change: Hashable, Sendable {
        public var action: Action
        public var from: ActionState
        public var to: ActionState
    }

    public var previous: MonevPeriod
    /// Steps whose state differs, in the plan's order.
    public var changes: [Change]
    /// Done steps now less done steps then.
    public var doneDifference: Int

    public init(previous: ProgressReport, current: ProgressReport) {
        self.previous = previous.period
        let before = Dictionary(previous.actions.map { ($0.action.code, $0.state) }, uniquingKeysWith: { first, _ in first })
        changes = current.actions.compactMap { progress in
            let from = before[progress.action.code] ?? .notReported
            return from == progress.state ? nil : Change(action: progress.action, from: from, to: progress.state)
        }
        doneDifference = current.overall.done - previous.overall.done
    }

    /// Steps that became done in this period.
    public var newlyDone: [Change] { changes.filter { $0.to == .done } }
}
