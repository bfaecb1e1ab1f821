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
/// moves in only what was written (`SiteUpdate`). A collection's build also
/// has the output's folders recorded as `finish` leaves them (`OutputFolders`).
final class SiteStaging: Sendable {
    /// The output's folders as the previous build recorded them, and which plan holds which.
    typealias Recording = (previous: OutputFolders, owners: OutputFolders.Owners)

    let folder: String
    let target: OutputLocation
    /// Whether an output is there to be replaced, decided before anything is written.
    let replacing: Bool
    /// Whether the previous build's output is there, with a record of what it wrote, for parts to be reused from.
    let updating: Bool
    let recording: Recording?
    /// The parts' folders and those above them made so far.
    private let madeParts = Mutex<Set<Substring>>([])
    /// The folders made inside each part so far, by their paths in the site.
    private let madeInParts = Mutex<[String]>([])
    /// When updating: the reused files, by their paths in the output, and the parts they are of.
    private let kept = Mutex<Set<String>>([])
    private let keptParts = Mutex<Set<String>>([])
    /// The folder's removal after an update, on a thread of its own: it
    /// frees the space of the files the update replaced.
    private let removal = Mutex<BackgroundWork<Void>?>(nil)

    private init(folder: String, target: OutputLocation, replacing: Bool, updating: Bool, recording: Recording?) {
        self.folder = folder
        self.target = target
        self.replacing = replacing
        self.updating = updating
        self.recording = recording
    }

    /// Makes the folder, marked, beside the output `lock` holds; `updating`
    /// when a previous build recorded what it wrote there; `recording` the
    /// output's folders, which an update needs.
    static func open(holding lock: OutputLock, updating: Bool = false, recording: Recording? = nil) throws(PublishError) -> SiteStaging {
        let target = lock.target
        let replacing = try target.mayBeReplaced()
        let folder = try SitePublisher.makeUniqueFolder(in: target.parent, prefix: target.stagingPrefix)
        do {
            try SitePublisher.writeFile(at: folder + "/" + SitePublisher.markerName, .data(Data(SitePublisher.markerText.utf8)))
        } catch {
            SiteFolder.remove(folder)
            throw error
        }
        return SiteStaging(folder: folder, target: target, replacing: replacing, updating: updating && replacing && recording != nil,
                           recording: recording)
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
        guard updating, files.allSatisfy({ SitePublisher.problem(with: $0.path) == nil }) else { return false }
        guard let folder = OpenFolder(previous), files.allSatisfy({ $0.isUnchanged(in: folder) }) else { return false }
        let paths = files.map { part.isEmpty ? $0.path : part + "/" + $0.path }
        kept.withLock { $0.formUnion(paths) }
        keptParts.withLock { _ = $0.insert(part) }
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
        defer { madeInParts.withLock { $0.append(contentsOf: made.map { part + "/" + $0 }) } }
        return try body(folder + "/" + part, &made)
    }

    /// Swaps the written site in for the output, or, when parts were kept
    /// there, moves what was written in beside them. When recording, the
    /// output's folders as it leaves them.
    @discardableResult
    func finish(swapping swap: FolderSwap = .system) throws(PublishError) -> OutputFolders? {
        let kept = kept.withLock { $0 }
        var left: [StaleFiles.Left] = []
        if let recording, !kept.isEmpty {
            left = try SiteUpdate.apply(folder, to: target.path, keeping: kept, of: keptParts.withLock { $0 }, recorded: recording)
            removal.withLock { [folder] in $0 = BackgroundWork { SiteFolder.remove(folder) } }
        } else {
            try SitePublisher.replace(target, with: folder, replacing: replacing, swap: swap)
        }
        guard let owners = recording?.owners else { return nil }
        let made = madeParts.withLock { $0.map(String.init) } + madeInParts.withLock { $0 }
        let carried = Dictionary(left.compactMap { left in left.recorded.map { (left.path, $0) } }, uniquingKeysWith: { first, _ in first })
        return OutputFolders.take(made + left.map(\.path), in: target.path, owners: owners, carrying: carried)
    }

    /// Waits until the folder left after an update is removed.
    func waitUntilRemoved() {
        removal.withLock { $0 }?.wait()
    }

    /// Removes what was written; the output stays as it was.
    func discard() {
        SiteFolder.remove(folder)
    }
}

/// A file as a build left it in the output: enough to tell, without reading
/// it, that nobody has changed it since.
struct WrittenFile: Hashable, Sendable {
    var path: String
    var size: Int64
    var inode: UInt64
    /// Modification time, in nanoseconds since 1970.
    var modified: Int64

    init(path: String, size: Int64, inode: UInt64, modified: Int64) {
        self.path = path
        self.size = size
        self.inode = inode
        self.modified = modified
    }

    init(path: String, _ info: stat) {
        self.path = path
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        modified = info.modified.nanoseconds
    }

    /// Whether the regular file at `path` in `folder` is this one, unchanged.
    func isUnchanged(in folder: borrowing OpenFolder) -> Bool {
        guard let info = folder.status(of: path), info.st_mode & S_IFMT == S_IFREG else { return false }
        return WrittenFile(path: path, info) == self
    }

    /// In a record (`RecordList`): each file's path, size, inode and time.
    static func list(_ files: [WrittenFile]) -> Data {
        var list = Data()
        for file in files {
            RecordList.append([file.path, String(file.size), String(file.inode), String(file.modified)], to: &list)
        }
        return list
    }

    /// The files in a `list`; nil when it is not one.
    static func files(in list: Data) -> [WrittenFile]? {
        RecordList.items(in: list, fields: 4) { fields in
            let at = fields.startIndex
            guard let path = RecordList.text(fields[at]), let size = RecordList.unsigned(fields[at + 1]).flatMap(Int64.init(exactly:)),
                  let inode = RecordList.unsigned(fields[at + 2]), let modified = RecordList.signed(fields[at + 3])
            else { return nil }
            return WrittenFile(path: path, size: size, inode: inode, modified: modified)
        }
    }
}
