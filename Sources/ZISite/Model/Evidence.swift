import Foundation

/// A file of the content's evidence folder (`bukti/`), checked to lie inside it.
public struct EvidenceFile: Hashable, Sendable {
    /// "/"-separated path inside `bukti/`, as a monev sheet names it.
    public var path: String
    /// Where the bytes are, symbolic links resolved.
    public var source: URL
    public var size: Int

    public init(path: String, source: URL, size: Int) {
        self.path = path
        self.source = source
        self.size = size
    }

    /// The file type as visitors know it: "PDF", "JPG", "DOCX".
    public var kind: String { publishedExtension.isEmpty ? "berkas" : publishedExtension.uppercased() }

    /// The extension the site's copy gets: "pdf" for "Foto.PDF", letters
    /// and digits only; empty when the name has none.
    public var publishedExtension: String { Self.nameParts(path)?.extension ?? "" }

    /// The last step of `path` as the site names it, its stem and its
    /// extension each made a slug ("Foto Café.JPG" is "foto-cafe", "jpg");
    /// nil when the name has no extension.
    static func nameParts(_ path: String) -> (stem: String, extension: String)? {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return (Slug.make(name[..<dot], fallback: "berkas"), Slug.make(name[name.index(after: dot)...], fallback: ""))
    }
}
