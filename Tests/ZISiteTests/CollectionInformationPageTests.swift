import Foundation
import XCTest
@testable import ZISite

/// The collection's Daftar Informasi Publik lists the open data at the top
/// of the site with each file's format and size, once the site has them,
/// and the layout then offers the feed in its head.
final class CollectionInformationPageTests: XCTestCase {
    private let unit = UnitSummary(member: PlanCollection.Member(folder: "/k/jambi/kpu-kota-jambi", name: "jambi/kpu-kota-jambi", sitePath: "jambi/kpu-kota-jambi"),
                                   unit: WorkUnit(name: "KPU Kota Jambi", level: .kota, province: "Jambi"), planYear: 2026, steps: 12, latest: nil,
                                   dataDate: CalendarDate(year: 2026, month: 1, day: 10)!, decreeNumber: "1", decreeYear: 2026, decreeDate: nil)

    private func pages(alongside: [SiteFile]) throws -> [String: String] {
        var diagnostics = DiagnosticList()
        let templates = TemplateSet(sources: BuiltInTemplates.templates.sources, diagnostics: &diagnostics)
        let pages = CollectionPages(collection: PlanCollection(title: "ZI KPU se-Jambi", owner: "KPU Provinsi Jambi", members: [unit.member]),
                                    units: [unit], today: CalendarDate(year: 2026, month: 2, day: 1)!, alongside: { alongside },
                                    hasFeed: alongside.contains { $0.path == CollectionPaths.feed })
        let files = try XCTUnwrap(pages.files(templates: templates, diagnostics: &diagnostics), diagnostics.items.map(\.formatted).joined(separator: "\n"))
        return files.reduce(into: [:]) { pages, file in
            if case .data(let data) = file.contents { pages[file.path] = String(decoding: data, as: UTF8.self) }
        }
    }

    func testTheOpenDataAreListedWithFormatAndSizeAndTheFeedIsInTheHeadOnceTheSiteHasThem() throws {
        let alongside = [SiteFile(path: "data/langkah-aksi.csv", contents: .data(Data(count: 2048))),
                         SiteFile(path: "data/langkah-aksi.json", contents: .data(Data(count: 10))),
                         SiteFile(path: "datapackage.json", contents: .data(Data(count: 700))),
                         SiteFile(path: "feed.xml", contents: .data(Data(count: 900)))]
        let pages = try pages(alongside: alongside)
        let html = try XCTUnwrap(pages["informasi-publik.html"])
        XCTAssertTrue(html.contains("<li><a href=\"data/langkah-aksi.csv\">CSV, 2 KB</a></li><li><a href=\"data/langkah-aksi.json\">JSON, 10 B</a></li>"), html)
        XCTAssertTrue(html.contains("<a href=\"datapackage.json\">JSON, 700 B</a>"))
        XCTAssertTrue(html.contains("<a href=\"feed.xml\">XML, 900 B</a>"))
        XCTAssertFalse(html.contains("ringkasan-satker"), "a file the site does not have is not listed")
        XCTAssertTrue(html.contains("<a href=\"jambi/kpu-kota-jambi/informasi-publik.html\">Daftar Informasi Publik KPU Kota Jambi 2026</a>"))
        for path in ["index.html", "menurut-capaian.html", "informasi-publik.html"] {
            XCTAssertTrue(try XCTUnwrap(pages[path]).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\" title=\"Pembaruan ZI KPU se-Jambi\">"), path)
        }
        XCTAssertTrue(try XCTUnwrap(pages["provinsi/jambi.html"]).contains("href=\"../feed.xml\""))

        let without = try self.pages(alongside: [])
        XCTAssertFalse(try XCTUnwrap(without["index.html"]).contains("feed.xml"))
        XCTAssertFalse(try XCTUnwrap(without["informasi-publik.html"]).contains("data/"))
    }
}
