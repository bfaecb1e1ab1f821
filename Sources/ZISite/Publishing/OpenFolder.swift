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
}
