/// How a collection's units spread over completion: the number of units in
/// each band of ten percentage points of steps done at their latest period
/// (0-9%, 10-19%, ..., 90-99%), a band of its own for 100%, and the units
/// not yet reported apart. A unit's percentage is rounded down to a whole
/// number first, so 99.9% is in 90-99% and only a finished plan is 100%.
public struct CompletionBands: Hashable, Sendable {
    public static let bandCount = 11

    /// Units per band, from 0-9% to 100%.
    public var counts: [Int]
    /// Units without a monev report, in no band.
    public var unreported: Int

    public init(_ summaries: [UnitSummary]) {
        counts = Array(repeating: 0, count: Self.bandCount)
        unreported = 0
        for unit in summaries {
            guard let completion = unit.latest?.completion else {
                unreported += 1
                continue
            }
            counts[Self.band(of: completion)] += 1
        }
    }

    /// 0 for 0-9% up to 10 for 100%.
    public static func band(of completion: Completion) -> Int {
        guard completion.steps > 0 else { return 0 }
        let done = min(max(completion.done, 0), completion.steps)
        return done * 100 / completion.steps / 10
    }

    /// The lowest and highest whole percentage of band `index`: (60, 69), (100, 100).
    public static func range(of index: Int) -> (low: Int, high: Int) {
        index == bandCount - 1 ? (100, 100) : (index * 10, index * 10 + 9)
    }
}
