import Foundation

/// `zisite templates DIR`: the built-in templates and assets written out for a
/// unit to edit and give back with `--templates DIR`. A file already there is
/// never replaced, so running it again after an update adds only the new files.
public enum TemplateFolderWriter {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        /// The files written, in order.
        public var written: [String]
        /// The files that were already there and were left as they are.
        public var kept: [String]

        public var succeeded: Bool { !diagnostics.contains { $0.severity == .error } }
    }

    public static func write(into folder: String) -> Result {
        var diagnostics = DiagnosticList()
        var result = Result(diagnostics: [], written: [], kept: [])
        guard !folder.isEmpty else {
            diagnostics.error(SourceLocation(file: folder, line: 1),
                              "nama folder templat kosong; tulis misalnya zisite templates Templat-kpu-kabupaten-x")
            return Result(diagnostics: diagnostics.items, written: [], kept: [])
        }
        for file in BuiltInTemplates.files {
            let target = ContentReader.path(folder, file.path)
            let parent = file.path.lastIndex(of: "/").map { ContentReader.path(folder, String(file.path[..<$0])) } ?? folder
            if let problem = makeFolder(parent, inside: folder) {
                diagnostics.error(SourceLocation(file: problem.folder, line: 1),
                                  "tidak dapat membuat folder templat '\(problem.folder)': \(problem.reason); pilih folder lain atau periksa izin tulis folder induknya")
                break
            }
            switch create(target, file.contents) {
            case nil: result.written.append(target)
            case EEXIST: result.kept.append(target)
            case let code?:
                diagnostics.error(SourceLocation(file: target, line: 1),
                                  "templat tidak dapat ditulis: \(SitePublisher.describe(code)); periksa izin tulis dan sisa ruang disk folder itu")
            }
            if diagnostics.hasErrors { break }
        }
        result.diagnostics = diagnostics.items
        return result
    }

    /// Makes `folder` and the folders above it; nil when it is there, else the
    /// folder that could not be made and why. The folder the unit named may
    /// be reached through links; a link inside it (`aset` pointing elsewhere)
    /// is refused, so that nothing is written where it points.
    private static func makeFolder(_ folder: String, inside root: String) -> (folder: String, reason: String)? {
        var info = stat()
        let isInside = folder.hasPrefix(root.hasSuffix("/") ? root : root + "/")
        if (isInside ? lstat(folder, &info) : stat(folder, &info)) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return nil
            case S_IFLNK: return (folder, "adalah tautan ke tempat lain, dan templat tidak ditulis melalui tautan")
            default: return (folder, "sudah ada tetapi bukan folder")
            }
        }
        if let slash = folder.lastIndex(of: "/"), slash > folder.startIndex,
           let problem = makeFolder(String(folder[..<slash]), inside: root) {
            return problem
        }
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { return (folder, SitePublisher.describe(errno)) }
        return nil
    }

    /// Creates the file `path` with `contents`; nil, or the errno that stopped it
    /// (EEXIST when something, even a link, is already there). A file cut short is removed.
    private static func create(_ path: String, _ contents: Data) -> Int32? {
        let output = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard output >= 0 else { return errno }
        let code = contents.withUnsafeBytes { SitePublisher.writeAll(output, $0) }
        close(output)
        guard code == 0 else {
            unlink(path)
            return code
        }
        return nil
    }
}
