import Foundation
import XCTest
@testable import ZISite

/// A collection built again into the same output reuses each plan whose
/// content folder is unchanged (its files linked from the previous output,
/// its summary and messages from the record beside it) and gives exactly
/// the bytes a clean build gives.
final class CollectionRebuildTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var collection: URL!
    private let kendari = "sulawesi-tenggara/kpu-kota-kendari"
    private let soppeng = "sulsel/kpu-kabupaten-soppeng"

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        collection = scratch.path("Kumpulan")
        try FileManager.default.createDirectory(at: collection.appendingPathComponent("Sulawesi Tenggara"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: collection.appendingPathComponent("sulsel"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.content, to: collection.appendingPathComponent("Sulawesi Tenggara/KPU Kota Kendari"))
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("soppeng"),
                                         to: collection.appendingPathComponent("sulsel/kpu-kabupaten-soppeng"))
    }

    private func build(into name: String = "Output") -> BuiltSite {
        let site = BuiltSite(content: collection, output: scratch.path(name))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        return site
    }

    private func inode(_ site: BuiltSite, _ path: String) throws -> UInt64 {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent(path).path)[.systemFileNumber] as? UInt64)
    }

    /// Marks the first step still under way in the example's latest period as done.
    private func finishAStep() throws {
        let sheet = collection.appendingPathComponent("Sulawesi Tenggara/KPU Kota Kendari/monev/triwulan-iv-2025.csv")
        let text = try String(contentsOf: sheet, encoding: .utf8)
        let range = try XCTUnwrap(text.range(of: ";dalam proses;"), "the example has a step under way")
        try text.replacingCharacters(in: range, with: ";selesai;").write(to: sheet, atomically: true, encoding: .utf8)
    }

    func testAfterOneMonevSheetChangedOnlyItsPlanIsBuiltAgainAndTheBytesAreThoseOfACleanBuild() throws {
        let first = build()
        let kendariPage = try inode(first, kendari + "/index.html"), soppengPage = try inode(first, soppeng + "/index.html")
        try finishAStep()
        let second = build()
        XCTAssertEqual(try inode(second, soppeng + "/index.html"), soppengPage, "the unchanged plan's page is the same file, linked")
        XCTAssertNotEqual(try inode(second, kendari + "/index.html"), kendariPage, "the changed plan is written afresh")
        let clean = build(into: "Bersih")
        XCTAssertEqual(try second.files(), try clean.files())
        XCTAssertNotEqual(try first.files().count, 0)
        XCTAssertEqual(second.result.pagesWritten, clean.result.pagesWritten)
        XCTAssertEqual(second.result.filesWritten, clean.result.filesWritten)
    }

    func testAReusedPlanTellsItsWarningsAgainAndTheOverviewKeepsItsFigures() throws {
        let first = build()
        XCTAssertTrue(first.result.diagnostics.contains { $0.severity == .warning && $0.location.file.contains("soppeng") },
                      "the Soppeng sample has warnings")
        let overview = try first.html("index.html")
        let second = build()
        XCTAssertEqual(second.result.diagnostics, first.result.diagnostics)
        XCTAssertEqual(try second.html("index.html"), overview)
    }

    func testAPageEditedInTheOutputIsWrittenAgainFromTheContent() throws {
        let first = build()
        let page = first.output.appendingPathComponent(soppeng + "/index.html")
        let bytes = try Data(contentsOf: page)
        var edited = bytes
        edited[edited.startIndex] = UInt8(ascii: "X")
        try edited.write(to: page)
        let second = build()
        XCTAssertEqual(try Data(contentsOf: second.output.appendingPathComponent(soppeng + "/index.html")), bytes)
    }

    func testARecordThatCannotBeReadOrAChangedTemplateMeansEveryPlanIsBuiltAgain() throws {
        let first = build()
        let record = scratch.path(".Output.catatan")
        XCTAssertTrue(FileManager.default.fileExists(atPath: record.path), "the record lies beside the output, not in the site")
        XCTAssertNil(try first.files()[".Output.catatan"])
        try Data("{bukan catatan".utf8).write(to: record)
        let page = try inode(first, soppeng + "/index.html")
        let second = build()
        XCTAssertNotEqual(try inode(second, soppeng + "/index.html"), page)
        XCTAssertEqual(try second.files(), try first.files())

        let templates = scratch.path("Templat")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let layout = try String(contentsOf: Repository.root.appendingPathComponent("Templates/layout.mustache"), encoding: .utf8)
        try layout.replacingOccurrences(of: "Langsung ke isi", with: "Lompat ke isi")
            .write(to: templates.appendingPathComponent("layout.mustache"), atomically: true, encoding: .utf8)
        let third = BuiltSite(content: collection, output: second.output, templates: templates)
        XCTAssertTrue(third.result.succeeded)
        XCTAssertTrue(try third.html(soppeng + "/index.html").contains("Lompat ke isi"), "a changed template reaches every plan")
    }

    /// The record lies beside the output, where anyone who can write there
    /// could change it: a path leading out of the site is not followed, even
    /// to a file that is exactly as the record describes it.
    func testARecordNamingAPathOutsideTheSiteIsNotFollowed() throws {
        let first = build()
        let outside = scratch.path("luar.html")
        try Data("di luar situs".utf8).write(to: outside)
        let info = try FileManager.default.attributesOfItem(atPath: outside.path)
        let record = scratch.path(".Output.catatan")
        var json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: record)) as? [String: Any])
        var plans = try XCTUnwrap(json["plans"] as? [String: Any])
        var plan = try XCTUnwrap(plans[soppeng] as? [String: Any])
        var files = try XCTUnwrap(plan["files"] as? [[String: Any]])
        var seconds = stat()
        XCTAssertEqual(lstat(outside.path, &seconds), 0)
        files[0] = ["path": "../../../luar.html", "size": try XCTUnwrap(info[.size] as? Int), "inode": try XCTUnwrap(info[.systemFileNumber] as? UInt64),
                    "modified": Int64(seconds.st_mtim.tv_sec) * 1_000_000_000 + Int64(seconds.st_mtim.tv_nsec)]
        plan["files"] = files
        plans[soppeng] = plan
        json["plans"] = plans
        try JSONSerialization.data(withJSONObject: json).write(to: record)
        let second = build()
        XCTAssertEqual(try second.files(), try first.files())
        XCTAssertEqual(try String(contentsOf: outside, encoding: .utf8), "di luar situs")
    }

    func testABuildThatFailsLeavesTheOutputAndItsRecordAsTheyWere() throws {
        let first = build()
        let record = try Data(contentsOf: scratch.path(".Output.catatan"))
        try "satker:\n  nama: [rusak\n".write(to: collection.appendingPathComponent("sulsel/kpu-kabupaten-soppeng/situs.yml"),
                                                  atomically: true, encoding: .utf8)
        let failed = BuiltSite(content: collection, output: first.output)
        XCTAssertFalse(failed.result.succeeded)
        XCTAssertEqual(try Data(contentsOf: scratch.path(".Output.catatan")), record)
        XCTAssertEqual(try failed.files(), try first.files())
    }
}
