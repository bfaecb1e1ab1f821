/// An indication of WBK/WBBM readiness per area of change: the share of the
/// plan's steps done in each area, against the guides that an area should
/// reach 60% (WBK) or 75% (WBBM) of its weight. Only an indication from the
/// plan's completion, never the assessors' score.
public struct Readiness: Hashable, Sendable {
    public enum Guide: String, Hashable, Sendable, Codable {
        /// At least 75%: in line with the WBBM guide.
        case wbbm
        /// At least 60%: in line with the WBK guide.
        case wbk
        case below
        /// The plan has no step in this area.
        case noSteps
    }

    public struct AreaFigures: Hashable, Sendable {
        public var area: AreaOfChange
        /// Numerals of the plan's sections in this area.
        public var sections: [String]
        public var completion: Completion
        public var guide: Guide
    }

    public static let wbkGuide = 60.0
    public static let wbbmGuide = 75.0

    /// Nil when the plan's sections are not areas and no mapping is given.
    public var areas: [AreaFigures]?
    /// Sections the mapping leaves out.
    public var unmappedSections: [String]
    /// Whether the areas come from `area_perubahan` (false: the section
    /// titles are the areas' names).
    public var fromSettings: Bool

    public init(report: ProgressReport, mapping: [String: AreaOfChange]) {
        let sections = report.sections.map(\.section)
        let named = Readiness.areasByTitle(sections)
        let areaOf = mapping.isEmpty ? named : mapping
        fromSettings = !mapping.isEmpty
        guard let areaOf else {
            areas = nil
            unmappedSections = []
            return
        }
        unmappedSections = sections.map(\.numeral).filter { areaOf[$0] == nil }
        areas = AreaOfChange.allCases.map { area in
            let inArea = report.sections.filter { areaOf[$0.section.numeral] == area }
            let completion = Completion(steps: inArea.reduce(0) { $0 + $1.completion.steps },
                                        done: inArea.reduce(0) { $0 + $1.completion.done })
            return AreaFigures(area: area, sections: inArea.map(\.section.numeral), completion: completion,
                               guide: Readiness.guide(completion))
        }
    }

    static func guide(_ completion: Completion) -> Guide {
        if completion.steps == 0 { return .noSteps }
        if completion.percent >= wbbmGuide { return .wbbm }
        if completion.percent >= wbkGuide { return .wbk }
        return .below
    }

    /// The areas the section titles name, when every section is titled by
    /// one ("Manajemen Perubahan", "AREA V PENGUATAN PENGAWASAN"); nil otherwise.
    static func areasByTitle(_ sections: [Section]) -> [String: AreaOfChange]? {
        var areas: [String: AreaOfChange] = [:]
        for section in sections {
            let title = section.title.plain.foldingWhiteSpace.lowercased()
            guard let area = AreaOfChange.allCases.first(where: { area in area.titles.contains { title.contains($0) } }) else { return nil }
            areas[section.numeral] = area
        }
        return areas.isEmpty ? nil : areas
    }
}

extension AreaOfChange {
    /// Ways plans title this area, lower case.
    var titles: [String] {
        switch self {
        case .changeManagement: ["manajemen perubahan"]
        case .governance: ["penataan tatalaksana", "penataan tata laksana"]
        case .humanResources: ["manajemen sdm", "manajemen sumber daya manusia"]
        case .accountability: ["akuntabilitas kinerja"]
        case .supervision: ["penguatan pengawasan"]
        case .publicService: ["kualitas pelayanan publik"]
        }
    }
}
