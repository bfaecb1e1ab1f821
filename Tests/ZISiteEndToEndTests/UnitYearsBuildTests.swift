import Foundation
import XCTest
@testable import ZISite

/// A unit's years in a collection: the newest year is built at the unit's
/// folder, the older ones under their own folders with a notice on every
/// page, and an Arsip page lists them all.
final class UnitYearsBuildTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var collection: URL!
    private static let kendari2026 = Repository.fixtures.appendingPathComponent("kendari-2026")
    private static let home = "sulawesi-tenggara/kpu-kota-kendari"

    /// The example (KPU Kota Kendari 2025) and its second year, in one unit
    /// folder, and the Soppeng sample in another province.
    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        collection = scratch.path("Kumpulan")
        let unit = collection.appendingPathComponent("Sulawesi Tenggara/KPU Kota Kendari")
        try FileManager.default.createDirectory(at: unit, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: collection.appendingPathComponent("sulsel"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.content, to: unit.appendingPathComponent("2025"))
        try FileManager.default.copyItem(at: Self.kendari2026, to: unit.appendingPathComponent("2026"))
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("soppeng"),
                                         to: collection.appendingPathComponent("sulsel/kpu-kabupaten-soppeng"))
    }

    private func built(_ content: URL? = nil) throws -> BuiltSite {
        let site = BuiltSite(content: content ?? collection, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        return site
    }

    func testTheNewestYearIsBuiltAtTheUnitsFolderAndEachYearAsAloneWithItsNotice() throws {
        let all = try built().files()
        for (folder, alone, notice) in [(Self.home, Self.kendari2026, "<p class=\"layar-saja\">Rencana aksi tahun 2026."),
                                        (Self.home + "/2025", Repository.content, "<p class=\"pemberitahuan\"><strong>Halaman ini rencana aksi tahun 2025")] {
            let single = BuiltSite(content: alone, output: scratch.path("Sendiri-" + alone.lastPathComponent))
            XCTAssertTrue(single.result.succeeded)
            let expected = try FolderSnapshot.take(single.output).filter { $0.key != ".zisite" }
            var found: [String: Data] = [:]
            for (path, bytes) in all where path.hasPrefix(folder + "/") {
                let inside = String(path.dropFirst(folder.count + 1))
                if folder == Self.home, inside.hasPrefix("2025/") || inside == UnitYears.archivePage { continue }
                found[inside] = bytes
            }
            XCTAssertEqual(found.keys.sorted(), expected.keys.sorted(), folder)
            for (path, bytes) in expected {
                guard let page = found[path] else { continue }
                guard path.hasSuffix(".html") else {
                    XCTAssertEqual(page, bytes, "\(folder)/\(path) is the file built alone")
                    continue
                }
                let lines = String(decoding: page, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let notices = lines.filter { $0.hasPrefix(notice) }
                XCTAssertEqual(notices.count, 1, "\(folder)/\(path) has the notice once")
                // The list of public information gives each page's size, which the notice adds to.
                XCTAssertEqual(Self.withoutSizes(lines.filter { !$0.hasPrefix(notice) }.joined(separator: "\n")),
                               Self.withoutSizes(String(decoding: bytes, as: UTF8.self)), "\(folder)/\(path) is the page built alone but for the notice")
            }
        }
        XCTAssertFalse(all.keys.contains { $0.hasPrefix(Self.home + "/2026/") }, "the newest year has no folder of its own")
    }

    func testTheOverviewListsTheUnitOnceAtItsNewestYearLinkingItsHome() throws {
        let html = try built().html("index.html")
        let table = try XCTUnwrap(html.components(separatedBy: "<caption id=\"judul-kumpulan\">").dropFirst().first).components(separatedBy: "</table>")[0]
        let units = table.components(separatedBy: "<tr").map { VisibleText.of("<tr" + $0) }.filter { $0.hasPrefix("KPU ") }
        XCTAssertEqual(units.count, 2, "Kendari once, and Soppeng: \(units)")
        XCTAssertTrue(units.contains { $0.hasPrefix("KPU Kota Kendari Kota 2026 31 Maret 2026") && $0.contains("32 Triwulan I 2026 3 (9,4%) 0 0") }, "\(units)")
        XCTAssertTrue(units.contains { $0.hasPrefix("KPU Kabupaten Soppeng Kabupaten 2025 10 Desember 2025") }, "\(units)")
        XCTAssertTrue(html.contains("<a href=\"\(Self.home)/index.html\">KPU Kota Kendari</a>"))
    }

    func testTheArsipListsEveryYearWithItsDecreeLastPeriodAndCompletion() throws {
        let site = try built()
        let path = Self.home + "/" + UnitYears.archivePage
        let html = try site.html(path)
        let rows = Self.rows(of: html)
        XCTAssertEqual(rows, [
            "2026 Tahun berjalan Nomor 12 Tahun 2026 12 Januari 2026 Triwulan I 2026 3 dari 32 (9,4%)",
            "2025 Sudah berganti Nomor 65 Tahun 2025 8 September 2025 Triwulan IV 2025 20 dari 32 (62,5%)",
        ], "newest first")
        XCTAssertTrue(html.contains("<caption id=\"judul-arsip\">"))
        XCTAssertTrue(html.contains("<link rel=\"stylesheet\" href=\"aset/gaya.css\">"), "the unit's own look")
        let links = Self.links(in: html)
        XCTAssertTrue(links.contains("2025/keputusan.html") && links.contains("keputusan.html") && links.contains("2025/index.html"))
        for link in links + ["aset/gaya.css"] where !link.hasPrefix("#") {
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(Self.resolve(link, from: path)).path), link)
        }
    }

    func testEveryPageOfAnOlderYearLinksTheCurrentHomeAndTheNewestYearsPagesLinkTheArsip() throws {
        let site = try built()
        let pages = try site.files().keys.filter { $0.hasPrefix(Self.home + "/") && $0.hasSuffix(".html") && !$0.hasSuffix(UnitYears.archivePage) }
        XCTAssertGreaterThan(pages.count, 40)
        for page in pages {
            let html = try site.html(page)
            let older = page.hasPrefix(Self.home + "/2025/")
            let notice = try XCTUnwrap(html.split(separator: "\n").first { $0.hasPrefix(older ? "<p class=\"pemberitahuan\">" : "<p class=\"layar-saja\">Rencana aksi") }, page)
            let targets = Self.links(in: String(notice)).map { Self.resolve($0, from: page) }
            XCTAssertEqual(targets, older ? [Self.home + "/index.html", Self.home + "/" + UnitYears.archivePage] : [Self.home + "/" + UnitYears.archivePage], page)
            if older {
                XCTAssertEqual(VisibleText.of(String(notice)), "Halaman ini rencana aksi tahun 2025, yang sudah berganti. Rencana aksi tahun berjalan: tahun 2026. Arsip rencana aksi setiap tahun.")
            }
            for target in targets { XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(target).path), target) }
        }
        XCTAssertTrue(try site.html(Self.home + "/index.html").contains("<h1>Rencana Aksi Pembangunan Zona Integritas Komisi Pemilihan Umum Kota Kendari Tahun 2026</h1>"),
                      "the home is the 2026 plan")
    }

    func testOneUnitsYearsAloneMakeTheNewestYearTheTopPageWithoutAnOverview() throws {
        let years = collection.appendingPathComponent("Sulawesi Tenggara/KPU Kota Kendari")
        let site = try built(years)
        let top = try FileManager.default.contentsOfDirectory(atPath: site.output.path).sorted()
        XCTAssertTrue(top.contains("2025") && top.contains(UnitYears.archivePage) && top.contains("lampiran.html") && !top.contains("2026"), "\(top)")
        let home = try site.html("index.html")
        XCTAssertTrue(home.contains("Tahun 2026</h1>"))
        XCTAssertFalse(home.contains("Situs ini memuat"), "no overview")
        let notice = try site.html("2025/bagian/i.html").split(separator: "\n").first { $0.hasPrefix("<p class=\"pemberitahuan\">") }
        XCTAssertEqual(notice.map { Self.links(in: String($0)) }, ["../../index.html", "../../arsip-tahun.html"])
    }

    func testAPlanAloneIsBuiltAsBeforeTheNoticeWasThere() throws {
        // The layout without the notice's lines renders every page of a unit alone byte for byte as the layout with them.
        let templates = try scratch.copy(Repository.templates, as: "Templat")
        let layout = templates.appendingPathComponent("layout.mustache")
        let text = try String(contentsOf: layout, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "{{#tahunRencana}}\n")), end = try XCTUnwrap(text.range(of: "{{/tahunRencana}}\n"))
        try (String(text[..<start.lowerBound]) + String(text[end.upperBound...])).write(to: layout, atomically: true, encoding: .utf8)
        let without = BuiltSite(content: Repository.content, output: scratch.path("Tanpa"), templates: templates)
        XCTAssertTrue(without.result.succeeded)
        let with = try built(Repository.content)
        XCTAssertEqual(try with.files().filter { $0.key != ".zisite" }, try without.files().filter { $0.key != ".zisite" })
        XCTAssertFalse(try with.files().keys.contains(UnitYears.archivePage))
    }

    func testOneUnitIsRecognisedThroughCaseSpacesAndAProvincePrefix() throws {
        let settings = collection.appendingPathComponent("Sulawesi Tenggara/KPU Kota Kendari/2026/situs.yml")
        try (try String(contentsOf: settings, encoding: .utf8))
            .replacingOccurrences(of: "nama: KPU Kota Kendari", with: "nama: \"kpu  KOTA Kendari \"")
            .replacingOccurrences(of: "provinsi: Sulawesi Tenggara", with: "provinsi: Provinsi Sulawesi Tenggara")
            .write(to: settings, atomically: true, encoding: .utf8)
        let site = try built()
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(Self.home + "/" + UnitYears.archivePage).path))
    }

    func testTwoFoldersOfOneUnitWithTheSameYearAreAnErrorNamingBothFiles() throws {
        let unit = collection.appendingPathComponent("Sulawesi Tenggara/KPU Kota Kendari")
        try FileManager.default.copyItem(at: Repository.content, to: unit.appendingPathComponent("2025-salinan"))
        let site = BuiltSite(content: collection, output: scratch.path("Output"))
        let first = unit.appendingPathComponent("2025/situs.yml").path, second = unit.appendingPathComponent("2025-salinan/situs.yml").path
        let line = try XCTUnwrap(try String(contentsOf: URL(fileURLWithPath: second), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("tahun_rencana:") }) + 1
        XCTAssertEqual(site.errors.map(\.formatted), [
            "\(second):\(line):16: error: rencana aksi ini dan rencana aksi di '\(first)' sama-sama milik KPU Kota Kendari untuk tahun 2025; "
                + "satu satker hanya mempunyai satu rencana aksi setiap tahun, jadi perbaiki tahun_rencana salah satunya atau keluarkan salah satu folder dari kumpulan",
        ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.output.path))

        // The plan refused for its year fails as a plan with errors does: --skip-failed leaves it out and builds the rest.
        let result = Build.run(Build.Options(content: collection.path, output: site.output.path, skipFailed: true))
        XCTAssertEqual(result.skipped, ["Sulawesi Tenggara/KPU Kota Kendari/2025-salinan"])
        let files = try FolderSnapshot.take(site.output)
        XCTAssertNotNil(files[Self.home + "/" + UnitYears.archivePage], "the two other years are still one unit's years")
        XCTAssertNotNil(files[Self.home + "/2025/index.html"])
        XCTAssertFalse(files.keys.contains { $0.hasPrefix(Self.home + "/2025-salinan/") })
    }

    /// An older year's pages link the newest year's home and the Arsip beside
    /// it: when the newest year fails, --skip-failed leaves the older years
    /// out with it, each with a message naming the newest year's folder.
    func testWhenTheNewestYearFailsSkippingLeavesItsOlderYearsOutWithIt() throws {
        let settings = collection.appendingPathComponent("Sulawesi Tenggara/KPU Kota Kendari/2026/situs.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "data_per: 2026-03-31", with: "data_per: 2026-02-31").write(to: settings, atomically: true, encoding: .utf8)
        let output = scratch.path("Output")
        let result = Build.run(Build.Options(content: collection.path, output: output.path, skipFailed: true))
        XCTAssertEqual(result.skipped, ["Sulawesi Tenggara/KPU Kota Kendari/2025", "Sulawesi Tenggara/KPU Kota Kendari/2026"])
        let older = try XCTUnwrap(result.diagnostics.first { $0.location.file.hasSuffix("/2025/situs.yml") })
        XCTAssertEqual(older.severity, .error)
        XCTAssertEqual(older.message, "rencana aksi tahun terbaru satker ini ('Sulawesi Tenggara/KPU Kota Kendari/2026') gagal dibangun, jadi folder ini ikut dilewati: "
            + "setiap halamannya menautkan ke tahun terbaru; perbaiki kesalahan di folder itu")
        let files = try FolderSnapshot.take(output)
        XCTAssertFalse(files.keys.contains { $0.hasPrefix(Self.home + "/") }, "no page of the unit links a home that is not there")
        XCTAssertNotNil(files["sulsel/kpu-kabupaten-soppeng/index.html"])
        XCTAssertTrue(String(decoding: try XCTUnwrap(files["index.html"]), as: UTF8.self).contains("ikut dilewati"), "the overview lists why")

        // Without --skip-failed the whole build fails, and the older year says nothing more than its own.
        let failed = Build.run(Build.Options(content: collection.path, output: scratch.path("Lain").path))
        XCTAssertFalse(failed.succeeded)
        XCTAssertFalse(failed.diagnostics.contains { $0.location.file.hasSuffix("/2025/situs.yml") })
    }

    func testAUnitsYearsSharingTheirFolderWithAnotherPlanAreBuiltApartWithAWarning() throws {
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("soppeng"),
                                         to: collection.appendingPathComponent("Sulawesi Tenggara/KPU Kota Kendari/soppeng"))
        let site = try built()
        let files = try site.files()
        XCTAssertNotNil(files[Self.home + "/2026/index.html"])
        XCTAssertNotNil(files[Self.home + "/2025/index.html"])
        XCTAssertFalse(files.keys.contains { $0.hasSuffix(UnitYears.archivePage) })
        XCTAssertFalse(String(decoding: try XCTUnwrap(files[Self.home + "/2025/index.html"]), as: UTF8.self).contains("sudah berganti"))
        let warning = try XCTUnwrap(site.result.diagnostics.first { $0.message.hasPrefix("folder konten 'Sulawesi Tenggara/KPU Kota Kendari/2025'") })
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertTrue(warning.location.file.hasSuffix("/2026/situs.yml"))
        XCTAssertTrue(warning.message.contains("juga berisi folder konten lain ('Sulawesi Tenggara/KPU Kota Kendari/soppeng')"), warning.message)
    }

    func testAnOlderYearsFolderThatTheNewestYearsPagesUseIsAnErrorAtItsSettings() throws {
        let unit = collection.appendingPathComponent("Sulawesi Tenggara/KPU Kota Kendari")
        try FileManager.default.moveItem(at: unit.appendingPathComponent("2025"), to: unit.appendingPathComponent("Monev"))
        let site = BuiltSite(content: collection, output: scratch.path("Output"))
        XCTAssertEqual(site.errors.map(\.formatted), [
            unit.appendingPathComponent("Monev/situs.yml").path + ":1:1: error: situs tahun 2025 folder ini akan ditulis ke '\(Self.home)/monev/', "
                + "tetapi situs tahun berjalan (2026) di '\(Self.home)/' memakai 'monev' untuk halamannya sendiri ('monev/index.html'); ganti nama folder 'Monev', misalnya menjadi '2025'",
        ])
    }

    /// The visible text of each row of the page's table.
    private static func rows(of html: String) -> [String] {
        html.components(separatedBy: "<tbody>")[1].components(separatedBy: "</tbody>")[0].split(separator: "\n").map { VisibleText.of(String($0)) }
    }

    /// "HTML, 9,2 KB" → "HTML, … KB".
    private static func withoutSizes(_ html: String) -> String {
        html.replacingOccurrences(of: #"HTML, [0-9.,]+ KB"#, with: "HTML, … KB", options: .regularExpression)
    }

    /// The `href`s of `html`, in order.
    private static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    /// `link` on the page at `page` as a path from the site's top.
    private static func resolve(_ link: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/") {
            if part == ".." { parts.removeLast() } else { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
