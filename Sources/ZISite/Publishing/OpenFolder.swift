#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder held open while the entries under it are looked up, each path
/// walked from there rather than from the root: a rebuild of a national
/// collection looks up tens of thousands of files this way.
struct OpenFolder: ~Copyable {
    private let descriptor: Int32

    /// nil when `path` is not a folder that can be opened.
    init?(_ path: String) {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// What the file system says of `path` (relative to the folder): of a
    /// symbolic link itself, or with `following`, of what it leads to; nil
    /// when nothing is there.
    func status(of path: String, following: Bool = false) -> stat? {
        var info = stat()
        return fstatat(descriptor, path, &info, following ? 0 : AT_SYMLINK_NOFOLLOW) == 0 ? info : nil
    }

    /// The entries of the folder at `path`, as `FolderTree.entries` gives
    /// them; nil when it cannot be listed or is a link, which is not followed.
    func entries(of path: String) -> [(name: String, type: UInt8)]? {
        let inner = openat(descriptor, path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard inner >= 0 else { return nil }
        guard let opened = fdopendir(inner) else {
            close(inner)
            return nil
        }
        defer { closedir(opened) }
        return FolderTree.entries(reading: opened)
    }

    /// Removes the file, link or (`folder`) empty folder at `path`; whether it is gone.
    @discardableResult
    func remove(_ path: String, folder: Bool = false) -> Bool {
        unlinkat(descriptor, path, folder ? AT_REMOVEDIR : 0) == 0
    }
}
