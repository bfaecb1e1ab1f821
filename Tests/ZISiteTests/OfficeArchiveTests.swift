import Foundation
import XCTest
@testable import ZISite

/// A Word or Excel file is read into memory whole, so its size is looked at
/// first; a pipe is never opened.
final class OfficeArchiveTests: XCTestCase {
    private func problem(_ url: URL) -> OfficeArchive.Problem? {
        do {
            _ = try OfficeArchive(url: url)
            return nil
        } catch {
            return error
        }
    }

    func testAFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("besar.docx")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(OfficeArchive.archiveLimit) + 1)  // sparse: nothing is written
        try handle.close()
        guard case .archiveTooLarge = problem(url) else { return XCTFail("\(String(describing: problem(url)))") }
        XCTAssertEqual(OfficeArchive.message(.archiveTooLarge, kind: "Word"),
                       "berkas Word ini lebih dari 512 MB dan tidak dibaca; simpan salinannya tanpa gambar hasil pindaian, atau simpan tabelnya sebagai CSV")
    }

    func testAPipeIsNotAnArchive() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("pipa.xlsx")
        XCTAssertEqual(mkfifo(url.path, 0o600), 0)
        guard case .notAnArchive = problem(url) else { return XCTFail("\(String(describing: problem(url)))") }
    }
}
