import Foundation

/// Writes the files of a content folder for `zisite new` and `zisite
/// import`. An existing file is never replaced unless `force` is given, and
/// then nothing at all is written: the unit loses nothing it had.
enum ContentFolderWriter {
    /// A file to write, by its path inside the folder.
    struct File: Hashable, Sendable {
        var path: String
        var text: String
    }

    /// The paths written, in order; empty when something stopped the writing.
    /// `overwrite` tells how to replace existing files, where that is possible.
    static func write(_ files: [File], into folder: String, force: Bool, overwrite: String? = nil,
                      diagnostics: inout DiagnosticList) -> [String] {
        let targets = files.map { ContentReader.path(folder, $0.path) }
        let existing = targets.filter { FileManager.default.fileExists(atPath: $0) }
        if !force, !existing.isEmpty {
            for path in existing {
                diagnostics.error(SourceLocation(file: path, line: 1),
                                  "berkas ini sudah ada dan tidak ditimpa; pilih folder lain" + (overwrite.map { ", atau \($0)" } ?? ""))
            }
            return []
        }
        var written: [String] = []
        for (file, target) in zip(files, targets) {
            do {
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: URL(fileURLWithPath: target), options: force ? .atomic : [.withoutOverwriting])
                written.append(target)
            } catch {
                diagnostics.error(SourceLocation(file: target, line: 1),
                                  "berkas tidak dapat ditulis (\(error.localizedDescription)); periksa izin tulis folder \(folder)")
                return written
            }
        }
        return written
    }
}
