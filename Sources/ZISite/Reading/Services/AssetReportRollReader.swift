/// Reads a wealth-report compliance sheet (`layanan/lhkpn-*.csv`): the
/// period, the source and an optional note, then one row per group of
/// officials with how many must report and how many have:
///
///     PERIODE;Tahun pelaporan 2025
///     SUMBER;Rekapitulasi e-LHKPN dan SIHARKA, Subbagian SDM
///
///     LAPORAN;KELOMPOK;WAJIB LAPOR;SUDAH LAPOR
///     LHKPN;Ketua dan Anggota;5;5
///     LHKASN;Pelaksana;18;16
enum AssetReportRollReader {
    enum Column: String, CaseIterable {
        case report = "LAPORAN"
        case group = "KELOMPOK"
        case obliged = "WAJIB LAPOR"
        case filed = "SUDAH LAPOR"
    }

    static func read(text: String, file: String, diagnostics: inout DiagnosticList) -> AssetReportRoll? {
        read(SheetTable(text: text, file: file, diagnostics: &diagnostics), file: file, diagnostics: &diagnostics)
    }

    static func read(_ table: SheetTable, file: String, diagnostics: inout DiagnosticList) -> AssetReportRoll? {
        let expected = "lembar LHKPN/LHKASN perlu baris judul berisi kolom \(Column.allCases.map(\.rawValue).joined(separator: ", "))"
        guard let sheet = KeyedSheet(table, file: file, keys: ["PERIODE", "SUMBER", "CATATAN"], expected: expected,
                                     isHeader: { $0.contains(Column.obliged.rawValue) || $0.contains(Column.report.rawValue) },
                                     diagnostics: &diagnostics) else { return nil }
        let period = sheet.required("PERIODE", file: file, example: "Tahun pelaporan 2025", &diagnostics)
        let source = sheet.required("SUMBER", file: file, example: "Rekapitulasi e-LHKPN dan SIHARKA, Subbagian SDM", &diagnostics)
        guard let columnOf = sheet.columns(Column.allCases.map { ($0, $0.rawValue) }, need: expected, file: file, &diagnostics) else {
            return nil
        }
        PersonalDataColumns.warn(sheet, file: file, &diagnostics)
        var groups: [AssetReportRoll.Group] = []
        var valid = true
        for row in sheet.rows {
            let label = [columnOf[.group], columnOf[.report]].map { KeyedSheet.text(row, $0) }.first { !$0.isEmpty } ?? ""
            if TotalRow.isTotal(label) {
                TotalRow.warn(label, at: sheet.location(row), &diagnostics)
                continue
            }
            guard let group = group(row, columnOf, in: sheet, &diagnostics) else {
                valid = false
                continue
            }
            if let earlier = groups.first(where: { $0.report == group.report && $0.name.lowercased() == group.name.lowercased() }) {
                diagnostics.error(sheet.location(row),
                                  "kelompok \(group.report.rawValue) '\(group.name)' sudah ada di baris \(earlier.line); setiap kelompok cukup satu baris")
                valid = false
                continue
            }
            groups.append(group)
        }
        if valid, groups.isEmpty {
            diagnostics.error(sheet.location(sheet.header),
                              "lembar LHKPN/LHKASN belum berisi kelompok; tambahkan satu baris untuk setiap kelompok wajib lapor di bawah judul kolom")
            return nil
        }
        guard let period, let source, valid else { return nil }
        return AssetReportRoll(period: period, source: source, note: sheet.optional("CATATAN"), file: file, groups: groups)
    }

    private static func group(_ row: DelimitedRow, _ columnOf: [Column: Int], in sheet: KeyedSheet,
                              _ diagnostics: inout DiagnosticList) -> AssetReportRoll.Group? {
        func text(_ column: Column) -> String { KeyedSheet.text(row, columnOf[column]) }
        func location(_ column: Column) -> SourceLocation { sheet.location(row, columnOf[column]) }
        guard !text(.report).isEmpty else {
            diagnostics.error(location(.report), "LAPORAN kosong; tulis LHKPN atau LHKASN di setiap baris (sel yang digabung di Excel hanya berisi di baris pertamanya)")
            return nil
        }
        guard let report = AssetReportRoll.Report.allCases.first(where: { $0.rawValue == text(.report).uppercased() }) else {
            diagnostics.error(location(.report), "LAPORAN '\(text(.report))' tidak dikenal; tulis LHKPN (penyelenggara negara) atau LHKASN (aparatur sipil negara lainnya)")
            return nil
        }
        let name = text(.group)
        guard !name.isEmpty else {
            diagnostics.error(location(.group), "KELOMPOK kosong; tulis kelompok wajib lapor, misalnya Ketua dan Anggota, Pejabat struktural atau Pelaksana")
            return nil
        }
        var counts: [Int] = []
        for column in [Column.obliged, .filed] {
            guard !text(column).isEmpty else {
                diagnostics.error(location(column), "\(column.rawValue) kosong; tulis jumlah orangnya, atau 0 bila tidak ada")
                return nil
            }
            guard let count = KeyedSheet.count(text(column)) else {
                diagnostics.error(location(column), "\(column.rawValue) '\(text(column))' bukan jumlah orang; tulis bilangan bulat dari 0 sampai 9.999.999, misalnya 12")
                return nil
            }
            counts.append(count)
        }
        guard counts[1] <= counts[0] else {
            diagnostics.error(location(.filed), "SUDAH LAPOR \(counts[1]) lebih dari WAJIB LAPOR \(counts[0]); yang sudah lapor tidak dapat melebihi yang wajib lapor")
            return nil
        }
        return AssetReportRoll.Group(line: row.number, report: report, name: name, obliged: counts[0], filed: counts[1])
    }
}
