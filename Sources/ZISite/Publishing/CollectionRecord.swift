import Foundation

/// What the previous build of a collection wrote for each plan, kept beside
/// the output as `.<output>.catatan`, under the output's lock: the next build
/// leaves in place the files of a plan whose inputs (`PlanInputs`) are
/// unchanged instead of reading and rendering it again, and takes its
/// summary, open data and messages from here. A record that cannot be read
/// is no record: every plan is then built. It is removed before a build
/// puts its site in, written aside meanwhile and put in place after, so it
/// never describes an output it did not make.
///
/// One line names the format, the plans in order, the length of each of
/// their parts below, and each plan's unit and year by its settings file
/// (`UnitIdentities`); then each plan has a line of its own, a `PlanRecord` in
/// JSON, decoded only when its plan is looked at (by the worker building
/// that plan) and, for a plan reused, written back as it was read. Each
/// plan's parts follow the lines as they are: its rows of the collection's
/// table of steps (`UnitOpenData.steps`), CSV then JSON, and its files
/// (`WrittenFile.list`). In the JSON, decoding the rows took a sixth of a
/// rebuild and the files a twentieth. The output's folders (`OutputFolders`)
/// take the rest, added once the site is in place, as they are then.
struct CollectionRecord: Sendable {
    static let currentFormat = 8
    /// Records larger than this are not read: the build starts afresh.
    static let sizeLimit = 256 << 20

    /// One plan's part of the record, as written.
    struct Entry: Sendable {
        /// Its `PlanRecord` in JSON, without the text of its rows.
        var line: Data
        /// Its rows' CSV and JSON text (`DataTable.WrittenRows`).
        var csv: Data
        var json: Data
        /// Its files (`WrittenFile.list`).
        var files: Data

        fileprivate var parts: [Data] { [csv, json, files] }
    }

    /// Each plan's entry, by the plan's `sitePath`, in the order written.
    private(set) var entries: [(sitePath: String, entry: Entry)] = []
    private var index: [String: Int] = [:]
    /// What each plan's settings file said of its unit and year.
    var identities: [UnitIdentities.Entry] = []
    /// The output's folders as the build left them.
    var folders = OutputFolders()

    private struct Heading: Codable {
        var format: Int
        var plans: [String]
        /// The bytes of each plan's parts: its rows' CSV and JSON, its files.
        var parts: [[Int]]
        var identities: [UnitIdentities.Entry]
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The recorded plan at `sitePath`, with its entry as read.
    func plan(at sitePath: String) -> (record: PlanRecord, entry: Entry)? {
        guard let position = index[sitePath] else { return nil }
        let entry = entries[position].entry
        guard var record = try? JSONDecoder().decode(PlanRecord.self, from: entry.line), let files = WrittenFile.files(in: entry.files) else { return nil }
        // Only ever put into the output's own open data, which whoever can change the record can change too.
        record.openData.steps.csv = entry.csv
        record.openData.steps.json = entry.json
        record.files = files
        return (record, entry)
    }

    /// Adds a plan's entry (`PlanRecord.entry`, or one read); a later one for the same site path replaces it.
    mutating func add(_ entry: Entry, at sitePath: String) {
        if let position = index[sitePath] {
            entries[position].entry = entry
        } else {
            index[sitePath] = entries.count
            entries.append((sitePath, entry))
        }
    }

    static func path(for target: OutputLocation) -> String {
        "\(target.parent)/.\(target.name).catatan"
    }

    /// The record of the build that made the output now in place; empty when
    /// there is none, or no output either (removed by hand: nothing to reuse).
    static func load(for target: OutputLocation) -> CollectionRecord {
        let path = path(for: target)
        guard FileManager.default.fileExists(atPath: target.path), let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size <= sizeLimit,
              let data = FileManager.default.contents(atPath: path)
        else { return CollectionRecord() }
        var rest = data[...]
        guard let first = line(from: &rest), let heading = try? JSONDecoder().decode(Heading.self, from: first),
              heading.format == currentFormat, heading.parts.count == heading.plans.count, Set(heading.plans).count == heading.plans.count,
              heading.parts.allSatisfy({ $0.count == 3 && $0.allSatisfy { (0...sizeLimit).contains($0) } })
        else { return CollectionRecord() }
        var lines: [Data] = []
        for _ in heading.plans {
            guard let line = line(from: &rest) else { return CollectionRecord() }
            lines.append(line)
        }
        // A record cut short in its parts is not read; its folders take what is left after them.
        guard heading.parts.joined().reduce(0, +) <= rest.count else { return CollectionRecord() }
        var record = CollectionRecord()
        record.identities = heading.identities
        for ((sitePath, line), lengths) in zip(zip(heading.plans, lines), heading.parts) {
            let parts = lengths.map { length in
                defer { rest = rest.dropFirst(length) }
                return rest.prefix(length)
            }
            record.add(Entry(line: line, csv: parts[0], json: parts[1], files: parts[2]), at: sitePath)
        }
        // Folders that cannot be read are not known: each is listed.
        record.folders = OutputFolders(list: Data(rest)) ?? OutputFolders()
        return record
    }

    /// The text of `rest` up to its first line break, which is taken off
    /// with it; nil when there is none.
    private static func line(from rest: inout Data) -> Data? {
        let length = rest.withUnsafeBytes { bytes in
            bytes.baseAddress.flatMap { memchr($0, 0x0A, bytes.count) }.map { bytes.baseAddress!.distance(to: UnsafeRawPointer($0)) }
        }
        guard let length else { return nil }
        defer { rest = rest.dropFirst(length + 1) }
        return Data(rest.prefix(length))
    }

    /// Removes the record: renamed to where the next is written aside, which
    /// then writes over its bytes. Deleting a national collection's record
    /// and writing a new one would free 25 MB and take as much anew, which
    /// cost a disk 13 ms more.
    static func forget(for target: OutputLocation) {
        _ = rename(path(for: target), partialPath(for: target))
    }

    /// Writes the record whole under a new name beside its place, while the
    /// build puts its site in; `putInPlace` then renames it into its place.
    /// A record that cannot be written is left out (the next build starts afresh).
    func writeAside(for target: OutputLocation) {
        let partial = Self.partialPath(for: target)
        let heading = Heading(format: Self.currentFormat, plans: entries.map(\.sitePath), parts: entries.map { $0.entry.parts.map(\.count) },
                              identities: identities)
        guard var lines = try? JSONEncoder().encode(heading) else { return }
        lines.reserveCapacity(entries.reduce(lines.count + 1) { $0 + $1.entry.line.count + 1 })
        lines.append(UInt8(ascii: "\n"))
        for (_, entry) in entries {
            lines.append(entry.line)
            lines.append(UInt8(ascii: "\n"))
        }
        // The parts, most of the record, are written from where they are, not copied into one buffer first.
        let pieces = [lines] + entries.flatMap(\.entry.parts)
        if !Self.write(pieces, over: partial) { _ = unlink(partial) }
    }

    /// Adds the output's folders (`OutputFolders.list`) to the record
    /// written aside, once the site is in place. Folders that cannot be
    /// added are left out: without them, the next build lists every folder.
    static func addAside(_ folders: Data, for target: OutputLocation) {
        let file = open(partialPath(for: target), O_WRONLY | O_APPEND | O_NOFOLLOW | O_CLOEXEC)
        guard file >= 0 else { return }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0 else { return }
        let failure = folders.withUnsafeBytes { SitePublisher.writeAll(file, $0) }
        if failure != 0, ftruncate(file, info.st_size) != 0 { _ = unlink(partialPath(for: target)) }
    }

    /// The record written aside, once the output it describes is in place.
    static func putInPlace(for target: OutputLocation) {
        let partial = partialPath(for: target)
        if rename(partial, path(for: target)) != 0 { _ = unlink(partial) }
    }

    /// The record written aside, when the output it describes could not be put in place.
    static func abandon(for target: OutputLocation) {
        _ = unlink(partialPath(for: target))
    }

    private static func partialPath(for target: OutputLocation) -> String {
        path(for: target) + ".baru"
    }

    /// Writes `pieces` one after another as the whole of the regular file at
    /// `path`, over what it held (the record `forget` put there, or whatever
    /// an earlier build cut short left), or as a new one.
    private static func write(_ pieces: [Data], over path: String) -> Bool {
        var file = open(path, O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        var info = stat()
        if file >= 0, fstat(file, &info) != 0 || info.st_mode & S_IFMT != S_IFREG {
            close(file)
            file = -1
        }
        if file < 0 {
            _ = unlink(path)
            file = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            guard file >= 0 else { return false }
        }
        defer { close(file) }
        for piece in pieces {
            guard piece.withUnsafeBytes({ SitePublisher.writeAll(file, $0) }) == 0 else { return false }
        }
        return ftruncate(file, off_t(pieces.reduce(0) { $0 + $1.count })) == 0
    }
}

/// One plan as the previous build left it.
struct PlanRecord: Codable, Sendable {
    /// `PlanInputs.fingerprint` of its content folder when it was built.
    var inputs: UInt64
    /// Its files, relative to its folder in the output: a part of the record of their own, not in the JSON.
    var files: [WrittenFile] = []
    var summary: UnitSummary
    var openData: UnitOpenData
    /// What its build told (warnings and notes; a plan with errors is not recorded).
    var diagnostics: [Diagnostic]

    private enum CodingKeys: String, CodingKey {
        case inputs, summary, openData, diagnostics
    }

    /// Its entry in the record: its line in JSON (which writes no line
    /// break unescaped) with the text of its rows taken out, that text, and its files.
    var entry: CollectionRecord.Entry? {
        var bare = self
        bare.openData.steps.csv = Data()
        bare.openData.steps.json = Data()
        guard let line = try? JSONEncoder().encode(bare) else { return nil }
        return CollectionRecord.Entry(line: line, csv: openData.steps.csv, json: openData.steps.json, files: WrittenFile.list(files))
    }
}
