/// A period's full progress table: every step of the plan, section by
/// section, with its status, realisation, date, evidence and note.
struct MonevTableHTML {
    let words: SiteWords
    let root: String

    static let headers = ["Kode", "Langkah aksi", "Target waktu", "Target capaian", "Status", "Realisasi", "Tanggal selesai", "Bukti", "Catatan"]
    /// Each row's opening and each data cell's opening, made once for every row of every table.
    private static let rowStart = "<tr\(StackedTable.row)><th scope=\"row\" class=\"kode\"\(StackedTable.rowHeader(label: headers[0]))>"
    private static let cellStarts = headers.map { "<td\(StackedTable.cell(label: $0))>" }

    func table(_ report: ProgressReport, id: String, rows: [ProgressReport.ActionProgress]? = nil) -> String {
        let steps = StepProgressHTML(words: words, root: root)
        let shown = Set((rows ?? report.actions).map(\.action.code))
        var html = "<div class=\"tabel-gulir\" role=\"region\" aria-labelledby=\"\(id)-judul\" tabindex=\"0\">\n"
        html += "<table\(StackedTable.table(class: "tabel-monev")) id=\"\(id)\">\n<caption id=\"\(id)-judul\">Kemajuan langkah aksi, \(HTML.escape(report.period.name)), data per \(IndonesianFormat.date(report.period.asOf))</caption>\n"
        html += "<thead\(StackedTable.rowGroup)><tr\(StackedTable.row)>" + Self.headers.map { "<th scope=\"col\"\(StackedTable.columnHeader)>\($0)</th>" }.joined() + "</tr></thead>\n"
        for section in report.sections {
            let actions = section.section.actions.compactMap { action in shown.contains(action.code) ? report.progress(of: action.code) : nil }
            guard !actions.isEmpty else { continue }
            html += "<tbody\(StackedTable.rowGroup)>\n<tr class=\"baris-bagian\"\(StackedTable.row)><th scope=\"rowgroup\" colspan=\"\(Self.headers.count)\"\(StackedTable.groupHeader)>"
            html += "<a href=\"\(root)\(SitePaths.section(section.section))\">Bagian \(section.section.numeral)</a> \(RichTextHTML.html(section.section.title))</th></tr>\n"
            for progress in actions {
                let action = progress.action
                let cells = [
                    "<a href=\"\(root)\(SitePaths.step(action, in: section.section))\">\(HTML.escape(action.code))</a>",
                    RichTextHTML.html(action.text),
                    HTML.escape(action.targetTime.text),
                    HTML.escape(action.targetQuantity.text),
                    StatusBadge.html(progress.state),
                    HTML.escape(steps.realisation(progress)),
                    progress.entry?.dateDone.map { "<time datetime=\"\($0.iso)\">\(IndonesianFormat.date($0))</time>" } ?? "",
                    steps.evidence(progress.entry?.evidence ?? []),
                    HTML.escape(progress.entry?.note ?? ""),
                ]
                html += Self.rowStart + cells[0] + "</th>"
                for (start, cell) in zip(Self.cellStarts, cells).dropFirst() {
                    html += start + cell + "</td>"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n</div>\n"
    }
}
