import Foundation

/// Only a regular file is read from content: a pipe (FIFO), a device or a
/// socket named like a sheet would block the reader forever, and a folder
/// has no text.
enum RegularFile {
    /// The size of the regular file at `path` (links followed); nil for
    /// anything else or when it cannot be looked at.
    static func size(atPath path: String) -> Int? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
        return attributes[.size] as? Int
    }
}
