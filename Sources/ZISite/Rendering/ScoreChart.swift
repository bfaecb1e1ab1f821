import Foundation

/// Scores as horizontal bars on a fixed scale (an index's elements, a
/// survey's questions, a compliance share per group), with an optional
/// line across them marking the overall figure: SVG drawn at build time,
/// titled and described for screen readers. The numbers are in the table
/// beside it on the page.
struct ScoreChart {
    struct Score {
        /// The short label drawn left of the bar ("U1", "P3").
        var label: String
        var value: Decimal
        /// The value as shown right of the bar ("86,25", "95,00%").
        var shown: String
    }

    let id: String
    let title: String
    /// The chart in one sentence.
    let description: String
    let scores: [Score]
    /// The value of a full bar.
    let scale: Decimal
    /// The values marked under the axis.
    let ticks: [Decimal]
    /// Where the line across the bars goes; nil for none.
    var reference: Decimal? = nil

    func svg() -> String {
        let labelWidth = 48, barArea = 432, rowHeight = 28, barHeight = 18, top = 8
        let height = top + scores.count * rowHeight + 26
        let x = { (value: Decimal) in labelWidth + Int(truncating: NSDecimalNumber(decimal: value * Decimal(barArea) / scale)) }
        var svg = "<svg class=\"grafik-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(labelWidth + barArea + 72) \(height)\" "
            + "role=\"img\" aria-labelledby=\"\(id)-judul \(id)-uraian\">\n"
            + "<title id=\"\(id)-judul\">\(HTML.escape(title))</title>\n"
            + "<desc id=\"\(id)-uraian\">\(HTML.escape(description))</desc>\n"
        for (row, score) in scores.enumerated() {
            let y = top + row * rowHeight
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 14)\" text-anchor=\"end\" \(ChartPaint.label)>\(HTML.escape(score.label))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(x(score.value) - labelWidth)\" height=\"\(barHeight)\" \(ChartPaint.bar)/>"
            // Values in a column of their own, clear of the reference line.
            svg += "<text x=\"\(labelWidth + barArea + 8)\" y=\"\(y + 14)\" \(ChartPaint.value)>\(HTML.escape(score.shown))</text>\n"
        }
        let axis = top + scores.count * rowHeight
        svg += "<line x1=\"\(labelWidth)\" y1=\"\(axis)\" x2=\"\(labelWidth + barArea)\" y2=\"\(axis)\" \(ChartPaint.axis)/>"
        for tick in ticks {
            svg += "<text x=\"\(x(tick))\" y=\"\(axis + 16)\" text-anchor=\"middle\" \(ChartPaint.label)>\(IndonesianFormat.fixed(tick, fractionDigits: 0))</text>"
        }
        if let reference {
            let line = x(reference)
            svg += "\n<line x1=\"\(line)\" y1=\"\(top - 4)\" x2=\"\(line)\" y2=\"\(axis)\" \(ChartPaint.reference)/>"
        }
        return svg + "\n</svg>\n"
    }
}
