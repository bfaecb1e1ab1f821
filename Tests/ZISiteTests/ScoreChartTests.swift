import XCTest
@testable import ZISite

final class ScoreChartTests: XCTestCase {
    private func chart(reference: Decimal?) -> String {
        ScoreChart(id: "grafik-uji", title: "Judul <uji>", description: "Uraian & angka",
                   scores: [.init(label: "P1", value: 4, shown: "4,00"), .init(label: "P<2>", value: 1, shown: "1,00")],
                   scale: 4, ticks: [0, 2, 4], reference: reference).svg()
    }

    /// Bars start at 48 and a full bar is 432 wide: 4 of 4 is 432, 1 of 4 is 108; the line at 3 of 4 is at 48 + 324.
    func testBarsAreToScaleWithTheirValuesAndTheReferenceLine() {
        let svg = chart(reference: 3)
        XCTAssertTrue(svg.contains("<rect x=\"48\" y=\"8\" width=\"432\" height=\"18\" \(ChartPaint.bar)/>"), svg)
        XCTAssertTrue(svg.contains("<rect x=\"48\" y=\"36\" width=\"108\" height=\"18\" \(ChartPaint.bar)/>"), svg)
        XCTAssertTrue(svg.contains(">4,00</text>") && svg.contains(">1,00</text>"))
        XCTAssertTrue(svg.contains("<line x1=\"372\" y1=\"4\" x2=\"372\" y2=\"64\" \(ChartPaint.reference)/>"), svg)
        XCTAssertFalse(chart(reference: nil).contains("garis-acuan"))
    }

    func testTheChartIsTitledAndDescribedAndEscaped() {
        let svg = chart(reference: nil)
        XCTAssertTrue(svg.contains("role=\"img\" aria-labelledby=\"grafik-uji-judul grafik-uji-uraian\""))
        XCTAssertTrue(svg.contains("<title id=\"grafik-uji-judul\">Judul &lt;uji&gt;</title>"))
        XCTAssertTrue(svg.contains("<desc id=\"grafik-uji-uraian\">Uraian &amp; angka</desc>"))
        XCTAssertTrue(svg.contains(">P&lt;2&gt;</text>"))
    }
}
