import Foundation
import XCTest
@testable import ZISite

/// An output swept before an update: a folder recorded as unchanged since
/// the last build, of no plan or of a plan whose files were all kept, is not
/// listed; every other folder is, and what the new site does not have goes.
final class StaleFilesTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var output: URL { folder.path("Output") }
    private let owners = OutputFolders.Owners(plans: ["sultra/kota-kendari", "sultra/kota-kendari/2025", "sultra/kota-baubau"])
    private let belongs: Set<String> = ["index.html", "sultra/kota-kendari/index.html", "sultra/kota-kendari/2025/index.html",
                                        "sultra/kota-baubau/index.html"]

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        for file in belongs + ["sultra/kota-kendari/tambahan.html", "sultra/kota-kendari/2025/lama.html",
                               "sultra/kota-kendari/2025/bagian/lama.html", "sultra/kota-bombana/index.html", "sultra/kota-baubau/lama.html"] {
            try folder.write("Output/" + file, Data(file.utf8))
        }
    }

    /// Every folder below the output as it is now, with the owner a build of the plans at `plans` gave it.
    private func recorded(plans: Set<String>? = nil) throws -> OutputFolders {
        let owners = plans.map(OutputFolders.Owners.init) ?? self.owners
        var folders: [String: OutputFolders.Folder] = [:]
        for path in FolderTree(output.path).folders {
            var info = stat()
            XCTAssertEqual(lstat(output.appendingPathComponent(path).path, &info), 0)
            folders[path] = .init(owner: owners.owner(of: path), state: OutputFolders.State(info))
        }
        return OutputFolders(folders)
    }

    private func sweep(_ recorded: OutputFolders, reused: Set<String>) -> [String: OutputFolders.Folder?] {
        let belongs = belongs
        let left = StaleFiles(output: output.path, belongs: { belongs.contains($0) }, recorded: recorded, owners: owners, reused: reused).remove()
        return Dictionary(left.map { ($0.path, $0.recorded) }, uniquingKeysWith: { first, _ in first })
    }

    private func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(output.appendingPathComponent(path).path, &info) == 0
    }

    func testOnlyFoldersThatMayHoldWhatTheNewSiteLacksAreListed() throws {
        // Kota Bombana was a plan of the last build and is one no more.
        let record = try recorded(plans: owners.plans.union(["sultra/kota-bombana"]))
        let left = sweep(record, reused: ["sultra/kota-kendari", "sultra/kota-baubau"])
        XCTAssertTrue(exists("sultra/kota-kendari/tambahan.html"), "a reused plan's folder, unchanged, is not listed")
        XCTAssertTrue(exists("sultra/kota-baubau/lama.html"))
        XCTAssertFalse(exists("sultra/kota-kendari/2025/lama.html"), "a plan built again is listed, though its folder is unchanged")
        XCTAssertFalse(exists("sultra/kota-kendari/2025/bagian"), "and a folder left empty goes")
        XCTAssertTrue(exists("sultra/kota-kendari/2025/index.html"))
        XCTAssertFalse(exists("sultra/kota-bombana"), "a plan no longer in the collection goes")
        XCTAssertEqual(Set(left.keys), ["sultra", "sultra/kota-kendari", "sultra/kota-kendari/2025", "sultra/kota-baubau"])
        XCTAssertEqual(left["sultra/kota-kendari"], record.folders["sultra/kota-kendari"], "what was not listed keeps its record")
        XCTAssertEqual(left["sultra/kota-kendari/2025"], .some(nil), "what was listed is looked at again")
    }

    func testAFolderChangedSinceItsRecordIsListed() throws {
        let record = try recorded()
        try folder.write("Output/sultra/kota-kendari/disisipkan.html", Data())
        _ = sweep(record, reused: ["sultra/kota-kendari", "sultra/kota-kendari/2025", "sultra/kota-baubau"])
        XCTAssertFalse(exists("sultra/kota-kendari/disisipkan.html"))
        XCTAssertFalse(exists("sultra/kota-kendari/tambahan.html"))
        XCTAssertTrue(exists("sultra/kota-kendari/2025/lama.html"), "the plan below it, reused and unchanged, is not listed")
        XCTAssertTrue(exists("sultra/kota-kendari/index.html"))
    }

    func testAFolderWhoseOwnerChangedOrThatHasNoRecordedStateIsListed() throws {
        var record = try recorded(plans: ["sultra/kota-kendari", "sultra/kota-baubau"])
        record = OutputFolders(record.folders.mapValues { $0.owner == "sultra/kota-baubau" ? .init(owner: $0.owner, state: nil) : $0 })
        _ = sweep(record, reused: ["sultra/kota-kendari", "sultra/kota-kendari/2025", "sultra/kota-baubau"])
        XCTAssertFalse(exists("sultra/kota-kendari/2025/lama.html"), "recorded as Kendari's, now a plan of its own")
        XCTAssertFalse(exists("sultra/kota-baubau/lama.html"))
        XCTAssertTrue(exists("sultra/kota-kendari/tambahan.html"))
    }

    func testAFolderOfNoPlanWhoseFoldersAllGoGoesToo() throws {
        try folder.write("Output/sulsel/kpu-kabupaten-soppeng/index.html", Data())
        let record = try recorded(plans: owners.plans.union(["sulsel/kpu-kabupaten-soppeng"]))
        _ = sweep(record, reused: ["sultra/kota-kendari", "sultra/kota-kendari/2025", "sultra/kota-baubau"])
        XCTAssertFalse(exists("sulsel"))
        XCTAssertTrue(exists("sultra/kota-kendari/tambahan.html"))
    }

    /// A link where a folder was recorded is removed, and what it leads to is left alone.
    func testALinkWhereARecordedFolderWasIsNotFollowed() throws {
        let outside = try folder.write("Luar/penting.html", Data("di luar".utf8))
        var record = try recorded()
        let stale = output.appendingPathComponent("sultra/kota-kendari/2025")
        try FileManager.default.removeItem(at: stale)
        try FileManager.default.createSymbolicLink(at: stale, withDestinationURL: outside.deletingLastPathComponent())
        // Recorded after the link was made: the folder holding it is unchanged.
        let linked = try recorded().folders["sultra/kota-kendari"]
        record = OutputFolders(record.folders.merging(["sultra/kota-kendari": try XCTUnwrap(linked)]) { _, new in new })
        _ = sweep(record, reused: ["sultra/kota-kendari", "sultra/kota-baubau"])
        XCTAssertFalse(exists("sultra/kota-kendari/2025"))
        XCTAssertEqual(try Data(contentsOf: outside), Data("di luar".utf8))
        XCTAssertTrue(exists("sultra/kota-kendari/tambahan.html"), "the folder holding the link was not listed")
    }
}
