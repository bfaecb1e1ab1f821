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
/// One line names the format and the plans, in order; then each plan has a
/// line of its own, a `PlanRecord` in JSON, decoded only when its plan is
/// looked at (by the worker building that plan) and, for a plan reused,
/// written back as it was read.
struct CollectionRecord: Sendable {
    static let currentFormat = 4
    /// Records larger than this are not read: the build starts afresh.
    static let sizeLimit = 256 << 20

    /// Each plan's line, by the plan's `sitePath`, in the order written.
    private(set) var lines: [(sitePath: String, line: Data)] = []
    private var index: [String: Int] = [:]

    private struct Heading: Codable {
        var format: Int
        var plans: [String]
    }

    var isEmpty: Bool { lines.isEmpty }

    /// The recorded plan at `sitePath`, with its line as read.
    func plan(at sitePath: String) -> (record: PlanRecord, line: Data)? {
        guard let position = index[sitePath], let record = try? JSONDecoder().decode(PlanRecord.self, from: lines[position].line) else { return nil }
        return (record, lines[position].line)
    }

    /// Adds a plan's line (`PlanRecord.line`, or a line read); a later one for the same site path replaces it.
    mutating func add(_ line: Data, at sitePath: String) {
        if let position = index[sitePath] {
            lines[position].line = line
        } else {
            index[sitePath] = lines.count
            lines.append((sitePath, line))
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
        let parts = lines(of: data)
        guard let first = parts.first, let heading = try? JSONDecoder().decode(Heading.self, from: first),
              heading.format == currentFormat, parts.count == heading.plans.count + 1, Set(heading.plans).count == heading.plans.count
        else { return CollectionRecord() }
        var record = CollectionRecord()
        for (sitePath, line) in zip(heading.plans, parts.dropFirst()) { record.add(line, at: sitePath) }
        return record
    }

    /// The lines of `data`, each ended by a line break; none when the data
    /// do not end with one (a record cut short).
    private static func lines(of data: Data) -> [Data] {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> [Data] in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return [] }
            var lines: [Data] = []
            var start = 0
            while start < bytes.count, let end = memchr(base + start, 0x0A, bytes.count - start) {
                let length = base.distance(to: UnsafeRawPointer(end)) - start
                lines.append(Data(bytes: base + start, count: length))
                start += length + 1
            }
            // Text after the last line break: a record cut short, not read.
            return start == bytes.count ? lines : []
        }
    }

    static func forget(for target: OutputLocation) {
        _ = unlink(path(for: target))
    }

    /// Written whole under a new name, then renamed over the old one; a
    /// record that cannot be written is left out (the next build starts afresh).
    func save(for target: OutputLocation) {
        let path = Self.path(for: target)
        guard var data = try? JSONEncoder().encode(Heading(format: Self.currentFormat, plans: lines.map(\.sitePath))) else { return }
        data.reserveCapacity(lines.reduce(data.count + 1) { $0 + $1.line.count + 1 })
        data.append(UInt8(ascii: "\n"))
        for (_, line) in lines {
            data.append(line)
            data.append(UInt8(ascii: "\n"))
        }
        let partial = path + ".baru"
        guard FileManager.default.createFile(atPath: partial, contents: data), rename(partial, path) == 0 else {
            _ = unlink(partial)
            return
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

    /// Its line in the record: JSON, which writes no line break unescaped.
    var line: Data? {
        try? JSONEncoder().encode(self)
    }
}
