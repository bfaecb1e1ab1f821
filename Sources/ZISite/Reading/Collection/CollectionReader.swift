import Foundation

/// Finds the content folders of a collection: every folder under it, at any
/// depth, that holds a `situs.yml`, read in the order and with the title
/// `kumpulan.yml` gives (`CollectionSettingsReader`). A content folder's own
/// folders (`halaman/`, `monev/`, …) are not searched, nor hidden folders,
/// nor folders that are really outside the collection (through a link).
/// The search is bounded, so that a folder such as a whole disk ends with a
/// message rather than a wait.
public enum CollectionReader {
    static let depthLimit = 8
    static let folderLimit = 20_000
    static let memberLimit = 5_000
    /// Names the overview pages and the collection's open data use at the
    /// top of the output (`CollectionPaths`), without their extensions (a
    /// folder's slug has no dot, so a plan's folder can only clash with the
    /// name before it), and `unggah`, where `publish` puts each plan's
    /// upload files.
    static let reservedNames: Set<String> = ["aset", "data", "provinsi", "index", "feed", "sitemap", "datapackage", "informasi-publik",
                                             "menurut-capaian", "unggah"]

    /// Whether `folder` is read as a collection: it exists and holds none of
    /// a unit's own files (`situs.yml`, the plan table, `keputusan.md`). A
    /// unit's folder that lost its `situs.yml` is still one unit, so that
    /// the build says the settings are missing.
    public static func isCollection(_ folder: String) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return false }
        let unitFiles = [ContentReader.settingsFile, ContentReader.decreeFile] + ContentReader.planFiles
        return !unitFiles.contains { FileManager.default.fileExists(atPath: ContentReader.path(folder, $0)) }
    }

    /// The collection in `folder`; nil, with the reasons, when it holds no
    /// content folder or its `kumpulan.yml` is wrong.
    public static func read(folder: String, diagnostics: inout DiagnosticList) -> PlanCollection? {
        read(folder: folder, known: UnitIdentities(), diagnostics: &diagnostics)
    }

    /// `known`: each plan's unit and year as the previous build found them.
    static func read(folder: String, known: UnitIdentities, diagnostics: inout DiagnosticList) -> PlanCollection? {
        let root = ContentFolder(folder)
        let found = contentFolders(in: root, diagnostics: &diagnostics)
        let settings = CollectionSettingsReader.read(folder: root, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        guard !found.isEmpty else {
            diagnostics.error(SourceLocation(file: folder, line: 1),
                              "folder ini tidak berisi situs.yml dan tidak berisi folder konten (folder dengan situs.yml); "
                                + "pilih folder konten satker dengan --content, atau buat folder konten di dalamnya dengan zisite new")
            return nil
        }
        var names = found
        if let listed = settings.members {
            names = chosen(listed, among: found, in: folder, diagnostics: &diagnostics)
        }
        let members = names.map { name in
            PlanCollection.Member(folder: ContentReader.path(folder, name), name: name, sitePath: sitePath(of: name))
        }
        checkSitePaths(members, in: folder, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        let grouped = UnitYearsReader.group(members, known: known, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        return PlanCollection(title: settings.title ?? "Rencana Aksi Pembangunan Zona Integritas", owner: settings.owner, members: grouped)
    }

    /// The content folders of the collection in `folder`, as read for its
    /// build; none when it cannot be read (the build says why).
    public static func folders(_ folder: String) -> [String] {
        var unread = DiagnosticList()
        return read(folder: folder, diagnostics: &unread)?.members.map(\.folder) ?? []
    }

    /// The content folders under the collection's folder, by path.
    private static func contentFolders(in root: ContentFolder, diagnostics: inout DiagnosticList) -> [String] {
        var found: [String] = []
        var waiting: [(name: String, depth: Int)] = [("", 0)]
        var looked = 0
        while let (name, depth) = waiting.popLast() {
            looked += 1
            guard looked <= folderLimit else {
                diagnostics.error(SourceLocation(file: root.path, line: 1),
                                  "folder kumpulan berisi lebih dari \(IndonesianFormat.integer(folderLimit)) folder; pilih folder yang hanya berisi folder konten satker")
                return []
            }
            let path = name.isEmpty ? root.path : ContentReader.path(root.path, name)
            var unread = DiagnosticList()
            guard let listing = root.folder(path, diagnostics: &unread) else { continue }
            if !name.isEmpty, listing.names.contains(ContentReader.settingsFile) {
                found.append(name)
                guard found.count <= memberLimit else {
                    diagnostics.error(SourceLocation(file: root.path, line: 1),
                                      "folder kumpulan berisi lebih dari \(IndonesianFormat.integer(memberLimit)) folder konten; bagi kumpulannya menjadi beberapa")
                    return []
                }
                continue
            }
            guard depth < depthLimit else { continue }
            for child in listing.names.reversed() where !child.hasPrefix(".") {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: listing.real + "/" + child, isDirectory: &isFolder), isFolder.boolValue else { continue }
                waiting.append((name.isEmpty ? child : name + "/" + child, depth + 1))
            }
        }
        return found.sorted()
    }

    /// The folders `kumpulan.yml` lists, in its order; each must be one found.
    private static func chosen(_ listed: [(name: String, location: SourceLocation)], among found: [String], in folder: String,
                               diagnostics: inout DiagnosticList) -> [String] {
        let available = Set(found)
        var names: [String] = []
        for (name, location) in listed {
            let trimmed = name.split(separator: "/").joined(separator: "/")
            guard available.contains(trimmed) else {
                let suggestion = Suggestion.closest(to: trimmed, among: found).map { "; mungkin maksudnya '\($0)'?" } ?? ""
                diagnostics.error(location, "'\(name)' bukan folder konten di dalam '\(folder)' (folder berisi situs.yml)\(suggestion)")
                continue
            }
            guard !names.contains(trimmed) else {
                diagnostics.error(location, "'\(name)' disebut dua kali di daftar folder; hapus salah satunya")
                continue
            }
            names.append(trimmed)
        }
        for name in found where !names.contains(name) {
            diagnostics.warning(listed.first?.location ?? SourceLocation(file: folder, line: 1),
                                "folder konten '\(name)' tidak disebut di daftar folder kumpulan.yml, jadi situsnya tidak dibangun; tambahkan bila situs itu termasuk kumpulan ini")
        }
        return names
    }

    /// "Sulawesi Tenggara/KPU Kota Kendari" → "sulawesi-tenggara/kpu-kota-kendari".
    static func sitePath(of name: String) -> String {
        name.split(separator: "/").map { Slug.make($0, fallback: "satker") }.joined(separator: "/")
    }

    /// Two members may not share a site folder, nor take a name the overview uses.
    private static func checkSitePaths(_ members: [PlanCollection.Member], in folder: String, diagnostics: inout DiagnosticList) {
        var owners: [String: String] = [:]
        for member in members {
            let location = SourceLocation(file: member.folder, line: 1)
            if let first = member.sitePath.split(separator: "/").first, reservedNames.contains(String(first)) {
                diagnostics.error(location, "nama folder '\(first)' dipakai halaman ringkasan kumpulan; ganti nama folder konten ini")
            }
            if let other = owners[member.sitePath] {
                diagnostics.error(location, "situs folder ini akan ditulis ke '\(member.sitePath)/', sama dengan situs folder '\(other)'; ganti salah satu nama foldernya")
            }
            owners[member.sitePath] = member.name
        }
    }
}
