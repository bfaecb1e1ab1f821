/// Reads a complaint register (`layanan/dumas-*.csv`): the period, the
/// source and an optional note, then one row per complaint:
///
///     PERIODE;Tahun 2025
///     SUMBER;Register pengaduan masyarakat KPU Kota Kendari
///
///     NO;TANGGAL DITERIMA;SALURAN;STATUS;TANGGAL SELESAI
///     1;06/01/2025;Surel;selesai;13/01/2025
///
/// STATUS is diterima, (sedang) diproses or selesai (ditindaklanjuti). A
/// register without rows is a period without complaints, unless it has a
/// NIHIL row that does not say ya (`NihilStatement`). Only
/// counts are published: other columns are not read, and columns that name
/// a person are warned about.
enum ComplaintRegisterReader {
    enum Column: String, CaseIterable {
        case received = "TANGGAL DITERIMA"
        case channel = "SALURAN"
        case state = "STATUS"
        case resolved = "TANGGAL SELESAI"
    }

    static func read(text: String, file: String, diagnostics: inout DiagnosticList) -> ComplaintRegister? {
        read(SheetTable(text: text, file: file, diagnostics: &diagnostics), file: file, diagnostics: &diagnostics)
    }

    static func read(_ table: SheetTable, file: String, diagnostics: inout DiagnosticList) -> ComplaintRegister? {
        let expected = "register pengaduan perlu baris judul berisi kolom \(Column.allCases.map(\.rawValue).joined(separator: ", "))"
        guard let sheet = KeyedSheet(table, file: file, keys: ["PERIODE", "SUMBER", "CATATAN", NihilStatement.key], expected: expected,
                                     isHeader: { $0.contains(Column.received.rawValue) || $0.contains(Column.state.rawValue) },
                                     diagnostics: &diagnostics) else { return nil }
        let period = sheet.required("PERIODE", file: file, example: "Tahun 2025", &diagnostics)
        let source = sheet.required("SUMBER", file: file, example: "Register pengaduan masyarakat KPU Kota Kendari", &diagnostics)
        guard let columnOf = sheet.columns(Column.allCases.map { ($0, $0.rawValue) }, need: expected, file: file, &diagnostics) else {
            return nil
        }
        PersonalDataColumns.warn(sheet, file: file, &diagnostics)
        var complaints: [ComplaintRegister.Complaint] = []
        var valid = true
        for row in sheet.rows {
            if let complaint = complaint(row, columnOf, in: sheet, &diagnostics) {
                complaints.append(complaint)
            } else {
                valid = false
            }
        }
        let stated = NihilStatement.holds(sheet, count: sheet.rows.count, what: "pengaduan", &diagnostics)
        guard let period, let source, valid, stated else { return nil }
        return ComplaintRegister(period: period, source: source, note: sheet.optional("CATATAN"), file: file, complaints: complaints)
    }

    private static func complaint(_ row: DelimitedRow, _ columnOf: [Column: Int], in sheet: KeyedSheet,
                                  _ diagnostics: inout DiagnosticList) -> ComplaintRegister.Complaint? {
        func text(_ column: Column) -> String { KeyedSheet.text(row, columnOf[column]) }
        func location(_ column: Column) -> SourceLocation { sheet.location(row, columnOf[column]) }
        guard let received = IndonesianDateReader.read(text(.received)) else {
            diagnostics.error(location(.received), "TANGGAL DITERIMA '\(text(.received))' bukan tanggal yang ada; tulis seperti 06/01/2025, 2025-01-06 atau 6 Januari 2025")
            return nil
        }
        let channel = text(.channel)
        guard !channel.isEmpty else {
            diagnostics.error(location(.channel), "SALURAN kosong; tulis cara pengaduan ini masuk, misalnya Surel, Telepon atau Datang langsung")
            return nil
        }
        let stateText = text(.state).lowercased()
        guard let state = ComplaintRegister.State.allCases.first(where: { $0.rawValue == stateText || $0.shortWord == stateText }) else {
            var message = "STATUS '\(text(.state))' tidak dikenal; tulis salah satu: diterima, diproses, selesai"
            if let closest = Suggestion.closest(to: stateText, among: ComplaintRegister.State.allCases.map(\.shortWord)) {
                message += " (mungkin maksudnya '\(closest)'?)"
            }
            diagnostics.error(location(.state), message)
            return nil
        }
        var resolved: CalendarDate?
        if !text(.resolved).isEmpty {
            guard let day = IndonesianDateReader.read(text(.resolved)) else {
                diagnostics.error(location(.resolved), "TANGGAL SELESAI '\(text(.resolved))' bukan tanggal yang ada; tulis seperti 13/01/2025, 2025-01-13 atau 13 Januari 2025")
                return nil
            }
            guard received <= day else {
                diagnostics.error(location(.resolved), "TANGGAL SELESAI \(IndonesianFormat.date(day)) sebelum TANGGAL DITERIMA \(IndonesianFormat.date(received)); periksa kedua tanggal")
                return nil
            }
            resolved = day
        }
        if state == .resolved, resolved == nil {
            diagnostics.error(location(.resolved), "pengaduan berstatus selesai tetapi TANGGAL SELESAI kosong; isi tanggalnya agar lama penyelesaian dapat dihitung")
            return nil
        }
        return ComplaintRegister.Complaint(line: row.number, received: received, channel: channel, state: state, resolved: resolved)
    }
}
