import Foundation

/// Finds a unit's years among a collection's content folders: sibling
/// folders (in one folder) whose `situs.yml` names the same unit, each with
/// its own `tahun_rencana`. They become one `UnitYears` when their folder
/// holds nothing else of the collection, so that the newest year's site can
/// take that folder as the unit's home. Two folders of one unit with the
/// same plan year are an error naming both files.
///
/// A unit is the same when `satker.nama`, `satker.tingkat` and
/// `satker.provinsi` are, compared without case, accents, extra spaces or a
/// leading "Provinsi". Only the unit and the year are read here, as written;
/// whatever else is wrong in the file the member's own build reports, and a
/// file that does not name both is left out of any unit's years.
enum UnitYearsReader {
    /// `members` with the years of each unit found: the newest year's
    /// `sitePath` is its home, and every year knows its `UnitYears`.
    /// `known`: what the previous build found, for the files unchanged since.
    static func group(_ members: [PlanCollection.Member], known: UnitIdentities, diagnostics: inout DiagnosticList) -> [PlanCollection.Member] {
        // The plans whose unit and year are known, by their folder, then by unit.
        var units: [String: [Identity.Unit: [Plan]]] = [:]
        for (index, identity) in identities(members, known: known).enumerated() {
            guard let identity else { continue }
            units[parent(of: members[index].name), default: [:]][identity.unit, default: []].append(Plan(index: index, identity: identity))
        }
        let beneath = plansBeneath(members)
        var grouped = members
        for (folder, byUnit) in units.sorted(by: { $0.key < $1.key }) {
            for plans in byUnit.values.sorted(by: { $0[0].index < $1[0].index }) where plans.count > 1 {
                let years = distinctYears(plans, members, refusing: &grouped)
                guard let newest = years.first, years.count > 1 else { continue }
                let home = folder.isEmpty ? "" : CollectionReader.sitePath(of: folder)
                // A plan refused for its year is still there, and left out with it.
                guard beneath[home, default: 0] == plans.count else {
                    let mine = Set(plans.map(\.index))
                    let other = members.indices.first { !mine.contains($0) && isBeneath(members[$0].sitePath, home) }.map { members[$0].name } ?? ""
                    diagnostics.warning(newest.identity.unitLocation,
                                        sharedFolder(plans.map { members[$0.index].name }, unit: newest.identity.name, folder: folder, other: other))
                    continue
                }
                let unitYears = UnitYears(home: home, years: years.map { plan in
                    let member = members[plan.index]
                    return UnitYears.Year(member: member.name, folder: member.folder, planYear: plan.identity.year,
                                          sitePath: plan.index == newest.index ? home : member.sitePath)
                })
                for plan in years { grouped[plan.index].years = unitYears }
                grouped[newest.index].sitePath = home
            }
        }
        return grouped
    }

    /// A member whose unit and year are known.
    private struct Plan {
        var index: Int
        var identity: Identity
    }

    /// What a plan's settings say of its unit and year, as written.
    struct Identity: Codable, Sendable {
        struct Unit: Codable, Hashable, Sendable {
            var name: String
            var level: String
            var province: String
        }

        var unit: Unit
        var name: String
        var year: Int
        var unitLocation: SourceLocation
        var yearLocation: SourceLocation
    }

    /// Each member's unit and year; nil where its `situs.yml` does not say
    /// them. Read in parallel: a collection may hold hundreds of plans.
    private static func identities(_ members: [PlanCollection.Member], known: UnitIdentities) -> [Identity?] {
        members.mapInParallel { member in
            let file = ContentReader.path(member.folder, ContentReader.settingsFile)
            return known.identity(of: file) { identity(of: member, file) }
        }
    }

    private static func identity(of member: PlanCollection.Member, _ file: String) -> Identity? {
        var unread = DiagnosticList()
        guard let text = ContentFolder(member.folder).readText(file, diagnostics: &unread) else { return nil }
        let values = SettingValues.unchecked(text, file: file)
        guard let name = values.value("satker.nama"), name != Settings.placeholder,
              let year = values.value("tahun_rencana").flatMap({ Int($0) }), Settings.planYears.contains(year)
        else { return nil }
        var province = comparable(values.value("satker.provinsi") ?? "")
        if province.hasPrefix("provinsi ") { province.removeFirst("provinsi ".count) }
        let unit = Identity.Unit(name: comparable(name), level: comparable(values.value("satker.tingkat") ?? ""), province: province)
        return Identity(unit: unit, name: name, year: year, unitLocation: values.location(of: "satker.nama"),
                        yearLocation: values.location(of: "tahun_rencana"))
    }

    /// "  KPU  Kota Kéndari " → "kpu kota kendari".
    private static func comparable(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().foldingWhiteSpace
    }

    /// The plans of one unit by plan year, newest first. A plan of a year
    /// met before is refused with an error at its `tahun_rencana`, kept
    /// with it in `grouped` (its build fails, or `--skip-failed` leaves it out).
    private static func distinctYears(_ plans: [Plan], _ members: [PlanCollection.Member], refusing grouped: inout [PlanCollection.Member]) -> [Plan] {
        var byYear: [Int: Plan] = [:]
        for plan in plans {
            let identity = plan.identity
            if let first = byYear[identity.year] {
                let other = ContentReader.path(members[first.index].folder, ContentReader.settingsFile)
                var refusal = DiagnosticList()
                refusal.error(identity.yearLocation, "rencana aksi ini dan rencana aksi di '\(other)' sama-sama milik \(identity.name) untuk tahun \(identity.year); "
                    + "satu satker hanya mempunyai satu rencana aksi setiap tahun, jadi perbaiki tahun_rencana salah satunya atau keluarkan salah satu folder dari kumpulan")
                grouped[plan.index].problems += refusal.items
                continue
            }
            byYear[identity.year] = plan
        }
        return byYear.sorted { $0.key > $1.key }.map(\.value)
    }

    /// Said when a unit's years share their folder with other plans, so
    /// that the newest year cannot take it as the unit's home.
    private static func sharedFolder(_ names: [String], unit: String, folder: String, other: String) -> String {
        let place = folder.isEmpty ? "folder kumpulan" : "folder '\(folder)'"
        return "folder konten \(names.map { "'\($0)'" }.joined(separator: ", ")) adalah rencana aksi \(unit) beberapa tahun, tetapi \(place) "
            + "juga berisi folder konten lain ('\(other)'), jadi setiap tahun dibangun sebagai situs tersendiri tanpa halaman Arsip; "
            + "pindahkan tahun-tahun satker ini ke satu folder tersendiri agar tahun terbaru menjadi beranda satker"
    }

    /// How many members' sites lie in each folder of the site, "" the top.
    private static func plansBeneath(_ members: [PlanCollection.Member]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for member in members {
            counts["", default: 0] += 1
            var path = member.sitePath[...]
            while !path.isEmpty {
                counts[String(path), default: 0] += 1
                path = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
            }
        }
        return counts
    }

    /// "sultra/kendari/2025" → "sultra/kendari"; "2025" → "".
    private static func parent(of name: String) -> String {
        name.lastIndex(of: "/").map { String(name[..<$0]) } ?? ""
    }

    /// `sitePath` lies in the folder `home` ("" is the top: everything does).
    private static func isBeneath(_ sitePath: String, _ home: String) -> Bool {
        home.isEmpty || sitePath == home || sitePath.hasPrefix(home + "/")
    }
}
