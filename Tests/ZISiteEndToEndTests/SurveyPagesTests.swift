import Foundation
import XCTest
@testable import ZISite

/// Builds the example and checks every figure of its satisfaction survey
/// page against the answers in the sheet, worked here in whole numbers.
final class SurveyPagesTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var site: BuiltSite!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        site = BuiltSite(content: Repository.content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
    }

    /// The answers of the example's sheet: one row of nine per respondent.
    private func answers() throws -> [[Int]] {
        let text = try String(contentsOf: Repository.content.appendingPathComponent("layanan/skm-2025.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let header = try XCTUnwrap(lines.firstIndex { $0.first == "NO" })
        let first = try XCTUnwrap(lines[header].firstIndex(of: "U1"))
        return lines[(header + 1)...].map { row in row[first..<(first + 9)].map { Int($0)! } }
    }

    /// `numerator / denominator` to two decimals, half up, written "3,48".
    private func twoDecimals(_ numerator: Int, _ denominator: Int) -> String {
        let hundredths = (numerator * 200 + denominator) / (2 * denominator)
        return "\(hundredths / 100),\(String(format: "%02d", hundredths % 100))"
    }

    func testEveryFigureOnTheSurveyPageIsWorkedFromTheAnswers() throws {
        let rows = try answers()
        XCTAssertEqual(rows.count, 40)
        let sums = (0..<9).map { element in rows.reduce(0) { $0 + $1[element] } }
        let page = VisibleText.of(try site.html("layanan/skm-tahun-2025.html"))
        for (element, sum) in sums.enumerated() {
            let name = SatisfactionSurvey.Element(rawValue: element + 1)!.name
            let row = "U\(element + 1) \(name)"
            let figures = "\(twoDecimals(sum, rows.count)) \(twoDecimals(sum * 25, rows.count))"
            XCTAssertTrue(page.contains(row + " " + figures) || page.contains(row + " (terendah) " + figures), "\(row): \(figures)")
        }
        // IKM: the nine means' mean times 25 = 25 x (sum of all answers) / (9 x respondents).
        let ikm = twoDecimals(25 * sums.reduce(0, +), 9 * rows.count)
        XCTAssertEqual(ikm, "86,32")
        XCTAssertTrue(page.contains("\(ikm) Indeks Kepuasan Masyarakat (IKM) B mutu pelayanan: Baik 40 responden"), page)
        XCTAssertTrue(page.contains("IKM (rata-rata NRR kesembilan unsur × 25) \(ikm)"))
        let lowest = sums.enumerated().min { $0.element < $1.element }!.offset + 1
        XCTAssertTrue(page.contains("Unsur dengan nilai terendah: U\(lowest) "), "U\(lowest)")
        XCTAssertTrue(page.contains("data rekaan"), "the example says its figures are made up")
    }

    func testTheIndexListsTheSurveyAndEveryPageLinksToIt() throws {
        let index = VisibleText.of(try site.html(SitePaths.services))
        XCTAssertTrue(index.contains("Tahun 2025 40 86,32 B (Baik)"), index)
        XCTAssertTrue(try site.html(SitePaths.home).contains("href=\"layanan/index.html\">Layanan Publik</a>"))
        XCTAssertTrue(try site.html(SitePaths.services).contains("href=\"../layanan/skm-tahun-2025.html\""))
    }

    func testTheChartIsDescribedForScreenReaders() throws {
        let html = try site.html("layanan/skm-tahun-2025.html")
        XCTAssertTrue(html.contains("role=\"img\" aria-labelledby=\"grafik-skm-judul grafik-skm-uraian\""))
        XCTAssertTrue(html.contains("<desc id=\"grafik-skm-uraian\">Nilai konversi setiap unsur pada skala 25 sampai 100: U1 Persyaratan "))
        XCTAssertEqual(html.components(separatedBy: "class=\"batang\"").count - 1, 9)
    }
}
