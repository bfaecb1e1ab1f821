/// Reads one monev sheet (format version 1): a table as a spreadsheet saves
/// it, CSV with comma or semicolon or tab-separated, that opens with the
/// period and its data date, then one row per action step:
///
///     PERIODE;Triwulan IV 2025
///     DATA PER;31/12/2025
///     PETUNJUK;(how to fill the sheet; not read)
///
///     KODE;LANGKAH AKSI;TARGET WAKTU;TARGET CAPAIAN;STATUS;REALISASI;TANGGAL SELESAI;BUKTI;CATATAN
///     I.1.a;Membentuk tim kerja;Oktober 2025;1 (satu) Dokumen;selesai;1 Dokumen;15/10/2025;AREA I/SK Tim.pdf;
///
/// LANGKAH AKSI, TARGET WAKTU and TARGET CAPAIAN are copies of the plan for
/// orientation and are not read. BUKTI holds file paths inside `bukti/` or
/// http(s) links, several separated by line breaks or semicolons.
public enum MonevSheetReader {
    enum Column: String, CaseIterable {
        case code = "KODE"
        case status = "STATUS"
        case realisation = "REALISASI"
        case dateDone = "TANGGAL SELESAI"
        case evidence = "BUKTI"
        case note = "CATATAN"
    }

    /// Columns copied from the plan for orientation.
    static let planColumns: Set<String> = ["BAGIAN", "KOMPONEN", "LANGKAH AKSI", "TARGET WAKTU", "TARGET CAPAIAN"]
    static let periodLabel = "PERIODE"
    static let asOfLabel = "DATA PER"
    /// A row of guidance for the team, above the header; not read.
    static let guidanceLabel = "PETUNJUK"

    public static func read(text: String, file: String, diagnostics: inout DiagnosticList) -> MonevPeriod? {
        let separator = DelimitedTextReader.detectSeparator(Substring(text))
        let rows = DelimitedTextReader.read(text, separator: separator, file: file, diagnostics: &diagnostics)
        guard let headerIndex = rows.firstIndex(where: isHeader) else {
            diagnostics.error(SourceLocation(file: file, line: 1),
                              "baris judul kolom tidak ditemukan; lembar monev perlu baris berisi kolom \(Column.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        let metadata = self.metadata(rows[..<headerIndex], file: file, diagnostics: &diagnostics)
        let columns = self.columns(rows[headerIndex], file: file, diagnostics: &diagnostics)
        var entries: [ProgressEntry] = []
        for row in rows[(headerIndex + 1)...] where !row.isBlank {
            if let entry = entry(row, columns: columns, separator: separator, file: file, diagnostics: &diagnostics) {
                entries.append(entry)
            }
        }
        guard let metadata else { return nil }
        return MonevPeriod(name: metadata.name, asOf: metadata.asOf, file: file, entries: entries, asOfLine: metadata.line)
    }

    private static func isHeader(_ row: DelimitedRow) -> Bool {
        let names = Set(row.cells.map { label($0.text) })
        return names.contains(Column.code.rawValue) && names.contains(Column.status.rawValue)
    }

    private static func label(_ text: String) -> String { KeyedSheet.label(text) }

    private static func metadata(_ rows: ArraySlice<DelimitedRow>, file: String,
                                 diagnostics: inout DiagnosticList) -> (name: String, asOf: CalendarDate, line: Int)? {
        var name: String?, asOf: CalendarDate?, asOfLine = 1
        for row in rows where !row.isBlank {
            let key = label(row.cells[0].text)
            let valueCell = row.cells.dropFirst().first { !$0.text.allSatisfy(\.isWhitespace) }
            let value = valueCell.map { folded($0.text) } ?? ""
            let location = SourceLocation(file: file, line: row.line, column: valueCell?.column ?? 1)
            switch key {
            case periodLabel:
                name = value.isEmpty ? nil : value
            case guidanceLabel:
                continue
            case asOfLabel:
                asOf = IndonesianDateReader.read(value)
                asOfLine = row.line
                if asOf == nil {
                    diagnostics.error(location, "DATA PER '\(value)' bukan tanggal yang ada; tulis seperti 31/12/2025, 2025-12-31 atau 31 Desember 2025")
                    return nil
                }
            default:
                diagnostics.warning(SourceLocation(file: file, line: row.line),
                                    "baris di atas judul kolom ini tidak dikenal dan diabaikan; di atas judul kolom hanya ada baris PERIODE, DATA PER dan PETUNJUK")
            }
        }
        guard let name else {
            diagnostics.error(SourceLocation(file: file, line: 1), "nama periode belum ada; tambahkan baris pertama 'PERIODE' diikuti nama periode, misalnya Triwulan IV 2025")
            return nil
        }
        guard let asOf else {
            diagnostics.error(SourceLocation(file: file, line: 1), "tanggal data belum ada; tambahkan baris 'DATA PER' diikuti tanggal akhir periode, misalnya 31/12/2025")
            return nil
        }
        return (name, asOf, asOfLine)
    }

    private static func columns(_ header: DelimitedRow, file: String, diagnostics: inout DiagnosticList) -> [Column: Int] {
        var columns: [Column: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            let name = label(cell.text)
            if let column = Column(rawValue: name) {
                if columns[column] == nil { columns[column] = index }
            } else if !name.isEmpty, !planColumns.contains(name), name != "NO" {
                var message = "kolom '\(cell.text)' tidak dikenal dan diabaikan"
                if let closest = Suggestion.closest(to: name, among: Column.allCases.map(\.rawValue)) {
                    message += "; mungkin maksudnya '\(closest)'?"
                }
                diagnostics.warning(SourceLocation(file: file, line: cell.line, column: cell.column), message)
            }
        }
        return columns
    }

    private static func entry(_ row: DelimitedRow, columns: [Column: Int], separator: Character, file: String,
                              diagnostics: inout DiagnosticList) -> ProgressEntry? {
        func cell(_ column: Column) -> DelimitedRow.Cell? {
            columns[column].flatMap { $0 < row.cells.count ? row.cells[$0] : nil }
        }
        func text(_ column: Column) -> String { cell(column).map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) } ?? "" }
        func location(_ column: Column) -> SourceLocation {
            SourceLocation(file: file, line: cell(column)?.line ?? row.line, column: cell(column)?.column ?? 1)
        }

        let code = text(.code)
        guard !code.isEmpty else {
            diagnostics.error(location(.code), "baris ini tidak punya KODE langkah aksi; isi kodenya seperti di halaman rencana aksi (misalnya I.1.a)")
            return nil
        }
        var status: ProgressStatus?
        let statusText = folded(text(.status)).lowercased()
        if !statusText.isEmpty {
            status = ProgressStatus(rawValue: statusText)
            if status == nil {
                var message = "STATUS '\(text(.status))' tidak dikenal; tulis salah satu: \(ProgressStatus.allCases.map(\.rawValue).joined(separator: ", "))"
                if let closest = Suggestion.closest(to: statusText, among: ProgressStatus.allCases.map(\.rawValue)) {
                    message += " (mungkin maksudnya '\(closest)'?)"
                }
                diagnostics.error(location(.status), message)
            }
        }
        let realisationText = text(.realisation)
        var dateDone: CalendarDate?
        if !text(.dateDone).isEmpty {
            dateDone = IndonesianDateReader.read(text(.dateDone))
            if dateDone == nil {
                diagnostics.error(location(.dateDone), "TANGGAL SELESAI '\(text(.dateDone))' bukan tanggal yang ada; tulis seperti 15/10/2025, 2025-10-15 atau 15 Oktober 2025")
            }
        }
        let evidence = EvidenceReferenceReader.read(text(.evidence), location: location(.evidence), diagnostics: &diagnostics)
        return ProgressEntry(code: code, status: status,
                             realisation: realisationText.isEmpty ? nil : TargetQuantityReader.read(realisationText),
                             dateDone: dateDone, evidence: evidence, note: text(.note), line: row.line,
                             dateWritten: !text(.dateDone).isEmpty, evidenceWritten: !text(.evidence).isEmpty)
    }

    private static func folded(_ text: String) -> String { KeyedSheet.folded(text) }
}
