import Foundation
import XCTest
@testable import ZISite

/// Builds the example unit and the fixture units into temporary folders and
/// checks the site a visitor gets.
final class SiteBuildTests: XCTestCase {
    private let samples = [SamplePlan.kendari, SamplePlan.soppeng]

    func testSamplesBuildWithoutErrors() throws {
        for sample in samples {
            let scratch = try ScratchFolder()
            let site = BuiltSite(content: sample.content, output: scratch.path("Output"))
            XCTAssertTrue(site.result.succeeded, "\(sample.name): \(site.errors.map(\.formatted))")
            let pages = ["index.html", "lampiran.html", "keputusan.html"] + sample.sectionPages.map { "bagian/\($0).html" }
            for page in pages {
                XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.path("Output/\(page)").path), "\(sample.name): \(page)")
            }
            XCTAssertTrue(FileManager.default.fileExists(atPath: scratch.path("Output/aset/gaya.css").path))
        }
    }

    func testEveryNonEmptySourceCellIsOnTheAnnexPage() throws {
        for sample in samples {
            let scratch = try ScratchFolder()
            let site = BuiltSite(content: sample.content, output: scratch.path("Output"))
            let annex = VisibleText.of(try site.html("lampiran.html"))
            let cells = try sample.sourceCells()
            XCTAssertGreaterThan(cells.count, 100, sample.name)
            for cell in cells {
                XCTAssertTrue(annex.contains(cell), "\(sample.name): cell missing from Lampiran: \(cell)")
            }
        }
    }

    func testSectionAndStepCountsMatchTheDecree() throws {
        for sample in samples {
            let scratch = try ScratchFolder()
            let site = BuiltSite(content: sample.content, output: scratch.path("Output"))
            let annex = try site.html("lampiran.html")
            let sectionBodies = annex.components(separatedBy: "<tbody id=\"bagian-").dropFirst()
            XCTAssertEqual(sectionBodies.map { $0.components(separatedBy: "class=\"kode\"").count - 1 },
                           sample.stepsPerSection, sample.name)
            for (page, steps) in zip(sample.sectionPages, sample.stepsPerSection) {
                let html = try site.html("bagian/\(page).html")
                XCTAssertEqual(html.components(separatedBy: "class=\"kode\"").count - 1, steps, "\(sample.name) bagian \(page)")
            }
            let home = VisibleText.of(try site.html("index.html"))
            let total = sample.stepsPerSection.reduce(0, +)
            XCTAssertTrue(home.contains("\(total) langkah aksi"), "\(sample.name): home page total")
            XCTAssertTrue(home.contains("\(sample.sectionPages.count) bagian"), "\(sample.name): home page sections")
        }
    }

    func testEveryInternalLinkResolves() throws {
        for sample in samples {
            let scratch = try ScratchFolder()
            let site = BuiltSite(content: sample.content, output: scratch.path("Output"))
            let files = try site.files()
            let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
            XCTAssertGreaterThan(pages.count, 5)
            var links = 0
            for page in pages {
                let html = String(decoding: files[page]!, as: UTF8.self)
                let folder = (page as NSString).deletingLastPathComponent
                for target in attributeValues("href", in: html) + attributeValues("src", in: html) {
                    if target.hasPrefix("http://") || target.hasPrefix("https://") || target.hasPrefix("mailto:") { continue }
                    links += 1
                    let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                    let file = parts[0].isEmpty ? page
                        : Self.resolve(parts[0], from: folder)
                    XCTAssertNotNil(files[file], "\(sample.name) \(page): link to missing \(target)")
                    if parts.count == 2, let data = files[file] {
                        let ids = attributeValues("id", in: String(decoding: data, as: UTF8.self))
                        XCTAssertTrue(ids.contains(parts[1]), "\(sample.name) \(page): no id for \(target)")
                    }
                }
            }
            XCTAssertGreaterThan(links, 50, sample.name)
        }
    }

    /// `../index.html` seen from `bagian` is `index.html`.
    private static func resolve(_ link: String, from folder: String) -> String {
        var parts = folder.split(separator: "/").map(String.init)
        for part in link.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if parts.popLast() == nil { return "(outside the site)/" + link }
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    func testTwoBuildsAreByteIdentical() throws {
        let scratch = try ScratchFolder()
        let first = BuiltSite(content: Repository.content, output: scratch.path("first"))
        let second = BuiltSite(content: Repository.content, output: scratch.path("second"))
        XCTAssertTrue(first.result.succeeded)
        XCTAssertEqual(try first.files(), try second.files())
    }

    func testRebuildingReplacesTheWholeSite() throws {
        let scratch = try ScratchFolder()
        let output = scratch.path("Output")
        XCTAssertTrue(BuiltSite(content: Repository.content, output: output).result.succeeded)
        XCTAssertTrue(BuiltSite(content: SamplePlan.soppeng.content, output: output).result.succeeded)
        let files = try FolderSnapshot.take(output)
        XCTAssertNil(files["bagian/vii.html"], "a page of the previous site was left behind")
        XCTAssertTrue(VisibleText.of(String(decoding: files["index.html"]!, as: UTF8.self)).contains("KPU Kabupaten Soppeng"))
    }

    /// The plan tables under test are the decrees' own annex tables, not
    /// tidied copies (the decrees are copied into the fixtures).
    func testPlanTablesAreVerbatimFromTheDecrees() throws {
        let samples = Repository.fixtures.appendingPathComponent("decrees")
        let decrees: [(SamplePlan, String)] = [
            (.kendari, "keputusan-kpu-kota-kendari-65-2025.txt"),
            (.soppeng, "keputusan-kpu-kabupaten-soppeng-43-2025.txt"),
        ]
        for (sample, file) in decrees {
            let decree = try String(contentsOf: samples.appendingPathComponent(file), encoding: .utf8)
            let table = try String(contentsOf: sample.content.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
            XCTAssertTrue(decree.contains(table.trimmingCharacters(in: .newlines)), sample.name)
        }
    }
}
