/// A register of integrity reports for one period: reports of gratification
/// (laporan gratifikasi, to the unit's gratification control unit) or of
/// wrongdoing (whistle-blowing system, WBS). Only when each came in, its
/// kind and its follow-up are kept: never who reported, who was reported or
/// what was given.
public struct IntegrityReportRegister: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case gratification = "gratifikasi"
        case whistleblowing = "wbs"

        /// "Laporan gratifikasi", at the start of a sentence or a title.
        public var name: String {
            switch self {
            case .gratification: "Laporan gratifikasi"
            case .whistleblowing: "Laporan Whistleblowing System (WBS)"
            }
        }

        /// "laporan gratifikasi", inside a sentence.
        public var nameInSentence: String {
            switch self {
            case .gratification: "laporan gratifikasi"
            case .whistleblowing: "laporan Whistleblowing System (WBS)"
            }
        }
    }

    public struct Report: Hashable, Sendable {
        public var line: Int
        public var received: CalendarDate
        /// The kind of report as written ("Penolakan", "Penyalahgunaan wewenang"); nil when not given.
        public var type: String?
        /// The follow-up as written ("Diteruskan ke KPK", "Dalam proses").
        public var followUp: String

        public init(line: Int, received: CalendarDate, type: String?, followUp: String) {
            self.line = line
            self.received = received
            self.type = type
            self.followUp = followUp
        }
    }

    public var kind: Kind
    public var period: String
    public var source: String
    public var note: String?
    public var file: String
    public var reports: [Report]

    public init(kind: Kind, period: String, source: String, note: String? = nil, file: String = "", reports: [Report]) {
        self.kind = kind
        self.period = period
        self.source = source
        self.note = note
        self.file = file
        self.reports = reports
    }
}
