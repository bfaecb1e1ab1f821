import Foundation
import XCTest
@testable import ZISite

final class EvidenceCopiesTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
    }

    private func file(_ path: String, _ text: String) throws -> EvidenceFile {
        EvidenceFile(path: path, source: try folder.write(path, Data(text.utf8)), size: text.utf8.count)
    }

    func testNamesAreMadeURLSafe() {
        XCTAssertEqual(EvidenceCopies.safePath("AREA I/SK Tim ZI.pdf"), "bukti/area-i/sk-tim-zi.pdf")
        XCTAssertEqual(EvidenceCopies.safePath("Foto Café (1).JPG"), "bukti/foto-cafe-1.jpg")
        XCTAssertEqual(EvidenceCopies.safePath("#%/?.pdf"), "bukti/folder/berkas.pdf")
        XCTAssertEqual(EvidenceCopies.safePath("README"), "bukti/readme")
    }

    func testDifferentFilesNeverShareANameAndPagesKeepTheirs() throws {
        let copies = EvidenceCopies([
            try file("AREA I/SK.pdf", "satu"),
            try file("area-i/sk.pdf", "dua"),
            try file("Area I/SK.PDF", "tiga"),
            try file("index.html", "empat"),
        ], reserved: ["bukti/index.html"])
        XCTAssertEqual(copies.sitePaths["AREA I/SK.pdf"], "bukti/area-i/sk.pdf")
        XCTAssertEqual(copies.sitePaths["Area I/SK.PDF"], "bukti/area-i/sk-2.pdf")
        XCTAssertEqual(copies.sitePaths["area-i/sk.pdf"], "bukti/area-i/sk-3.pdf")
        XCTAssertEqual(copies.sitePaths["index.html"], "bukti/index-2.html")
        XCTAssertEqual(Set(copies.files.map(\.path)).count, 4)
    }

    func testIdenticalFilesAreStoredOnce() throws {
        let copies = EvidenceCopies([
            try file("AREA I/SK Tim.pdf", "sama"),
            try file("AREA II/SK Tim (salinan).pdf", "sama"),
            try file("AREA II/lain.pdf", "beda"),
        ], reserved: [])
        XCTAssertEqual(copies.files.count, 2)
        XCTAssertEqual(copies.sitePaths["AREA II/SK Tim (salinan).pdf"], "bukti/area-i/sk-tim.pdf")
        XCTAssertEqual(copies.sitePaths["AREA II/lain.pdf"], "bukti/area-ii/lain.pdf")
    }

    func testOfManyFilesOfOneSizeOnlyThoseWithTheSameBytesAreStoredOnce() throws {
        // 20 contents of four bytes, differing in the last two, each in three folders.
        var evidence: [EvidenceFile] = []
        for content in 0..<20 {
            for folder in 0..<3 {
                evidence.append(try file("AREA \(folder)/Bukti \(content).pdf", "ab" + String(format: "%02d", content)))
            }
        }
        let copies = EvidenceCopies(evidence.shuffled(), reserved: [])
        XCTAssertEqual(copies.files.count, 20)
        for content in 0..<20 {
            // Stored under the first path in order, the copy in AREA 0.
            let stored = EvidenceCopies.safePath("AREA 0/Bukti \(content).pdf")
            XCTAssertEqual((0..<3).map { copies.sitePaths["AREA \($0)/Bukti \(content).pdf"] }, [stored, stored, stored])
        }
    }

    func testAFileWithAnotherSizeIsNeverTakenForOneWithTheSameBeginning() throws {
        let copies = EvidenceCopies([try file("a.pdf", "sama"), try file("b.pdf", "sama lagi"), try file("c.pdf", "sama")], reserved: [])
        XCTAssertEqual(copies.files.map(\.path), ["bukti/a.pdf", "bukti/b.pdf"])
        XCTAssertEqual(copies.sitePaths["c.pdf"], "bukti/a.pdf")
    }

    func testNumberedNamesGoOnFromTheLastOneGivenAndSkipTakenOnes() {
        var names = SitePathNames(taken: ["bukti/sk.pdf", "bukti/sk-3.pdf"])
        XCTAssertEqual(names.unique("bukti/sk.pdf"), "bukti/sk-2.pdf")
        XCTAssertEqual(names.unique("bukti/sk.pdf"), "bukti/sk-4.pdf")
        XCTAssertEqual(names.unique("bukti/sk-2.pdf"), "bukti/sk-2-2.pdf")
        XCTAssertEqual(names.unique("bukti/sk-5.pdf"), "bukti/sk-5.pdf")
        XCTAssertEqual(names.unique("bukti/sk.pdf"), "bukti/sk-6.pdf")
        XCTAssertEqual(names.unique("bukti/folder.v2/README"), "bukti/folder.v2/README")
        XCTAssertEqual(names.unique("bukti/folder.v2/README"), "bukti/folder.v2/README-2")
    }
}
