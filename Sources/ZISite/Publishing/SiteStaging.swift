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
        guard updating, files.allSatisfy({ SitePublisher.problem(with: $0.path) == nil }) else { return false }
        guard let folder = OpenFolder(previous), files.allSatisfy({ $0.isUnchanged(in: folder) }) else { return false }
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
        let time = info.modified
        modified = Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Whether the regular file at `path` in `folder` is this one, unchanged.
    func isUnchanged(in folder: borrowing OpenFolder) -> Bool {
        guard let info = folder.status(of: path), info.st_mode & S_IFMT == S_IFREG else { return false }
        return WrittenFile(path: path, info) == self
    }

    /// In a record: each file's path, size, inode and time, one after
    /// another, each ended by a NUL, which no path of a site holds. A
    /// national collection has tens of thousands of files.
    static func list(_ files: [WrittenFile]) -> Data {
        var list = Data()
        for file in files {
            for field in [file.path, String(file.size), String(file.inode), String(file.modified)] {
                list.append(contentsOf: field.utf8)
                list.append(0)
            }
        }
        return list
    }

    /// The files in a `list`; nil when it is not one.
    static func files(in list: Data) -> [WrittenFile]? {
        list.withUnsafeBytes { bytes -> [WrittenFile]? in
            var fields = bytes.split(separator: 0, omittingEmptySubsequences: false)
            guard fields.removeLast().isEmpty, fields.count.isMultiple(of: 4) else { return nil }
            var files: [WrittenFile] = []
            files.reserveCapacity(fields.count / 4)
            for start in stride(from: 0, to: fields.count, by: 4) {
                guard let path = String(validating: fields[start], as: UTF8.self), let size = number(fields[start + 1]).flatMap(Int64.init(exactly:)),
                      let inode = number(fields[start + 2]), let modified = signed(fields[start + 3])
                else { return nil }
                files.append(WrittenFile(path: path, size: size, inode: inode, modified: modified))
            }
            return files
        }
    }

    /// A time, which may be before 1970.
    private static func signed(_ field: Slice<UnsafeRawBufferPointer>) -> Int64? {
        guard field.first == UInt8(ascii: "-") else { return number(field).flatMap(Int64.init(exactly:)) }
        return number(field.dropFirst()).flatMap { Int64(exactly: $0) }.map { -$0 }
    }

    /// The number a field's decimal digits write, at most `UInt64.max`; nil for anything else.
    private static func number(_ digits: Slice<UnsafeRawBufferPointer>) -> UInt64? {
        guard !digits.isEmpty else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = tens.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return value
    }
}
