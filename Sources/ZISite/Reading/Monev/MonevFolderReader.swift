import Foundation

/// Reads the progress of a content folder: every sheet in `monev/` and the
/// evidence files in `bukti/` they name, checked against the plan.
enum MonevFolderReader {
    static let sheetsFolder = "monev"
    static let evidenceFolder = "bukti"

    static func read(folder: String, plan: Plan?, settings: Settings?,
                     diagnostics: inout DiagnosticList) -> (periods: [MonevPeriod], evidence: [EvidenceFile]) {
        let content = ContentFolder(folder)
        let evidenceFiles = EvidenceFolderReader.read(folder: ContentReader.path(folder, evidenceFolder), of: content, diagnostics: &diagnostics)
        var periods: [MonevPeriod] = []
        for path in SheetFolder.sheets(in: ContentReader.path(folder, sheetsFolder), of: content, what: "lembar monev", diagnostics: &diagnostics) {
            guard let table = SheetFolder.table(path, of: content, diagnostics: &diagnostics),
                  let period = MonevSheetReader.read(table, file: path, diagnostics: &diagnostics) else { continue }
            if let other = periods.first(where: { $0.name.lowercased() == period.name.lowercased() || $0.asOf == period.asOf }) {
                diagnostics.error(SourceLocation(file: path, line: 1),
                                  "periode '\(period.name)' (data per \(IndonesianFormat.date(period.asOf))) sama dengan periode di \(other.file); setiap periode cukup satu lembar")
                continue
            }
            // Each period has a page named after it, next to the period index.
            let slug = Slug.make(period.name, fallback: "periode")
            if slug == "index" {
                diagnostics.error(SourceLocation(file: path, line: 1),
                                  "nama periode '\(period.name)' tidak dapat dipakai karena alamat halamannya sama dengan daftar semua periode; ubah nama periodenya")
                continue
            }
            if let other = periods.first(where: { Slug.make($0.name, fallback: "periode") == slug }) {
                diagnostics.error(SourceLocation(file: path, line: 1),
                                  "periode '\(period.name)' akan ditulis ke alamat yang sama dengan periode '\(other.name)' di \(other.file) (monev/\(slug).html); bedakan nama kedua periode")
                continue
            }
            periods.append(period)
        }
        periods.sort { $0.asOf < $1.asOf }

        let byPath = Dictionary(evidenceFiles.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        if let plan {
            let check = MonevCheck(plan: plan, planYear: settings?.planYear, evidence: byPath)
            periods = periods.map { check.check($0, diagnostics: &diagnostics) }
        }
        let named = Set(periods.flatMap { $0.entries.flatMap(\.evidence) })
        let limit = settings?.evidenceSizeLimit ?? Settings.defaultEvidenceSizeLimit
        var refused: Set<String> = []
        for file in evidenceFiles {
            let shown = ContentReader.path(ContentReader.path(folder, evidenceFolder), file.path)
            if !named.contains(.file(file.path)) {
                diagnostics.warning(SourceLocation(file: shown, line: 1),
                                    "berkas bukti ini tidak disebut di lembar monev mana pun dan tidak diterbitkan; sebutkan di kolom BUKTI atau pindahkan dari folder bukti")
            } else if ActiveEvidence.refused(file, shown: shown, diagnostics: &diagnostics) {
                refused.insert(file.path)
            } else if file.size > limit {
                diagnostics.warning(SourceLocation(file: shown, line: 1),
                                    "berkas bukti ini berukuran \(IndonesianFormat.fileSize(file.size)), lebih dari batas \(IndonesianFormat.fileSize(limit)); perkecil berkasnya (misalnya kompres PDF) atau naikkan 'bukti.batas_ukuran_mb'")
            }
        }
        return (periods, evidenceFiles.filter { named.contains(.file($0.path)) && !refused.contains($0.path) })
    }
}
