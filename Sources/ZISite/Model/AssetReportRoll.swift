/// Who must report their wealth and who has: the LHKPN (Laporan Harta
/// Kekayaan Penyelenggara Negara, filed with the KPK) and the LHKASN (for
/// the other civil servants, filed through the ministry's system), per group
/// of officials, for one reporting period.
public struct AssetReportRoll: Hashable, Sendable {
    public enum Report: String, CaseIterable, Hashable, Sendable {
        case lhkpn = "LHKPN"
        case lhkasn = "LHKASN"

        public var name: String {
            switch self {
            case .lhkpn: "Laporan Harta Kekayaan Penyelenggara Negara"
            case .lhkasn: "Laporan Harta Kekayaan Aparatur Sipil Negara"
            }
        }
    }

    public struct Group: Hashable, Sendable {
        public var line: Int
        public var report: Report
        /// The officials, as written ("Ketua dan Anggota", "Pelaksana").
        public var name: String
        public var obliged: Int
        public var filed: Int

        public init(line: Int, report: Report, name: String, obliged: Int, filed: Int) {
            self.line = line
            self.report = report
            self.name = name
            self.obliged = obliged
            self.filed = filed
        }
    }

    public var period: String
    public var source: String
    public var note: String?
    public var file: String
    public var groups: [Group]

    public init(period: String, source: String, note: String? = nil, file: String = "", groups: [Group]) {
        self.period = period
        self.source = source
        self.note = note
        self.file = file
        self.groups = groups
    }
}
