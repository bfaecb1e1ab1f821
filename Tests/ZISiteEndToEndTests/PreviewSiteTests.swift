import Foundation
import XCTest
@testable import ZISite

/// What `zisite serve` answers, asked in-process: the example site with the
/// reload script, the messages of a failed build in place of its pages, the
/// last good site meanwhile, and nothing outside the built site. The socket
/// side is in ZISiteCLITests/ServeCommandTests.
final class PreviewSiteTests: XCTestCase {
    private func body(_ response: PreviewResponse) -> String {
        guard case .data(let data) = response.body else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    private func fileBytes(_ response: PreviewResponse) throws -> Data {
        guard case .file(let path, _) = response.body else { return Data() }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    func testABuiltSiteHoldsNoReloadScript() throws {
        let scratch = try ScratchFolder()
        let site = BuiltSite.example(in: scratch)
        for (path, bytes) in try site.files() {
            let text = String(decoding: bytes, as: UTF8.self)
            XCTAssertFalse(text.contains(ReloadScript.marker), path)
            XCTAssertFalse(text.contains("__zisite"), path)
        }
    }

    func testPagesComeWithTheReloadScriptAndOtherFilesAsBuilt() throws {
        let scratch = try ScratchFolder()
        let built = BuiltSite.example(in: scratch)
        let content = try scratch.copy(Repository.content, as: "Content")
        let before = try FolderSnapshot.take(content)
        let preview = try PreviewSite(content: content.path, templates: nil)
        defer { preview.close() }
        XCTAssertEqual(preview.respond(method: "GET", path: "/").status, 404, "nothing is built yet")
        XCTAssertEqual(preview.rebuild()?.succeeded, true)

        let home = preview.respond(method: "GET", path: "/")
        XCTAssertEqual(home.status, 200)
        XCTAssertEqual(home.headers["Content-Type"], "text/html; charset=utf-8")
        XCTAssertEqual(body(home), String(decoding: ReloadScript.added(to: try built.files()["index.html"]!, version: preview.version), as: UTF8.self))
        XCTAssertEqual(home.headers["Content-Length"], String(body(home).utf8.count))

        let style = preview.respond(method: "GET", path: "/aset/gaya.css")
        XCTAssertEqual(style.headers["Content-Type"], "text/css; charset=utf-8")
        XCTAssertEqual(try fileBytes(style), try built.files()["aset/gaya.css"])
        let head = preview.respond(method: "HEAD", path: "/aset/gaya.css")
        XCTAssertEqual(head.body, .data(Data()))
        XCTAssertEqual(head.headers["Content-Length"], String(try built.files()["aset/gaya.css"]!.count))

        XCTAssertEqual(body(preview.respond(method: "GET", path: ReloadScript.versionPath)), preview.version)
        let post = preview.respond(method: "POST", path: "/")
        XCTAssertEqual(post.status, 405)
        XCTAssertEqual(post.headers["Allow"], "GET, HEAD")
        let missing = preview.respond(method: "GET", path: "/tidak-ada.html")
        XCTAssertEqual(missing.status, 404)
        XCTAssertTrue(body(missing).contains("Halaman tidak ditemukan"))
        XCTAssertEqual(preview.respond(method: "GET", path: "/monev").headers["Location"], "/monev/")

        XCTAssertEqual(try FolderSnapshot.take(content), before, "nothing is written into the content folder")
        XCTAssertFalse(FileManager.default.fileExists(atPath: content.deletingLastPathComponent().appendingPathComponent("Output").path)
                       && !FileManager.default.fileExists(atPath: built.output.path), "no Output folder is made")
        XCTAssertTrue(preview.folder.hasPrefix(FileManager.default.temporaryDirectory.path.replacingOccurrences(of: "//", with: "/")))
    }

    func testNothingOutsideTheBuiltSiteIsServed() throws {
        let scratch = try ScratchFolder()
        let content = try scratch.copy(Repository.content, as: "Content")
        let preview = try PreviewSite(content: content.path, templates: nil)
        defer { preview.close() }
        XCTAssertEqual(preview.rebuild()?.succeeded, true)
        let secret = try scratch.copy(Repository.content.appendingPathComponent("situs.yml"), as: "rahasia.yml")
        try FileManager.default.createSymbolicLink(atPath: preview.folder + "/situs/tautan.yml", withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(atPath: preview.folder + "/situs/luar", withDestinationPath: scratch.url.path)
        for path in ["/tautan.yml", "/luar/rahasia.yml", "/../situs/index.html", "/%2e%2e/situs/index.html",
                     "/..%2Frahasia.yml", "/__zisite/lain", "/.zisite"] {
            let response = preview.respond(method: "GET", path: path)
            XCTAssertEqual(response.status, 404, path)
            XCTAssertFalse(body(response).contains("satker"), path)
        }
    }

    func testAFailedBuildShowsItsMessagesInPlaceOfPagesAndKeepsTheLastGoodSite() throws {
        let scratch = try ScratchFolder()
        let content = try scratch.copy(Repository.content, as: "Content")
        let settings = content.appendingPathComponent("situs.yml")
        let good = try Data(contentsOf: settings)
        let preview = try PreviewSite(content: content.path, templates: nil)
        defer { preview.close() }
        XCTAssertEqual(preview.rebuild()?.succeeded, true)
        let goodHome = body(preview.respond(method: "GET", path: "/"))
        let goodVersion = preview.version

        try Data("satker: [\n".utf8).write(to: settings)
        XCTAssertEqual(preview.rebuild()?.succeeded, false)
        XCTAssertNotEqual(preview.version, goodVersion, "the open pages reload to show the messages")
        let failed = preview.respond(method: "GET", path: "/")
        XCTAssertEqual(failed.status, 500)
        let page = body(failed)
        XCTAssertTrue(page.contains("<h1>Build gagal: 1 kesalahan, 0 peringatan</h1>"), page)
        XCTAssertTrue(page.contains("<code>\(settings.path):2:1</code> <strong>kesalahan</strong>: penulisan YAML salah"), page)
        XCTAssertTrue(page.contains("href=\"/__zisite/terakhir/index.html\""), page)
        XCTAssertTrue(page.contains(ReloadScript.marker), page)
        XCTAssertEqual(preview.respond(method: "GET", path: "/monev/").status, 500, "every page")
        XCTAssertEqual(preview.respond(method: "GET", path: "/aset/gaya.css").status, 200, "the last good site's files")
        XCTAssertEqual(body(preview.respond(method: "GET", path: "/__zisite/terakhir/index.html")),
                       goodHome.replacingOccurrences(of: goodVersion, with: preview.version), "the last good page")

        try good.write(to: settings)
        XCTAssertEqual(preview.rebuild()?.succeeded, true)
        XCTAssertEqual(preview.respond(method: "GET", path: "/").status, 200)
    }

    func testAFirstBuildThatFailsShowsItsMessagesWithoutALastGoodSite() throws {
        let scratch = try ScratchFolder()
        let preview = try PreviewSite(content: scratch.path("Tidak Ada").path, templates: nil)
        XCTAssertEqual(preview.rebuild()?.succeeded, false)
        let page = body(preview.respond(method: "GET", path: "/"))
        XCTAssertTrue(page.contains("folder konten"), page)
        XCTAssertTrue(page.contains("Belum ada build yang berhasil"), page)
        XCTAssertFalse(page.contains("/__zisite/terakhir/"), page)
        XCTAssertEqual(preview.respond(method: "GET", path: "/aset/gaya.css").status, 404)

        let folder = preview.folder
        preview.close()
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder), "close removes the temporary folder")
        XCTAssertNil(preview.rebuild(), "and builds no more")
    }
}
