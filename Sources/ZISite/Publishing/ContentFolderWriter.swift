import Foundation

/// Writes the files of a content folder for `zisite new` and `zisite
/// import`. An existing file is never replaced unless `force` is given, and
/// then nothing at all is written: the unit loses nothing it had. The one
/// exception is a file `zisite new` wrote that nobody has changed since (it
/// keeps a record of them), so that `zisite import` can follow `zisite new`.
enum ContentFolderWriter {
    /// A file to write, by its path inside the folder.
    struct File: Hashable, Sendable {
        var path: String
        var text: String
    }

    /// The untouched skeleton files, one `<FNV-1a hash> <path>` per line.
    static let skeletonRecord = ".zisite-kerangka"

    /// The paths written, in order; empty when something stopped the writing.
    /// `ifExists` tells the unit what to do when a file is already there.
    static func write(_ files: [File], into folder: String, force: Bool, ifExists: String = "pilih folder lain", asSkeleton: Bool = false,
                      diagnostics: inout DiagnosticList) -> [String] {
        var skeleton = skeletonFiles(in: folder)
        let targets = files.map { ContentReader.path(folder, $0.path) }
        let existing = zip(files, targets).filter { file, target in
            guard let data = FileManager.default.contents(atPath: target) else { return FileManager.default.fileExists(atPath: target) }
            return skeleton[file.path] != fingerprint(data)
        }.map(\.1)
        if !force, !existing.isEmpty {
            for path in existing {
                diagnostics.error(SourceLocation(file: path, line: 1), "berkas ini sudah ada dan tidak ditimpa; \(ifExists)")
            }
            return []
        }
        var written: [String] = []
        for (file, target) in zip(files, targets) {
            do {
                try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                let data = Data(file.text.utf8)
                let replacing = FileManager.default.fileExists(atPath: target)
                try data.write(to: URL(fileURLWithPath: target), options: replacing ? .atomic : [.withoutOverwriting])
                skeleton[file.path] = asSkeleton ? fingerprint(data) : nil
                written.append(target)
            } catch {
                diagnostics.error(SourceLocation(file: target, line: 1),
                                  "berkas tidak dapat ditulis (\(error.localizedDescription)); periksa izin tulis folder \(folder)")
                break
            }
        }
        writeSkeleton(skeleton, folder: folder)
        return written
    }

    /// The files `zisite new` wrote into `folder` that `zisite import` has
    /// not replaced since: their fingerprint by their path inside the folder.
    static func skeletonFiles(in folder: String) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: ContentReader.path(folder, skeletonRecord)) else { return [:] }
        var record: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            record[String(line[line.index(after: space)...])] = String(line[..<space])
        }
        return record
    }

    private static func writeSkeleton(_ record: [String: String], folder: String) {
        let path = ContentReader.path(folder, skeletonRecord)
        guard !record.isEmpty else {
            try? FileManager.default.removeItem(atPath: path)
            return
        }
        let text = record.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)\n" }.joined()
        try? Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// FNV-1a, 64 bits, in hexadecimal.
    static func fingerprint(_ data: Data) -> String {
        String(Fingerprint.of(data).value, radix: 16)
    }
}
