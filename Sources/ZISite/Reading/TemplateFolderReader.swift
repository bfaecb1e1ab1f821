import Foundation

/// Reads a templates folder: `*.mustache` files (one per page kind plus the
/// layout) and the files under `aset/` (style sheet, images) that are copied
/// into the site as they are.
public enum TemplateFolderReader {
    public static let assetsFolder = "aset"

    public struct Templates: Sendable {
        public var sources: [String: TemplateSource]
        public var assets: [SiteFile]
    }

    public static func read(folder: String, diagnostics: inout DiagnosticList) -> Templates {
        var result = Templates(sources: [:], assets: [])
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            diagnostics.error(SourceLocation(file: folder, line: 1),
                              "folder templat '\(folder)' tidak ada; jalankan zisite dari folder proyek atau pilih folder dengan --templates")
            return result
        }
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = ContentReader.path(folder, name)
            guard let text = ContentReader.readText(path, diagnostics: &diagnostics) else { continue }
            result.sources[String(name.dropLast(".mustache".count))] = TemplateSource(text: text, file: path)
        }
        let assets = ContentReader.path(folder, assetsFolder)
        if let enumerator = FileManager.default.enumerator(atPath: assets) {
            let files = enumerator.compactMap { $0 as? String }.sorted()
            for file in files {
                var isDirectory: ObjCBool = false
                let full = ContentReader.path(assets, file)
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                result.assets.append(SiteFile(path: "\(assetsFolder)/\(file)", contents: .copy(from: URL(fileURLWithPath: full))))
            }
        }
        return result
    }
}
