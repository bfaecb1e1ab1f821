import Foundation

/// The PDFs the print engine wrote into a folder, known by their sizes and
/// read from there only when the site and its zip are written: a
/// collection's plans keep their PDFs on disk, not in memory, until the
/// whole output is written.
struct PrintedPDFs {
    /// The folder the engine printed into; each PDF's path is relative to it.
    let folder: String
    /// PDF path to its size in bytes.
    private(set) var sizes: [String: Int] = [:]

    init(in folder: String) {
        self.folder = folder
    }

    /// Takes in each document's PDF as the engine left it in `folder`.
    mutating func take(_ documents: [PrintableDocument]) throws(PublishError) {
        for document in documents {
            guard let size = Self.size(ofPDF: folder + "/" + document.pdf) else {
                throw PublishError(message: "WeasyPrint tidak menulis PDF untuk '\(document.page)'; tidak ada yang ditulis")
            }
            sizes[document.pdf] = size
        }
    }

    /// The PDF `pdf` as a file of the site at `path` (its own by default); nil when it was not printed.
    func file(_ pdf: String, at path: String? = nil) -> SiteFile? {
        guard sizes[pdf] != nil else { return nil }
        return SiteFile(path: path ?? pdf, contents: .copy(from: URL(fileURLWithPath: folder + "/" + pdf)))
    }

    /// The size of a regular file at `path` that starts as a PDF does; nil for anything else.
    private static func size(ofPDF path: String) -> Int? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path), attributes[.type] as? FileAttributeType == .typeRegular,
              let size = attributes[.size] as? Int, let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        guard (try? handle.read(upToCount: 4)) == Data("%PDF".utf8) else { return nil }
        return size
    }
}
