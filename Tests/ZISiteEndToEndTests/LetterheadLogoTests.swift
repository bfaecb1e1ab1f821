import Foundation
import XCTest
@testable import ZISite

/// The unit's logo (the setting `logo`) on the printed letterhead: copied into the
/// site under its true format, shown on every page with a path that works
/// from that page's folder; without the setting the letterhead has no image.
final class LetterheadLogoTests: XCTestCase {
    private let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])

    /// The `src` of the letterhead's logo on each page, resolved from the
    /// page's folder to a path inside the site.
    private func logoTargets(_ site: BuiltSite) throws -> [String: String] {
        var targets: [String: String] = [:]
        for page in try site.files().keys where page.hasSuffix(".html") {
            let html = try site.html(page)
            guard let after = html.components(separatedBy: "<img class=\"kop-logo\"").dropFirst().first else { continue }
            let tag = after.prefix { $0 != ">" }
            let source = try XCTUnwrap(attributeValues("src", in: String(tag)).first, page)
            let resolved = site.output.appendingPathComponent(page).deletingLastPathComponent().appendingPathComponent(source).standardized
            targets[page] = String(resolved.path.dropFirst(site.output.standardized.path.count + 1))
            XCTAssertEqual(attributeValues("alt", in: String(tag)), ["Logo KPU Kota Kendari"], page)
        }
        return targets
    }

    func testTheExampleLogoIsCopiedAndShownOnEveryPage() throws {
        let scratch = try ScratchFolder()
        let site = BuiltSite.example(in: scratch)
        let files = try site.files()
        XCTAssertEqual(files["aset/logo-satker.svg"], try Data(contentsOf: Repository.content.appendingPathComponent("logo.svg")))
        let pages = files.keys.filter { $0.hasSuffix(".html") }
        let targets = try logoTargets(site)
        XCTAssertEqual(Set(targets.keys), Set(pages), "every page's letterhead has the logo")
        XCTAssertEqual(Set(targets.values), ["aset/logo-satker.svg"])
        XCTAssertTrue(try site.html("monev/triwulan-iv-2025.html").contains("<div class=\"kop-cetak kop-berlogo\">\n<img class=\"kop-logo\" src=\"../aset/logo-satker.svg\""))
        XCTAssertTrue(try site.html("layanan/skm-tahun-2025.html").contains("src=\"../aset/logo-satker.svg\""))
        XCTAssertTrue(try site.html("lampiran.html").contains("src=\"aset/logo-satker.svg\""))
    }

    func testALogoIsPublishedUnderItsTrueFormat() throws {
        let scratch = try ScratchFolder()
        let content = try scratch.copy(Repository.content, as: "Content")
        let settings = content.appendingPathComponent("situs.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        XCTAssertTrue(text.contains("\nlogo: logo.svg\n"))
        try text.replacingOccurrences(of: "\nlogo: logo.svg\n", with: "\nlogo: gambar\\Logo Kendari.jpeg\n").write(to: settings, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: content.appendingPathComponent("gambar"), withIntermediateDirectories: true)
        try png.write(to: content.appendingPathComponent("gambar/Logo Kendari.jpeg"))
        let site = BuiltSite(content: content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        let files = try site.files()
        XCTAssertEqual(files["aset/logo-satker.png"], png)
        XCTAssertNil(files["aset/logo-satker.svg"])
        XCTAssertEqual(Set(try logoTargets(site).values), ["aset/logo-satker.png"])
    }

    func testWithoutTheSettingTheLetterheadHasNoImage() throws {
        let scratch = try ScratchFolder()
        let site = BuiltSite(content: Repository.fixtures.appendingPathComponent("soppeng"), output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        let files = try site.files()
        XCTAssertEqual(files.keys.filter { $0.hasPrefix("aset/logo") }, [])
        for page in files.keys where page.hasSuffix(".html") {
            let html = try site.html(page)
            XCTAssertTrue(html.contains("<div class=\"kop-cetak\">\n<div class=\"kop-teks\">"), page)
            XCTAssertFalse(html.contains("<img"), page)
        }
    }
}
