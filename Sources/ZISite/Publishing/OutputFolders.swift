import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The folders of a collection's output as its build left them, kept in
/// the record (`CollectionRecord`) so that the next build lists only the
/// folders that may hold something its site does not have (`StaleFiles`):
/// listing all 6,000 folders of a national collection took a fifth of a
/// rebuild on a disk.
///
/// Each folder has its owner, the plan whose folder holds it, and its inode
/// and times. Adding, removing or renaming an entry changes a folder's
/// times, and no program can set a change time back, so a folder with the
/// same inode and times holds the same entries. A change within one step of
/// the file system's clock leaves the times as they were, so a folder that
/// changed within that step before its times were taken has none recorded
/// and is listed the next time, as git treats "racily clean" files.
struct OutputFolders: Sendable {
    struct State: Equatable, Sendable {
        var inode: UInt64
        /// Nanoseconds since 1970.
        var modified: Int64
        var changed: Int64

        init(inode: UInt64, modified: Int64, changed: Int64) {
            self.inode = inode
            self.modified = modified
            self.changed = changed
        }

        init(_ info: stat) {
            self.init(inode: UInt64(info.st_ino), modified: info.modified.nanoseconds, changed: info.changed.nanoseconds)
        }

        /// This state, unless the folder changed within a step of the
        /// clock (`now`, nanoseconds since 1970): a file system that keeps
        /// whole seconds may keep only even ones (FAT), one that keeps finer
        /// times moves them on each tick of the kernel's clock, at most 10 ms.
        func settled(at now: Int64) -> State? {
            let latest = max(modified, changed)
            let step: Int64 = latest % 1_000_000_000 == 0 ? 2_000_000_000 : 50_000_000
            let (limit, overflow) = now.subtractingReportingOverflow(step)
            return !overflow && latest < limit ? self : nil
        }
    }

    struct Folder: Equatable, Sendable {
        /// The site path of the plan whose folder holds it or is it; nil when none does.
        var owner: String?
        /// nil when it changed too shortly before it was looked at.
        var state: State?
    }

    /// Which plan's folder holds a folder of the site.
    struct Owners: Sendable {
        /// Every plan's site path.
        var plans: Set<String>

        /// The plan whose folder is `path` or holds it, the deepest one; nil when none does.
        func owner(of path: String) -> String? {
            var folder = Substring(path)
            while !folder.isEmpty {
                if plans.contains(String(folder)) { return String(folder) }
                folder = folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)]
            }
            return plans.contains("") ? "" : nil
        }
    }

    /// Every folder below the output's top, by its path relative to it.
    private(set) var folders: [String: Folder] = [:]

    init(_ folders: [String: Folder] = [:]) {
        self.folders = folders
    }

    /// The folders at `paths` in `output` as they are now, each owned as
    /// `owners` say; those in `carried` keep what was recorded of them, having
    /// been found unchanged since, and are not looked at again.
    static func take(_ paths: some Sequence<String>, in output: String, owners: Owners, carrying carried: [String: Folder] = [:]) -> OutputFolders {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        let now = time.nanoseconds
        guard let root = OpenFolder(output) else { return OutputFolders() }
        var folders = carried
        for path in paths where folders[path] == nil {
            guard let info = root.status(of: path), info.st_mode & S_IFMT == S_IFDIR else { continue }
            folders[path] = Folder(owner: owners.owner(of: path), state: State(info).settled(at: now))
        }
        return OutputFolders(folders)
    }

    /// In a record (`RecordList`): each folder's path, its owner ("/" and
    /// its site path, or nothing), then its inode and times, or nothing.
    var list: Data {
        var list = Data()
        for (path, folder) in folders {
            let state = folder.state.map { [String($0.inode), String($0.modified), String($0.changed)] } ?? ["", "", ""]
            RecordList.append([path, folder.owner.map { "/" + $0 } ?? ""] + state, to: &list)
        }
        return list
    }

    /// The folders in a `list`; nil when it is not one, or names a path no
    /// site may have (the record is a file beside the output).
    init?(list: Data) {
        let items = RecordList.items(in: list, fields: 5) { fields -> (String, Folder)? in
            let at = fields.startIndex
            guard let path = RecordList.text(fields[at]), SitePublisher.problem(with: path) == nil,
                  let owner = RecordList.text(fields[at + 1]), owner.isEmpty || owner.hasPrefix("/")
            else { return nil }
            let folder = Folder(owner: owner.isEmpty ? nil : String(owner.dropFirst()), state: nil)
            guard !fields[(at + 2)...].allSatisfy(\.isEmpty) else { return (path, folder) }
            guard let inode = RecordList.unsigned(fields[at + 2]), let modified = RecordList.signed(fields[at + 3]),
                  let changed = RecordList.signed(fields[at + 4])
            else { return nil }
            return (path, Folder(owner: folder.owner, state: State(inode: inode, modified: modified, changed: changed)))
        }
        guard let items else { return nil }
        let folders = Dictionary(items, uniquingKeysWith: { first, _ in first })
        guard folders.count == items.count else { return nil }
        self.init(folders)
    }
}
