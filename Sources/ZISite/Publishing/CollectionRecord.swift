import Foundation

/// What the previous build of a collection wrote for each plan, kept beside
/// the output as `.<output>.catatan`, under the output's lock: the next build
/// leaves in place the files of a plan whose inputs (`PlanInputs`) are
/// unchanged instead of reading and rendering it again, and takes its
/// summary, open data and messages from here. A record that cannot be read
/// is no record: every plan is then built. It is removed before a build
/// puts its site in and written after, so it never describes an output it
/// did not make.
///
/// One line names the format, the plans in order, and the length of each
/// plan's rows; then each plan has a line of its own, a `PlanRecord` in
/// JSON, decoded only when its plan is looked at (by the worker building
/// that plan) and, for a plan reused, written back as it was read. The
/// plans' rows of the collection's table of steps (`UnitOpenData.steps`)
/// follow the lines as they are, CSV then JSON for each plan: as strings in
/// the JSON, decoding them took a sixth of a rebuild.
struct CollectionRecord: Sendable {
    static let currentFormat = 5
    /// Records larger than this are not read: the build starts afresh.
    static let sizeLimit = 256 << 20

    /// One plan's part of the record, as written.
    struct Entry: Sendable {
        /// Its `PlanRecord` in JSON, without the text of its rows.
        var line: Data
        /// Its rows' CSV and JSON text (`DataTable.WrittenRows`).
        var csv: Data
        var json: Data
    }

    /// Each plan's entry, by the plan's `sitePath`, in the order written.
    private(set) var entries: [(sitePath: String, entry: Entry)] = []
    private var index: [String: Int] = [:]

    private struct Heading: Codable {
        var format: Int
        var plans: [String]
        /// The bytes of each plan's rows: CSV, JSON.
        var rows: [[Int]]
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The recorded plan at `sitePath`, with its entry as read.
    func plan(at sitePath: String) -> (record: PlanRecord, entry: Entry)? {
        guard let position = index[sitePath] else { return nil }
        let entry = entries[position].entry
        guard var record = try? JSONDecoder().decode(PlanRecord.self, from: entry.line) else { return nil }
        // Only ever put into the output's own open data, which whoever can change the record can change too.
        record.openData.steps.csv = entry.csv
        record.openData.steps.json = entry.json
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
              heading.format == currentFormat, heading.rows.count == heading.plans.count, Set(heading.plans).count == heading.plans.count,
              heading.rows.allSatisfy({ $0.count == 2 && $0.allSatisfy { (0...sizeLimit).contains($0) } })
        else { return CollectionRecord() }
        var lines: [Data] = []
        for _ in heading.plans {
            guard let line = line(from: &rest) else { return CollectionRecord() }
            lines.append(line)
        }
        // The rows take what is left, to the byte: a record cut short is not read.
        guard heading.rows.reduce(0, { $0 + $1[0] + $1[1] }) == rest.count else { return CollectionRecord() }
        var record = CollectionRecord()
        for ((sitePath, line), lengths) in zip(zip(heading.plans, lines), heading.rows) {
            let csv = rest.prefix(lengths[0]), json = rest.dropFirst(lengths[0]).prefix(lengths[1])
            rest = rest.dropFirst(lengths[0] + lengths[1])
            record.add(Entry(line: line, csv: csv, json: json), at: sitePath)
        }
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

    static func forget(for target: OutputLocation) {
        _ = unlink(path(for: target))
    }

    /// Written whole under a new name, then renamed over the old one; a
    /// record that cannot be written is left out (the next build starts afresh).
    func save(for target: OutputLocation) {
        let path = Self.path(for: target)
        let heading = Heading(format: Self.currentFormat, plans: entries.map(\.sitePath), rows: entries.map { [$0.entry.csv.count, $0.entry.json.count] })
        guard var lines = try? JSONEncoder().encode(heading) else { return }
        lines.reserveCapacity(entries.reduce(lines.count + 1) { $0 + $1.entry.line.count + 1 })
        lines.append(UInt8(ascii: "\n"))
        for (_, entry) in entries {
            lines.append(entry.line)
            lines.append(UInt8(ascii: "\n"))
        }
        // The rows, most of the record, are written from where they are, not copied into one buffer first.
        let pieces = [lines] + entries.flatMap { [$0.entry.csv, $0.entry.json] }
        let partial = path + ".baru"
        guard write(pieces, to: partial), rename(partial, path) == 0 else {
            _ = unlink(partial)
            return
        }
    }

    private func write(_ pieces: [Data], to path: String) -> Bool {
        guard FileManager.default.createFile(atPath: path, contents: nil), let file = FileHandle(forWritingAtPath: path) else { return false }
        do {
            for piece in pieces { try file.write(contentsOf: piece) }
            try file.close()
            return true
        } catch {
            try? file.close()
            return false
        }
    }
}

/// One plan as the previous build left it.
struct PlanRecord: Codable, Sendable {
    /// `PlanInputs.fingerprint` of its content folder when it was built.
    var inputs: UInt64
    /// Its files, relative to its folder in the output.
    var files: [WrittenFile]
    var summary: UnitSummary
    var openData: UnitOpenData
    /// What its build told (warnings and notes; a plan with errors is not recorded).
    var diagnostics: [Diagnostic]

    /// Its entry in the record: its line in JSON (which writes no line
    /// break unescaped) with the text of its rows taken out, and that text.
    var entry: CollectionRecord.Entry? {
        var bare = self
        bare.openData.steps.csv = Data()
        bare.openData.steps.json = Data()
        guard let line = try? JSONEncoder().encode(bare) else { return nil }
        return CollectionRecord.Entry(line: line, csv: openData.steps.csv, json: openData.steps.json)
    }
}
