/// What every page of one of a unit's years says of the others, at the top
/// of its content: on an older year's pages, that its plan has been replaced,
/// with a link to the current year's home; on every year's, a link to the
/// Arsip page listing them all. A plan built alone has none, and its pages
/// stay as they were.
struct UnitYearsNotice: Sendable {
    let years: UnitYears
    let year: UnitYears.Year

    /// The notice of `member`'s site; nil for a plan that is not one of a unit's years.
    init?(_ member: PlanCollection.Member) {
        guard let years = member.years, let year = years.years.first(where: { $0.member == member.name }) else { return nil }
        self.years = years
        self.year = year
    }

    /// The layout's `tahunRencana`: a list of one notice, or of none, for a
    /// page whose way back to its site's root is `root`.
    static func values(_ notice: UnitYearsNotice?, root: String) -> [[String: Any]] {
        guard let notice else { return [] }
        let home = root + notice.years.wayHome(from: notice.year)
        return [[
            "tahun": String(notice.year.planYear),
            "tahunLama": notice.year != notice.years.current,
            "tahunBerjalan": String(notice.years.current.planYear),
            "alamatTahunBerjalan": home + SitePaths.home,
            "alamatArsip": home + UnitYears.archivePage,
        ]]
    }
}
