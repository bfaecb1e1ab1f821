import Foundation
import XCTest
@testable import ZISite

/// A folder fresh from `zisite new` builds as a draft into a site that says
/// "belum ada data" where the plan and progress will go, not empty charts or
/// tables, and "(belum diisi)" where the decree's date will go.
final class NewFolderSiteTests: XCTestCase {
    func testAFreshFolderBuildsWithBelumAdaDataStates() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.path("Content-kpu-kabupaten-baru")
        let created = NewContentFolder.create(folder: folder.path)
        XCTAssertEqual(created.written.count, 4, created.diagnostics.map(\.formatted).joined(separator: "\n"))
        let site = BuiltSite(content: folder, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(site.result.diagnostics.filter { $0.message.contains(Settings.placeholder) }.map(\.location.line), [14, 17, 18, 19],
                       "a warning for each decree value zisite new cannot know (nomor, ditetapkan_di, tanggal, penandatangan)")

        // The unknown date is written as it is, never as a date the unit did not give.
        for page in ["index.html", SitePaths.decree, SitePaths.annex, SitePaths.publicInformation] {
            let html = try site.html(page)
            XCTAssertTrue(VisibleText.of(html).contains("pada tanggal \(Settings.placeholder)") || VisibleText.of(html).contains("Tanggal \(Settings.placeholder)")
                          || page == SitePaths.publicInformation, page)
            XCTAssertFalse(html.contains("datetime=\"\""), "\(page): no <time> without a date")
        }
        XCTAssertTrue(try site.html(SitePaths.publicInformation).contains("<td>\(Settings.placeholder)</td>"), "the decree's row has no date yet")
        XCTAssertFalse(try String(contentsOf: scratch.path("Output/feed.xml"), encoding: .utf8).contains("Rencana aksi ditetapkan"),
                       "no feed entry dated by a guess")

        let home = try site.html("index.html")
        let homeText = VisibleText.of(home)
        XCTAssertTrue(homeText.contains("Belum ada data: tabel rencana aksi belum berisi langkah aksi."))
        XCTAssertTrue(homeText.contains("Belum ada data kemajuan"))
        XCTAssertEqual(homeText.components(separatedBy: "Belum ada data.").count - 1, 2, "both charts say so")
        XCTAssertFalse(home.contains("<svg class=\"grafik-svg"), "no empty chart")
        XCTAssertFalse(home.contains("<table"), "no empty table")
        XCTAssertTrue(VisibleText.of(try site.html(SitePaths.annex)).contains("Belum ada data"))
        XCTAssertFalse(try site.html(SitePaths.annex).contains("<table"))
        XCTAssertTrue(VisibleText.of(try site.html(SitePaths.schedule)).contains("Belum ada data"))
        XCTAssertTrue(VisibleText.of(try site.html("halaman/pendahuluan.html")).contains("Pendahuluan"))
    }
}
