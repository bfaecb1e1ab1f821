import Foundation
import XCTest
@testable import ZISite

/// The example's open data: every table as CSV and JSON, described by
/// datapackage.json, linked from its page, and holding the very numbers and
/// cells the pages show.
final class OpenDataTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var site: BuiltSite!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        site = BuiltSite.example(in: scratch)
    }

    /// The rows of a published CSV under its header (no quoted line breaks
    /// in the tables read here).
    private func csv(_ name: String) throws -> [[String: String]] {
        let text = try String(contentsOf: site.output.appendingPathComponent("data/\(name).csv"), encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map(Self.cells)
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(lines[0], $0)) }
    }

    private static func cells(_ line: String) -> [String] {
        var cells: [String] = [], current = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle(); continue }
            if character == ",", !quoted { cells.append(current); current = ""; continue }
            current.append(character)
        }
        return cells + [current]
    }

    /// "3.5" as the page writes it with `digits` decimals: "3,50".
    private func shown(_ machine: String, digits: Int) -> String {
        IndonesianFormat.fixed(Decimal(string: machine)!, fractionDigits: digits)
    }

    func testEveryNumberOnTheSurveyPageEqualsItsDownload() throws {
        let page = VisibleText.of(try site.html("layanan/skm-tahun-2025.html"))
        let rows = try csv("skm-tahun-2025-unsur")
        XCTAssertEqual(rows.count, 9)
        for row in rows {
            let text = "\(row["kode_unsur"]!) \(row["unsur"]!)"
            let numbers = "\(shown(row["nrr"]!, digits: 2)) \(shown(row["nilai_konversi"]!, digits: 2))"
            XCTAssertTrue(page.contains("\(text) \(numbers)") || page.contains("\(text) (terendah) \(numbers)"), "\(text): \(numbers)")
        }
        let summary = try XCTUnwrap(try csv("skm-ringkasan").first)
        XCTAssertTrue(page.contains("\(shown(summary["ikm"]!, digits: 2)) Indeks Kepuasan Masyarakat (IKM) \(summary["mutu"]!) mutu pelayanan: \(summary["kinerja"]!) \(summary["responden"]!) responden"))
    }

    func testEveryNumberOnTheComplaintPageEqualsItsDownloads() throws {
        let page = VisibleText.of(try site.html("layanan/pengaduan-tahun-2025.html"))
        for (name, key) in [("pengaduan-tahun-2025-triwulan", "triwulan"), ("pengaduan-tahun-2025-saluran", "saluran")] {
            let rows = try csv(name)
            XCTAssertFalse(rows.isEmpty, name)
            for row in rows {
                let days = row["rata_rata_hari"]!.isEmpty ? "–" : IndonesianFormat.decimal(Double(row["rata_rata_hari"]!)!, fractionDigits: 1) + " hari"
                let text = [row[key]!, row["diterima"]!, row["belum_diproses"]!, row["sedang_diproses"]!, row["selesai"]!, days].joined(separator: " ")
                XCTAssertTrue(page.contains(text), "\(name): \(text)")
            }
        }
    }

    func testEveryNumberOnThePerceptionPagesEqualsItsDownloads() throws {
        let summary = try csv("persepsi-ringkasan")
        XCTAssertEqual(summary.map { $0["survei"]! }, ["IPAK", "IPKP"])
        for survey in summary {
            let kind = survey["survei"]!.lowercased()
            let page = VisibleText.of(try site.html("layanan/\(kind)-tahun-2025.html"))
            let rows = try csv("\(kind)-tahun-2025-pertanyaan")
            XCTAssertGreaterThan(rows.count, 5)
            for row in rows {
                let answers = (1...4).map { row["jawaban_\($0)"]! }.joined(separator: " ")
                let numbers = "\(answers) \(row["responden"]!) \(shown(row["nilai_rata_rata"]!, digits: 2))"
                let text = "P\(row["nomor"]!) \(row["pertanyaan"]!)"
                XCTAssertTrue(page.contains("\(text) \(numbers)") || page.contains("\(text) (terendah) \(numbers)"), "\(text): \(numbers)")
            }
            XCTAssertTrue(page.contains("\(shown(survey["indeks"]!, digits: 2)) Indeks Persepsi"), kind)
            XCTAssertTrue(page.contains("\(survey["responden"]!) responden"), kind)
        }
    }

    func testEveryNumberOnTheWealthReportPageEqualsItsDownloads() throws {
        let page = VisibleText.of(try site.html("layanan/lhkpn-tahun-pelaporan-2025.html"))
        func numbers(_ row: [String: String]) -> String {
            [row["wajib_lapor"]!, row["sudah_lapor"]!, row["belum_lapor"]!, shown(row["kepatuhan_persen"]!, digits: 2) + "%"].joined(separator: " ")
        }
        let groups = try csv("lhkpn-tahun-pelaporan-2025-kelompok")
        XCTAssertEqual(groups.count, 4)
        for (number, row) in groups.enumerated() {
            let text = "K\(number + 1) \(row["laporan"]!) \(row["kelompok"]!) \(numbers(row))"
            XCTAssertTrue(page.contains(text), text)
        }
        for row in try csv("lhkpn-tahun-pelaporan-2025-ringkasan") {
            let text = (row["laporan"]!.isEmpty ? "Jumlah" : row["laporan"]!) + " " + numbers(row)
            XCTAssertTrue(page.contains(text), text)
        }
    }

    func testEveryNumberOnTheGratificationPageEqualsItsDownloadsAndANihilRegisterHasNone() throws {
        let page = VisibleText.of(try site.html("layanan/gratifikasi-tahun-2025.html"))
        for (name, key) in [("triwulan", "triwulan"), ("tindak-lanjut", "tindak_lanjut"), ("jenis", "jenis")] {
            let rows = try csv("gratifikasi-tahun-2025-\(name)")
            XCTAssertFalse(rows.isEmpty, name)
            for row in rows {
                XCTAssertTrue(page.contains("\(row[key]!) \(row["jumlah"]!)"), "\(name): \(row)")
            }
        }
        let nihil = try site.html("layanan/wbs-tahun-2025.html")
        XCTAssertTrue(VisibleText.of(nihil).contains("Nihil. Tidak ada laporan yang diterima pada periode ini."))
        XCTAssertEqual(try csv("wbs-ringkasan").map { [$0["periode"]!, $0["laporan_diterima"]!] }, [["Tahun 2025", "0"]], "nihil is data too")
        XCTAssertTrue(nihil.contains("href=\"../data/wbs-ringkasan.csv\" download"))
        XCTAssertEqual(try site.files().keys.filter { $0.hasPrefix("data/wbs-") }.sorted(), ["data/wbs-ringkasan.csv", "data/wbs-ringkasan.json"])
        XCTAssertEqual(try csv("gratifikasi-ringkasan").map { $0["laporan_diterima"]! }, ["3"])
    }

    /// Nothing lost on the way to the data: every cell of the source table.
    func testThePlanDownloadHoldsEverySourceCell() throws {
        let data = VisibleText.fold(try String(contentsOf: site.output.appendingPathComponent("data/rencana-aksi.json"), encoding: .utf8)
            .replacingOccurrences(of: "\\\"", with: "\""))
        for cell in try SamplePlan.kendari.sourceCells() {
            XCTAssertTrue(data.contains(cell), "'\(cell)' missing from rencana-aksi.json")
        }
        XCTAssertEqual(try csv("rencana-aksi").count, 32)
    }

    func testThePackageListsEveryDataFileAndEachPageLinksItsDownloads() throws {
        let package = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("datapackage.json"))) as? [String: Any])
        let paths = Set((package["resources"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String })
        let files = Set(try site.files().keys.filter { $0.hasPrefix("data/") })
        XCTAssertEqual(paths, files)
        XCTAssertEqual(files.count, 34)
        let links: [(String, String)] = [
            (SitePaths.annex, "data/rencana-aksi.csv"), ("monev/triwulan-iv-2025.html", "../data/monev-triwulan-iv-2025.json"),
            ("layanan/skm-tahun-2025.html", "../data/skm-tahun-2025-unsur.csv"), ("layanan/index.html", "../data/skm-ringkasan.csv"),
            ("layanan/pengaduan-tahun-2025.html", "../data/pengaduan-tahun-2025-saluran.csv"),
            ("layanan/ipak-tahun-2025.html", "../data/ipak-tahun-2025-pertanyaan.csv"), ("layanan/index.html", "../data/persepsi-ringkasan.json"),
            ("layanan/lhkpn-tahun-pelaporan-2025.html", "../data/lhkpn-tahun-pelaporan-2025-ringkasan.csv"),
            ("layanan/gratifikasi-tahun-2025.html", "../data/gratifikasi-tahun-2025-tindak-lanjut.csv"),
        ]
        for (page, target) in links {
            XCTAssertTrue(try site.html(page).contains("href=\"\(target)\" download"), "\(page) → \(target)")
        }
    }
}
