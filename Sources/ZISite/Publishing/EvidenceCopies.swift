import Foundation

/// Where each evidence file goes in the site: under `bukti/`, every folder
/// and file name made URL-safe ("AREA I/SK Tim.pdf" is
/// `bukti/area-i/sk-tim.pdf`), two different files never given the same
/// name, and identical files stored once.
public struct EvidenceCopies: Sendable {
    public static let folder = "bukti"

    /// Evidence path to site path.
    public private(set) var sitePaths: [String: String] = [:]
    /// One copy per distinct file; written with the rest of the site.
    public private(set) var files: [SiteFile] = []

    /// `reserved`: site paths already taken by pages (`bukti/index.html`).
    public init(_ evidence: [EvidenceFile], reserved: Set<String>) {
        var taken = reserved
        var stored: [EvidenceFile] = []
        for file in evidence.sorted(by: { $0.path < $1.path }) {
            if let same = stored.first(where: { $0.size == file.size && FileManager.default.contentsEqual(atPath: $0.source.path, andPath: file.source.path) }) {
                sitePaths[file.path] = sitePaths[same.path]
                continue
            }
            let path = Self.unique(Self.safePath(file.path), taken: taken)
            taken.insert(path)
            stored.append(file)
            sitePaths[file.path] = path
            files.append(SiteFile(path: path, contents: .copy(from: file.source)))
        }
    }

    /// "AREA I/Foto Café.JPG" is "bukti/area-i/foto-cafe.jpg".
    static func safePath(_ path: String) -> String {
        var parts = path.split(separator: "/").map { Slug.make($0, fallback: "folder") }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            let stem = Slug.make(name[..<dot], fallback: "berkas")
            let ext = Slug.make(name[name.index(after: dot)...], fallback: "")
            parts[parts.count - 1] = ext.isEmpty ? stem : "\(stem).\(ext)"
        }
        return ([folder] + parts).joined(separator: "/")
    }

    /// `path`, or `name-2.ext`, `name-3.ext`, ... when it is taken.
    static func unique(_ path: String, taken: Set<String>) -> String {
        guard taken.contains(path) else { return path }
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let dot = path[slash...].lastIndex(of: ".") ?? path.endIndex
        var number = 2
        while true {
            let candidate = "\(path[..<dot])-\(number)\(path[dot...])"
            if !taken.contains(candidate) { return candidate }
            number += 1
        }
    }
}
