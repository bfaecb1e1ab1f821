/// The figures of a collection's units added up: how many units and steps,
/// and where the steps stood at each unit's latest monev period. A unit
/// without a report counts in `units` and `steps` only.
public struct CollectionTotals: Hashable, Sendable {
    public var units = 0
    /// Units with at least one monev report.
    public var reportedUnits = 0
    /// Units whose data date is before the last quarter's end (`DataAge`).
    public var oldData = 0
    public var steps = 0
    /// Done, late and unreported steps at each reporting unit's latest period.
    public var done = 0
    public var late = 0
    public var unreported = 0

    public init(_ summaries: [UnitSummary], today: CalendarDate) {
        for unit in summaries {
            units += 1
            steps += unit.steps
            if DataAge.isOld(unit.dataDate, today: today) { oldData += 1 }
            guard let latest = unit.latest else { continue }
            reportedUnits += 1
            done += latest.completion.done
            late += latest.late
            unreported += latest.unreported
        }
    }

    /// Done steps of every unit's steps, as one completion: a unit that has
    /// not reported counts as none of its steps done.
    public var completion: Completion { Completion(steps: steps, done: done) }
}
