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

    /// Built as on 15 January 2026: data dated before 31 December 2025 are old.
    private func built() throws -> BuiltSite {
        let site = BuiltSite(content: collection, output: scratch.path("Output"), today: CalendarDate(year: 2026, month: 1, day: 15)!)
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
                       ["sulawesi-tenggara", "sulsel", "aset", "index.html", "menurut-capaian.html", "informasi-publik.html", "provinsi",
                        "data", "datapackage.json", "feed.xml", ".zisite"])
    }

    /// The visible text of each row of the table `id` on `page`, the group headings included.
    private func rows(_ html: String, table id: String) throws -> [String] {
        let table = try XCTUnwrap(html.components(separatedBy: "<caption id=\"\(id)\">").dropFirst().first).components(separatedBy: "</table>")[0]
        return table.components(separatedBy: "<tr").dropFirst().map { VisibleText.of("<tr" + $0) }
    }

    func testTheRingkasanListsEveryPlanByProvinceThenLevelWithTotalsAndFlagsOldData() throws {
        let site = try built()
        let html = try site.html("index.html")
        XCTAssertEqual(try rows(html, table: "judul-kumpulan"), [
            "Satker Tingkat Tahun Data per Langkah aksi Periode monev terakhir Selesai Terlambat Belum dilaporkan Area I Area II Area III Area IV Area V Area VI",
            "Sulawesi Selatan",
            "KPU Kabupaten Soppeng Kabupaten 2025 10 Desember 2025 (data lama) 28 Belum ada laporan monev",
            "Sulawesi Tenggara",
            "KPU Kota Kendari Kota 2025 31 Desember 2025 32 Triwulan IV 2025 20 (62,5%) 2 1 WBBM – – – Belum Belum",
            "Jumlah: 2 satker 1 dengan data lama 60 1 satker melapor 20 (33,3%) 2 1",
        ], "provinces by name, not by their folders' order; data as of 10 December are older than the quarter's end on 31 December")
        XCTAssertTrue(html.contains("<a href=\"sulawesi-tenggara/kpu-kota-kendari/index.html\">KPU Kota Kendari</a>"))
        XCTAssertTrue(html.contains("<a href=\"provinsi/sulawesi-selatan.html\">Sulawesi Selatan</a></th>"), "each province heading links its page")
        XCTAssertTrue(html.contains("<h1>Rencana Aksi Pembangunan Zona Integritas</h1>"), "the title without kumpulan.yml")
        XCTAssertTrue(html.contains("sebelum akhir triwulan terakhir, <time datetime=\"2025-12-31\">31 Desember 2025</time>"))
        XCTAssertEqual(VisibleText.of(try XCTUnwrap(html.components(separatedBy: "<ul class=\"angka-kunci\">").dropFirst().first?.components(separatedBy: "</ul>")[0])),
                       "2 satker, 1 sudah melaporkan monev 60 langkah aksi 33,3% langkah aksi selesai (20) 2 langkah aksi terlambat "
                        + "1 langkah aksi belum dilaporkan 1 satker dengan data lama")
    }

    func testTheRingkasanDrawsTheSpreadOfCompletionWithTheSameFiguresInItsTable() throws {
        let html = try built().html("index.html")
        let figure = try XCTUnwrap(html.components(separatedBy: "<figure class=\"grafik\" id=\"grafik-capaian\">").dropFirst().first).components(separatedBy: "</figure>")[0]
        XCTAssertTrue(figure.contains("role=\"img\" aria-labelledby=\"grafik-capaian-judul grafik-capaian-uraian\""))
        let table = figure.components(separatedBy: "<tbody>")[1].components(separatedBy: "</tbody>")[0]
        let counts = table.split(separator: "\n").map { VisibleText.of(String($0)) }
        XCTAssertEqual(counts, ["0–9% 0", "10–19% 0", "20–29% 0", "30–39% 0", "40–49% 0", "50–59% 0", "60–69% 1", "70–79% 0", "80–89% 0", "90–99% 0", "100% 0"])
        let description = try XCTUnwrap(figure.components(separatedBy: "<desc id=\"grafik-capaian-uraian\">").dropFirst().first?.components(separatedBy: "</desc>")[0])
        XCTAssertEqual(description, counts.map { row in
            let parts = row.split(separator: " ")
            return "\(parts[0]): \(parts[1]) satker"
        }.joined(separator: "; ") + ".", "the drawing's text says the table's figures")
        XCTAssertEqual(figure.components(separatedBy: "class=\"batang\"").count - 1, 11, "a bar per band")
        XCTAssertTrue(html.contains("<p>1 satker belum melaporkan monev, sehingga tidak termasuk dalam grafik.</p>"))
    }

    func testMenurutCapaianListsEveryPlanFromTheHighestCompletionWithItsProvince() throws {
        let html = try built().html("menurut-capaian.html")
        XCTAssertEqual(try rows(html, table: "judul-capaian").dropFirst().map { $0 }, [
            "KPU Kota Kendari Sulawesi Tenggara Kota 2025 31 Desember 2025 32 Triwulan IV 2025 20 (62,5%) 2 1 WBBM – – – Belum Belum",
            "KPU Kabupaten Soppeng Sulawesi Selatan Kabupaten 2025 10 Desember 2025 (data lama) 28 Belum ada laporan monev",
            "Jumlah: 2 satker 1 dengan data lama 60 1 satker melapor 20 (33,3%) 2 1",
        ])
        XCTAssertTrue(html.contains("<li><a href=\"menurut-capaian.html\" aria-current=\"page\">Menurut capaian</a></li>"))
    }

    func testEachProvinceHasAPageWithItsOwnUnitsTotalsAndChart() throws {
        let site = try built()
        let html = try site.html("provinsi/sulawesi-tenggara.html")
        XCTAssertTrue(html.contains("<h1>Provinsi Sulawesi Tenggara</h1>"))
        XCTAssertEqual(try rows(html, table: "judul-provinsi").dropFirst().map { $0 }, [
            "KPU Kota Kendari Kota 2025 31 Desember 2025 32 Triwulan IV 2025 20 (62,5%) 2 1 WBBM – – – Belum Belum",
            "Jumlah: 1 satker 0 dengan data lama 32 1 satker melapor 20 (62,5%) 2 1",
        ])
        XCTAssertTrue(html.contains("<a href=\"../sulawesi-tenggara/kpu-kota-kendari/index.html\">KPU Kota Kendari</a>"), "links from one folder down")
        XCTAssertTrue(html.contains("<link rel=\"stylesheet\" href=\"../aset/gaya.css\">"))
        XCTAssertTrue(html.contains("<li><a href=\"../provinsi/sulawesi-tenggara.html\" aria-current=\"page\">Sulawesi Tenggara</a></li>"))
        XCTAssertTrue(html.contains("id=\"grafik-capaian\""))
        XCTAssertFalse(html.contains("KPU Kabupaten Soppeng"))
        XCTAssertTrue(try site.html("provinsi/sulawesi-selatan.html").contains("KPU Kabupaten Soppeng</a>"))
    }

    func testTheDaftarInformasiPublikLinksEachPlansSiteAndItsOwnList() throws {
        let site = try built()
        let html = try site.html("informasi-publik.html")
        XCTAssertEqual(try rows(html, table: "judul-daftar-satker").dropFirst().map { $0 }, [
            "KPU Kabupaten Soppeng Sulawesi Selatan 2025 Situs KPU Kabupaten Soppeng 2025 Daftar Informasi Publik KPU Kabupaten Soppeng 2025",
            "KPU Kota Kendari Sulawesi Tenggara 2025 Situs KPU Kota Kendari 2025 Daftar Informasi Publik KPU Kota Kendari 2025",
        ])
        for link in ["sulsel/kpu-kabupaten-soppeng/index.html", "sulsel/kpu-kabupaten-soppeng/informasi-publik.html",
                     "sulawesi-tenggara/kpu-kota-kendari/informasi-publik.html"] {
            XCTAssertTrue(html.contains("href=\"\(link)\""), link)
            XCTAssertTrue(FileManager.default.fileExists(atPath: site.output.appendingPathComponent(link).path), link)
        }
    }

    func testEveryTopPageSharesOneLayoutWithItsMenuAndTheCollectionsFeed() throws {
        let site = try built()
        for (path, current) in [("index.html", "Ringkasan"), ("menurut-capaian.html", "Menurut capaian"), ("informasi-publik.html", "Informasi Publik"),
                                ("provinsi/sulawesi-selatan.html", "Sulawesi Selatan")] {
            let html = try site.html(path)
            XCTAssertEqual(html.components(separatedBy: "<header class=\"kepala\">").count, 2, path)
            XCTAssertTrue(html.contains("<a class=\"lompat\" href=\"#isi\">Langsung ke isi</a>"), path)
            XCTAssertTrue(html.contains("aria-current=\"page\">\(current)</a>"), path)
            XCTAssertTrue(html.contains("<p class=\"kop-lembaga\">Komisi Pemilihan Umum</p>"), path)
            XCTAssertTrue(html.contains("disusun <time datetime=\"2026-01-15\">15 Januari 2026</time>"), path)
            let feed = (path.contains("/") ? "../" : "") + CollectionPaths.feed
            XCTAssertTrue(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"\(feed)\""), path)
        }
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

    func testAYAMLMistakeInKumpulanYmlIsReportedAtItsLineAndColumnInIndonesian() throws {
        try "judul: Zona Integritas KPU se-Sulawesi\nfolder:\n  - sulsel/kpu-kabupaten-soppeng\n  - [Sulawesi Tenggara/KPU Kota Kendari\n"
            .write(to: collection.appendingPathComponent("kumpulan.yml"), atomically: true, encoding: .utf8)
        let site = BuiltSite(content: collection, output: scratch.path("Output"))
        XCTAssertEqual(site.errors.map(\.formatted), [collection.path + "/kumpulan.yml:5:1: error: penulisan YAML salah: kurung siku [ tidak ditutup; "
            + "periksa titik dua, tanda petik dan indentasi di sekitar baris ini"], "where the list was left open, not line 1")
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
        XCTAssertEqual(top, [".zisite", "aset", "data", "datapackage.json", "feed.xml", "index.html", "informasi-publik.html", "menurut-capaian.html",
                             "provinsi", "sulawesi-tenggara", "sulsel"])
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
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("soppeng"), to: collection.appendingPathComponent("Menurut Capaian"))
        try FileManager.default.createDirectory(at: collection.appendingPathComponent("Provinsi"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("soppeng"), to: collection.appendingPathComponent("Provinsi/Jambi"))
        let messages = BuiltSite(content: collection, output: scratch.path("Output")).errors.map(\.message)
        XCTAssertEqual(messages, [
            "nama folder 'menurut-capaian' dipakai halaman ringkasan kumpulan; ganti nama folder konten ini",
            "nama folder 'provinsi' dipakai halaman ringkasan kumpulan; ganti nama folder konten ini",
            "nama folder 'aset' dipakai halaman ringkasan kumpulan; ganti nama folder konten ini",
            "situs folder ini akan ditulis ke 'sulsel/kpu-kabupaten-soppeng/', sama dengan situs folder 'SULSEL/KPU Kabupaten Soppeng'; ganti salah satu nama foldernya",
        ])
    }
}
