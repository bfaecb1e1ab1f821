import Foundation
import XCTest
@testable import ZISite

/// Thousands of seeded, randomly damaged versions of both sample decrees go
/// through `import`, `check` and `build`, and of their content files through
/// `check` and `build`: none may crash or hang, every problem is a located
/// message in Indonesian, `check` and `build` agree, and a failed build
/// leaves the published site as it was.
///
/// `ZISITE_MUTATIONS=N` sets the cases per sample and kind (default 500, so
/// 2,000 in all); `ZISITE_MUTATION=K` runs only case K, to look at a failure
/// again. The cases run on every processor, each worker in folders of its
/// own. How fast zisite is, is measured by Scripts/benchmark, not here.
final class MutationTests: XCTestCase {
    private static let environment = ProcessInfo.processInfo.environment
    private static let count = environment["ZISITE_MUTATIONS"].flatMap { Int($0) } ?? 500
    private static let only = environment["ZISITE_MUTATION"].flatMap { Int($0) }
    /// A case still running after this long is a hang; ordinary cases take
    /// well under a second, so the margin only catches loops.
    private static let hangAfter: TimeInterval = 120

    private var scratch: ScratchFolder!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
    }

    private static let decrees = [
        ("kendari", "keputusan-kpu-kota-kendari-65-2025.txt"),
        ("soppeng", "keputusan-kpu-kabupaten-soppeng-43-2025.txt"),
    ]

    func testDamagedDecreesImportCheckAndBuildWithoutACrashOrAHang() throws {
        for (sampleIndex, (name, file)) in Self.decrees.enumerated() {
            let source = Array(try Data(contentsOf: Repository.fixtures.appendingPathComponent("decrees/" + file)))
            try run(Self.cases(offset: sampleIndex * 1_000_000)) { number, folder, failures in
                var generator = SeededGenerator(seed: UInt64(number))
                let input = folder.appendingPathComponent("keputusan.txt")
                try Data(SeededMutator.mutate(source, using: &generator)).write(to: input)
                let label = "\(name) case \(number) (ZISITE_MUTATION=\(number) runs it again)"
                let content = folder.appendingPathComponent("Content")
                let imported = Import.run(file: input.path, into: content.path, force: false)
                failures.checkLocated(imported.diagnostics, label)
                failures.expect(!imported.written.isEmpty || imported.diagnostics.contains { $0.severity == .error },
                                "\(label): nothing written and no error says why")
                if !imported.written.isEmpty { try Self.checkAndBuild(content, in: folder, label, failures) }
                try? FileManager.default.removeItem(at: content)
            }
        }
    }

    func testDamagedContentFilesCheckAndBuildWithoutACrashOrAHang() throws {
        let samples = [("kendari", Repository.content), ("soppeng", Repository.fixtures.appendingPathComponent("soppeng"))]
        for (sampleIndex, (name, original)) in samples.enumerated() {
            try run(Self.cases(offset: 2_000_000 + sampleIndex * 1_000_000)) { number, folder, failures in
                let content = folder.appendingPathComponent("Content-\(name)")
                if !FileManager.default.fileExists(atPath: content.path) {
                    try FileManager.default.copyItem(at: original, to: content)
                }
                let files = try Self.textFiles(in: content)
                var generator = SeededGenerator(seed: UInt64(number))
                let file = files[Int.random(in: 0..<files.count, using: &generator)]
                let before = try Data(contentsOf: file)
                try Data(SeededMutator.mutate(Array(before), using: &generator)).write(to: file)
                let label = "\(name) case \(number), \(file.lastPathComponent) damaged (ZISITE_MUTATION=\(number) runs it again)"
                try Self.checkAndBuild(content, in: folder, label, failures)
                try before.write(to: file)
            }
        }
    }

    /// Runs the cases spread over one worker per processor, each with a
    /// folder of its own, and fails with every case that went wrong.
    private func run(_ cases: [Int], _ body: @escaping @Sendable (Int, URL, CaseFailures) throws -> Void) throws {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, cases.count))
        let failures = CaseFailures()
        let watch = HangWatch(limit: Self.hangAfter)
        let root = scratch.url
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let folder = root.appendingPathComponent("worker-\(worker)")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for number in stride(from: worker, to: cases.count, by: workers).map({ cases[$0] }) {
                watch.begin(worker, "case \(number) (ZISITE_MUTATION=\(number) runs it again; its input is in \(folder.path))")
                do {
                    try body(number, folder, failures)
                } catch {
                    failures.expect(false, "case \(number): test setup failed: \(error)")
                }
            }
            watch.end(worker)
        }
        watch.stop()
        XCTAssertEqual(failures.all, [], "\(failures.all.count) of \(cases.count) cases went wrong")
    }

    /// The case numbers to run: all of them, or the one asked for.
    private static func cases(offset: Int) -> [Int] {
        let all = (0..<count).map { offset + $0 }
        guard let only else { return all }
        return all.contains(only) ? [only] : []
    }

    private static func textFiles(in content: URL) throws -> [URL] {
        let names = try FileManager.default.subpathsOfDirectory(atPath: content.path)
        let texts = names.filter { name in
            !name.hasPrefix("bukti/") && [".tsv", ".csv", ".yml", ".md"].contains { name.hasSuffix($0) }
        }
        return texts.sorted().map { content.appendingPathComponent($0) }
    }

    /// `check`, then `build` into a folder holding a published site: both say
    /// the same, and a failed build leaves that site as it was.
    private static func checkAndBuild(_ content: URL, in folder: URL, _ label: String, _ failures: CaseFailures) throws {
        // A site published before: zisite's own marker and one page.
        let output = folder.appendingPathComponent("Output")
        let page = output.appendingPathComponent("terbit-sebelumnya.html")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data(SitePublisher.markerText.utf8).write(to: output.appendingPathComponent(SitePublisher.markerName))
        try Data("lama".utf8).write(to: page)

        let options = Build.Options(content: content.path, output: output.path, templates: Repository.templates.path)
        let checked = Build.check(options)
        let built = Build.run(options)
        failures.checkLocated(built.diagnostics, label)
        failures.expect(Set(checked.diagnostics) == Set(built.diagnostics),
                        "\(label): check and build say different things: \(Set(checked.diagnostics).symmetricDifference(built.diagnostics))")
        failures.expect(FileManager.default.fileExists(atPath: page.path) != built.succeeded,
                        "\(label): the published site must be replaced by a good build and kept by a failed one")
        try? FileManager.default.removeItem(at: output)
    }
}

/// What went wrong in the cases, gathered from every worker.
final class CaseFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    var all: [String] { lock.withLock { items.sorted() } }

    func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        let text = message()
        lock.withLock { items.append(text) }
    }

    /// Every problem names a file and a line, in the site's language.
    func checkLocated(_ diagnostics: [Diagnostic], _ label: String) {
        for diagnostic in diagnostics {
            expect(!diagnostic.location.file.isEmpty && diagnostic.location.line >= 1 && !diagnostic.message.isEmpty,
                   "\(label): not located: \(diagnostic.formatted)")
            for leak in ["Error Domain", "Swift.", "Optional(", "couldn’t", "could not", "found ", "expected "] {
                expect(!diagnostic.message.contains(leak), "\(label): not a message for a user: \(diagnostic.formatted)")
            }
        }
    }
}

/// Ends the test run naming the case when one case runs longer than a
/// limit: a hang then fails CI with the input that caused it instead of
/// stalling it.
final class HangWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var running: [Int: (label: String, started: Date)] = [:]
    private var stopped = false

    init(limit: TimeInterval) {
        Thread.detachNewThread { [self] in
            while true {
                Thread.sleep(forTimeInterval: 1)
                let (cases, done) = lock.withLock { (running, stopped) }
                if done { return }
                for case_ in cases.values where Date().timeIntervalSince(case_.started) > limit {
                    FileHandle.standardError.write(Data("HANG: \(case_.label) ran over \(Int(limit)) s\n".utf8))
                    exit(1)
                }
            }
        }
    }

    func begin(_ worker: Int, _ label: String) { lock.withLock { running[worker] = (label, Date()) } }
    func end(_ worker: Int) { lock.withLock { running[worker] = nil } }
    func stop() { lock.withLock { stopped = true } }
}
