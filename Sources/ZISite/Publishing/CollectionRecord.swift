import Foundation

/// What the previous build of a collection wrote for each plan, kept beside
/// the output as `.<output>.catatan`, under the output's lock: the next build
/// links the files of a plan whose inputs (`PlanInputs`) are unchanged
/// instead of reading and rendering it again, and takes its summary and
/// messages from here. A record that cannot be read is no record: every
/// plan is then built. It is removed before a build swaps its site in and
/// written after, so it never describes an output it did not make.
struct CollectionRecord: Codable, Sendable {
    static let currentFormat = 1
    /// Records larger than this are not read: the build starts afresh.
    static let sizeLimit = 256 << 20

    var format = currentFormat
    /// By the plan's `sitePath`.
    var plans: [String: PlanRecord] = [:]

    static func path(for target: OutputLocation) -> String {
        "\(target.parent)/.\(target.name).catatan"
    }

    /// The record of the build that made the output now in place; empty when there is none.
    static func load(for target: OutputLocation) -> CollectionRecord {
        let path = path(for: target)
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size <= sizeLimit,
              let data = FileManager.default.contents(atPath: path),
              let record = try? JSONDecoder().decode(CollectionRecord.self, from: data), record.format == currentFormat
        else { return CollectionRecord() }
        return record
    }

    static func forget(for target: OutputLocation) {
        _ = unlink(path(for: target))
    }

    /// Written whole under a new name, then renamed over the old one; a
    /// record that cannot be written is left out (the next build starts afresh).
    func save(for target: OutputLocation) {
        let path = Self.path(for: target)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard let data = try? encoder.encode(self) else { return }
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
}
