import Foundation
import XCTest
@testable import ZISite

/// A collection built again into the same output reuses each plan whose
/// content folder is unchanged (its files left in place in the output, its
/// summary and messages from the record beside it) and gives exactly the
/// bytes a clean build gives.
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
        XCTAssertEqual(try inode(second, soppeng + "/index.html"), soppengPage, "the unchanged plan's page is the same file, left in place")
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
        // A record cut short by one byte of its last plan's rows is no record either.
        let whole = try Data(contentsOf: record)
        try whole.dropLast().write(to: record)
        let cut = try inode(first, kendari + "/index.html")
        let afterCut = build()
        XCTAssertNotEqual(try inode(afterCut, kendari + "/index.html"), cut)
        XCTAssertEqual(try afterCut.files(), try first.files())

        try Data("{bukan catatan".utf8).write(to: record)
        let page = try inode(afterCut, soppeng + "/index.html")
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
        var lines = try String(contentsOf: record, encoding: .utf8).components(separatedBy: "\n")
        let heading = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let line = try XCTUnwrap((heading["plans"] as? [String])?.firstIndex(of: soppeng)) + 1
        var plan = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[line].utf8)) as? [String: Any])
        // Each file is `[path, size, inode, modified]`.
        var files = try XCTUnwrap(plan["files"] as? [[Any]])
        XCTAssertEqual(files[0].count, 4)
        var seconds = stat()
        XCTAssertEqual(lstat(outside.path, &seconds), 0)
        files[0] = ["../../../luar.html", try XCTUnwrap(info[.size] as? Int), try XCTUnwrap(info[.systemFileNumber] as? UInt64),
                    Int64(seconds.st_mtim.tv_sec) * 1_000_000_000 + Int64(seconds.st_mtim.tv_nsec)]
        plan["files"] = files
        lines[line] = try XCTUnwrap(String(data: JSONSerialization.data(withJSONObject: plan), encoding: .utf8))
        try lines.joined(separator: "\n").write(to: record, atomically: true, encoding: .utf8)
        let before = try inode(first, soppeng + "/index.html")
        let second = build()
        XCTAssertEqual(try second.files(), try first.files())
        XCTAssertEqual(try String(contentsOf: outside, encoding: .utf8), "di luar situs")
        XCTAssertNotEqual(try inode(second, soppeng + "/index.html"), before, "the plan is built again, not taken from the record")
    }

    /// Each plan has its own line in the record: a damaged line costs only its plan.
    func testADamagedLineOfTheRecordMeansOnlyItsPlanIsBuiltAgain() throws {
        let first = build()
        let record = scratch.path(".Output.catatan")
        var lines = try String(contentsOf: record, encoding: .utf8).components(separatedBy: "\n")
        let heading = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let plans = try XCTUnwrap(heading["plans"] as? [String]), rows = try XCTUnwrap(heading["rows"] as? [[Int]])
        XCTAssertEqual(Set(plans), [kendari, soppeng])
        // After a heading and a line for each plan, each plan's rows of the table of steps as they are, CSV then JSON.
        let rest = lines.dropFirst(3).joined(separator: "\n")
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rest.utf8.count, rows.joined().reduce(0, +))
        XCTAssertTrue(rest.hasPrefix(plans[0] + ","), "the first plan's CSV rows begin with its folder")
        let line = try XCTUnwrap(plans.firstIndex(of: soppeng)) + 1
        lines[line] = "{\"inputs\": rusak"
        try lines.joined(separator: "\n").write(to: record, atomically: true, encoding: .utf8)
        let soppengPage = try inode(first, soppeng + "/index.html"), kendariPage = try inode(first, kendari + "/index.html")
        let second = build()
        XCTAssertNotEqual(try inode(second, soppeng + "/index.html"), soppengPage)
        XCTAssertEqual(try inode(second, kendari + "/index.html"), kendariPage)
        XCTAssertEqual(try second.files(), try first.files())
        XCTAssertEqual(second.result.diagnostics, first.result.diagnostics)
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

    func testAnUpdateLeavesUnchangedPlansInPlaceAndRemovesWhatTheNewSiteDoesNotHave() throws {
        let first = build()
        let folder = try inode(first, soppeng)
        try Data("bukan dari zisite".utf8).write(to: first.output.appendingPathComponent(soppeng + "/tambahan.html"))
        try FileManager.default.createDirectory(at: first.output.appendingPathComponent(kendari + "/kosong/dalam"), withIntermediateDirectories: true)
        try finishAStep()
        let second = build()
        XCTAssertEqual(try inode(second, soppeng), folder, "the unchanged plan's folder is not made again")
        XCTAssertFalse(FileManager.default.fileExists(atPath: second.output.appendingPathComponent(soppeng + "/tambahan.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: second.output.appendingPathComponent(kendari + "/kosong").path))
        XCTAssertEqual(try second.files(), try build(into: "Bersih").files())

        // A plan taken out of the collection leaves the site with its province's folder.
        try FileManager.default.removeItem(at: collection.appendingPathComponent("Sulawesi Tenggara"))
        let third = build()
        XCTAssertFalse(FileManager.default.fileExists(atPath: third.output.appendingPathComponent("sulawesi-tenggara").path))
        XCTAssertEqual(try inode(third, soppeng), folder)
        XCTAssertEqual(try third.files(), try build(into: "Bersih2").files())
    }

    /// A build killed while moving an update into the output leaves the
    /// staging folder marked as being moved; the next build moves the rest in
    /// before anything else, and the record is gone, so it builds every plan.
    func testAnUpdateCutShortWhileMovingIsFinishedByTheNextBuild() throws {
        let first = build()
        let staging = scratch.path(".Output.baru-putus1")
        let page = staging.appendingPathComponent(soppeng + "/index.html")
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(SitePublisher.markerText.utf8).write(to: staging.appendingPathComponent(SitePublisher.markerName))
        try Data().write(to: staging.appendingPathComponent(SiteUpdate.movingMarkerName))
        try Data("halaman baru".utf8).write(to: page)
        try FileManager.default.removeItem(at: scratch.path(".Output.catatan"))
        StagingLeftovers.tidy(try OutputLocation(first.output.path))
        XCTAssertEqual(try String(contentsOf: first.output.appendingPathComponent(soppeng + "/index.html"), encoding: .utf8), "halaman baru")
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging.path))

        // Without the mark, a staging folder is a build cut short before it moved anything: removed.
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(SitePublisher.markerText.utf8).write(to: staging.appendingPathComponent(SitePublisher.markerName))
        try Data("setengah jadi".utf8).write(to: page)
        StagingLeftovers.tidy(try OutputLocation(first.output.path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging.path))
        XCTAssertEqual(try String(contentsOf: first.output.appendingPathComponent(soppeng + "/index.html"), encoding: .utf8), "halaman baru")
        XCTAssertEqual(try build().files(), try build(into: "Bersih").files())
    }
}
