import Foundation

/// Where each evidence file goes in the site: under `bukti/`, every folder
/// and file name made URL-safe ("AREA I/SK Tim.pdf" is
/// `bukti/area-i/sk-tim.pdf`), two different files never given the same
/// name, and identical files stored once.
///
/// Files are compared only with files of their size and fingerprint, so that
/// thousands of files of one size take time in proportion to their number:
/// a file whose size no other file has is not read at all, the others are
/// read once for their fingerprint, and files whose size and fingerprint
/// agree are compared byte for byte before one is taken for the other.
public struct EvidenceCopies: Sendable {
    public static let folder = "bukti"

    /// Evidence path to site path.
    public private(set) var sitePaths: [String: String] = [:]
    /// One copy per distinct file; written with the rest of the site.
    public private(set) var files: [SiteFile] = []

    /// `reserved`: site paths already taken by pages (`bukti/index.html`).
    public init(_ evidence: [EvidenceFile], reserved: Set<String>) {
        var names = SitePathNames(taken: reserved)
        let sharedSizes = Set(Dictionary(grouping: evidence, by: \.size).filter { $0.value.count > 1 }.keys)
        var stored: [Twins: [EvidenceFile]] = [:]
        for file in evidence.sorted(by: { $0.path < $1.path }) {
            if sharedSizes.contains(file.size), let fingerprint = Fingerprint.ofFile(at: file.source) {
                let twins = Twins(size: file.size, fingerprint: fingerprint)
                if let same = stored[twins]?.first(where: { FileManager.default.contentsEqual(atPath: $0.source.path, andPath: file.source.path) }) {
                    sitePaths[file.path] = sitePaths[same.path]
                    continue
                }
                stored[twins, default: []].append(file)
            }
            let path = names.unique(Self.safePath(file.path))
            sitePaths[file.path] = path
            files.append(SiteFile(path: path, contents: .copy(from: file.source)))
        }
    }

    /// What files that may be the same share.
    private struct Twins: Hashable {
        let size: Int
        let fingerprint: Fingerprint
    }

    /// "AREA I/Foto Café.JPG" is "bukti/area-i/foto-cafe.jpg".
    static func safePath(_ path: String) -> String {
        var parts = path.split(separator: "/").map { Slug.make($0, fallback: "folder") }
        if let name = EvidenceFile.nameParts(path) {
            parts[parts.count - 1] = name.extension.isEmpty ? name.stem : "\(name.stem).\(name.extension)"
        }
        return ([folder] + parts).joined(separator: "/")
    }
}
