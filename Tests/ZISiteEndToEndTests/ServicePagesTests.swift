import Foundation
import XCTest
@testable import ZISite

/// Builds the example and checks every figure of its service pages against
/// its sheets, worked here independently of zisite's analysis.
final class ServicePagesTests: XCTestCase {
    private var scratch: ScratchFolder!
    private var site: BuiltSite!

    override func setUpWithError() throws {
        scratch = try ScratchFolder()
        site = BuiltSite.example(in: scratch)
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

    func testTheIndexListsTheSurveyAndTheRegisterAndEveryPageLinksToIt() throws {
        let index = VisibleText.of(try site.html(SitePaths.services))
        XCTAssertTrue(index.contains("Tahun 2025 40 86,32 B (Baik)"), index)
        XCTAssertTrue(index.contains("Tahun 2025 14 10 7,2 hari"), index)
        XCTAssertTrue(index.contains("Tahun 2025 Survei Persepsi Anti Korupsi 40 3,65"), index)
        XCTAssertTrue(index.contains("Tahun pelaporan 2025 32 30 93,75%"), index)
        XCTAssertTrue(index.contains("Tahun 2025 Laporan Whistleblowing System (WBS) Nihil"), index)
        XCTAssertTrue(try site.html(SitePaths.home).contains("href=\"layanan/index.html\">Layanan Publik</a>"))
        XCTAssertTrue(try site.html(SitePaths.services).contains("href=\"../layanan/skm-tahun-2025.html\""))
    }

    func testTheChartIsDescribedForScreenReaders() throws {
        let html = try site.html("layanan/skm-tahun-2025.html")
        XCTAssertTrue(html.contains("role=\"img\" aria-labelledby=\"grafik-skm-judul grafik-skm-uraian\""))
        XCTAssertTrue(html.contains("<desc id=\"grafik-skm-uraian\">Nilai konversi setiap unsur pada skala 25 sampai 100: U1 Persyaratan "))
        XCTAssertEqual(html.components(separatedBy: "class=\"batang\"").count - 1, 9)
    }

    /// The register's rows: received, channel, state, resolved (dd/mm/yyyy).
    private func register() throws -> [[String]] {
        let text = try String(contentsOf: Repository.content.appendingPathComponent("layanan/dumas-2025.csv"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let header = try XCTUnwrap(lines.firstIndex { $0.first == "NO" })
        return lines[(header + 1)...].map { Array($0[1...4]) }
    }

    /// Days between two dd/mm/yyyy dates, by Foundation's Gregorian calendar.
    private func days(_ from: String, _ to: String) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta")!
        func date(_ text: String) -> Date {
            let parts = text.split(separator: "/").map { Int($0)! }
            return calendar.date(from: DateComponents(year: parts[2], month: parts[1], day: parts[0]))!
        }
        return calendar.dateComponents([.day], from: date(from), to: date(to)).day!
    }

    func testEveryFigureOnTheComplaintPageIsWorkedFromTheRegister() throws {
        let rows = try register()
        let page = VisibleText.of(try site.html("layanan/pengaduan-tahun-2025.html"))
        func tenths(_ total: Int, _ count: Int) -> String {
            let value = (total * 20 + count) / (2 * count)
            return value % 10 == 0 ? "\(value / 10) hari" : "\(value / 10),\(value % 10) hari"
        }
        func figures(_ subset: [[String]]) -> String {
            let resolved = subset.filter { $0[2] == "selesai" }
            let waiting = subset.filter { $0[2] == "diterima" }.count
            let inProcess = subset.filter { $0[2] == "sedang diproses" }.count
            let average = resolved.isEmpty ? "–" : tenths(resolved.reduce(0) { $0 + days($1[0], $1[3]) }, resolved.count)
            return "\(subset.count) \(waiting) \(inProcess) \(resolved.count) \(average)"
        }
        XCTAssertTrue(page.contains("Jumlah " + figures(rows)), figures(rows))
        for quarter in 1...4 {
            let subset = rows.filter { (Int($0[0].split(separator: "/")[1])! - 1) / 3 + 1 == quarter }
            let numeral = ["I", "II", "III", "IV"][quarter - 1]
            XCTAssertTrue(page.contains("Triwulan \(numeral) 2025 " + figures(subset)), "Triwulan \(numeral): \(figures(subset))")
        }
        for channel in Set(rows.map { $0[1] }) {
            let subset = rows.filter { $0[1] == channel }
            XCTAssertTrue(page.contains("\(channel) " + figures(subset)), "\(channel): \(figures(subset))")
        }
        XCTAssertFalse(page.contains("Permintaan salinan keputusan"), "what a complaint was about is not published")
        XCTAssertTrue(page.contains("data rekaan"))
    }

    /// The rows under a sheet's header, the header being the row whose first cell is `first`.
    private func sheet(_ name: String, header first: String) throws -> [[String]] {
        let text = try String(contentsOf: Repository.content.appendingPathComponent("layanan/\(name)"), encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
        let header = try XCTUnwrap(lines.firstIndex { $0.first == first })
        return Array(lines[(header + 1)...])
    }

    func testEveryFigureOnThePerceptionPagesIsWorkedFromTheCounts() throws {
        for (kind, name) in [("ipak", "Indeks Persepsi Anti Korupsi (IPAK)"), ("ipkp", "Indeks Persepsi Kualitas Pelayanan (IPKP)")] {
            let rows = try sheet("\(kind)-2025.csv", header: "NO")
            let page = VisibleText.of(try site.html("layanan/\(kind)-tahun-2025.html"))
            var meanSum = 0.0
            for row in rows {
                let counts = row[2...5].map { Int($0)! }
                let answered = counts.reduce(0, +)
                let sum = counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
                meanSum += Double(sum) / Double(answered)
                let figures = counts.map(String.init).joined(separator: " ") + " \(answered) \(twoDecimals(sum, answered))"
                let text = "P\(row[0]) \(row[1])"
                XCTAssertTrue(page.contains("\(text) \(figures)") || page.contains("\(text) (terendah) \(figures)"), "\(text): \(figures)")
            }
            // The index: the mean of the question means, to two decimals (no mean here sits on a half).
            let index = String(format: "%.2f", meanSum / Double(rows.count)).replacingOccurrences(of: ".", with: ",")
            XCTAssertTrue(page.contains("\(index) \(name), skala 1–4"), "\(kind): \(index)")
            XCTAssertTrue(page.contains("data rekaan"))
        }
    }

    func testEveryFigureOnTheWealthReportPageIsWorkedFromTheRoll() throws {
        let rows = try sheet("lhkpn-2025.csv", header: "LAPORAN").map { ($0[0], $0[1], Int($0[2])!, Int($0[3])!) }
        let page = VisibleText.of(try site.html("layanan/lhkpn-tahun-pelaporan-2025.html"))
        func figures(_ obliged: Int, _ filed: Int) -> String {
            "\(obliged) \(filed) \(obliged - filed) \(twoDecimals(filed * 100, obliged))%"
        }
        for (number, row) in rows.enumerated() {
            XCTAssertTrue(page.contains("K\(number + 1) \(row.0) \(row.1) \(figures(row.2, row.3))"), row.1)
        }
        for report in ["LHKPN", "LHKASN"] {
            let subset = rows.filter { $0.0 == report }
            XCTAssertTrue(page.contains("\(report) \(figures(subset.reduce(0) { $0 + $1.2 }, subset.reduce(0) { $0 + $1.3 }))"), report)
        }
        let total = figures(rows.reduce(0) { $0 + $1.2 }, rows.reduce(0) { $0 + $1.3 })
        XCTAssertTrue(page.contains("Jumlah \(total)"), total)
        XCTAssertTrue(page.contains("data rekaan"))
    }

    func testTheGratificationPageCountsTheRegisterWithoutWhatWasGiven() throws {
        let rows = try sheet("gratifikasi-2025.csv", header: "NO")
        let page = VisibleText.of(try site.html("layanan/gratifikasi-tahun-2025.html"))
        XCTAssertTrue(page.contains("\(rows.count) laporan diterima"))
        for followUp in Set(rows.map { $0[3] }) {
            XCTAssertTrue(page.contains("\(followUp) \(rows.filter { $0[3] == followUp }.count)"), followUp)
        }
        XCTAssertTrue(page.contains("identitas pelapor dan terlapor serta isi laporan tidak diterbitkan"))
    }
}
