import Foundation
import XCTest
@testable import ZISite

/// `feed.xml` is well-formed Atom (RFC 4287: the feed and every entry have
/// an id, a title and an updated time, the feed an author), newest first,
/// with absolute addresses when `alamat_situs` is set and relative ones
/// otherwise; every page points to it.
final class UpdatesFeedTests: XCTestCase {
    private func parsed(_ site: BuiltSite) throws -> ParsedFeed {
        try ParsedFeed(site.output.appendingPathComponent(UpdatesFeed.path))
    }

    func testTheExampleFeedListsWhatWasPublishedNewestFirst() throws {
        let scratch = try ScratchFolder()
        let site = BuiltSite.example(in: scratch)
        let feed = try parsed(site)
        XCTAssertEqual(feed.texts["feed/entry/title"], [
            "Monev Triwulan IV 2025", "Survei Kepuasan Masyarakat Tahun 2025", "Pengaduan masyarakat Tahun 2025",
            "Survei Persepsi Anti Korupsi Tahun 2025", "Survei Persepsi Kualitas Pelayanan Tahun 2025", "Kepatuhan LHKPN dan LHKASN Tahun pelaporan 2025",
            "Laporan gratifikasi Tahun 2025", "Laporan Whistleblowing System (WBS) Tahun 2025", "Monev Triwulan III 2025", "Rencana aksi ditetapkan: Rencana Aksi Pembangunan Zona Integritas Komisi Pemilihan Umum Kota Kendari Tahun 2025",
        ])
        XCTAssertEqual(feed.texts["feed/entry/updated"], Array(repeating: "2025-12-31T00:00:00+07:00", count: 8)
                                                           + ["2025-09-30T00:00:00+07:00", "2025-09-08T00:00:00+07:00"])
        XCTAssertEqual(feed.texts["feed/entry/id"]?.count, 10)
        XCTAssertEqual(feed.texts["feed/updated"], ["2025-12-31T00:00:00+07:00"])
        XCTAssertEqual(feed.texts["feed/author/name"], ["KPU Kota Kendari"])
        XCTAssertTrue(feed.hrefs.allSatisfy { $0.hasPrefix("https://www.example.org/zona-integritas/") }, "\(feed.hrefs)")
        let summaries = feed.texts["feed/entry/summary"] ?? []
        for summary in ["IKM 86,32, mutu B (Baik) dari 40 responden.", "IPAK 3,65 (skala 1–4) dari 40 responden.",
                        "30 dari 32 wajib lapor sudah melaporkan harta kekayaannya (93,75%).",
                        "3 laporan: 2 Dilaporkan ke KPK, 1 Ditetapkan milik negara.", "Nihil: tidak ada laporan pada periode ini."] {
            XCTAssertTrue(summaries.contains(summary), summary)
        }
        XCTAssertTrue(try site.html("layanan/skm-tahun-2025.html").contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../feed.xml\""))
    }

    func testWithoutASiteAddressTheFeedUsesRelativeLinksAndTagIds() throws {
        let scratch = try ScratchFolder()
        let content = try scratch.copy(Repository.fixtures.appendingPathComponent("soppeng"), as: "Content")
        let settings = content.appendingPathComponent("situs.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("alamat_situs:") }
            .joined(separator: "\n").write(to: settings, atomically: true, encoding: .utf8)
        let site = BuiltSite(content: content, output: scratch.path("Output"))
        let feed = try parsed(site)
        XCTAssertEqual(feed.texts["feed/entry/title"]?.count, 1, "the plan only")
        XCTAssertEqual(feed.hrefs, ["feed.xml", "index.html", "lampiran.html"])
        XCTAssertTrue(feed.texts["feed/id"]?.first?.hasPrefix("tag:zisite,2025-12-10:kpu-kabupaten-soppeng/") ?? false, "\(feed.texts["feed/id"] ?? [])")
    }
}
