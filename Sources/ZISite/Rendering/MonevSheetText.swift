/// A new monev sheet for a period, prefilled with every step of the plan:
/// the step's text and targets for orientation, and the progress columns
/// empty or carried over from the last period.
///
/// Written as an Indonesian Excel opens a CSV file by double-click
/// (`DelimitedTextWriter.spreadsheetText`).
public enum MonevSheetText {
    static let guidance = "Isi STATUS dengan: belum dimulai, dalam proses, selesai, atau tidak dilaksanakan (tulis alasannya di CATATAN). "
        + "REALISASI: angka dan satuan (misalnya 1 Dokumen) atau kalimat. TANGGAL SELESAI: misalnya 15/10/2025. "
        + "BUKTI: nama berkas di folder bukti (misalnya AREA I/SK Tim.pdf) atau tautan https://; beberapa bukti dipisah baris baru. "
        + "Kolom LANGKAH AKSI sampai TARGET CAPAIAN hanya salinan rencana aksi dan tidak dibaca."

    public static func text(plan: Plan, period: String, asOf: CalendarDate, carriedFrom previous: MonevPeriod?) -> String {
        let carried = previous?.reported ?? [:]
        var rows: [[String]] = [
            [MonevSheetReader.periodLabel, period],
            [MonevSheetReader.asOfLabel, asOf.iso],
            [MonevSheetReader.guidanceLabel, guidance],
            [],
            ["KODE", "LANGKAH AKSI", "TARGET WAKTU", "TARGET CAPAIAN", "STATUS", "REALISASI", "TANGGAL SELESAI", "BUKTI", "CATATAN"],
        ]
        for action in plan.actions {
            let entry = carried[action.code]
            rows.append([
                action.code,
                // Copies for orientation, never read back: a formula in them must not run in Excel.
                SpreadsheetFormula.neutralised(action.text.plain), SpreadsheetFormula.neutralised(action.targetTime.text),
                SpreadsheetFormula.neutralised(action.targetQuantity.text),
                entry?.status?.rawValue ?? "",
                entry?.realisation?.text ?? "",
                entry?.dateDone?.iso ?? "",
                entry?.evidence.map(written).joined(separator: "\n") ?? "",
                entry?.note ?? "",
            ])
        }
        return DelimitedTextWriter.spreadsheetText(rows)
    }

    private static func written(_ reference: EvidenceReference) -> String {
        switch reference {
        case .file(let path): path
        case .link(let url): url
        }
    }
}
