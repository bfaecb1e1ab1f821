import Foundation

/// Only a regular file is read from content: a pipe (FIFO), a device or a
/// socket named like a sheet would block the reader forever, and a folder
/// has no text.
enum RegularFile {
    /// The size of the regular file at `path`; nil for anything else (a
    /// symbolic link itself included) or when it cannot be looked at. One
    /// `lstat`, as `FileManager.attributesOfItem` does, without the owner's
    /// and group's names it also looks up.
    static func size(atPath path: String) -> Int? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }
}
