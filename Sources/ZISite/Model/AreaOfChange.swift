/// The six areas of change (area perubahan) of PermenPANRB 90/2021, with
/// their weight in the assessment sheet (LKE) out of 60 enabling points.
public enum AreaOfChange: Int, CaseIterable, Hashable, Sendable, Comparable {
    case changeManagement = 1
    case governance
    case humanResources
    case accountability
    case supervision
    case publicService

    public var numeral: String { RomanNumeral.numeral(rawValue) }

    public var name: String {
        switch self {
        case .changeManagement: "Manajemen Perubahan"
        case .governance: "Penataan Tatalaksana"
        case .humanResources: "Penataan Sistem Manajemen SDM"
        case .accountability: "Penguatan Akuntabilitas Kinerja"
        case .supervision: "Penguatan Pengawasan"
        case .publicService: "Peningkatan Kualitas Pelayanan Publik"
        }
    }

    public var weight: Int {
        switch self {
        case .changeManagement: 8
        case .governance: 7
        case .humanResources, .accountability, .publicService: 10
        case .supervision: 15
        }
    }

    public static func < (a: AreaOfChange, b: AreaOfChange) -> Bool { a.rawValue < b.rawValue }
}
