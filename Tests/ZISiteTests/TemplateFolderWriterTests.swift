import Foundation
import XCTest
@testable import ZISite

/// `zisite templates DIR` writes the built-in set out and never replaces a file.
final class TemplateFolderWriterTests: XCTestCase {
    func testWritesEveryBuiltInFileIntoANewFolder() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.path("unit/Templat").path
        let result = TemplateFolderWriter.write(into: folder)

        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.written, BuiltInTemplates.files.map { folder + "/" + $0.path })
        XCTAssertEqual(result.kept, [])
        for file in BuiltInTemplates.files {
            XCTAssertEqual(FileManager.default.contents(atPath: folder + "/" + file.path), file.contents, file.path)
        }
        var diagnostics = DiagnosticList()
        let read = TemplateFolderReader.read(folder: folder, diagnostics: &diagnostics)
        XCTAssertEqual(read.sources["layout"]?.file, folder + "/layout.mustache", "what it writes is what --templates reads")
    }

    func testNeverReplacesAFileAndAddsOnlyWhatIsMissing() throws {
        let scratch = try TemporaryFolder()
        let folder = scratch.url.path
        try scratch.write("beranda.mustache", Data("diubah unit\n".utf8))
        try scratch.write("aset/gaya.css", Data("body {}\n".utf8))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("bukti.mustache").path, withDestinationPath: scratch.path("tidak-ada").path)

        let result = TemplateFolderWriter.write(into: folder)
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.kept, ["aset/gaya.css", "beranda.mustache", "bukti.mustache"].map { folder + "/" + $0 })
        XCTAssertEqual(result.written.count, BuiltInTemplates.files.count - 3)
        XCTAssertEqual(FileManager.default.contents(atPath: folder + "/beranda.mustache"), Data("diubah unit\n".utf8))
        XCTAssertEqual(FileManager.default.contents(atPath: folder + "/aset/gaya.css"), Data("body {}\n".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path("tidak-ada").path), "nothing written through a link")

        let again = TemplateFolderWriter.write(into: folder)
        XCTAssertEqual(again.written, [])
        XCTAssertEqual(again.kept.count, BuiltInTemplates.files.count)
    }

    func testAFolderThatCannotBeMadeIsAnError() throws {
        let scratch = try TemporaryFolder()
        let file = try scratch.write("berkas", Data())

        let result = TemplateFolderWriter.write(into: file.path + "/Templat")
        XCTAssertEqual(result.diagnostics.map(\.formatted),
                       ["\(file.path):1:1: error: tidak dapat membuat folder templat '\(file.path)': sudah ada tetapi bukan folder; "
                        + "pilih folder lain atau periksa izin tulis folder induknya"])
        XCTAssertEqual(result.written, [])
        XCTAssertFalse(result.succeeded)
    }

    /// The folder named may be reached through a link; a link inside it is
    /// not followed, so nothing is written where it points.
    func testALinkedAssetFolderInsideIsRefusedAndNothingIsWrittenThere() throws {
        let scratch = try TemporaryFolder()
        try FileManager.default.createDirectory(at: scratch.path("di-tempat-lain"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: scratch.path("Templat"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("Templat/aset").path, withDestinationPath: scratch.path("di-tempat-lain").path)
        let result = TemplateFolderWriter.write(into: scratch.path("Templat").path)
        XCTAssertEqual(result.diagnostics.map(\.message).first?.hasPrefix("tidak dapat membuat folder templat '\(scratch.path("Templat/aset").path)': adalah tautan"), true,
                       "\(result.diagnostics)")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path("di-tempat-lain").path), [])

        try FileManager.default.createSymbolicLink(atPath: scratch.path("Tautan").path, withDestinationPath: scratch.path("di-tempat-lain").path)
        XCTAssertTrue(TemplateFolderWriter.write(into: scratch.path("Tautan").path).succeeded, "the folder named may itself be a link")
    }

    func testAnEmptyFolderNameIsAnError() {
        let result = TemplateFolderWriter.write(into: "")
        XCTAssertEqual(result.diagnostics.map(\.message), ["nama folder templat kosong; tulis misalnya zisite templates Templat-kpu-kabupaten-x"])
        XCTAssertEqual(result.written, [])
    }
}
