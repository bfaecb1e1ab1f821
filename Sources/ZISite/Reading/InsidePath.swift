import Foundation

/// A path a content file writes to name a file inside one of the content's
/// folders (an evidence file in `bukti/`, the unit's logo). Nothing it names
/// may lie outside that folder: not by an absolute path, a drive letter or a
/// `..` step as written, nor by a symbolic link on disk.
enum InsidePath {
    /// The path's steps as written, `\` read as `/`, empty and `.` steps
    /// dropped; nil when the path could leave its folder.
    static func steps(_ text: String) -> [Substring]? {
        let path = slashed(text)
        let steps = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/") || (path.count >= 2 && path.dropFirst().first == ":") || steps.contains("..") { return nil }
        return steps.filter { !$0.isEmpty && $0 != "." }
    }

    /// The text with each `\` read as `/` (Foundation's `replacingOccurrences`,
    /// asked only of a text that holds a backslash: most paths do not).
    static func slashed(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "\\")) ? text.replacingOccurrences(of: "\\", with: "/") : text
    }

    /// Where `path` really is: absolute, every symbolic link resolved (the
    /// file's own and its folders'), every `.` and `..` applied; nil when
    /// nothing is there (or a link leads nowhere). `realpath(3)`, because
    /// Foundation's `resolvingSymlinksInPath` leaves a missing path as it
    /// is and reads `..` before the links.
    static func real(_ path: String) -> String? {
        guard !path.isEmpty, !path.utf8.contains(0), let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether the real path `real` is the real folder `root` or lies below it.
    static func isInside(_ real: String, root: String) -> Bool {
        real == root || real.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}
