import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `zisite build` killed with SIGKILL at several points, and a second build started while one
/// holds the output: the output is always one whole site, and the next build tidies up.
final class KilledBuildTests: XCTestCase {
    /// Where the kill falls, found by watching the folder that holds the output.
    private enum KillPoint: CustomStringConvertible {
        case atOnce
        case whenLocked
        case whenStagingStarts
        case midWriting
        case whenSwapped
        case after(milliseconds: Int)

        var description: String {
            switch self {
            case .atOnce: "at once"
            case .whenLocked: "when the lock file appears"
            case .whenStagingStarts: "when the staging folder appears"
            case .midWriting: "half way through the evidence"
            case .whenSwapped: "when the output has changed"
            case .after(let milliseconds): "after \(milliseconds) ms"
            }
        }
    }

    private static let evidenceCount = 40

    /// The example content with `evidenceCount` evidence files of about 2 MB, each a different
    /// size (so that none is stored once for two), all referenced from the latest monev sheet.
    private func bigContent(at folder: URL, extraBytes: Int) throws {
        try FileManager.default.copyItem(at: ZisiteBinary.root.appendingPathComponent("Content"), to: folder)
        let evidence = folder.appendingPathComponent("bukti/Besar")
        try FileManager.default.createDirectory(at: evidence, withIntermediateDirectories: true)
        var references = ["AREA I/SK Tim Kerja ZI.pdf"]
        for index in 0..<Self.evidenceCount {
            let name = "berkas-\(index).pdf"
            var bytes = Data("%PDF-1.4\n".utf8)
            bytes.append(Data(repeating: UInt8(truncatingIfNeeded: index), count: (2 << 20) + extraBytes + index))
            try bytes.write(to: evidence.appendingPathComponent(name))
            references.append("Besar/" + name)
        }
        let sheet = folder.appendingPathComponent("monev/triwulan-iv-2025.csv")
        let text = try String(contentsOf: sheet, encoding: .utf8)
        let cell = "2025-09-10;AREA I/SK Tim Kerja ZI.pdf;"
        XCTAssertTrue(text.contains(cell), "test setup: the sheet cites the decision on the team")
        let cited = "2025-09-10;\"" + references.joined(separator: "\n") + "\";"
        try text.replacingOccurrences(of: cell, with: cited).write(to: sheet, atomically: true, encoding: .utf8)
    }

    /// A site as compared here: each file's bytes, or for the big evidence its size (no two of
    /// them have one size, so a file cut short shows).
    private func listing(_ site: URL) throws -> [String: Data] {
        let base = site.path
        guard let walker = FileManager.default.enumerator(atPath: base) else {
            XCTFail("'\(base)' cannot be listed")
            return [:]
        }
        var files: [String: Data] = [:]
        for case let relative as String in walker {
            let full = base + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            guard attributes[.type] as? FileAttributeType != .typeDirectory else { continue }
            files[relative] = relative.hasPrefix("bukti/besar/")
                ? Data("\(attributes[.size] as? Int ?? -1)".utf8)
                : try Data(contentsOf: URL(fileURLWithPath: full))
        }
        return files
    }

    private func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    private func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// Waits until `point` is reached or the build has ended.
    private func wait(for point: KillPoint, of process: Process, sites: URL, outputInode: UInt64?) throws {
        let deadline = Date(timeIntervalSinceNow: 30)
        if case .after(let milliseconds) = point {
            usleep(useconds_t(milliseconds * 1000))
            return
        }
        while process.isRunning, Date() < deadline {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: sites.path)) ?? []
            let staging = entries.first { $0.hasPrefix(".Out.baru-") }
            switch point {
            case .atOnce: return
            case .whenLocked: if entries.contains(".Out.kunci") { return }
            case .whenStagingStarts: if staging != nil { return }
            case .midWriting:
                if let staging {
                    let written = try? FileManager.default.contentsOfDirectory(
                        atPath: sites.path + "/" + staging + "/bukti/besar")
                    if (written?.count ?? 0) >= Self.evidenceCount / 2 { return }
                }
            case .whenSwapped: if inode(sites.path + "/Out") != outputInode { return }
            case .after: return
            }
            usleep(50)
        }
    }

    func testAKillNineAtAnyPointLeavesTheOldOrTheNewSiteAndTheNextBuildTidiesUp() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zisite-kill-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let sites = scratch.appendingPathComponent("Situs")
        try FileManager.default.createDirectory(at: sites, withIntermediateDirectories: true)
        let contents = [scratch.appendingPathComponent("KontenA"), scratch.appendingPathComponent("KontenB")]
        try bigContent(at: contents[0], extraBytes: 0)
        try bigContent(at: contents[1], extraBytes: 1000)
        var expected: [[String: Data]] = []
        for (index, content) in contents.enumerated() {
            let reference = scratch.appendingPathComponent("Acuan\(index)")
            let run = try ZisiteBinary.run(["build", "--content", content.path, "--output", reference.path])
            XCTAssertEqual(run.status, 0, run.output)
            expected.append(try listing(reference))
        }
        XCTAssertNotEqual(expected[0], expected[1])
        let output = sites.appendingPathComponent("Out")
        XCTAssertEqual(try ZisiteBinary.run(["build", "--content", contents[0].path, "--output", output.path]).status, 0)

        var current = 0
        var killed = 0, leftBehind = 0
        let points: [KillPoint] = [
            .atOnce, .whenLocked, .whenStagingStarts, .midWriting, .midWriting, .whenSwapped,
            .after(milliseconds: 20), .after(milliseconds: 150), .after(milliseconds: 400),
        ]
        for point in points {
            let next = 1 - current
            let build = ZisiteBinary.process(["build", "--content", contents[next].path, "--output", output.path])
            let before = inode(output.path)
            try build.run()
            try wait(for: point, of: build, sites: sites, outputInode: before)
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            if build.terminationReason == .uncaughtSignal { killed += 1 }

            XCTAssertNotNil(inode(output.path), "killed \(point): the output is missing")
            let now = try listing(output)
            XCTAssertTrue(now == expected[current] || now == expected[next],
                          "killed \(point): the output is neither the old nor the new site")
            if try names(in: sites) != ["Out"] { leftBehind += 1 }

            let again = try ZisiteBinary.run(["build", "--content", contents[next].path, "--output", output.path])
            XCTAssertEqual(again.status, 0, "after a kill \(point): " + again.output)
            XCTAssertEqual(try names(in: sites), ["Out"], "after a kill \(point), the next build tidies up")
            XCTAssertEqual(try listing(output), expected[next])
            current = next
        }
        XCTAssertGreaterThan(killed, points.count / 2, "most builds were killed, not finished")
        XCTAssertGreaterThan(leftBehind, 0, "some kill left folders for the next build to tidy")
    }

    func testASecondBuildWhileTheOutputIsLockedFailsAtOnceSayingWhoHoldsIt() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zisite-lock-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("Out")
        XCTAssertEqual(try ZisiteBinary.run(["build", "--output", output.path]).status, 0)
        let before = try listing(output)
        // Held as a running build holds it, with its record.
        let lockFile = scratch.appendingPathComponent(".Out.kunci").path
        let descriptor = open(lockFile, O_RDWR | O_CREAT, 0o644)
        defer { close(descriptor) }
        XCTAssertEqual(flock(descriptor, LOCK_EX | LOCK_NB), 0)
        let record = "proses: \(getpid())\nhost: mesin-uji\nsejak: 1 Desember 2026 pukul 08.00.00 WIB\nperintah: zisite build --output Out\n"
        _ = record.withCString { write(descriptor, $0, strlen($0)) }

        let run = try ZisiteBinary.run(["build", "--output", output.path])

        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.hasPrefix(
            "\(output.path):1:1: error: folder keluaran '\(output.path)' sedang ditulis oleh build lain "
                + "(proses \(getpid()) di mesin-uji sejak 1 Desember 2026 pukul 08.00.00 WIB: zisite build --output Out); "
                + "tunggu sampai build itu selesai, lalu jalankan zisite build lagi\n"), run.errors)
        XCTAssertEqual(try listing(output), before)
        XCTAssertEqual(try names(in: scratch), [".Out.kunci", "Out"])
    }
}
