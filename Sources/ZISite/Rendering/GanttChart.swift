/// The plan against its months, drawn as SVG: a row per step under its
/// section, its target months as bars, a mark where it was done, and a line
/// at the data date. A table beside it says the same in words.
struct GanttChart {
    let words: SiteWords
    let root: String
    let report: ProgressReport?

    static let codeWidth = 64, monthWidth = 56, rowHeight = 18, sectionHeight = 22, top = 34

    /// The plan's target months, widened to show completions and the data
    /// date, but only within a year of the plan's year: a mistyped year
    /// (already a warning) must not stretch the chart over decades. The
    /// table below the chart still shows every month and date.
    var months: [YearMonth] {
        var all = words.content.plan.actions.flatMap(\.targetTime.months)
        all += report?.actions.compactMap { $0.state == .done ? $0.entry?.dateDone?.yearMonth : nil } ?? []
        if let asOf = report?.period.asOf { all.append(asOf.yearMonth) }
        let planYear = words.content.settings.planYear
        let shown = all.filter { (planYear - 1...planYear + 1).contains($0.year) }
        guard let first = shown.min(), let last = shown.max() else { return [] }
        return first.through(last)
    }

    func html() -> String {
        let months = self.months
        var html = "<figure class=\"grafik gantt\" id=\"jadwal\">\n<figcaption id=\"jadwal-keterangan\">Jadwal langkah aksi per bulan"
        if let first = months.first, let last = months.last {
            html += ", \(IndonesianFormat.monthYear(first)) sampai \(IndonesianFormat.monthYear(last))"
        }
        html += "<br><span class=\"keterangan-grafik\">Batang: bulan target. Lingkaran: tanggal selesai."
        if let report { html += " Garis putus-putus: tanggal data \(IndonesianFormat.date(report.period.asOf))." }
        html += " Urutan dan isi yang sama ada pada tabel di bawahnya.</span></figcaption>\n"
        guard !months.isEmpty else { return html + "<p>Belum ada data: tidak ada langkah aksi dengan bulan target.</p>\n</figure>\n" }
        html += svg(months) + "</figure>\n"
        return html + table()
    }

    /// One SVG per section, each with the month header, so that a printed
    /// page breaks between sections and never through a row.
    private func svg(_ months: [YearMonth]) -> String {
        words.content.plan.sections.enumerated().map { index, section in
            svg(section, id: "jadwal-\(index + 1)", months: months)
        }.joined()
    }

    private func svg(_ section: Section, id: String, months: [YearMonth]) -> String {
        let width = Self.codeWidth + months.count * Self.monthWidth + 8
        var shapes = monthHeader(months)
        var y = Self.top
        shapes += "<rect x=\"0\" y=\"\(y)\" width=\"\(width)\" height=\"\(Self.sectionHeight)\" \(ChartPaint.ganttSection)/>"
        shapes += "<text x=\"4\" y=\"\(y + 15)\" \(ChartPaint.boldLabel)>Bagian \(section.numeral)</text>\n"
        y += Self.sectionHeight
        for action in section.actions {
            shapes += row(action, y: y, months: months)
            y += Self.rowHeight
        }
        if let asOf = report?.period.asOf, let x = x(of: asOf, in: months) {
            shapes += "<line x1=\"\(x)\" y1=\"\(Self.top - 4)\" x2=\"\(x)\" y2=\"\(y)\" \(ChartPaint.ganttToday)/>\n"
        }
        let title = "Jadwal \(words.sectionTitle(section))"
        let summary = "\(section.actions.count) langkah aksi per bulan target; rinciannya ada pada tabel jadwal."
        return "<svg class=\"grafik-svg gantt-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(y + 4)\" width=\"\(width)\" height=\"\(y + 4)\" role=\"img\" aria-labelledby=\"\(id)-judul \(id)-uraian\">\n"
            + "<title id=\"\(id)-judul\">\(HTML.escape(title))</title>\n<desc id=\"\(id)-uraian\">\(HTML.escape(summary))</desc>\n"
            + shapes + "</svg>\n"
    }

    private func monthHeader(_ months: [YearMonth]) -> String {
        var shapes = ""
        for (index, month) in months.enumerated() {
            let x = Self.codeWidth + index * Self.monthWidth + Self.monthWidth / 2
            shapes += "<text x=\"\(x)\" y=\"14\" text-anchor=\"middle\" \(ChartPaint.label)>\(IndonesianFormat.shortMonthNames[month.month - 1])</text>"
            if index == 0 || month.month == 1 {
                shapes += "<text x=\"\(x)\" y=\"28\" text-anchor=\"middle\" \(ChartPaint.label)>\(month.year)</text>"
            }
        }
        return shapes + "\n"
    }

    private func row(_ action: Action, y: Int, months: [YearMonth]) -> String {
        var shapes = "<text x=\"4\" y=\"\(y + 13)\" \(ChartPaint.label)>\(HTML.escape(action.code))</text>"
        for month in action.targetTime.months {
            guard let index = months.firstIndex(of: month) else { continue }
            shapes += "<rect x=\"\(Self.codeWidth + index * Self.monthWidth + 2)\" y=\"\(y + 4)\" width=\"\(Self.monthWidth - 4)\" height=\"\(Self.rowHeight - 8)\" \(ChartPaint.ganttTarget)/>"
        }
        if let progress = report?.progress(of: action.code), progress.state == .done,
           let done = progress.entry?.dateDone, let x = x(of: done, in: months) {
            shapes += "<circle cx=\"\(x)\" cy=\"\(y + Self.rowHeight / 2)\" r=\"5\" \(ChartPaint.ganttDone)/>"
        }
        return shapes + "\n"
    }

    /// Where a day falls on the month axis; nil when its month is not shown.
    private func x(of date: CalendarDate, in months: [YearMonth]) -> Int? {
        guard let index = months.firstIndex(of: date.yearMonth) else { return nil }
        let share = Double(date.day) / Double(CalendarDate.daysIn(month: date.month, year: date.year))
        return Self.codeWidth + index * Self.monthWidth + Int((share * Double(Self.monthWidth)).rounded())
    }

    private func table() -> String {
        var html = "<div class=\"tabel-gulir\" role=\"region\" aria-labelledby=\"tabel-jadwal-judul\" tabindex=\"0\">\n<table class=\"tabel-ringkas\" id=\"tabel-jadwal\">\n"
        html += "<caption id=\"tabel-jadwal-judul\">Jadwal langkah aksi</caption>\n<thead><tr><th scope=\"col\">Kode</th><th scope=\"col\">Langkah aksi</th>"
        html += "<th scope=\"col\">Bulan target</th><th scope=\"col\">Status</th><th scope=\"col\">Tanggal selesai</th></tr></thead>\n"
        for section in words.content.plan.sections {
            html += "<tbody>\n<tr class=\"baris-bagian\"><th scope=\"rowgroup\" colspan=\"5\"><a href=\"\(root)\(SitePaths.section(section))\">Bagian \(section.numeral)</a> \(RichTextHTML.html(section.title))</th></tr>\n"
            for action in section.actions {
                let progress = report?.progress(of: action.code)
                let months = action.targetTime.months.map(IndonesianFormat.shortMonthYear).joined(separator: ", ")
                html += "<tr><th scope=\"row\" class=\"kode\">\(HTML.escape(action.code))</th><td>\(RichTextHTML.html(action.text))</td>"
                html += "<td>\(HTML.escape(months.isEmpty ? action.targetTime.text : months))</td>"
                html += "<td>\(progress.map { StatusBadge.html($0.state) } ?? "")</td>"
                html += "<td>" + (progress?.entry?.dateDone.map { "<time datetime=\"\($0.iso)\">\(IndonesianFormat.date($0))</time>" } ?? "") + "</td></tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n</div>\n"
    }
}
