/// The unit's settings file (`Content/situs.yml`).
public struct Settings: Hashable, Sendable {
    public var unit: WorkUnit
    public var planYear: Int
    public var decree: Decree
    public var contacts: [ContactChannel]
    /// The day the published data is valid for ("Data per ...").
    public var dataDate: CalendarDate
    /// Public address of the folder the site is uploaded to, as written;
    /// used where addresses must be absolute (`sitemap.xml`, the feed, the
    /// printed page's address).
    public var siteURL: String?

    /// `siteURL` ending in "/", ready to have a page's path appended.
    public var siteFolderURL: String? {
        siteURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
    }
    /// The area of change each section belongs to, by section numeral
    /// (`area_perubahan`); empty when the settings give none.
    public var areas: [String: AreaOfChange]
    /// Evidence files larger than this many bytes get a warning.
    public var evidenceSizeLimit: Int
    /// A note shown with the progress figures (`catatan_kemajuan`), e.g.
    /// where the figures come from.
    public var progressNote: String?
    /// Who answers for the published information (`penanggung_jawab_informasi`);
    /// nil: the unit's PPID.
    public var informationOfficer: String?

    public static let defaultEvidenceSizeLimit = 20 * 1024 * 1024
    /// What `bukti.batas_ukuran_mb` may be: up to 10 GB, far above any
    /// evidence file, and bounded so that the bytes cannot overflow.
    public static let evidenceSizeLimitsInMegabytes = 1...10_240
    /// The years a plan may be for (as the decree reader reads them): bounded
    /// so that month and year arithmetic on them cannot overflow.
    public static let planYears = 1990...2100
    /// What `zisite new` and `zisite import` write for a value they do not
    /// know; reading it gives a warning until the unit fills it in.
    public static let placeholder = "(belum diisi)"

    public init(unit: WorkUnit, planYear: Int, decree: Decree, contacts: [ContactChannel], dataDate: CalendarDate, siteURL: String?,
                areas: [String: AreaOfChange] = [:], evidenceSizeLimit: Int = Settings.defaultEvidenceSizeLimit,
                progressNote: String? = nil, informationOfficer: String? = nil) {
        self.unit = unit
        self.planYear = planYear
        self.decree = decree
        self.contacts = contacts
        self.dataDate = dataDate
        self.siteURL = siteURL
        self.areas = areas
        self.evidenceSizeLimit = evidenceSizeLimit
        self.progressNote = progressNote
        self.informationOfficer = informationOfficer
    }
}

/// A KPU work unit (satker).
public struct WorkUnit: Hashable, Sendable, Codable {
    public enum Level: String, CaseIterable, Hashable, Sendable, Codable {
        case pusat, provinsi, kabupaten, kota

        /// How the level reads in a sentence.
        public var name: String {
            switch self {
            case .pusat: "Pusat"
            case .provinsi: "Provinsi"
            case .kabupaten: "Kabupaten"
            case .kota: "Kota"
            }
        }
    }

    public var name: String
    /// Nil while `satker.tingkat` is still `(belum diisi)` (a draft).
    public var level: Level?
    public var province: String?

    public init(name: String, level: Level?, province: String?) {
        self.name = name
        self.level = level
        self.province = province
    }
}

/// The decree (keputusan) whose annex is the plan.
public struct Decree: Hashable, Sendable {
    public var number: String
    public var year: Int
    public var subject: String
    public var place: String
    /// Nil while `keputusan.tanggal` is still `(belum diisi)` (a draft).
    public var date: CalendarDate?
    public var signatory: String
    public var position: String
    /// The plan table's own title as the annex writes it above the table
    /// (`keputusan.judul_lampiran`); nil when the settings give none.
    public var annexTitle: String?

    public init(number: String, year: Int, subject: String, place: String, date: CalendarDate?, signatory: String, position: String,
                annexTitle: String? = nil) {
        self.number = number
        self.year = year
        self.subject = subject
        self.place = place
        self.date = date
        self.signatory = signatory
        self.position = position
        self.annexTitle = annexTitle
    }
}

/// A way to reach the unit (website, PPID, pengaduan, the office's
/// telephone and address).
public struct ContactChannel: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case website, ppid, pengaduan, telepon, alamat

        public var label: String {
            switch self {
            case .website: "Laman resmi"
            case .ppid: "PPID"
            case .pengaduan: "Pengaduan"
            case .telepon: "Telepon"
            case .alamat: "Alamat kantor"
            }
        }
    }

    public var kind: Kind
    /// As written in the settings.
    public var text: String
    /// A checked link (http, https or mailto) when the text is one.
    public var url: String?

    public init(kind: Kind, text: String, url: String?) {
        self.kind = kind
        self.text = text
        self.url = url
    }
}
