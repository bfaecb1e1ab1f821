import Foundation

/// The nine elements of a satisfaction survey as horizontal bars on the
/// 25-100 scale, with the index as a line across them: SVG drawn at build
/// time, titled and described for screen readers. The numbers are in the
/// table beside it on the page.
struct SurveyChart {
    let id: String
    let index: SatisfactionIndex
    let period: String

    func svg() -> String {
        let labelWidth = 40, barArea = 440, rowHeight = 28, barHeight = 18, top = 8
        let height = top + index.elements.count * rowHeight + 26
        let x = { (value: Decimal) in labelWidth + Int(truncating: NSDecimalNumber(decimal: value * Decimal(barArea) / 100)) }
        let title = "Nilai unsur Survei Kepuasan Masyarakat \(period)"
        var svg = "<svg class=\"grafik-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(labelWidth + barArea + 60) \(height)\" "
            + "role=\"img\" aria-labelledby=\"\(id)-judul \(id)-uraian\">\n"
            + "<title id=\"\(id)-judul\">\(HTML.escape(title))</title>\n"
            + "<desc id=\"\(id)-uraian\">\(HTML.escape(description))</desc>\n"
        for (row, score) in index.elements.enumerated() {
            let y = top + row * rowHeight
            let end = x(score.converted)
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 14)\" text-anchor=\"end\" class=\"label-grafik\">\(score.element.code)</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(end - labelWidth)\" height=\"\(barHeight)\" class=\"batang\"/>"
            // Values in a column of their own, clear of the index line.
            svg += "<text x=\"\(labelWidth + barArea + 8)\" y=\"\(y + 14)\" class=\"nilai-grafik\">\(IndonesianFormat.fixed(score.converted, fractionDigits: 2))</text>\n"
        }
        let axis = top + index.elements.count * rowHeight
        svg += "<line x1=\"\(labelWidth)\" y1=\"\(axis)\" x2=\"\(labelWidth + barArea)\" y2=\"\(axis)\" class=\"sumbu\"/>"
        for tick in [0, 25, 50, 75, 100] {
            svg += "<text x=\"\(x(Decimal(tick)))\" y=\"\(axis + 16)\" text-anchor=\"middle\" class=\"label-grafik\">\(tick)</text>"
        }
        if let ikm = index.index {
            let line = x(ikm)
            svg += "\n<line x1=\"\(line)\" y1=\"\(top - 4)\" x2=\"\(line)\" y2=\"\(axis)\" class=\"garis-acuan\"/>"
        }
        return svg + "\n</svg>\n"
    }

    /// The chart in one sentence.
    var description: String {
        var text = index.elements.map { "\($0.element.code) \($0.element.name) \(IndonesianFormat.fixed($0.converted, fractionDigits: 2))" }
            .joined(separator: ", ")
        if let ikm = index.index, let grade = index.grade {
            text += "; garis tegak menandai IKM \(IndonesianFormat.fixed(ikm, fractionDigits: 2)), mutu \(grade.rawValue) (\(grade.words))"
        }
        return "Nilai konversi setiap unsur pada skala 25 sampai 100: " + text + "."
    }
}
