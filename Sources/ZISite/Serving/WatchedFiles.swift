import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `zisite serve` watches: every file and folder under the content
/// folder (and the templates folder) with its size and time of change. Two
/// looks differ when a file was saved, added, removed or renamed. The
/// walk stays inside: a symbolic link to a file is looked at through (its
/// target's size and time, so a linked sheet that changes is seen), any other
/// link is looked at itself and never walked into, and
/// it stops after `limit` entries, so a huge or looping folder cannot hang it.
public struct WatchedFiles: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var isFolder: Bool
    }

    private(set) var entries: [String: Entry] = [:]
    /// Whether the walk stopped at the limit, leaving entries out.
    public private(set) var isCut = false

    public static let defaultLimit = 20_000
    static let maximumDepth = 32

    /// The entries under each of `folders` (a missing one has none).
    public static func of(_ folders: [String], limit: Int = defaultLimit) -> WatchedFiles {
        var snapshot = WatchedFiles()
        for (index, folder) in folders.enumerated() {
            snapshot.walk(folder, as: "\(index):", depth: 0, limit: limit)
        }
        return snapshot
    }

    private mutating func walk(_ folder: String, as name: String, depth: Int, limit: Int) {
        guard depth <= Self.maximumDepth, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for child in names.sorted() {
            guard entries.count < limit else {
                isCut = true
                return
            }
            let path = folder + "/" + child
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            var target = stat()
            if info.st_mode & S_IFMT == S_IFLNK, stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG {
                info = target
            }
            entries[name + "/" + child] = Entry(info)
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path, as: name + "/" + child, depth: depth + 1, limit: limit)
            }
        }
    }
}

extension WatchedFiles.Entry {
    init(_ info: stat) {
        let time = info.modified
        self.init(size: Int64(info.st_size), seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec),
                  isFolder: info.st_mode & S_IFMT == S_IFDIR)
    }
}
