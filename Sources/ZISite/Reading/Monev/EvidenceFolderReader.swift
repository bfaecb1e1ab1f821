import Foundation

/// Lists the files of the content's evidence folder (`bukti/`).
///
/// Only files that really lie inside the folder count: the folder must
/// really be inside the content folder, and a file or folder in it that is a
/// symbolic link leading out of `bukti/` is refused with an error, never
/// followed.
enum EvidenceFolderReader {
    /// Files office software leaves behind, never evidence.
    static let ignoredNames: Set<String> = [".DS_Store", "Thumbs.db", "desktop.ini"]

    static func read(folder: String, of content: ContentFolder, diagnostics: inout DiagnosticList) -> [EvidenceFile] {
        guard let real = content.folder(folder, diagnostics: &diagnostics)?.real,
              let names = FileManager.default.subpaths(atPath: real) else { return [] }
        let evidence = ContentFolder(real)
        var files: [EvidenceFile] = []
        for name in names.sorted() {
            let fileName = name.split(separator: "/").last.map(String.init) ?? name
            guard !ignoredNames.contains(fileName), !fileName.hasPrefix("~$") else { continue }
            let source: String
            switch evidence.place(of: ContentReader.path(real, name)) {
            case .inside(let path):
                source = path
            case .outside:
                diagnostics.error(SourceLocation(file: ContentReader.path(folder, name), line: 1),
                                  "berkas bukti ini adalah tautan ke luar folder bukti dan ditolak; salin berkasnya sendiri ke dalam folder bukti")
                continue
            case .missing:
                continue
            }
            guard let size = RegularFile.size(atPath: source) else { continue }
            files.append(EvidenceFile(path: name.precomposedStringWithCanonicalMapping, source: URL(fileURLWithPath: source), size: size))
        }
        return files
    }
}
