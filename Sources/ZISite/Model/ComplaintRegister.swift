/// A unit's register of public complaints (pengaduan masyarakat, DUMAS) for
/// one period: each complaint's date, channel and state, never who made it.
public struct ComplaintRegister: Hashable, Sendable {
    public enum State: String, CaseIterable, Hashable, Sendable {
        case received = "diterima"
        case inProcess = "sedang diproses"
        case resolved = "selesai ditindaklanjuti"

        /// The short words a register may use for the state.
        public var shortWord: String {
            switch self {
            case .received: "diterima"
            case .inProcess: "diproses"
            case .resolved: "selesai"
            }
        }
    }

    public struct Complaint: Hashable, Sendable {
        public var line: Int
        public var received: CalendarDate
        /// How it came in (Surel, Telepon, Datang langsung, ...), as written.
        public var channel: String
        public var state: State
        /// The day it was resolved; nil until then.
        public var resolved: CalendarDate?

        public init(line: Int, received: CalendarDate, channel: String, state: State, resolved: CalendarDate?) {
            self.line = line
            self.received = received
            self.channel = channel
            self.state = state
            self.resolved = resolved
        }
    }

    public var period: String
    public var source: String
    public var note: String?
    public var file: String
    public var complaints: [Complaint]

    public init(period: String, source: String, note: String? = nil, file: String = "", complaints: [Complaint]) {
        self.period = period
        self.source = source
        self.note = note
        self.file = file
        self.complaints = complaints
    }
}
