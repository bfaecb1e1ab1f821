/// A bar chart drawn as SVG at build time, with the same numbers in a table
/// beside it so that screen readers, printouts and copy-paste all get them.
struct BarChart {
    enum Orientation {
        /// Bars run left to right, one row per bar: for few bars with long labels.
        case horizontal
        /// Bars stand side by side: for a run of months.
        case vertical
    }

    struct Bar {
        /// The short label drawn on the chart ("II", "Sep 2025").
        var label: String
        /// The label in the table and the text equivalent ("II. Penataan ...").
        var fullLabel: String
        var value: Int
        /// Where the label in the table links to, if anywhere.
        var href: String?
    }

    var id: String
    var title: String
    /// The chart's numbers as one sentence, read by screen readers.
    var summary: String
    var caption: String
    var labelHeader: String
    var valueHeader: String
    var bars: [Bar]
    var orientation: Orientation
    /// The label of a total row under the table ("Jumlah"); nil when a total
    /// would count things twice.
    var totalLabel: String? = nil

    func html() -> String {
        var html = "<figure class=\"grafik\" id=\"\(id)\">\n"
        html += "<figcaption id=\"\(id)-keterangan\">\(HTML.escape(title))<br><span class=\"keterangan-grafik\">\(HTML.escape(caption))</span></figcaption>\n"
        if bars.isEmpty {
            html += "<p>Belum ada data.</p>\n"
        } else {
            html += svg() + table()
        }
        return html + "</figure>\n"
    }

    private var largest: Int { max(bars.map(\.value).max() ?? 0, 1) }

    private func svg() -> String {
        let drawing = orientation == .horizontal ? horizontalBars() : verticalBars()
        // A few columns drawn full width would stand a page tall: a column
        // chart grows to at most one and a half times its drawn size.
        let limit = orientation == .vertical ? " style=\"max-width: \(drawing.width * 3 / 2)px\"" : ""
        return "<svg class=\"grafik-svg\"\(limit) xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(drawing.width) \(drawing.height)\" "
            + "role=\"img\" aria-labelledby=\"\(id)-judul \(id)-uraian\">\n"
            + "<title id=\"\(id)-judul\">\(HTML.escape(title))</title>\n"
            + "<desc id=\"\(id)-uraian\">\(HTML.escape(summary))</desc>\n"
            + drawing.shapes + "</svg>\n"
    }

    private func horizontalBars() -> (width: Int, height: Int, shapes: String) {
        let labelWidth = 64, barArea = 420, rowHeight = 30, barHeight = 20
        var shapes = ""
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 5
            let length = bar.value * barArea / largest
            shapes += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\" \(ChartPaint.label)>\(HTML.escape(bar.label))</text>"
            shapes += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(length)\" height=\"\(barHeight)\" \(ChartPaint.bar)/>"
            shapes += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 15)\" \(ChartPaint.value)>\(IndonesianFormat.integer(bar.value))</text>\n"
        }
        return (labelWidth + barArea + 48, bars.count * rowHeight + 10, shapes)
    }

    private func verticalBars() -> (width: Int, height: Int, shapes: String) {
        let columnWidth = 56, barWidth = 36, barArea = 160, top = 24
        var shapes = "<line x1=\"0\" y1=\"\(top + barArea)\" x2=\"\(bars.count * columnWidth)\" y2=\"\(top + barArea)\" \(ChartPaint.axis)/>\n"
        for (index, bar) in bars.enumerated() {
            let x = index * columnWidth + (columnWidth - barWidth) / 2
            let centre = index * columnWidth + columnWidth / 2
            let length = bar.value * barArea / largest
            shapes += "<rect x=\"\(x)\" y=\"\(top + barArea - length)\" width=\"\(barWidth)\" height=\"\(length)\" \(ChartPaint.bar)/>"
            shapes += "<text x=\"\(centre)\" y=\"\(top + barArea - length - 6)\" text-anchor=\"middle\" \(ChartPaint.value)>\(IndonesianFormat.integer(bar.value))</text>"
            let lines = bar.label.split(separator: " ", maxSplits: 1)
            for (lineIndex, line) in lines.enumerated() {
                shapes += "<text x=\"\(centre)\" y=\"\(top + barArea + 18 + lineIndex * 16)\" text-anchor=\"middle\" \(ChartPaint.label)>\(HTML.escape(String(line)))</text>"
            }
            shapes += "\n"
        }
        return (bars.count * columnWidth, top + barArea + 44, shapes)
    }

    private func table() -> String {
        var html = "<table class=\"tabel-grafik\">\n<thead><tr><th scope=\"col\">\(HTML.escape(labelHeader))</th>"
        html += "<th scope=\"col\" class=\"angka-sel\">\(HTML.escape(valueHeader))</th></tr></thead>\n<tbody>\n"
        for bar in bars {
            let label = bar.href.map { "<a href=\"\(HTML.escape($0))\">\(HTML.escape(bar.fullLabel))</a>" } ?? HTML.escape(bar.fullLabel)
            html += "<tr><th scope=\"row\">\(label)</th><td class=\"angka-sel\">\(IndonesianFormat.integer(bar.value))</td></tr>\n"
        }
        html += "</tbody>\n"
        if let totalLabel {
            let total = bars.reduce(0) { $0 + $1.value }
            html += "<tfoot><tr><th scope=\"row\">\(HTML.escape(totalLabel))</th><td class=\"angka-sel\">\(IndonesianFormat.integer(total))</td></tr></tfoot>\n"
        }
        return html + "</table>\n"
    }
}
