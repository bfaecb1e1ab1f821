/// A row a spreadsheet adds under a table to sum it up ("Jumlah", "Total",
/// "Rata-rata"). zisite works these figures out itself, so such a row is
/// warned about and not read as one more question or group.
enum TotalRow {
    static let labels: Set<String> = ["jumlah", "total", "rata-rata", "rerata", "nilai rata-rata", "nrr", "indeks", "nilai indeks", "ipak", "ipkp"]

    /// Whether a row whose label cell says `label` sums up the rows above it.
    static func isTotal(_ label: String) -> Bool {
        let label = KeyedSheet.folded(label).lowercased()
        return labels.contains(label) || label.hasPrefix("jumlah ") || label.hasPrefix("total ")
    }

    static func warn(_ label: String, at location: SourceLocation, _ diagnostics: inout DiagnosticList) {
        diagnostics.warning(location, "baris '\(KeyedSheet.folded(label))' tampaknya baris jumlah atau rata-rata, jadi tidak dibaca; zisite menghitung jumlah dan rata-ratanya sendiri, hapus baris ini")
    }
}
