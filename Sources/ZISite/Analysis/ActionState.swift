/// Where an action step stands as of a period's data date.
public enum ActionState: String, CaseIterable, Hashable, Sendable {
    case done = "selesai"
    case notCarriedOut = "tidak dilaksanakan"
    /// Its last target month has ended and it is not done.
    case late = "terlambat"
    case inProgress = "dalam proses"
    case notStarted = "belum dimulai"
    /// The period's sheet has no status for it.
    case notReported = "belum dilaporkan"
}

/// The assessment sheet's (LKE) grading of how much of the plan was carried
/// out: all, most, some or none.
public enum CompletionGrade: String, CaseIterable, Hashable, Sendable {
    case all = "semua"
    case most = "sebagian besar"
    case some = "sebagian kecil"
    case none = "belum ada"

    /// All at 100%, most from half up, some above none.
    public init(done: Int, of steps: Int) {
        if steps > 0, done == steps {
            self = .all
        } else if steps > 0, done * 2 >= steps, done > 0 {
            self = .most
        } else if done > 0 {
            self = .some
        } else {
            self = .none
        }
    }
}

/// How many of a group's steps are done.
public struct Completion: Hashable, Sendable, Codable {
    public var steps: Int
    public var done: Int

    public init(steps: Int, done: Int) {
        self.steps = steps
        self.done = done
    }

    /// Done steps as a percentage of all steps; 0 for no steps.
    public var percent: Double { steps == 0 ? 0 : Double(done) * 100 / Double(steps) }
    public var grade: CompletionGrade { CompletionGrade(done: done, of: steps) }
}
