import Foundation

/// One step's reported progress as HTML: its state, what was achieved against
/// the target, when, and links to its evidence.
struct StepProgressHTML {
    let words: SiteWords
    /// Where links start from ("" or "../").
    let root: String

    /// The state, realisation and date in one cell, for a section's table.
    func summary(_ progress: ProgressReport.ActionProgress) -> String {
        var html = StatusBadge.html(progress.state)
        let realised = realisation(progress)
        if !realised.isEmpty { html += "<br>\(HTML.escape(realised))" }
        if let done = progress.entry?.dateDone {
            html += "<br><time datetime=\"\(done.iso)\">\(IndonesianFormat.date(done))</time>"
        }
        return html
    }

    /// "2 dari 4 Kegiatan (50%)", or the sentence as written.
    func realisation(_ progress: ProgressReport.ActionProgress) -> String {
        guard let realisation = progress.entry?.realisation else { return "" }
        guard let percent = progress.realisationPercent, let realised = realisation.amount,
              let target = progress.action.targetQuantity.amount else { return realisation.text }
        let unit = progress.action.targetQuantity.unit ?? realisation.unit ?? ""
        return "\(IndonesianFormat.decimal(realised, fractionDigits: 2)) dari \(IndonesianFormat.decimal(target, fractionDigits: 2))"
            + (unit.isEmpty ? "" : " \(unit)") + " (\(IndonesianFormat.percent(percent)))"
    }

    /// A list of links to the step's evidence, files with their type and size.
    func evidence(_ references: [EvidenceReference]) -> String {
        guard !references.isEmpty else { return "" }
        let items = references.map { "<li>\(link($0))</li>" }
        return "<ul class=\"daftar-bukti\">" + items.joined() + "</ul>"
    }

    func link(_ reference: EvidenceReference) -> String {
        switch reference {
        case .file(let path):
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard let sitePath = words.evidencePaths[path],
                  let file = words.evidenceFiles[path] else { return HTML.escape(name) }
            return "<a href=\"\(HTML.escape(root + sitePath))\">\(HTML.escape(name))</a> <span class=\"redup\">(\(HTML.escape(file.kind)), \(IndonesianFormat.fileSize(file.size)))</span>"
        case .link(let url):
            let host = URL(string: url)?.host ?? url
            return "<a href=\"\(HTML.escape(url))\" rel=\"external\">Tautan \(HTML.escape(host))</a>"
        }
    }
}
