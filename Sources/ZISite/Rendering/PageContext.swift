/// A page to render: where it goes, which template draws it, and the values
/// the template may use. Every value is already formatted: templates hold no
/// logic and no formatting.
struct PageContext {
    var path: String
    var template: String
    var title: String
    var values: [String: Any]

    var root: String { SitePaths.root(for: path) }
}

/// The words of the site that several pages share.
struct SiteWords {
    let content: Content
    let monev: MonevSummary
    /// Evidence path to its place in the site.
    let evidencePaths: [String: String]
    /// Evidence path to the file's type and size.
    let evidenceFiles: [String: EvidenceFile]
    let surveyIndexes: SurveyIndexes

    init(content: Content, evidencePaths: [String: String] = [:]) {
        self.content = content
        self.monev = MonevSummary(plan: content.plan, periods: content.monev, areas: content.settings.areas)
        self.evidencePaths = evidencePaths
        self.evidenceFiles = Dictionary(content.evidence.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.surveyIndexes = SurveyIndexes(content.services)
    }

    var unitName: String { content.settings.unit.name }

    /// "Keputusan KPU Kota Kendari Nomor 65 Tahun 2025".
    var decreeName: String {
        let decree = content.settings.decree
        return "Keputusan \(unitName) Nomor \(decree.number) Tahun \(decree.year)"
    }

    /// The annex's own title for the plan, or "Rencana Aksi Pembangunan Zona
    /// Integritas KPU Kota Kendari Tahun 2025" when the settings give none.
    var planName: String {
        content.settings.decree.annexTitle ?? "Rencana Aksi Pembangunan Zona Integritas \(unitName) Tahun \(content.settings.planYear)"
    }

    /// "Zona Integritas KPU Kota Kendari": the site's name.
    static func siteTitle(_ unitName: String) -> String { "Zona Integritas \(unitName)" }

    /// "Provinsi Sulawesi Tenggara", or "" where no province is set.
    var region: String { Self.region(of: content.settings.unit) }

    /// The same for any unit (a collection's pages name several).
    static func region(of unit: WorkUnit) -> String {
        guard let province = unit.province, !province.isEmpty else { return "" }
        return region(of: province)
    }

    /// "Provinsi Sulawesi Tenggara" for "Sulawesi Tenggara" and for itself.
    static func region(of province: String) -> String {
        province.lowercased().hasPrefix("provinsi") ? province : "Provinsi \(province)"
    }

    func decreeValues(root: String) -> [String: Any] {
        let decree = content.settings.decree
        let values: [String: Any] = [
            "judul": decreeName,
            "nomor": decree.number,
            "tahun": String(decree.year),
            "tentang": decree.subject,
            "ditetapkanDi": decree.place,
            "penandatangan": decree.signatory,
            "jabatan": decree.position,
            "alamat": root + SitePaths.decree,
        ]
        return values.merging(DecreeDateValues.of(decree.date)) { own, _ in own }
    }

    func sectionTitle(_ section: Section) -> String {
        section.title.isEmpty ? "Bagian \(section.numeral)" : "Bagian \(section.numeral): \(section.title.plain)"
    }
}
