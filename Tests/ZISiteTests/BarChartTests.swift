import XCTest
@testable import ZISite

final class BarChartTests: XCTestCase {
    private func chart(_ bars: [BarChart.Bar], orientation: BarChart.Orientation = .horizontal, total: String? = "Jumlah") -> BarChart {
        BarChart(id: "grafik-uji", title: "Judul <uji>", summary: "Ringkasan & angka", caption: "Keterangan",
                 labelHeader: "Bagian", valueHeader: "Jumlah langkah aksi", bars: bars,
                 orientation: orientation, totalLabel: total)
    }

    private let bars = [
        BarChart.Bar(label: "I", fullLabel: "I. Manajemen Perubahan", value: 5, href: "bagian/i.html"),
        BarChart.Bar(label: "II", fullLabel: "II. Penataan <Tata> Laksana", value: 1234, href: nil),
    ]

    func testChartIsAnAccessibleFigureWithTitleAndDescription() {
        let html = chart(bars).html()
        XCTAssertTrue(html.hasPrefix("<figure class=\"grafik\" id=\"grafik-uji\">"))
        XCTAssertTrue(html.contains("role=\"img\" aria-labelledby=\"grafik-uji-judul grafik-uji-uraian\""))
        XCTAssertTrue(html.contains("<title id=\"grafik-uji-judul\">Judul &lt;uji&gt;</title>"))
        XCTAssertTrue(html.contains("<desc id=\"grafik-uji-uraian\">Ringkasan &amp; angka</desc>"))
        XCTAssertTrue(html.contains("<figcaption"))
    }

    func testTableCarriesTheSameNumbersAndTheTotal() {
        let html = chart(bars).html()
        XCTAssertTrue(html.contains("<tr><th scope=\"row\"><a href=\"bagian/i.html\">I. Manajemen Perubahan</a></th><td class=\"angka-sel\">5</td></tr>"))
        XCTAssertTrue(html.contains("<tr><th scope=\"row\">II. Penataan &lt;Tata&gt; Laksana</th><td class=\"angka-sel\">1.234</td></tr>"))
        XCTAssertTrue(html.contains("<tfoot><tr><th scope=\"row\">Jumlah</th><td class=\"angka-sel\">1.239</td></tr></tfoot>"))
        XCTAssertFalse(chart(bars, total: nil).html().contains("<tfoot>"))
    }

    func testBarLengthsAreProportional() {
        let html = chart([BarChart.Bar(label: "A", fullLabel: "A", value: 2, href: nil),
                          BarChart.Bar(label: "B", fullLabel: "B", value: 1, href: nil)]).html()
        XCTAssertTrue(html.contains("width=\"420\" height=\"20\""), html)
        XCTAssertTrue(html.contains("width=\"210\" height=\"20\""), html)
    }

    func testVerticalChartPutsMonthAndYearOnTwoLines() {
        let html = chart([BarChart.Bar(label: "Sep 2025", fullLabel: "September 2025", value: 3, href: nil)],
                         orientation: .vertical).html()
        XCTAssertTrue(html.contains(">Sep</text>"), html)
        XCTAssertTrue(html.contains(">2025</text>"), html)
        XCTAssertTrue(html.contains("height=\"160\""), html)
    }

    /// Two columns are drawn 112 wide: the chart may grow to 168 px, not to the page's width.
    func testAColumnChartGrowsToOneAndAHalfTimesItsDrawnSize() {
        XCTAssertTrue(chart(bars, orientation: .vertical).html().contains("<svg class=\"grafik-svg\" style=\"max-width: 168px\" xmlns="))
        XCTAssertTrue(chart(bars).html().contains("<svg class=\"grafik-svg\" xmlns="))
    }

    func testZeroValuesDrawNoBarButKeepTheirRow() {
        let html = chart([BarChart.Bar(label: "A", fullLabel: "A", value: 0, href: nil)]).html()
        XCTAssertTrue(html.contains("width=\"0\""), html)
        XCTAssertTrue(html.contains("<td class=\"angka-sel\">0</td>"), html)
    }

    func testEmptyChartSaysThereIsNoData() {
        let html = chart([]).html()
        XCTAssertTrue(html.contains("<p>Belum ada data.</p>"))
        XCTAssertFalse(html.contains("<svg"))
        XCTAssertFalse(html.contains("<table"))
    }
}
