/// What is known of a unit's settings before they are complete: from the
/// folder's name (`zisite new`) or from a decree (`zisite import`). Every
/// value left nil is written as `Settings.placeholder` for the unit to fill.
public struct SettingsDraft: Hashable, Sendable {
    public var unitName: String?
    public var level: WorkUnit.Level?
    public var province: String?
    public var planYear: Int?
    public var decreeNumber: String?
    public var decreeYear: Int?
    public var subject: String?
    public var place: String?
    public var decreeDate: CalendarDate?
    public var signatory: String?
    public var position: String?
    public var annexTitle: String?
    public var dataDate: CalendarDate?

    public init(unitName: String? = nil, level: WorkUnit.Level? = nil, province: String? = nil, planYear: Int? = nil,
                decreeNumber: String? = nil, decreeYear: Int? = nil, subject: String? = nil, place: String? = nil,
                decreeDate: CalendarDate? = nil, signatory: String? = nil, position: String? = nil, annexTitle: String? = nil,
                dataDate: CalendarDate? = nil) {
        self.unitName = unitName
        self.level = level
        self.province = province
        self.planYear = planYear
        self.decreeNumber = decreeNumber
        self.decreeYear = decreeYear
        self.subject = subject
        self.place = place
        self.decreeDate = decreeDate
        self.signatory = signatory
        self.position = position
        self.annexTitle = annexTitle
        self.dataDate = dataDate
    }

    /// "KPU Kabupaten X" from a folder named `Content-kpu-kabupaten-x` or
    /// `kpu-kota-kendari`; nothing when the name does not start with KPU.
    public static func unit(fromFolderName name: String) -> (name: String, level: WorkUnit.Level)? {
        var words = name.split { $0 == "-" || $0 == "_" || $0 == " " }.map { $0.lowercased() }
        if let first = words.first, ["content", "konten"].contains(first) { words.removeFirst() }
        guard words.first == "kpu", words.count >= 2 else { return nil }
        let levels: [String: WorkUnit.Level] = ["kabupaten": .kabupaten, "kab": .kabupaten, "kota": .kota, "provinsi": .provinsi, "prov": .provinsi]
        if words.count == 2, ["ri", "pusat"].contains(words[1]) { return ("KPU RI", .pusat) }
        guard let level = levels[words[1]], words.count >= 3 else { return nil }
        let place = words.dropFirst(2).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return ("KPU \(level.name) \(place)", level)
    }
}
