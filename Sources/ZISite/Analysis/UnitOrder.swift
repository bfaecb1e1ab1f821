import Foundation

/// The orders a collection's overview shows its units in: by province, then
/// level (pusat, provinsi, kabupaten, kota), then name; and by completion at
/// their latest monev period, highest first. Names compare as Indonesian
/// readers sort them: case and accents aside, numbers by value. Ties keep
/// the units' site folders' order, so every build gives the same order.
public enum UnitOrder {
    /// One province's units, by level then name.
    public struct Province: Hashable, Sendable {
        /// The province as its first unit writes it; nil for units whose
        /// province is not set (KPU RI, drafts).
        public var name: String?
        /// `provinsi/<slug>.html` is its page; nil with `name`.
        public var slug: String?
        public var units: [UnitSummary]
    }

    /// Provinces by name, each unit in the one its settings name; provinces
    /// written differently only in case, spaces or punctuation are one. The
    /// units without a province come last.
    public static func byProvince(_ units: [UnitSummary]) -> [Province] {
        var provinces: [String: Province] = [:]
        var without: [UnitSummary] = []
        for unit in units {
            guard let name = unit.unit.province?.trimmingSpaces, !name.isEmpty else {
                without.append(unit)
                continue
            }
            let slug = Slug.make(name, fallback: "provinsi")
            provinces[slug, default: Province(name: name, slug: slug, units: [])].units.append(unit)
        }
        var ordered = provinces.values.sorted { a, b in
            precedes(a.name ?? "", b.name ?? "", tie: (a.slug ?? "") < (b.slug ?? ""))
        }
        if !without.isEmpty { ordered.append(Province(name: nil, slug: nil, units: without)) }
        return ordered.map { province in
            var sorted = province
            sorted.units = byLevel(province.units)
            return sorted
        }
    }

    /// By level (units without one last), then name.
    public static func byLevel(_ units: [UnitSummary]) -> [UnitSummary] {
        units.sorted { a, b in
            let levelA = rank(a.unit.level), levelB = rank(b.unit.level)
            if levelA != levelB { return levelA < levelB }
            return precedes(a.unit.name, b.unit.name, tie: a.member.sitePath < b.member.sitePath)
        }
    }

    /// The highest share of steps done first; the units not yet reported
    /// last; equal shares by name.
    public static func byCompletion(_ units: [UnitSummary]) -> [UnitSummary] {
        units.sorted { a, b in
            switch (a.latest?.completion, b.latest?.completion) {
            case (nil, nil): break
            case (nil, _): return false
            case (_, nil): return true
            case let (first?, second?):
                // Compared as fractions, exactly: done/steps against done/steps.
                let left = first.done * max(second.steps, 1) * (first.steps == 0 ? 0 : 1)
                let right = second.done * max(first.steps, 1) * (second.steps == 0 ? 0 : 1)
                if left != right { return left > right }
            }
            return precedes(a.unit.name, b.unit.name, tie: a.member.sitePath < b.member.sitePath)
        }
    }

    private static func rank(_ level: WorkUnit.Level?) -> Int {
        level.map { WorkUnit.Level.allCases.firstIndex(of: $0)! } ?? WorkUnit.Level.allCases.count
    }

    private static func precedes(_ a: String, _ b: String, tie: Bool) -> Bool {
        switch a.compare(b, options: [.caseInsensitive, .diacriticInsensitive, .numeric]) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: tie
        }
    }
}
