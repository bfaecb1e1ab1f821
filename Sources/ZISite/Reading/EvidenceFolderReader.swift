import Foundation

/// Lists the files of the content's evidence folder (`bukti/`).
///
/// Only files that really lie inside the folder count: a symbolic link that
/// leads out of it is refused with an error, never followed.
enum EvidenceFolderReader {
    /// Files office software leaves behind, never evidence.
    static let ignoredNames: Set<String> = [".DS_Store", "Thumbs.db", "desktop.ini"]

    static func read(folder: String, diagnostics: inout DiagnosticList) -> [EvidenceFile] {
        let root = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
        guard let names = FileManager.default.subpaths(atPath: root.path) else { return [] }
        var files: [EvidenceFile] = []
        for name in names.sorted() {
            let fileName = name.split(separator: "/").last.map(String.init) ?? name
            guard !ignoredNames.contains(fileName), !fileName.hasPrefix("~$") else { continue }
            let shown = ContentReader.path(folder, name)
            guard let source = InsidePath.resolved(name, in: root) else {
                diagnostics.error(SourceLocation(file: shown, line: 1),
                                  "berkas bukti ini adalah tautan ke luar folder bukti dan ditolak; salin berkasnya sendiri ke dalam folder bukti")
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  let attributes = try? FileManager.default.attributesOfItem(atPath: source.path),
                  let size = attributes[.size] as? Int else { continue }
            files.append(EvidenceFile(path: name.precomposedStringWithCanonicalMapping, source: source, size: size))
        }
        return files
    }
}
