import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder that zisite wrote, known by the `.zisite` marker file at its top.
enum SiteFolder {
    /// Whether `path` holds the marker as a regular file (a folder of that name does not count).
    static func isMarked(_ path: String) -> Bool {
        var marker = stat()
        return lstat(path + "/" + SitePublisher.markerName, &marker) == 0
            && marker.st_mode & S_IFMT == S_IFREG
    }

    /// Whether `path` is a real folder (not a symlink to one).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Whether `path` is a real folder that is marked or empty, as every folder zisite makes is
    /// from its creation to its removal.
    static func isMadeByZisite(_ path: String) -> Bool {
        isFolder(path) && (isMarked(path) || entries(path) == [])
    }

    /// The names inside `path`, or nil when it cannot be read.
    static func entries(_ path: String) -> [String]? {
        try? FileManager.default.contentsOfDirectory(atPath: path)
    }

    /// Removes a site folder with its marker last, so that a removal cut short by a kill
    /// leaves a folder that is still marked (or empty) and the next build recognises and
    /// finishes it. Failures are ignored: a leftover is retried by the next build.
    static func remove(_ path: String) {
        // A link put in the folder's place is removed itself, never what it points to.
        guard isFolder(path) else {
            _ = unlink(path)
            return
        }
        for entry in entries(path) ?? [] where entry != SitePublisher.markerName {
            try? FileManager.default.removeItem(atPath: path + "/" + entry)
        }
        _ = unlink(path + "/" + SitePublisher.markerName)
        _ = rmdir(path)
    }
}
