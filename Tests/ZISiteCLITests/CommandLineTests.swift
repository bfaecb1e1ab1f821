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

    /// A collection with one broken plan: build fails with 1 and writes
    /// nothing; with --skip-failed it writes the rest and exits with 2.
    func testBuildOfACollectionWithABrokenPlanExitsWithOneOrWithTwoWhenItSkipsIt() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zisite-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let collection = scratch.appendingPathComponent("Kumpulan")
        try FileManager.default.createDirectory(at: collection, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Content"), to: collection.appendingPathComponent("kota-kendari"))
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Content"), to: collection.appendingPathComponent("kota-rusak"))
        let settings = collection.appendingPathComponent("kota-rusak/situs.yml")
        try (try String(contentsOf: settings, encoding: .utf8)).replacingOccurrences(of: "tanggal: 2025-09-08", with: "tanggal: 31/02/2025")
            .write(to: settings, atomically: true, encoding: .utf8)
        let output = scratch.appendingPathComponent("Situs").path

        let strict = try zisite(["build", "--content", collection.path, "--output", output])
        XCTAssertEqual(strict.status, 1, strict.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))

        let skipping = try zisite(["build", "--content", collection.path, "--output", output, "--skip-failed"])
        XCTAssertEqual(skipping.status, 2, skipping.output + skipping.errors)
        XCTAssertTrue((skipping.output + skipping.errors).contains(settings.path + ":17:12: error: 'keputusan.tanggal': '31/02/2025' bukan tanggal yang ada"), skipping.errors)
        XCTAssertTrue(skipping.output.hasSuffix("; 1 rencana aksi dilewati karena kesalahan: kota-rusak.\n"), skipping.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/kota-kendari/index.html"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/kota-rusak"))
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

    func testPublishWithoutWeasyPrintOnThePathNamesThePackageExitsWithOneAndWritesNothing() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zisite-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let process = ZisiteBinary.process(["publish", "--content", "Content", "--output", scratch.appendingPathComponent("Terbit").path])
        process.environment = ["PATH": scratch.path + ":/nonexistent", "HOME": scratch.path]
        let run = try ZisiteBinary.finished(process)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errors, "zisite publish: mesin cetak PDF WeasyPrint tidak ditemukan: perintah 'weasyprint' tidak ada di PATH. "
            + "Pasang dengan: sudo apt install weasyprint, lalu jalankan zisite publish lagi. Tidak ada yang ditulis; "
            + "zisite build tetap dapat menulis situs tanpa PDF\n")
        XCTAssertEqual(run.output, "Gagal: 0 kesalahan, 0 peringatan. Situs di \(scratch.path)/Terbit tidak diubah.\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), [])
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

/// zisite carries its templates: it works from any folder, and writes them out for a unit to edit.
final class BuiltInTemplatesCommandLineTests: XCTestCase {
    private let content = ZisiteBinary.root.appendingPathComponent("Content").path

    private func emptyFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zisite-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    func testCheckAndBuildWorkFromAFolderWithoutTemplates() throws {
        let folder = try emptyFolder()
        let check = try ZisiteBinary.run(["check", "--content", content], in: folder)
        XCTAssertEqual(check.status, 0, check.output + check.errors)
        XCTAssertEqual(check.output, "Pemeriksaan \(content): 0 kesalahan, 0 peringatan.\n")

        let build = try ZisiteBinary.run(["build", "--content", content, "--output", "Situs"], in: folder)
        XCTAssertEqual(build.status, 0, build.output + build.errors)
        XCTAssertEqual(build.errors, "")
        XCTAssertTrue(build.output.hasPrefix("Selesai: 28 halaman"), build.output)
        XCTAssertNotNil(FileManager.default.contents(atPath: folder.appendingPathComponent("Situs/aset/gaya.css").path))
    }

    func testTemplatesWritesTheSetOnceAndNeverReplacesAFile() throws {
        let folder = try emptyFolder()
        let first = try ZisiteBinary.run(["templates", "Templat"], in: folder)
        XCTAssertEqual(first.status, 0, first.output + first.errors)
        let lines = first.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "Ditulis:")
        XCTAssertEqual(lines.filter { $0.hasPrefix("  Templat/") }.count, 34, first.output)
        XCTAssertEqual(lines.last, "Selesai: 34 berkas ditulis, 0 sudah ada dan tidak ditimpa. "
                       + "Ubah templatnya, lalu sebut folder itu dengan --templates pada zisite check dan zisite build.")

        let edited = folder.appendingPathComponent("Templat/layout.mustache")
        try "diubah\n".write(to: edited, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Templat/aset/gaya.css"))
        let second = try ZisiteBinary.run(["templates", "Templat"], in: folder)
        XCTAssertEqual(second.status, 0, second.output + second.errors)
        XCTAssertTrue(second.output.hasPrefix("Ditulis:\n  Templat/aset/gaya.css\nSudah ada, tidak ditimpa:\n  Templat/arsip-tahun.mustache\n  Templat/aset/cetak-lanskap.css\n"), second.output)
        XCTAssertTrue(second.output.contains("\n  Templat/layout.mustache\n"), second.output)
        XCTAssertTrue(second.output.hasSuffix("Selesai: 1 berkas ditulis, 33 sudah ada dan tidak ditimpa. "
                                              + "Ubah templatnya, lalu sebut folder itu dengan --templates pada zisite check dan zisite build.\n"))
        XCTAssertEqual(try String(contentsOf: edited, encoding: .utf8), "diubah\n")
    }

    func testTemplatesIntoAPlaceThatCannotHoldAFolderFails() throws {
        let folder = try emptyFolder()
        try Data().write(to: folder.appendingPathComponent("berkas"))
        let run = try ZisiteBinary.run(["templates", "berkas/Templat"], in: folder)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(run.errors, "berkas:1:1: error: tidak dapat membuat folder templat 'berkas': sudah ada tetapi bukan folder; "
                       + "pilih folder lain atau periksa izin tulis folder induknya\n")
        XCTAssertEqual(run.output, "Gagal: tidak ada berkas templat yang ditulis.\n")
    }

    func testAMissingTemplatesFolderIsNamed() throws {
        let folder = try emptyFolder()
        let run = try ZisiteBinary.run(["check", "--content", content, "--templates", "Templat"], in: folder)
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.output.hasPrefix("Templat:1:1: error: folder templat 'Templat' tidak ada; periksa jalurnya di --templates, "
                                           + "atau hilangkan --templates untuk memakai templat bawaan zisite\n"), run.output)
    }
}
