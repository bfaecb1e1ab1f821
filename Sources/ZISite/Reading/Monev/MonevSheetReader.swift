/// Reads one monev sheet (format version 1): an Excel workbook's first
/// sheet, or a table as a spreadsheet saves it, CSV with comma or semicolon
/// or tab-separated, that opens with the period and its data date, then one
/// row per action step:
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
        read(SheetTable(text: text, file: file, diagnostics: &diagnostics), file: file, diagnostics: &diagnostics)
    }

    static func read(_ table: SheetTable, file: String, diagnostics: inout DiagnosticList) -> MonevPeriod? {
        let rows = table.rows
        var places = SheetPlaces(file: file)
        guard let headerIndex = rows.firstIndex(where: isHeader) else {
            table.reportUncalculated(places, &diagnostics)
            diagnostics.error(SourceLocation(file: file, line: 1),
                              "baris judul kolom tidak ditemukan; lembar monev perlu baris berisi kolom \(Column.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        places.header = rows[headerIndex]
        table.reportUncalculated(places, &diagnostics)
        let metadata = self.metadata(rows[..<headerIndex], places: places, diagnostics: &diagnostics)
        let columns = self.columns(rows[headerIndex], places: places, diagnostics: &diagnostics)
        var entries: [ProgressEntry] = []
        for row in rows[(headerIndex + 1)...] where !row.isBlank {
            if let entry = entry(row, columns: columns, places: places, diagnostics: &diagnostics) {
                entries.append(entry)
            }
        }
        guard let metadata else { return nil }
        return MonevPeriod(name: metadata.name, asOf: metadata.asOf, file: file, entries: entries, asOfLine: metadata.location.line,
                           asOfLocation: metadata.location)
    }

    private static func isHeader(_ row: DelimitedRow) -> Bool {
        let names = Set(row.cells.map { label($0.text) })
        return names.contains(Column.code.rawValue) && names.contains(Column.status.rawValue)
    }

    private static func label(_ text: String) -> String { KeyedSheet.label(text) }

    private static func metadata(_ rows: ArraySlice<DelimitedRow>, places: SheetPlaces,
                                 diagnostics: inout DiagnosticList) -> (name: String, asOf: CalendarDate, location: SourceLocation)? {
        let file = places.file
        var name: String?, asOf: CalendarDate?, asOfLocation = SourceLocation(file: file, line: 1)
        for row in rows where !row.isBlank {
            let key = label(row.cells[0].text)
            let valueIndex = row.cells.indices.dropFirst().first { !row.cells[$0].text.allSatisfy(\.isWhitespace) }
            let value = valueIndex.map { folded(row.cells[$0].text) } ?? ""
            let location = places.cell(row, valueIndex ?? 1)
            switch key {
            case periodLabel:
                name = value.isEmpty ? nil : value
            case guidanceLabel:
                continue
            case asOfLabel:
                asOf = IndonesianDateReader.read(value)
                asOfLocation = location
                if asOf == nil {
                    diagnostics.error(location, "DATA PER '\(value)' bukan tanggal yang ada; tulis seperti 31/12/2025, 2025-12-31 atau 31 Desember 2025")
                    return nil
                }
            default:
                diagnostics.warning(places.row(row),
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
        return (name, asOf, asOfLocation)
    }

    private static func columns(_ header: DelimitedRow, places: SheetPlaces, diagnostics: inout DiagnosticList) -> [Column: Int] {
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
                diagnostics.warning(places.cell(header, index), message)
            }
        }
        return columns
    }

    private static func entry(_ row: DelimitedRow, columns: [Column: Int], places: SheetPlaces,
                              diagnostics: inout DiagnosticList) -> ProgressEntry? {
        func text(_ column: Column) -> String {
            KeyedSheet.cell(row, columns[column]).map { $0.text.trimmingWhiteSpace } ?? ""
        }
        func location(_ column: Column) -> SourceLocation { places.cell(row, columns[column]) }

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
                             dateWritten: !text(.dateDone).isEmpty, evidenceWritten: !text(.evidence).isEmpty,
                             row: row.number, places: Dictionary(uniqueKeysWithValues: MonevCheck.columns.map { ($0.rawValue, location($0)) }))
    }

    private static func folded(_ text: String) -> String { KeyedSheet.folded(text) }
}
