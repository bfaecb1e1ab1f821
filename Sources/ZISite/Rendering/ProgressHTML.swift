/// Progress figures as HTML: completion bars in a table, and the count of
/// steps in each state.
enum ProgressHTML {
    struct Row {
        /// Already HTML (may hold a link).
        var labelHTML: String
        var completion: Completion
    }

    /// A table with one bar per row: the label, "3 dari 5", the bar with its
    /// percentage, and the assessment sheet's grade.
    static func table(id: String, caption: String, labelHeader: String, rows: [Row]) -> String {
        var html = "<div class=\"tabel-gulir\" role=\"region\" aria-labelledby=\"\(id)-judul\" tabindex=\"0\">\n"
        html += "<table class=\"tabel-kemajuan\" id=\"\(id)\">\n<caption id=\"\(id)-judul\">\(HTML.escape(caption))</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(HTML.escape(labelHeader))</th><th scope=\"col\" class=\"angka-sel\">Langkah selesai</th>"
        html += "<th scope=\"col\">Kemajuan</th><th scope=\"col\">Dilaksanakan</th></tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr><th scope=\"row\">\(row.labelHTML)</th>"
            html += "<td class=\"angka-sel\">\(IndonesianFormat.integer(row.completion.done)) dari \(IndonesianFormat.integer(row.completion.steps))</td>"
            html += "<td>\(bar(row.completion))</td><td>\(HTML.escape(row.completion.grade.rawValue))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }

    /// A bar drawn in SVG with the percentage written beside it.
    static func bar(_ completion: Completion) -> String {
        let width = Int((completion.percent * 1.2).rounded())
        return "<span class=\"batang-kemajuan\"><svg viewBox=\"0 0 120 12\" width=\"120\" height=\"12\" aria-hidden=\"true\" focusable=\"false\">"
            + "<rect x=\"0.5\" y=\"0.5\" width=\"119\" height=\"11\" \(ChartPaint.progressTrack)/><rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"12\" \(ChartPaint.progressDone)/></svg> "
            + "\(IndonesianFormat.percent(completion.percent))</span>"
    }

    /// "12 selesai · 3 terlambat · ...", each with its shape, zero counts left out.
    static func stateCounts(_ counts: [ActionState: Int]) -> String {
        let items = ActionState.allCases.compactMap { state -> String? in
            guard let count = counts[state], count > 0 else { return nil }
            return "<li class=\"status-\(StatusBadge.cssName(state))\">\(StatusBadge.shape(state)) <span class=\"angka\">\(IndonesianFormat.integer(count))</span> \(HTML.escape(state.rawValue))</li>"
        }
        return "<ul class=\"jumlah-status\">" + items.joined() + "</ul>\n"
    }
}
