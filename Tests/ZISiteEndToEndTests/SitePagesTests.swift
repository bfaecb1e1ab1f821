import Foundation
import XCTest
@testable import ZISite

/// What the example site's pages hold beyond the plan table.
final class SitePagesTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var site: BuiltSite!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        site = BuiltSite(content: Repository.content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
    }

    func testDecreePageRendersTheDecreeTextFromMarkdown() throws {
        let html = try site.html("keputusan.html")
        XCTAssertTrue(html.contains("<h1>Keputusan KPU Kota Kendari Nomor 65 Tahun 2025</h1>"))
        XCTAssertTrue(html.contains("<h2>Menimbang</h2>"))
        XCTAssertTrue(html.contains("<h2>Mengingat</h2>"))
        let considering = try XCTUnwrap(html.components(separatedBy: "<h2>Mengingat</h2>\n<ol>").dropFirst().first?
            .components(separatedBy: "</ol>").first)
        XCTAssertEqual(considering.components(separatedBy: "<li>").count - 1, 8, "the eight regulations of Mengingat")
        XCTAssertTrue(html.contains("<time datetime=\"2025-09-08\">8 September 2025</time>"))
        XCTAssertTrue(VisibleText.of(html).contains("Keputusan ini mulai berlaku pada tanggal ditetapkan."))
    }

    /// The letterhead a printed page carries: the unit, the page's title, the
    /// data date and the page's own address (hidden on screen).
    func testEveryPageCarriesALetterheadForPrint() throws {
        let html = try site.html("layanan/skm-tahun-2025.html")
        XCTAssertTrue(html.contains("<p class=\"kop-satker\">Kota Kendari</p>\n<p class=\"kop-judul\">Survei Kepuasan Masyarakat Tahun 2025</p>"), html)
        XCTAssertTrue(html.contains("Data per 31 Desember 2025 · https://www.example.org/zona-integritas/layanan/skm-tahun-2025.html</p>"))
        for page in try site.files().keys where page.hasSuffix(".html") {
            XCTAssertTrue(try site.html(page).contains("<div class=\"kop-cetak kop-berlogo\">"), page)
        }
    }

    func testEveryPageHasTheSameNavigationWithTheCurrentPageMarked() throws {
        let pages = try site.files().keys.filter { $0.hasSuffix(".html") }.sorted()
        XCTAssertEqual(pages.count, 28)
        let inMenu: Set<String> = ["index.html", "halaman/tentang-zona-integritas.html", "halaman/dasar-hukum.html", "keputusan.html",
                                   "lampiran.html", "jadwal.html", "monev/index.html", "bukti/index.html", "kesiapan.html", "layanan/index.html",
                                   "informasi-publik.html"]
        for page in pages {
            let html = try site.html(page)
            let menu = try XCTUnwrap(html.components(separatedBy: "aria-label=\"Menu utama\"").dropFirst().first, page)
            for label in ["Beranda", "Tentang Zona Integritas", "Dasar Hukum", "Keputusan", "Lampiran", "Jadwal", "Monev", "Bukti Dukung", "Kesiapan",
                          "Layanan Publik", "Informasi Publik"] {
                XCTAssertTrue(menu.contains(">\(label)</a>"), "\(page): \(label)")
            }
            for numeral in ["I", "II", "III", "IV", "V", "VI", "VII"] {
                XCTAssertTrue(html.contains(">Bagian \(numeral)</a>"), "\(page): Bagian \(numeral)")
            }
            // The current page is marked in the main menu (or the section
            // menu) and in the breadcrumb trail, where the page has them.
            let marked = (inMenu.contains(page) || page.hasPrefix("bagian/") ? 1 : 0) + (html.contains("class=\"jejak\"") ? 1 : 0)
            XCTAssertEqual(html.components(separatedBy: "aria-current=\"page\"").count - 1, marked, page)
            XCTAssertGreaterThan(marked, 0, page)
            XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"), page)
        }
    }

    func testNarrativePagesAreInFileOrderWithoutTheirNumber() throws {
        let html = try site.html("halaman/dasar-hukum.html")
        XCTAssertTrue(html.contains("<h1>Dasar Hukum</h1>"))
        XCTAssertTrue(html.contains("href=\"../lampiran.html\""))
        let home = try site.html("index.html")
        let about = try XCTUnwrap(home.range(of: "halaman/tentang-zona-integritas.html"))
        let law = try XCTUnwrap(home.range(of: "halaman/dasar-hukum.html"))
        XCTAssertLessThan(about.lowerBound, law.lowerBound)
    }

    func testSitemapListsEveryPageUnderTheSiteAddress() throws {
        let sitemap = try site.html("sitemap.xml")
        let pages = try site.files().keys.filter { $0.hasSuffix(".html") }
        XCTAssertEqual(sitemap.components(separatedBy: "<loc>").count - 1, pages.count)
        for page in pages {
            XCTAssertTrue(sitemap.contains("<loc>https://www.example.org/zona-integritas/\(page)</loc>"), page)
        }
    }

    func testAnnexPrintsOnLandscapePaperWithTheHeaderOnEveryPage() throws {
        let html = try site.html("lampiran.html")
        XCTAssertTrue(html.contains("<link rel=\"stylesheet\" href=\"aset/cetak-lanskap.css\" media=\"print\">"))
        XCTAssertEqual(html.components(separatedBy: "<thead").count - 1, 1)
        let landscape = try String(contentsOf: Repository.templates.appendingPathComponent("aset/cetak-lanskap.css"), encoding: .utf8)
        XCTAssertTrue(landscape.contains("size: A4 landscape"))
        let style = try String(contentsOf: Repository.templates.appendingPathComponent("aset/gaya.css"), encoding: .utf8)
        XCTAssertTrue(style.contains("thead { display: table-header-group; }"))
    }

    func testChartsHaveATextEquivalentAndATableOfTheSameNumbers() throws {
        let home = try site.html("index.html")
        XCTAssertTrue(home.contains("<desc id=\"grafik-bagian-uraian\">Jumlah langkah aksi per bagian: bagian I 5, bagian II 5, bagian III 3, bagian IV 5, bagian V 6, bagian VI 7, bagian VII 1; seluruhnya 32 langkah aksi.</desc>"))
        XCTAssertTrue(home.contains("<tfoot><tr><th scope=\"row\">Jumlah</th><td class=\"angka-sel\">32</td></tr></tfoot>"))
        XCTAssertTrue(home.contains("id=\"grafik-bulan\""))
        XCTAssertTrue(home.contains("<th scope=\"row\">Desember 2025</th>"))
    }
}
