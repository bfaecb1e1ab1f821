import Foundation

/// zisite's own templates and assets: the files of Templates/, built into the
/// program (`BuiltInTemplateFiles.swift`, written by `Scripts/embed-templates`)
/// so that it builds a site from any folder. A unit's `--templates` folder
/// replaces them file by file.
public enum BuiltInTemplates {
    /// A file of the set, by its path inside a templates folder ("layout.mustache", "aset/gaya.css").
    public struct File: Sendable {
        public let path: String
        public let contents: Data

        init(path: String, text: String) {
            self.path = path
            contents = Data(text.utf8)
        }

        init(path: String, base64: String) {
            self.path = path
            contents = Data(base64Encoded: base64) ?? Data()
        }
    }

    /// Where a built-in template is said to be in messages: "bawaan/layout.mustache".
    static let folderName = "bawaan"

    /// The templates and assets as a templates folder would give them.
    static var templates: TemplateFolderReader.Templates {
        var result = TemplateFolderReader.Templates(sources: [:], assets: [])
        for file in files {
            if file.path.hasPrefix(TemplateFolderReader.assetsFolder + "/") {
                result.assets.append(SiteFile(path: file.path, contents: .data(file.contents)))
            } else if let name = TemplateFolderReader.templateName(file.path) {
                result.sources[name] = TemplateSource(text: String(decoding: file.contents, as: UTF8.self), file: "\(folderName)/\(file.path)")
            }
        }
        return result
    }
}
