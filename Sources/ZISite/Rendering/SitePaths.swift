import Foundation

/// Where each page of the site lives, relative to the site's root folder.
/// Every link is relative, so the site works from any sub-folder and from disk.
enum SitePaths {
    static let home = "index.html"
    static let annex = "lampiran.html"
    static let decree = "keputusan.html"
    static let sitemap = "sitemap.xml"
    static let monevIndex = "monev/index.html"
    static let schedule = "jadwal.html"
    static let lateList = "terlambat.html"
    static let evidenceLibrary = "bukti/index.html"
    static let readiness = "kesiapan.html"
    static let services = "layanan/index.html"
    static let publicInformation = "informasi-publik.html"

    /// The unit's logo, named by its true format: `aset/logo-satker.svg`.
    static func logo(_ logo: UnitLogo) -> String {
        "aset/logo-satker.\(logo.format.fileExtension)"
    }

    /// The signed decree's scan, named after the decree so that a saved copy
    /// says what it is: `dokumen/keputusan-nomor-65-tahun-2025.pdf`. The
    /// number's part is cut to 60 characters: a file name has a bound.
    static func decreeScan(_ decree: Decree) -> String {
        var number = String(Slug.make(decree.number, fallback: "tanpa-nomor").prefix(60))
        while number.hasSuffix("-") { number.removeLast() }
        return "dokumen/keputusan-nomor-\(number)-tahun-\(decree.year).pdf"
    }

    static func monev(_ period: MonevPeriod) -> String {
        "monev/\(Slug.make(period.name, fallback: "periode")).html"
    }

    /// `layanan/skm-semester-i-2025.html`.
    static func survey(_ survey: SatisfactionSurvey) -> String {
        "layanan/skm-\(Slug.make(survey.period, fallback: "periode")).html"
    }

    /// `layanan/pengaduan-tahun-2025.html`.
    static func complaints(_ register: ComplaintRegister) -> String {
        "layanan/pengaduan-\(Slug.make(register.period, fallback: "periode")).html"
    }

    /// `layanan/ipak-semester-i-2025.html`.
    static func perception(_ survey: PerceptionSurvey) -> String {
        "layanan/\(survey.kind.rawValue)-\(Slug.make(survey.period, fallback: "periode")).html"
    }

    /// `layanan/lhkpn-tahun-pelaporan-2025.html`.
    static func assetReports(_ roll: AssetReportRoll) -> String {
        "layanan/lhkpn-\(Slug.make(roll.period, fallback: "periode")).html"
    }

    /// `layanan/gratifikasi-tahun-2025.html`, `layanan/wbs-tahun-2025.html`.
    static func integrityReports(_ register: IntegrityReportRegister) -> String {
        "layanan/\(register.kind.rawValue)-\(Slug.make(register.period, fallback: "periode")).html"
    }

    static func section(_ section: Section) -> String {
        "bagian/\(section.numeral.lowercased()).html"
    }

    static func page(_ page: MarkdownPage) -> String {
        "halaman/\(page.slug).html"
    }

    /// A step's row on its section page: `bagian/ii.html#langkah-ii-3-b`.
    static func step(_ action: Action, in section: Section) -> String {
        self.section(section) + "#" + anchor(action)
    }

    /// The id of a step's row, so a step can be linked to: `langkah-ii-3-b`.
    /// Made code point by code point: Foundation's `replacingOccurrences`
    /// was 3% of building a collection, asked for every step on several pages.
    static func anchor(_ action: Action) -> String {
        var id = "langkah-"
        for scalar in action.code.lowercased().unicodeScalars { id.unicodeScalars.append(scalar == "." ? "-" : scalar) }
        return id
    }

    /// The way back to the root from a page: "" for `index.html`, "../" for `bagian/i.html`.
    static func root(for path: String) -> String {
        String(repeating: "../", count: path.count { $0 == "/" })
    }
}
