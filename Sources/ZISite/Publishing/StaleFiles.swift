#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Removes from an output being updated every file its new site does not
/// have, and the folders that leaves empty. A folder is listed unless it is
/// known to hold only what the new site has: recorded as unchanged since the
/// last build (`OutputFolders`), and either in no plan's folder or in that of
/// a plan whose files were all kept. A plan built again may have fewer files
/// than before, and the overview's files are written on every build, so the
/// folders holding them always changed; everything else there is left from
/// before, or was put there since by someone else, which changed the folder.
struct StaleFiles: Sendable {
    let output: String
    /// Whether a path of the output is a file of the new site.
    let belongs: @Sendable (String) -> Bool
    let recorded: OutputFolders
    let owners: OutputFolders.Owners
    /// The plans whose files were all kept.
    let reused: Set<String>

    /// Site folders go no deeper than this (`CollectionReader.depthLimit`
    /// and `PlanInputs.depthLimit`); nothing deeper is looked at.
    static let depthLimit = 64

    /// A folder left in the output, with what was recorded of it when it was
    /// not listed (it is as it was then).
    typealias Left = (path: String, recorded: OutputFolders.Folder?)

    /// Removes the stale files and folders; the folders left. Each folder
    /// at the top is swept on a core of its own.
    func remove() -> [Left] {
        let children = Dictionary(grouping: recorded.folders.keys) { path in String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        guard let root = OpenFolder(output), let top = root.entries(of: ".") else { return [] }
        var folders: [String] = []
        for (name, type) in top {
            if type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) {
                folders.append(name)
            } else if !belongs(name) {
                root.remove(name)
            }
        }
        return folders.mapInParallel { folder -> [Left] in
            var left: [Left] = []
            if let root = OpenFolder(output) { _ = sweep(folder, depth: 1, in: root, children: children, left: &left) }
            return left
        }.flatMap { $0 }
    }

    /// Removes what is stale at `path` and below it; whether it is still there.
    private func sweep(_ path: String, depth: Int, in root: borrowing OpenFolder, children: [String: [String]], left: inout [Left]) -> Bool {
        guard let info = root.status(of: path) else { return false }
        guard info.st_mode & S_IFMT == S_IFDIR else { return belongs(path) || !root.remove(path) }
        guard depth < Self.depthLimit else { return true }
        if let folder = recorded.folders[path], isUnchanged(path, folder, info) {
            // Its entries are those recorded: its plan's files, all kept, and the folders recorded in it.
            var emptied = false
            for child in children[path] ?? [] where !sweep(child, depth: depth + 1, in: root, children: children, left: &left) {
                emptied = true
            }
            if emptied, root.remove(path, folder: true) { return false }
            left.append((path, folder))
            return true
        }
        var holds = false
        for (name, type) in root.entries(of: path) ?? [] {
            let entry = path + "/" + name
            if type == UInt8(DT_DIR) || type == UInt8(DT_UNKNOWN) {
                if sweep(entry, depth: depth + 1, in: root, children: children, left: &left) { holds = true }
            } else if belongs(entry) || !root.remove(entry) {
                holds = true
            }
        }
        if !holds, root.remove(path, folder: true) { return false }
        left.append((path, nil))
        return true
    }

    /// Whether the folder at `path` (whose status is `info`) is as recorded
    /// and holds only files of the new site.
    private func isUnchanged(_ path: String, _ folder: OutputFolders.Folder, _ info: stat) -> Bool {
        guard let state = folder.state, state == OutputFolders.State(info), folder.owner == owners.owner(of: path) else { return false }
        return folder.owner.map(reused.contains) ?? true
    }
}
