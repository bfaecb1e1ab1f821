import Foundation

/// A path a content file writes to name a file inside one of the content's
/// folders (an evidence file in `bukti/`, the unit's logo). Nothing it names
/// may lie outside that folder: not by an absolute path, a drive letter or a
/// `..` step as written, nor by a symbolic link on disk.
enum InsidePath {
    /// The path's steps as written, `\` read as `/`, empty and `.` steps
    /// dropped; nil when the path could leave its folder.
    static func steps(_ text: String) -> [Substring]? {
        let path = text.replacingOccurrences(of: "\\", with: "/")
        let steps = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.hasPrefix("/") || (path.count >= 2 && path.dropFirst().first == ":") || steps.contains("..") { return nil }
        return steps.filter { !$0.isEmpty && $0 != "." }
    }

    /// The file at `relative` inside `folder` with symbolic links resolved;
    /// nil when a link leads out of the folder.
    static func resolved(_ relative: String, in folder: URL) -> URL? {
        let root = folder.standardizedFileURL.resolvingSymlinksInPath()
        let file = root.appendingPathComponent(relative).resolvingSymlinksInPath()
        return file.path.hasPrefix(root.path + "/") ? file : nil
    }
}
