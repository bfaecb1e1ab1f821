import Foundation
import Synchronization

/// The folders not yet removed. XCTest keeps every test case, and so the
/// folder it holds, until the process ends, when no deinit runs: what is
/// left is removed as the test process exits.
private let leftOver = Mutex<Set<String>>([])
private let removedAtExit: Void = {
    atexit { for path in leftOver.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) } }
}()

/// A folder for one test, removed when the test lets go of it or, at the latest, when the tests end.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("zisite-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        _ = removedAtExit
        leftOver.withLock { _ = $0.insert(url.path) }
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
        leftOver.withLock { _ = $0.remove(url.path) }
    }

    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `data` at `name`, making the folders it needs.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let file = path(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }
}
