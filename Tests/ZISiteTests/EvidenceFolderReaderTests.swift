import Foundation
import XCTest
@testable import ZISite

final class EvidenceFolderReaderTests: XCTestCase {
    private var temporary: TemporaryFolder!
    private var folder: URL { temporary.url }

    override func setUpWithError() throws {
        temporary = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("bukti/AREA I"), withIntermediateDirectories: true)
    }

    private func read() -> ([EvidenceFile], [Diagnostic]) {
        var diagnostics = DiagnosticList()
        let files = EvidenceFolderReader.read(folder: folder.appendingPathComponent("bukti").path, of: ContentFolder(folder.path), diagnostics: &diagnostics)
        return (files, diagnostics.items)
    }

    func testFilesInsideTheFolderAreListedWithSizeAndType() throws {
        try Data(count: 1500).write(to: folder.appendingPathComponent("bukti/AREA I/SK Tim.pdf"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("bukti/foto.JPG"))
        try Data("x".utf8).write(to: folder.appendingPathComponent("bukti/Thumbs.db"))
        let (files, problems) = read()
        XCTAssertEqual(problems, [])
        XCTAssertEqual(files.map(\.path), ["AREA I/SK Tim.pdf", "foto.JPG"])
        XCTAssertEqual(files.map(\.size), [1500, 1])
        XCTAssertEqual(files.map(\.kind), ["PDF", "JPG"])
    }

    /// A pipe named like a file would block whoever opens it; it is not evidence.
    func testAPipeIsNotEvidence() throws {
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("bukti/AREA I/pipa.pdf").path, 0o600), 0)
        try Data("x".utf8).write(to: folder.appendingPathComponent("bukti/foto.jpg"))
        XCTAssertEqual(read().0.map(\.path), ["foto.jpg"])
    }

    /// The type shown beside an evidence link is the extension the copy is
    /// published under, never markup from the file's name.
    func testTheKindIsThePublishedExtension() {
        let file = { EvidenceFile(path: $0, source: URL(fileURLWithPath: "/x"), size: 1) }
        XCTAssertEqual(file("AREA I/catatan.<IMG SRC=X ONERROR=alert(1)>").kind, "IMG-SRC-X-ONERROR-ALERT-1")
        XCTAssertEqual(file("AREA I/SK Tim.Pdf").kind, "PDF")
        XCTAssertEqual(file("AREA I/tanpa-akhiran").kind, "berkas")
        XCTAssertEqual(file("AREA I/.tersembunyi").kind, "berkas")
    }

    func testASymbolicLinkOutOfTheFolderIsRefused() throws {
        try Data("rahasia".utf8).write(to: folder.appendingPathComponent("situs.yml"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("bukti/AREA I/SK.pdf").path,
                                                   withDestinationPath: "../../situs.yml")
        try Data("ok".utf8).write(to: folder.appendingPathComponent("bukti/asli.pdf"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("bukti/salinan.pdf").path,
                                                   withDestinationPath: "asli.pdf")
        let (files, problems) = read()
        XCTAssertEqual(files.map(\.path), ["asli.pdf", "salinan.pdf"])
        XCTAssertEqual(problems.map(\.severity), [.error])
        XCTAssertTrue(problems[0].location.file.hasSuffix("bukti/AREA I/SK.pdf"), problems[0].location.file)
        XCTAssertTrue(problems[0].message.contains("ditolak"))
    }

    func testAFolderLinkOutOfTheFolderIsRefused() throws {
        let outside = folder.appendingPathComponent("pribadi")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("rahasia".utf8).write(to: outside.appendingPathComponent("gaji.pdf"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("bukti/AREA II").path,
                                                   withDestinationPath: outside.path)
        let (files, problems) = read()
        XCTAssertEqual(files, [])
        XCTAssertFalse(problems.isEmpty)
        XCTAssertTrue(problems.allSatisfy { $0.severity == .error && $0.message.contains("ditolak") })
    }

    func testAMissingFolderHasNoFiles() throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent("bukti"))
        XCTAssertEqual(read().0, [])
        XCTAssertEqual(read().1, [])
    }
}
