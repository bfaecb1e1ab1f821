/// Checks the monev sheets against the plan and the evidence folder: every
/// row must name a step of the plan once, every file it names must be there,
/// and what it reports must hold together.
struct MonevCheck {
    let plan: Plan
    let planYear: Int?
    let evidence: [String: EvidenceFile]
    /// Comparison steps each sheet may spend on suggesting a code, and as
    /// many on suggesting a file: a sheet of thousands of unknown codes is
    /// reported row by row, the rows past the budget without a suggestion.
    var suggestionBudget = Suggestion.sheetBudget

    /// The period with each row's code written as the plan writes it ("i.1.A"
    /// is I.1.a); rows with an unknown or repeated code are reported and left out.
    func check(_ period: MonevPeriod, diagnostics: inout DiagnosticList) -> MonevPeriod {
        let codes = Dictionary(plan.actions.map { ($0.code.lowercased(), $0.code) }, uniquingKeysWith: { first, _ in first })
        var seen: [String: Int] = [:]
        var codeSuggestion: Suggestion?, fileSuggestion: Suggestion?
        var checked = period
        checked.entries = []
        for var entry in period.entries {
            let here = place(entry, .code, in: period)
            guard let code = codes[entry.code.lowercased()] else {
                var message = "kode '\(entry.code)' tidak ada di rencana aksi"
                if codeSuggestion == nil { codeSuggestion = Suggestion(among: codes.values, budget: suggestionBudget) }
                if let closest = codeSuggestion?.closest(to: entry.code) { message += " (mungkin maksudnya '\(closest)'?)" }
                diagnostics.error(here, message + ". Kode setiap langkah ada di kolom Kode halaman Lampiran")
                continue
            }
            entry.code = code
            if let first = seen[code] {
                diagnostics.error(here, "langkah \(code) sudah dilaporkan di baris \(first); setiap langkah cukup satu baris, gabungkan kedua baris")
                continue
            }
            seen[code] = entry.row
            checkEntry(entry, in: period, fileSuggestion: &fileSuggestion, diagnostics: &diagnostics)
            checked.entries.append(entry)
        }
        return checked
    }

    /// The columns whose cells the check names, kept with each entry.
    static let columns: [MonevSheetReader.Column] = [.code, .dateDone, .evidence, .note]

    /// Where the entry's cell in `column` is; the row's start when the sheet has no such column.
    private func place(_ entry: ProgressEntry, _ column: MonevSheetReader.Column, in period: MonevPeriod) -> SourceLocation {
        entry.places[column.rawValue] ?? SourceLocation(file: period.file, line: entry.line)
    }

    private func checkEntry(_ entry: ProgressEntry, in period: MonevPeriod, fileSuggestion: inout Suggestion?,
                            diagnostics: inout DiagnosticList) {
        switch entry.status {
        case .done:
            if !entry.evidenceWritten {
                diagnostics.warning(place(entry, .evidence, in: period), "langkah \(entry.code) berstatus selesai tetapi belum ada BUKTI; tambahkan berkas di folder bukti atau tautannya")
            }
            if !entry.dateWritten {
                diagnostics.warning(place(entry, .dateDone, in: period), "langkah \(entry.code) berstatus selesai tetapi TANGGAL SELESAI kosong; isi tanggalnya agar tampil di jadwal")
            }
        case .notCarriedOut where entry.note.isEmpty:
            diagnostics.error(place(entry, .note, in: period), "langkah \(entry.code) berstatus tidak dilaksanakan tanpa alasan; tulis alasannya di kolom CATATAN")
        default:
            break
        }
        if let date = entry.dateDone {
            if let planYear, date.year != planYear {
                diagnostics.warning(place(entry, .dateDone, in: period), "TANGGAL SELESAI \(IndonesianFormat.date(date)) di luar tahun rencana \(planYear); periksa tahunnya")
            }
            if period.asOf < date {
                diagnostics.warning(place(entry, .dateDone, in: period), "TANGGAL SELESAI \(IndonesianFormat.date(date)) sesudah tanggal data periode ini (\(IndonesianFormat.date(period.asOf))); periksa tanggalnya")
            }
        }
        for case .file(let path) in entry.evidence where evidence[path] == nil {
            var message = "berkas bukti '\(path)' tidak ada di folder bukti"
            if fileSuggestion == nil { fileSuggestion = Suggestion(among: evidence.keys, budget: suggestionBudget) }
            if let closest = fileSuggestion?.closest(to: path) { message += " (mungkin maksudnya '\(closest)'?)" }
            diagnostics.error(place(entry, .evidence, in: period), message + ". Periksa nama berkas dan foldernya")
        }
    }
}
