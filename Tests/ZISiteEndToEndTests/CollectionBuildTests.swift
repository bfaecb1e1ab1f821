import Foundation
import XCTest
@testable import ZISite

/// A folder of content folders builds into one site: each plan's site under
/// its own folder exactly as it is built alone, and an overview of all.
final class CollectionBuildTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var collection: URL!

    /// The example (KPU Kota Kendari) and the Soppeng sample, one province folder each.
    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        collection = try SampleCollection.make(in: scratch)
    }

    private func built() throws -> BuiltSite {
        let site = BuiltSite(content: collection, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        return site
    }

    func testEachPlanIsBuiltUnderItsOwnFolderExactlyAsAlone() throws {
        let site = try built()
        let all = try FolderSnapshot.take(site.output)
        for (member, alone) in [("sulawesi-tenggara/kpu-kota-kendari", Repository.content),
                                ("sulsel/kpu-kabupaten-soppeng", Repository.fixtures.appendingPathComponent("soppeng"))] {
            let single = BuiltSite(content: alone, output: scratch.path("Sendiri-" + alone.lastPathComponent))
            XCTAssertTrue(single.result.succeeded)
            let expected = try FolderSnapshot.take(single.output).filter { $0.key != ".zisite" }
            let found = all.filter { $0.key.hasPrefix(member + "/") }.reduce(into: [String: Data]()) { $0[String($1.key.dropFirst(member.count + 1))] = $1.value }
            XCTAssertEqual(found.keys.sorted(), expected.keys.sorted(), member)
            for (path, bytes) in expected where found[path] != bytes { XCTFail("\(member)/\(path) differs from the plan built alone") }
        }
        XCTAssertEqual(Set(all.keys.map { String($0.prefix { $0 != "/" }) }),
                       ["sulawesi-tenggara", "sulsel", "aset", "index.html", "data", "datapackage.json", "feed.xml", ".zisite"])
    }

    func testTheOverviewListsEveryPlanWithItsLatestPeriodAndLinksItsSite() throws {
        let site = try built()
        let html = try site.html("index.html")
        let rows = html.components(separatedBy: "<tbody>")[1].components(separatedBy: "</tbody>")[0]
            .split(separator: "\n").map { VisibleText.of(String($0)) }
        XCTAssertEqual(rows, [
            "KPU Kota Kendari Sulawesi Tenggara Kota 2025 32 Triwulan IV 2025 20 (62,5%) 2 1 31 Desember 2025",
            "KPU Kabupaten Soppeng Sulawesi Selatan Kabupaten 2025 28 Belum ada laporan monev 10 Desember 2025",
        ], "in the order of their folders' paths")
        XCTAssertTrue(html.contains("<a href=\"sulawesi-tenggara/kpu-kota-kendari/index.html\">KPU Kota Kendari</a>"))
        XCTAssertTrue(html.contains("<h1>Rencana Aksi Pembangunan Zona Integritas</h1>"), "the title without kumpulan.yml")
    }

    func testKumpulanYmlNamesTheCollectionAndOrdersItsPlans() throws {
        try """
            judul: Zona Integritas KPU se-Sulawesi
            pemilik: KPU Provinsi Sulawesi Tenggara
            folder:
              - sulsel/kpu-kabupaten-soppeng
              - Sulawesi Tenggara/KPU Kota Kendari
            """.write(to: collection.appendingPathComponent("kumpulan.yml"), atomically: true, encoding: .utf8)
        let html = try built().html("index.html")
        XCTAssertTrue(html.contains("<h1>Zona Integritas KPU se-Sulawesi</h1>"))
        XCTAssertTrue(html.contains("<p class=\"wilayah\">KPU Provinsi Sulawesi Tenggara</p>"))
        let kendari = try XCTUnwrap(html.range(of: "KPU Kota Kendari</a>")), soppeng = try XCTUnwrap(html.range(of: "KPU Kabupaten Soppeng</a>"))
        XCTAssertLessThan(soppeng.lowerBound, kendari.lowerBound, "in the listed order, not the folders' own")
    }

    func testAFolderTheListDoesNotHoldIsAnErrorAtItsLineAndAnUnlistedOneIsLeftOutWithAWarning() throws {
        try "folder:\n  - sulsel/kpu-kabupaten-sopeng\n".write(to: collection.appendingPathComponent("kumpulan.yml"), atomically: true, encoding: .utf8)
        var site = BuiltSite(content: collection, output: scratch.path("Output"))
        XCTAssertEqual(site.errors.map(\.formatted), [
            collection.path + "/kumpulan.yml:2:5: error: 'sulsel/kpu-kabupaten-sopeng' bukan folder konten di dalam '\(collection.path)' (folder berisi situs.yml); mungkin maksudnya 'sulsel/kpu-kabupaten-soppeng'?",
        ])
        try "folder:\n  - sulsel/kpu-kabupaten-soppeng\n".write(to: collection.appendingPathComponent("kumpulan.yml"), atomically: true, encoding: .utf8)
        site = BuiltSite(content: collection, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded)
        XCTAssertTrue(site.result.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("folder konten 'Sulawesi Tenggara/KPU Kota Kendari' tidak disebut") })
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("sulawesi-tenggara").path))
    }

    func testOneBrokenPlanFailsTheBuildNamingItsOwnFileAndTheSiteBeforeStays() throws {
        let before = try FolderSnapshot.take(try built().output)
        let settings = collection.appendingPathComponent("sulsel/kpu-kabupaten-soppeng/situs.yml")
        try (try String(contentsOf: settings, encoding: .utf8)).replacingOccurrences(of: "tahun_rencana: 2025", with: "tahun_rencana: duaribu")
            .write(to: settings, atomically: true, encoding: .utf8)
        let site = BuiltSite(content: collection, output: scratch.path("Output"))
        XCTAssertFalse(site.result.succeeded)
        XCTAssertEqual(site.errors.map { $0.location.file }, [settings.path])
        XCTAssertEqual(try FolderSnapshot.take(site.output), before, "the site built before stays as it was")
    }

    func testHiddenFoldersAndFoldersReallyOutsideTheCollectionAreNotSearched() throws {
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("soppeng"), to: collection.appendingPathComponent(".arsip"))
        let elsewhere = try scratch.copy(Repository.fixtures.appendingPathComponent("soppeng"), as: "Di luar")
        try FileManager.default.createSymbolicLink(at: collection.appendingPathComponent("tautan"), withDestinationURL: elsewhere)
        let site = try built()
        let top = try FileManager.default.contentsOfDirectory(atPath: site.output.path).sorted()
        XCTAssertEqual(top, [".zisite", "aset", "data", "datapackage.json", "feed.xml", "index.html", "sulawesi-tenggara", "sulsel"])
    }

    func testPublishTakesOnePlanAndSaysSoForACollection() throws {
        let result = Publish.run(Publish.Options(build: Build.Options(content: collection.path, output: scratch.path("Terbit").path),
                                                 today: CalendarDate(year: 2026, month: 1, day: 15)!, searchPath: "/nonexistent"))
        XCTAssertEqual(result.build.diagnostics.map(\.formatted), [collection.path + ":1:1: error: folder ini kumpulan folder konten; "
            + "zisite publish menerbitkan satu folder konten, jadi terbitkan setiap folder kontennya sendiri dengan --content, atau bangun kumpulannya dengan zisite build"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path("Terbit").path))
    }

    func testWithSkipFailedTheBrokenPlanIsLeftOutAndListedWithItsMessagesAndTheOthersAreWritten() throws {
        let settings = collection.appendingPathComponent("sulsel/kpu-kabupaten-soppeng/situs.yml")
        try (try String(contentsOf: settings, encoding: .utf8)).replacingOccurrences(of: "tahun_rencana: 2025", with: "tahun_rencana: duaribu")
            .write(to: settings, atomically: true, encoding: .utf8)
        let output = scratch.path("Output")
        let result = Build.run(Build.Options(content: collection.path, output: output.path, skipFailed: true))
        XCTAssertFalse(result.succeeded, "its error is still an error")
        XCTAssertEqual(result.skipped, ["sulsel/kpu-kabupaten-soppeng"])
        XCTAssertEqual(result.errorCount, 1)
        let files = try FolderSnapshot.take(output)
        XCTAssertNotNil(files["sulawesi-tenggara/kpu-kota-kendari/lampiran.html"], "the other plan is written")
        XCTAssertFalse(files.keys.contains { $0.hasPrefix("sulsel/") }, "the failed plan is left out")
        let html = String(decoding: try XCTUnwrap(files["index.html"]), as: UTF8.self)
        XCTAssertFalse(html.contains("KPU Kabupaten Soppeng</a>"), "no row links a site that is not there")
        let line = try XCTUnwrap(try String(contentsOf: settings, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("tahun_rencana:") }) + 1
        XCTAssertTrue(html.contains("<li><strong>sulsel/kpu-kabupaten-soppeng</strong>"), html)
        XCTAssertTrue(html.contains("<li><code>sulsel/kpu-kabupaten-soppeng/situs.yml:\(line):16: error: &#39;tahun_rencana&#39; harus berupa angka bulat, bukan &#39;duaribu&#39;</code></li>")
                      || html.contains("<li><code>sulsel/kpu-kabupaten-soppeng/situs.yml:\(line):16: error: 'tahun_rencana' harus berupa angka bulat, bukan 'duaribu'</code></li>"), html)
        XCTAssertFalse(html.contains(scratch.url.path), "no path of the operator's computer on the site")

        // Without it, the same collection fails whole and writes nothing new.
        let strict = BuiltSite(content: collection, output: scratch.path("Ketat"))
        XCTAssertFalse(strict.result.succeeded)
        XCTAssertEqual(strict.result.skipped, [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path("Ketat").path))
    }

    func testAFolderWithoutContentFoldersSaysSo() throws {
        let empty = scratch.path("Kosong")
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let site = BuiltSite(content: empty, output: scratch.path("Output"))
        XCTAssertEqual(site.errors.map(\.message), ["folder ini tidak berisi situs.yml dan tidak berisi folder konten (folder dengan situs.yml); "
            + "pilih folder konten satker dengan --content, atau buat folder konten di dalamnya dengan zisite new"])
    }

    func testAUnitFolderThatLostItsSettingsIsStillOneUnitMissingThem() throws {
        let unit = try scratch.copy(Repository.content, as: "Content-kpu-kota-kendari")
        try FileManager.default.removeItem(at: unit.appendingPathComponent("situs.yml"))
        XCTAssertFalse(CollectionReader.isCollection(unit.path))
        let site = BuiltSite(content: unit, output: scratch.path("Output"))
        XCTAssertEqual(site.errors.map(\.formatted), [unit.path + "/situs.yml:1:1: error: berkas tidak ada; buat berkas ini (lihat contoh di panduan operator)"])
    }

    func testTwoPlansThatWouldShareASiteFolderOrTakeAnOverviewNameAreRefused() throws {
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("soppeng"),
                                         to: collection.appendingPathComponent("SULSEL/KPU Kabupaten Soppeng"))
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("soppeng"), to: collection.appendingPathComponent("aset"))
        let messages = BuiltSite(content: collection, output: scratch.path("Output")).errors.map(\.message)
        XCTAssertEqual(messages, [
            "nama folder 'aset' dipakai halaman ringkasan kumpulan; ganti nama folder konten ini",
            "situs folder ini akan ditulis ke 'sulsel/kpu-kabupaten-soppeng/', sama dengan situs folder 'SULSEL/KPU Kabupaten Soppeng'; ganti salah satu nama foldernya",
        ])
    }
}
