import Foundation
import XCTest
@testable import ZISite

/// A folder fresh from `zisite new`, once its decree's date is written,
/// builds into a site that says "belum ada data" where the plan and
/// progress will go, not empty charts or tables.
final class NewFolderSiteTests: XCTestCase {
    func testAFreshFolderBuildsWithBelumAdaDataStates() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.path("Content-kpu-kabupaten-baru")
        let created = NewContentFolder.create(folder: folder.path)
        XCTAssertEqual(created.written.count, 4, created.diagnostics.map(\.formatted).joined(separator: "\n"))
        XCTAssertFalse(BuiltSite(content: folder, output: scratch.path("Output")).result.succeeded,
                       "the decree's date is written (belum diisi), not invented, and a date stops the build")
        let settings = folder.appendingPathComponent("situs.yml")
        try String(contentsOf: settings, encoding: .utf8).replacingOccurrences(of: "tanggal: \"\(Settings.placeholder)\"", with: "tanggal: 2026-01-05")
            .write(to: settings, atomically: true, encoding: .utf8)

        let site = BuiltSite(content: folder, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(site.result.diagnostics.filter { $0.message.contains(Settings.placeholder) }.count, 3)

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
