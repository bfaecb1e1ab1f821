import Foundation
import XCTest
@testable import ZISite

/// The Daftar Informasi Publik lists what the site publishes, each file with
/// its true format and size, its category and who answers for it.
final class PublicInformationPageTests: XCTestCase {
    func testEveryListedFileExistsWithTheSizeShown() throws {
        let scratch = try ScratchFolder()
        let site = BuiltSite.example(in: scratch)
        let html = try site.html(SitePaths.publicInformation)
        let links = html.components(separatedBy: "<a href=\"").dropFirst().compactMap { part -> (String, String)? in
            let pieces = part.components(separatedBy: "\">")
            guard pieces.count > 1, let text = pieces[1].components(separatedBy: "</a>").first, text.contains(", ") else { return nil }
            return (pieces[0], text)
        }
        XCTAssertEqual(links.count, 48, "\(links)")
        let files = try site.files()
        for (path, text) in links {
            let bytes = try XCTUnwrap(files[path], "\(path) is not on the site")
            let format = path.hasSuffix(".html") ? "HTML" : path.split(separator: ".").last!.uppercased()
            XCTAssertEqual(text, "\(format), \(IndonesianFormat.fileSize(bytes.count))", path)
        }
        let page = VisibleText.of(html)
        XCTAssertTrue(page.contains("1 Keputusan KPU Kota Kendari Nomor 65 Tahun 2025 Berkala PPID KPU Kota Kendari 8 September 2025"), page)
        XCTAssertTrue(page.contains("Bukti dukung pelaksanaan rencana aksi (8 berkas) Setiap saat"))
        let dataFiles = try site.files().keys.filter { $0.hasPrefix("data/") }
        XCTAssertEqual(Set(dataFiles), Set(links.map(\.0).filter { $0.hasPrefix("data/") }), "every dataset the site publishes is listed")
        for path in ["data/rencana-aksi.csv", "monev/triwulan-iv-2025.html", "layanan/skm-tahun-2025.html", "data/pengaduan-tahun-2025-saluran.json", "datapackage.json",
                     "layanan/ipkp-tahun-2025.html", "data/lhkpn-tahun-pelaporan-2025-kelompok.csv", "data/gratifikasi-tahun-2025-jenis.json",
                     "layanan/wbs-tahun-2025.html"] {
            XCTAssertTrue(links.contains { $0.0 == path }, path)
        }
    }

    func testTheOfficerAndThePPIDContactComeFromTheSettings() throws {
        let scratch = try ScratchFolder()
        let content = try scratch.copy(Repository.fixtures.appendingPathComponent("soppeng"), as: "Content")
        let settings = content.appendingPathComponent("situs.yml")
        var text = try String(contentsOf: settings, encoding: .utf8)
        text += "\npenanggung_jawab_informasi: Sekretaris KPU Kabupaten Soppeng\n"
        try text.write(to: settings, atomically: true, encoding: .utf8)
        let site = BuiltSite(content: content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        let page = VisibleText.of(try site.html(SitePaths.publicInformation))
        XCTAssertTrue(page.contains("Berkala Sekretaris KPU Kabupaten Soppeng 10 Desember 2025"), page)
        XCTAssertFalse(page.contains("Monitoring dan evaluasi"), "no monev, no monev entry")
    }
}
