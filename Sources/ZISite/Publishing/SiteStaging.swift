import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The new site while it is written: a marked folder beside the output, filled
/// a part at a time (a collection writes each plan as soon as it is rendered,
/// so no build holds a whole national site in memory), then swapped in at
/// once by `finish`, or removed by `discard`. When updating, the parts the
/// previous build left unchanged stay in the output instead, and `finish`
/// moves in only what was written (`SiteUpdate`).
final class SiteStaging: Sendable {
    let folder: String
    let target: OutputLocation
    /// Whether an output is there to be replaced, decided before anything is written.
    let replacing: Bool
    /// Whether the previous build's output is there, with a record of what it wrote, for parts to be reused from.
    let updating: Bool
    /// The parts' folders and those above them made so far.
    private let madeParts = Mutex<Set<Substring>>([])
    /// When updating: the reused files, by their paths in the output.
    private let kept = Mutex<Set<String>>([])

    private init(folder: String, target: OutputLocation, replacing: Bool, updating: Bool) {
        self.folder = folder
        self.target = target
        self.replacing = replacing
        self.updating = updating
    }

    /// Makes the folder, marked, beside the output `lock` holds; `updating`
    /// when a previous build recorded what it wrote there.
    static func open(holding lock: OutputLock, updating: Bool = false) throws(PublishError) -> SiteStaging {
        let target = lock.target
        let replacing = try target.mayBeReplaced()
        let folder = try SitePublisher.makeUniqueFolder(in: target.parent, prefix: target.stagingPrefix)
        do {
            try SitePublisher.writeFile(at: folder + "/" + SitePublisher.markerName, .data(Data(SitePublisher.markerText.utf8)))
        } catch {
            SiteFolder.remove(folder)
            throw error
        }
        return SiteStaging(folder: folder, target: target, replacing: replacing, updating: updating && replacing)
    }

    /// Writes `files` into `part` (a plan's `sitePath`; "" for the top),
    /// making its folder first. Parts that hold no folder of one another
    /// may be written at the same time.
    func write(_ files: [SiteFile], under part: String = "") throws(PublishError) -> [WrittenFile] {
        try inPart(part) { (root: String, made: inout Set<Substring>) throws(PublishError) in
            try SitePublisher.writeFiles(files, into: root, made: &made)
        }
    }

    /// Keeps in the output, when updating it, the files the previous build
    /// wrote into `part`: nothing is read or written again. Fails unless
    /// every file is still exactly as that build left it, at a path a site may have.
    func reuse(_ files: [WrittenFile], from previous: String, under part: String) -> Bool {
        // The record is a file beside the output: its paths are checked as a build's own are.
        guard updating, files.allSatisfy({ SitePublisher.problem(with: $0.path) == nil && $0.isUnchanged(at: previous + "/" + $0.path) })
        else { return false }
        let paths = files.map { part.isEmpty ? $0.path : part + "/" + $0.path }
        kept.withLock { $0.formUnion(paths) }
        return true
    }

    /// Runs `body` with the part's folder, made with those above it, and the
    /// folders made below it so far. Parts may share the folders above them,
    /// so those are made one part at a time; the top ("", a unit's years
    /// whose newest year is the site's top page, or the overview written
    /// last into folders the plans made) is written wholly under the lock.
    private func inPart<Result>(_ part: String, _ body: (String, inout Set<Substring>) throws(PublishError) -> Result) throws(PublishError) -> Result {
        if part.isEmpty {
            return try madeParts.withLock { (made: inout Set<Substring>) throws(PublishError) -> Result in try body(folder, &made) }
        }
        try madeParts.withLock { (made: inout Set<Substring>) throws(PublishError) in
            try SitePublisher.makeFolders(for: part + "/", in: folder, skipping: &made)
        }
        var made: Set<Substring> = []
        return try body(folder + "/" + part, &made)
    }

    /// Swaps the written site in for the output, or, when parts were kept
    /// there, moves what was written in beside them.
    func finish(swapping swap: FolderSwap = .system) throws(PublishError) {
        let kept = kept.withLock { $0 }
        guard kept.isEmpty else { return try SiteUpdate.apply(folder, to: target.path, keeping: kept) }
        try SitePublisher.replace(target, with: folder, replacing: replacing, swap: swap)
    }

    /// Removes what was written; the output stays as it was.
    func discard() {
        SiteFolder.remove(folder)
    }
}

/// A file as a build left it in the output: enough to tell, without reading
/// it, that nobody has changed it since.
struct WrittenFile: Codable, Hashable, Sendable {
    var path: String
    var size: Int64
    var inode: UInt64
    /// Modification time, in nanoseconds since 1970.
    var modified: Int64

    init(path: String, _ info: stat) {
        self.path = path
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        let time = info.modified
        modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Whether the regular file at `location` is this one, unchanged.
    func isUnchanged(at location: String) -> Bool {
        var info = stat()
        guard lstat(location, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        return WrittenFile(path: path, info) == self
    }

    /// In a record, `[path, size, inode, modified]`: a plan has tens of
    /// files, and a list decodes much faster than an object with named keys.
    init(from decoder: Decoder) throws {
        var list = try decoder.unkeyedContainer()
        path = try list.decode(String.self)
        size = try list.decode(Int64.self)
        inode = try list.decode(UInt64.self)
        modified = try list.decode(Int64.self)
        guard list.isAtEnd else { throw DecodingError.dataCorruptedError(in: list, debugDescription: "more than four values") }
    }

    func encode(to encoder: Encoder) throws {
        var list = encoder.unkeyedContainer()
        try list.encode(path)
        try list.encode(size)
        try list.encode(inode)
        try list.encode(modified)
    }
}
