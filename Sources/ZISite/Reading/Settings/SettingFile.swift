import Foundation

/// A file a setting of `situs.yml` names by its path relative to the content
/// folder (`logo`, `keputusan.berkas`), read whole for the site to publish
/// the very bytes that were checked. The path must stay inside the content
/// folder as written and on disk; only a regular file no larger than its
/// reader's bound is read. Each reader words its own messages for the
/// problems found here.
enum SettingFile {
    enum Problem: Error, Equatable {
        /// Nothing at that path (or a link leading nowhere).
        case missing
        /// An absolute path, a `..` step, or a link leading out of the folder.
        case outside
        /// A folder, a pipe or a device, or a file that may not be read.
        case unreadable
        /// Larger than the bound: its size in bytes, looked at before reading.
        case tooLarge(Int)
    }

    static func read(_ written: String, folder: String, sizeLimit: Int) -> Result<Data, Problem> {
        let place = InsidePath.steps(written).flatMap { steps in
            steps.isEmpty ? nil : ContentFolder(folder).place(of: ContentReader.path(folder, steps.joined(separator: "/")))
        }
        let source: String
        switch place {
        case .inside(let real): source = real
        case .missing: return .failure(.missing)
        case .outside, nil: return .failure(.outside)
        }
        guard let size = RegularFile.size(atPath: source) else { return .failure(.unreadable) }
        guard size <= sizeLimit else { return .failure(.tooLarge(size)) }
        guard let data = FileManager.default.contents(atPath: source) else { return .failure(.unreadable) }
        return .success(data)
    }
}
