import Foundation
import XCTest
@testable import ZISite

/// A site is built with zisite's own templates when no templates folder is
/// given, wherever zisite runs; a unit's folder replaces only the files it holds.
final class BuiltInTemplatesBuildTests: XCTestCase {
    func testWithoutATemplatesFolderTheSiteIsTheOneTemplatesGives() throws {
        let scratch = try ScratchFolder()
        let withFolder = BuiltSite(content: Repository.content, output: scratch.path("Dengan"), templates: Repository.templates)
        XCTAssertTrue(withFolder.result.succeeded)

        // From a folder with no Templates/ in it.
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(scratch.url.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        let builtIn = BuiltSite(content: Repository.content, output: scratch.path("Bawaan"))

        XCTAssertTrue(builtIn.result.succeeded, builtIn.errors.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(builtIn.result.pagesWritten, withFolder.result.pagesWritten)
        XCTAssertEqual(try builtIn.files(), try withFolder.files())
    }

    func testOneTemplateInAFolderReplacesThatTemplateAlone() throws {
        let scratch = try ScratchFolder()
        let plain = BuiltSite.example(in: scratch)
        let folder = scratch.path("Templat-unit")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let section = try String(contentsOf: Repository.templates.appendingPathComponent("bagian.mustache"), encoding: .utf8)
        try (section + "<p>Disusun tim ZI unit.</p>\n").write(to: folder.appendingPathComponent("bagian.mustache"), atomically: true, encoding: .utf8)

        let site = BuiltSite(content: Repository.content, output: scratch.path("Unit"), templates: folder)
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        let before = try plain.files(), after = try site.files()
        XCTAssertEqual(Set(after.keys), Set(before.keys))
        let changed = after.keys.filter { after[$0] != before[$0] }.sorted()
        XCTAssertFalse(changed.isEmpty)
        XCTAssertEqual(changed, before.keys.filter { $0.hasPrefix("bagian/") && $0.hasSuffix(".html") }.sorted())
        XCTAssertTrue(try site.html("bagian/i.html").contains("<p>Disusun tim ZI unit.</p>"))
    }

    func testAnErrorInAUnitTemplateNamesTheUnitsFile() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.path("Templat-unit")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("halaman.mustache")
        try "<main>\n{{#isi}}\n</main>\n".write(to: file, atomically: true, encoding: .utf8)

        let site = BuiltSite(content: Repository.content, output: scratch.path("Unit"), templates: folder)
        XCTAssertFalse(site.result.succeeded)
        XCTAssertEqual(site.errors.map(\.location.file), [file.path], site.errors.map(\.formatted).joined(separator: "\n"))
    }
}
