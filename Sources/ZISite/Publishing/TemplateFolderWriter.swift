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
            if let problem = makeFolder(parent) {
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
    /// folder that could not be made and why.
    private static func makeFolder(_ folder: String) -> (folder: String, reason: String)? {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            return isFolder.boolValue ? nil : (folder, "sudah ada tetapi bukan folder")
        }
        if let slash = folder.lastIndex(of: "/"), slash > folder.startIndex,
           let problem = makeFolder(String(folder[..<slash])) {
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
