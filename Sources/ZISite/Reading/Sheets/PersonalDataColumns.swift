/// Columns of a service sheet that say who someone is. zisite reads only
/// the columns it publishes, so these never reach the site; the unit is
/// warned so that it keeps them out of the site's folder too.
enum PersonalDataColumns {
    static let names: Set<String> = [
        "NAMA", "NAMA PELAPOR", "PELAPOR", "NIK", "NIP", "TELEPON", "NO HP", "NOMOR HP", "HP", "ALAMAT", "EMAIL", "SUREL PELAPOR",
        "TERLAPOR", "NAMA TERLAPOR", "PEMBERI", "NAMA PEMBERI", "PENERIMA", "NAMA PENERIMA", "NAMA PEGAWAI", "NAMA PEJABAT",
    ]

    static func warn(_ sheet: KeyedSheet, file: String, _ diagnostics: inout DiagnosticList) {
        for (index, name) in sheet.columns.enumerated() where names.contains(name) {
            diagnostics.warning(sheet.location(sheet.header, index),
                                "kolom '\(KeyedSheet.folded(sheet.header.cells[index].text))' berisi data pribadi; zisite tidak menerbitkannya, tetapi sebaiknya kolom itu dihapus dari lembar di folder situs")
        }
    }
}
