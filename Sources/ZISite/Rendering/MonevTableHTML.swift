/// A period's full progress table: every step of the plan, section by
/// section, with its status, realisation, date, evidence and note.
struct MonevTableHTML {
    let words: SiteWords
    let root: String

    static let headers = ["Kode", "Langkah aksi", "Target waktu", "Target capaian", "Status", "Realisasi", "Tanggal selesai", "Bukti", "Catatan"]

    func table(_ report: ProgressReport, id: String, rows: [ProgressReport.ActionProgress]? = nil) -> String {
        let steps = StepProgressHTML(words: words, root: root)
        let shown = Set((rows ?? report.actions).map(\.action.code))
        var html = "<div class=\"tabel-gulir\" role=\"region\" aria-labelledby=\"\(id)-judul\" tabindex=\"0\">\n"
        html += "<table class=\"tabel-monev\" id=\"\(id)\">\n<caption id=\"\(id)-judul\">Kemajuan langkah aksi, \(HTML.escape(report.period.name)), data per \(IndonesianFormat.date(report.period.asOf))</caption>\n"
        html += "<thead><tr>" + Self.headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead>\n"
        for section in report.sections {
            let actions = section.section.actions.compactMap { action in shown.contains(action.code) ? report.progress(of: action.code) : nil }
            guard !actions.isEmpty else { continue }
            html += "<tbody>\n<tr class=\"baris-bagian\"><th scope=\"rowgroup\" colspan=\"\(Self.headers.count)\">"
            html += "<a href=\"\(root)\(SitePaths.section(section.section))\">Bagian \(section.section.numeral)</a> \(RichTextHTML.html(section.section.title))</th></tr>\n"
            for progress in actions {
                let action = progress.action
                html += "<tr><th scope=\"row\" class=\"kode\"><a href=\"\(root)\(SitePaths.step(action, in: section.section))\">\(HTML.escape(action.code))</a></th>"
                html += "<td>\(RichTextHTML.html(action.text))</td>"
                html += "<td>\(HTML.escape(action.targetTime.text))</td><td>\(HTML.escape(action.targetQuantity.text))</td>"
                html += "<td>\(StatusBadge.html(progress.state))</td>"
                html += "<td>\(HTML.escape(steps.realisation(progress)))</td>"
                html += "<td>" + (progress.entry?.dateDone.map { "<time datetime=\"\($0.iso)\">\(IndonesianFormat.date($0))</time>" } ?? "") + "</td>"
                html += "<td>\(steps.evidence(progress.entry?.evidence ?? []))</td>"
                html += "<td>\(HTML.escape(progress.entry?.note ?? ""))</td></tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n</div>\n"
    }
}
