/// A register's own statement that its period had nothing to report
/// (`NIHIL;ya`), above the header. A register with no NIHIL row and no
/// rows is read as nihil, as it always was; a register that has the row
/// (every sheet `zisite new` starts does) is nihil only when it says `ya`,
/// so a sheet left unfilled never publishes a false "no complaints".
enum NihilStatement {
    static let key = "NIHIL"

    /// Whether `sheet`, holding `count` rows of `what` ("pengaduan",
    /// "laporan"), may be read; false after an error when its NIHIL row and
    /// its rows disagree or the row says neither ya nor tidak.
    static func holds(_ sheet: KeyedSheet, count: Int, what: String, _ diagnostics: inout DiagnosticList) -> Bool {
        guard let statement = sheet.values[key] else { return true }
        let answer = statement.text.lowercased()
        let place = statement.location
        switch answer {
        case "ya" where count > 0:
            diagnostics.error(place, "NIHIL;ya tetapi register ini berisi \(count) \(what); tulis NIHIL;tidak, atau hapus baris \(what) bila periode ini memang nihil")
            return false
        case "ya":
            return true
        case "tidak", "", Settings.placeholder:
            guard count == 0 else { return true }
            diagnostics.error(place, "register ini belum berisi \(what) dan baris NIHIL tidak menyatakan nihil; tambahkan satu baris untuk setiap \(what) di bawah judul kolom, atau tulis NIHIL;ya bila dalam periode ini memang tidak ada \(what)")
            return false
        default:
            diagnostics.error(place, "NIHIL '\(statement.text)' tidak dikenal; tulis ya bila dalam periode ini tidak ada \(what), atau tidak bila ada (dan isi barisnya)")
            return false
        }
    }
}
