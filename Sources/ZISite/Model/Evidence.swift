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
    public var kind: String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "berkas" }
        return name[name.index(after: dot)...].uppercased()
    }
}
