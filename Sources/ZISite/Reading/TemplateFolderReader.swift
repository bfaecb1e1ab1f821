import Foundation

/// The templates a site is rendered with: zisite's built-in set, each file of
/// which a unit's templates folder may replace. The folder holds `*.mustache`
/// files (one per page kind plus the layout) and the files under `aset/`
/// (style sheet, images) that are copied into the site as they are; a file it
/// lacks is taken from the built-in set, and a file the set lacks is added.
public enum TemplateFolderReader {
    public static let assetsFolder = "aset"

    public struct Templates: Sendable {
        public var sources: [String: TemplateSource]
        public var assets: [SiteFile]

        /// Puts `asset` in place of the one at the same path, or adds it.
        mutating func replace(_ asset: SiteFile) {
            if let index = assets.firstIndex(where: { $0.path == asset.path }) {
                assets[index] = asset
            } else {
                assets.append(asset)
            }
        }
    }

    /// The built-in set with the files of `folder` in place of its own; the built-in
    /// set alone when `folder` is nil.
    public static func read(folder: String?, diagnostics: inout DiagnosticList) -> Templates {
        var result = BuiltInTemplates.templates
        guard let folder else { return result }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            diagnostics.error(SourceLocation(file: folder, line: 1),
                              "folder templat '\(folder)' tidak ada; periksa jalurnya di --templates, atau hilangkan --templates untuk memakai templat bawaan zisite")
            return result
        }
        for name in names.sorted() {
            guard let template = templateName(name) else { continue }
            let path = ContentReader.path(folder, name)
            guard let text = ContentReader.readText(path, diagnostics: &diagnostics) else { continue }
            result.sources[template] = TemplateSource(text: text, file: path)
        }
        let assets = ContentReader.path(folder, assetsFolder)
        if let enumerator = FileManager.default.enumerator(atPath: assets) {
            let files = enumerator.compactMap { $0 as? String }.sorted()
            // .DS_Store, .git/…: what a computer keeps beside the assets is not one of them.
            for file in files where !file.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                var isDirectory: ObjCBool = false
                let full = ContentReader.path(assets, file)
                guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                result.replace(SiteFile(path: "\(assetsFolder)/\(file)", contents: .copy(from: URL(fileURLWithPath: full))))
            }
        }
        return result
    }

    /// The template a file name holds ("layout" for "layout.mustache"), nil for any other file.
    static func templateName(_ fileName: String) -> String? {
        fileName.hasSuffix(".mustache") ? String(fileName.dropLast(".mustache".count)) : nil
    }
}
