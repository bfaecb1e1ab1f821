import Foundation
import ZIPFoundation

/// The whole site as one zip for the unit's web administrator (FTP, cPanel or
/// a CMS's file manager). The same files give the same bytes: entries in
/// path order, every entry dated `date` with the same permissions, deflated.
/// No folder entries: unzipping makes the folders.
enum SiteArchive {
    /// `publish` writes it at the top of the output folder.
    static let name = "situs.zip"

    /// Writes `files` to a new zip at `url`.
    static func write(_ files: [SiteFile], to url: URL, date: Date) throws(PublishError) {
        do {
            let archive = try Archive(url: url, accessMode: .create)
            for file in files.sorted(by: { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }) {
                try add(file, to: archive, date: date)
            }
        } catch let error as PublishError {
            throw error
        } catch {
            throw PublishError(message: "arsip \(name) tidak dapat ditulis: \(error.localizedDescription)")
        }
    }

    private static func add(_ file: SiteFile, to archive: Archive, date: Date) throws {
        switch file.contents {
        case .data(let data):
            try archive.addEntry(with: file.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                let start = data.startIndex + Int(position)
                return data.subdata(in: start..<min(start + size, data.endIndex))
            }
        case .copy(let source):
            guard let handle = FileHandle(forReadingAtPath: source.path) else {
                throw PublishError(message: "'\(source.path)' tidak dapat dibaca untuk arsip \(name)")
            }
            defer { try? handle.close() }
            let size = try handle.seekToEnd()
            try archive.addEntry(with: file.path, type: .file, uncompressedSize: Int64(size), modificationDate: date,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                try handle.seek(toOffset: UInt64(position))
                return try handle.read(upToCount: size) ?? Data()
            }
        }
    }
}
