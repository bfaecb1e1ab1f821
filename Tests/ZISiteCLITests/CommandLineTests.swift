import Foundation
import XCTest
@testable import ZISiteCLI

/// The `zisite` binary as a user runs it: what it prints and how it exits.
final class CommandLineTests: XCTestCase {
    private static let root = ZisiteBinary.root

    private func zisite(_ arguments: [String]) throws -> ZisiteBinary.Run {
        try ZisiteBinary.run(arguments)
    }

    func testCheckOnTheExampleFindsNothing() throws {
        let run = try zisite(["check", "--content", "Content"])
        XCTAssertEqual(run.status, 0, run.output + run.errors)
        XCTAssertEqual(run.output, "Pemeriksaan Content: 0 kesalahan, 0 peringatan.\n")
    }

    func testCheckPrintsEveryFindingWithItsPlaceAndExitsWithOneOnErrors() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zisite-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Content"), to: scratch)
        let settings = scratch.appendingPathComponent("situs.yml")
        var text = try String(contentsOf: settings, encoding: .utf8)
        text = text.replacingOccurrences(of: "tanggal: 2025-09-08", with: "tanggal: 31/02/2025")
            .replacingOccurrences(of: "tahun_rencana:", with: "tahun_rencan:")
        try text.write(to: settings, atomically: true, encoding: .utf8)
        let before = try FileManager.default.subpathsOfDirectory(atPath: scratch.path).sorted()

        let run = try zisite(["check", "--content", scratch.path])
        XCTAssertEqual(run.status, 1)
        let lines = run.output.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.hasPrefix(settings.path + ":10:1: warning: kunci 'tahun_rencan' tidak dikenal; mungkin maksudnya 'tahun_rencana'?") }, run.output)
        XCTAssertTrue(lines.contains { $0.hasPrefix(settings.path + ":17:12: error: 'keputusan.tanggal': '31/02/2025' bukan tanggal yang ada") }, run.output)
        XCTAssertTrue(lines.contains { $0.contains("error: pengaturan 'tahun_rencana' belum diisi") }, run.output)
        XCTAssertEqual(lines.last, "Pemeriksaan \(scratch.path): 2 kesalahan, 1 peringatan.")
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: scratch.path).sorted(), before, "check writes nothing")
    }

    func testAnImportThatWritesNothingSaysSoAndExitsWithOne() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zisite-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let empty = scratch.appendingPathComponent("keputusan.txt")
        try Data().write(to: empty)
        let target = scratch.appendingPathComponent("Content-x")

        let run = try zisite(["import", empty.path, "--into", target.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.hasPrefix(empty.path + ":1:1: error: berkas ini kosong"), run.errors)
        XCTAssertEqual(run.output.split(separator: "\n").suffix(2), ["Tidak ada berkas yang ditulis: perbaiki kesalahan di atas, lalu impor lagi:",
                                                                    "  zisite import \(empty.path) --into \(target.path)"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
    }

    func testAMistypedCommandLineIsExplainedInIndonesian() throws {
        let run = try zisite(["check", "--contnt", "Content"])
        XCTAssertEqual(run.status, 64)
        XCTAssertEqual(run.errors, "Perintah tidak dapat dijalankan: pilihan '--contnt' tidak dikenal; mungkin maksudnya '--content'?\n"
                                   + "Lihat petunjuknya dengan: zisite check --help\n")
        XCTAssertEqual(try zisite(["new", "ZI", "Kantor", "Kami"]).errors,
                       "Perintah tidak dapat dijalankan: 'Kantor', 'Kami' tidak dikenal di sini\nLihat petunjuknya dengan: zisite new --help\n")
        XCTAssertEqual(CommandLineMessage.indonesian("Error: Missing expected argument '--period <period>'\nHelp: ..."),
                       "'--period <period>' belum ditulis")
        XCTAssertEqual(CommandLineMessage.indonesian("Something new"), "Something new", "an unknown message is kept, not lost")
    }
}
