import Foundation
import Synchronization

/// Each plan's unit and year as its `situs.yml` says them
/// (`UnitYearsReader.Identity`), kept in a collection's record by the
/// settings file as the file system describes it (as `PlanInputs` describes
/// a content folder): a rebuild reads again only the settings files that
/// changed. Reading all 552 of a national collection took an eighth of a
/// rebuild's time, most of it in the YAML parser.
final class UnitIdentities: Sendable {
    /// What one settings file says, and how the file was described when it was read.
    struct Entry: Codable, Sendable {
        var file: String
        var described: UInt64
        /// nil: the file names no unit or no plan year.
        var identity: UnitYearsReader.Identity?
    }

    private let previous: @Sendable () -> [Entry]
    private let program = PlanInputs.program
    /// The previous build's entries by file, once asked for.
    private let known = Mutex<[String: Entry]?>(nil)
    private let found = Mutex<[String: Entry]>([:])

    /// `previous`: the entries the previous build kept, asked for when the first file is looked up.
    init(previous: @escaping @Sendable () -> [Entry] = { [] }) {
        self.previous = previous
    }

    /// What the settings `file` says: as the previous build read it when
    /// the file is still as it was then, otherwise as `read` reads it now.
    func identity(of file: String, read: () -> UnitYearsReader.Identity?) -> UnitYearsReader.Identity? {
        guard let described = describe(file) else { return read() }
        let kept = known.withLock { known in
            if known == nil { known = Dictionary(previous().map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first }) }
            return known?[file]
        }
        let entry = if let kept, kept.described == described { kept } else { Entry(file: file, described: described, identity: read()) }
        found.withLock { $0[file] = entry }
        return entry.identity
    }

    /// The entries of every file looked up, in the order of their paths: for the next build.
    var entries: [Entry] {
        found.withLock { $0.values.sorted { $0.file < $1.file } }
    }

    /// The file at `path`, and what it leads to if it is a link, with this
    /// program (which a newer zisite may read differently); nil when nothing is there.
    private func describe(_ path: String) -> UInt64? {
        var link = stat(), target = stat()
        guard lstat(path, &link) == 0 else { return nil }
        var fingerprint = program
        fingerprint.add(path)
        fingerprint.add(link)
        if stat(path, &target) == 0 { fingerprint.add(target) }
        return fingerprint.value
    }
}
