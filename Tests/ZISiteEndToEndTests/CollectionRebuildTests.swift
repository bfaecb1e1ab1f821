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
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).filter { $0.hasPrefix(".") }, [".Output.catatan"],
                       "neither the old record nor the staging folder with the files it replaced is left")
        let clean = build(into: "Bersih")
        XCTAssertEqual(try second.files(), try clean.files())
        XCTAssertNotEqual(try first.files().count, 0)
        XCTAssertEqual(second.result.pagesWritten, clean.result.pagesWritten)
        XCTAssertEqual(second.result.filesWritten, clean.result.filesWritten)
    }

    /// A settings file changed to name the same unit as another plan beside
    /// it makes the two one unit's years on the next build, as on a clean one.
    func testASettingsFileChangedSinceTheLastBuildIsReadAgainForTheUnitsYears() throws {
        let settings = collection.appendingPathComponent("Sulawesi Tenggara/Kendari 2026/situs.yml")
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("kendari-2026"), to: settings.deletingLastPathComponent())
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "nama: KPU Kota Kendari", with: "nama: KPU Kota Baubau").write(to: settings, atomically: true, encoding: .utf8)
        let first = build()
        XCTAssertNotNil(try first.files()["sulawesi-tenggara/kendari-2026/index.html"], "two units, each at its own folder")
        try text.write(to: settings, atomically: true, encoding: .utf8)
        let second = build()
        XCTAssertNotNil(try second.files()["sulawesi-tenggara/" + UnitYears.archivePage], "one unit's years, the newest at their folder")
        XCTAssertEqual(try second.files(), try build(into: "Bersih").files())
    }

    /// The record keeps what each settings file said of its unit and year:
    /// a file as it was is not read again, a file written since is.
    func testAnUnchangedSettingsFileIsNotReadAgain() throws {
        let file = collection.appendingPathComponent("sulsel/kpu-kabupaten-soppeng/situs.yml")
        func said(_ year: Int) -> UnitYearsReader.Identity {
            let place = SourceLocation(file: file.path, line: 1)
            return UnitYearsReader.Identity(unit: .init(name: "kpu kabupaten soppeng", level: "kabupaten", province: "sulawesi selatan"),
                                            name: "KPU Kabupaten Soppeng", year: year, unitLocation: place, yearLocation: place)
        }
        var reads = 0
        let first = UnitIdentities()
        XCTAssertEqual(first.identity(of: file.path) { reads += 1; return said(2025) }?.year, 2025)
        let kept = first.entries
        XCTAssertEqual(kept.map(\.file), [file.path])
        let second = UnitIdentities { kept }
        XCTAssertEqual(second.identity(of: file.path) { reads += 1; return said(2030) }?.year, 2025)
        XCTAssertEqual(reads, 1, "the file is as it was")
        XCTAssertEqual(second.entries.map(\.described), kept.map(\.described))

        try Data(contentsOf: file).write(to: file, options: .atomic)
        let third = UnitIdentities { kept }
        XCTAssertEqual(third.identity(of: file.path) { reads += 1; return said(2030) }?.year, 2030)
        XCTAssertEqual(reads, 2, "the file was written again, even with the same text")

        let missing = collection.appendingPathComponent("sulsel/tidak-ada/situs.yml").path
        XCTAssertNil(third.identity(of: missing) { reads += 1; return nil })
        XCTAssertEqual(reads, 3)
        XCTAssertEqual(third.entries.map(\.file), [file.path], "a file not there is not kept")
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
        // A record cut short by one byte of its last plan's files is no record either.
        let whole = try Data(contentsOf: record)
        try whole.dropLast(try Record(record).folders.count + 1).write(to: record)
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
        var record = try Record(scratch.path(".Output.catatan"))
        let plan = try XCTUnwrap(record.plans.firstIndex(of: soppeng))
        // Each file is its path, size, inode and time, each ended by a NUL.
        var fields = record.parts[plan][2].split(separator: 0, omittingEmptySubsequences: false)
        XCTAssertEqual(String(decoding: fields[0], as: UTF8.self), "index.html")
        var info = stat()
        XCTAssertEqual(lstat(outside.path, &info), 0)
        let time = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        for (index, field) in ["../../../luar.html", String(info.st_size), String(info.st_ino), String(time)].enumerated() {
            fields[index] = Data(field.utf8)
        }
        record.parts[plan][2] = Data(fields.joined(separator: [0]))
        try record.write()
        let before = try inode(first, soppeng + "/index.html")
        let second = build()
        XCTAssertEqual(try second.files(), try first.files())
        XCTAssertEqual(try String(contentsOf: outside, encoding: .utf8), "di luar situs")
        XCTAssertNotEqual(try inode(second, soppeng + "/index.html"), before, "the plan is built again, not taken from the record")
    }

    /// Each plan has its own line in the record: a damaged line costs only its plan.
    func testADamagedLineOfTheRecordMeansOnlyItsPlanIsBuiltAgain() throws {
        let first = build()
        var record = try Record(scratch.path(".Output.catatan"))
        XCTAssertEqual(Set(record.plans), [kendari, soppeng])
        // After a heading and a line for each plan, each plan's parts as they are: its rows, CSV then JSON, and its files.
        XCTAssertTrue(record.parts[0][0].starts(with: Data((record.plans[0] + ",").utf8)), "the first plan's CSV rows begin with its folder")
        XCTAssertTrue(record.parts[0][2].starts(with: Data("index.html\u{0}".utf8)))
        record.lines[try XCTUnwrap(record.plans.firstIndex(of: soppeng))] = Data("{\"inputs\": rusak".utf8)
        try record.write()
        let soppengPage = try inode(first, soppeng + "/index.html"), kendariPage = try inode(first, kendari + "/index.html")
        let second = build()
        XCTAssertNotEqual(try inode(second, soppeng + "/index.html"), soppengPage)
        XCTAssertEqual(try inode(second, kendari + "/index.html"), kendariPage)
        XCTAssertEqual(try second.files(), try first.files())
        XCTAssertEqual(second.result.diagnostics, first.result.diagnostics)
    }

    /// A plan's files in the record read back as written; anything else is no list, and its plan is built again.
    func testAListOfFilesReadsBackAsWrittenAndNothingElseIsOne() throws {
        let files = [WrittenFile(path: "index.html", size: 18_908, inode: UInt64.max, modified: -1),
                     WrittenFile(path: "bukti/AREA I/foto 1.jpg", size: 0, inode: 7, modified: 1_796_228_912_487_631_472),
                     WrittenFile(path: "bukti/baris\nbaru\tdan tab.pdf", size: 1, inode: 8, modified: 0)]
        let list = WrittenFile.list(files)
        XCTAssertEqual(WrittenFile.files(in: list), files)
        XCTAssertEqual(WrittenFile.files(in: Data()), [])
        for broken in [list.dropLast(), list + Data("x\u{0}".utf8), Data("index.html\u{0}1\u{0}2\u{0}sekarang\u{0}".utf8),
                       Data("index.html\u{0}-1\u{0}-2\u{0}3\u{0}".utf8), Data([0xFF, 0, 0x31, 0, 0x32, 0, 0x33, 0])] {
            XCTAssertNil(WrittenFile.files(in: Data(broken)), String(decoding: broken, as: UTF8.self))
        }
    }

    /// The next record is written over the bytes of the last, or of whatever
    /// a build cut short left aside, and holds nothing of them after its end.
    func testTheRecordIsWrittenOverTheLastOneAndNoLinkIsFollowed() throws {
        let outside = scratch.path("luar.txt")
        try Data("di luar".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(at: scratch.path(".Output.catatan.baru"), withDestinationURL: outside)
        _ = build()
        XCTAssertEqual(try Data(contentsOf: outside), Data("di luar".utf8))
        let record = scratch.path(".Output.catatan")
        let written = try Data(contentsOf: record)
        try (written + Data(repeating: UInt8(ascii: "x"), count: 4096)).write(to: record)
        try finishAStep()
        _ = build()
        let rewritten = try Record(record)
        XCTAssertNotNil(OutputFolders(list: rewritten.folders), "nothing of the longer record is left after the new one's end")
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path(".Output.catatan.baru").path))
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

    /// A folder recorded as unchanged is not listed again; one that changed
    /// since is, even with its time of change set back.
    func testAFileAddedToAFolderRecordedAsUnchangedIsRemoved() throws {
        _ = build()
        // Long enough after the first build that the second finds its folders settled (`OutputFolders.State.settled`).
        Thread.sleep(forTimeInterval: 0.2)
        let second = build()
        let folders = try XCTUnwrap(OutputFolders(list: try Record(scratch.path(".Output.catatan")).folders))
        XCTAssertNotNil(folders.folders[soppeng]?.state, "an unchanged plan's folder has its state recorded")
        XCTAssertEqual(folders.folders[soppeng]?.owner, soppeng)
        XCTAssertNil(folders.folders["sulsel"]?.owner)
        let folder = second.output.appendingPathComponent(soppeng).path
        var info = stat()
        XCTAssertEqual(lstat(folder, &info), 0)
        let added = second.output.appendingPathComponent(soppeng + "/tambahan.html")
        try Data("bukan dari zisite".utf8).write(to: added)
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, folder, &times, 0), 0)
        try finishAStep()
        let third = build()
        XCTAssertFalse(FileManager.default.fileExists(atPath: added.path))
        XCTAssertEqual(try third.files(), try build(into: "Bersih").files())
    }

    /// A file system may give any time; one beyond 2262 fits no count of nanoseconds.
    func testAPageInTheOutputWithATimeCenturiesAheadIsWrittenAgain() throws {
        let first = build()
        let page = first.output.appendingPathComponent(soppeng + "/index.html")
        var times = [timespec(tv_sec: 13_000_000_000, tv_nsec: 0), timespec(tv_sec: 13_000_000_000, tv_nsec: 0)]
        XCTAssertEqual(utimensat(AT_FDCWD, page.path, &times, 0), 0)
        let before = try inode(first, soppeng + "/index.html")
        let second = build()
        XCTAssertNotEqual(try inode(second, soppeng + "/index.html"), before)
        XCTAssertEqual(try second.files(), try build(into: "Bersih").files())
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
        // A file the update had replaced, set aside to be deleted, does not go back.
        try FileManager.default.createDirectory(at: staging.appendingPathComponent(SiteUpdate.replacedFolderName), withIntermediateDirectories: true)
        try Data("halaman lama".utf8).write(to: staging.appendingPathComponent(SiteUpdate.replacedFolderName + "/0"))
        try FileManager.default.removeItem(at: scratch.path(".Output.catatan"))
        StagingLeftovers.tidy(try OutputLocation(first.output.path))
        XCTAssertEqual(try String(contentsOf: first.output.appendingPathComponent(soppeng + "/index.html"), encoding: .utf8), "halaman baru")
        XCTAssertFalse(FileManager.default.fileExists(atPath: staging.path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: first.output.appendingPathComponent(SiteUpdate.replacedFolderName).path))

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

/// A collection's record taken apart as `CollectionRecord` writes it: a
/// heading, a line for each plan, then each plan's parts, whose lengths the
/// heading gives, and the output's folders; `write` puts it together again
/// with their new lengths.
private struct Record {
    let url: URL
    var heading: [String: Any]
    var lines: [Data]
    var parts: [[Data]]
    var folders: Data
    var plans: [String] { heading["plans"] as? [String] ?? [] }

    init(_ url: URL) throws {
        self.url = url
        let data = try Data(contentsOf: url)
        var rest = data[...]
        func line() throws -> Data {
            let end = try XCTUnwrap(rest.firstIndex(of: UInt8(ascii: "\n")))
            defer { rest = rest[(end + 1)...] }
            return Data(rest[..<end])
        }
        heading = try XCTUnwrap(JSONSerialization.jsonObject(with: try line()) as? [String: Any])
        let lengths = try XCTUnwrap(heading["parts"] as? [[Int]])
        lines = try lengths.map { _ in try line() }
        parts = lengths.map { plan in
            plan.map { length in
                defer { rest = rest.dropFirst(length) }
                return Data(rest.prefix(length))
            }
        }
        folders = Data(rest)
        XCTAssertNotNil(OutputFolders(list: folders), "the folders take the rest of the record")
    }

    mutating func write() throws {
        heading["parts"] = parts.map { $0.map(\.count) }
        var data = try JSONSerialization.data(withJSONObject: heading)
        for line in lines { data += Data("\n".utf8) + line }
        data += Data("\n".utf8) + parts.joined().reduce(Data(), +) + folders
        try data.write(to: url)
    }
}
