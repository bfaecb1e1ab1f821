/// Reads a register of gratification reports (`layanan/gratifikasi-*.csv`)
/// or whistle-blowing reports (`layanan/wbs-*.csv`): the period, the source
/// and an optional note, then one row per report:
///
///     PERIODE;Tahun 2025
///     SUMBER;Register Unit Pengendalian Gratifikasi KPU Kota Kendari
///
///     NO;TANGGAL LAPOR;JENIS;TINDAK LANJUT
///     1;10/02/2025;Penolakan;Dilaporkan ke KPK
///
/// JENIS is optional. A register without rows says there was no report
/// (nihil), unless it has a NIHIL row that does not say ya
/// (`NihilStatement`). Only the date, the kind and the follow-up are read.
enum IntegrityReportRegisterReader {
    enum Column: String, CaseIterable {
        case received = "TANGGAL LAPOR"
        case followUp = "TINDAK LANJUT"
    }

    static let typeColumn = "JENIS"

    static func read(_ kind: IntegrityReportRegister.Kind, text: String, file: String,
                     diagnostics: inout DiagnosticList) -> IntegrityReportRegister? {
        read(kind, SheetTable(text: text, file: file, diagnostics: &diagnostics), file: file, diagnostics: &diagnostics)
    }

    static func read(_ kind: IntegrityReportRegister.Kind, _ table: SheetTable, file: String,
                     diagnostics: inout DiagnosticList) -> IntegrityReportRegister? {
        let expected = "register \(kind.nameInSentence) perlu baris judul berisi kolom TANGGAL LAPOR dan TINDAK LANJUT (JENIS boleh ditambahkan)"
        guard let sheet = KeyedSheet(table, file: file, keys: ["PERIODE", "SUMBER", "CATATAN", NihilStatement.key], expected: expected,
                                     isHeader: { $0.contains(Column.received.rawValue) || $0.contains(Column.followUp.rawValue) },
                                     diagnostics: &diagnostics) else { return nil }
        let period = sheet.required("PERIODE", file: file, example: "Tahun 2025", &diagnostics)
        let source = sheet.required("SUMBER", file: file, example: "Register Unit Pengendalian Gratifikasi KPU Kota Kendari", &diagnostics)
        guard let columnOf = sheet.columns(Column.allCases.map { ($0, $0.rawValue) }, need: expected, file: file, &diagnostics) else {
            return nil
        }
        PersonalDataColumns.warn(sheet, file: file, &diagnostics)
        let typeColumn = sheet.columns.firstIndex(of: typeColumn)
        var reports: [IntegrityReportRegister.Report] = []
        var valid = true
        for row in sheet.rows {
            let date = KeyedSheet.text(row, columnOf[.received])
            guard !date.isEmpty else {
                diagnostics.error(sheet.location(row, columnOf[.received]),
                                  "TANGGAL LAPOR kosong; isi tanggal laporan ini diterima, misalnya 10/02/2025")
                valid = false
                continue
            }
            guard let received = IndonesianDateReader.read(date) else {
                diagnostics.error(sheet.location(row, columnOf[.received]),
                                  "TANGGAL LAPOR '\(date)' bukan tanggal yang ada; tulis seperti 10/02/2025, 2025-02-10 atau 10 Februari 2025")
                valid = false
                continue
            }
            let followUp = KeyedSheet.text(row, columnOf[.followUp])
            guard !followUp.isEmpty else {
                diagnostics.error(sheet.location(row, columnOf[.followUp]),
                                  "TINDAK LANJUT kosong; tulis keadaan laporan ini, misalnya Dalam proses, Diteruskan ke KPK atau Selesai ditindaklanjuti")
                valid = false
                continue
            }
            let type = KeyedSheet.text(row, typeColumn)
            reports.append(.init(line: row.number, received: received, type: type.isEmpty ? nil : type, followUp: followUp))
        }
        let stated = NihilStatement.holds(sheet, count: sheet.rows.count, what: "laporan", &diagnostics)
        guard let period, let source, valid, stated else { return nil }
        return IntegrityReportRegister(kind: kind, period: period, source: source, note: sheet.optional("CATATAN"), file: file, reports: reports)
    }
}
