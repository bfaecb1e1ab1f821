/// A starter sheet for `layanan/`, written by `zisite new skm|dumas|...`: the
/// key rows (the period as given or `(belum diisi)`, the source always to
/// fill), rows of guidance in Indonesian that the readers skip, and the
/// header row each reader looks for, with no data. A register's starter says
/// `NIHIL;(belum diisi)`, so that, left unfilled, it stops the build instead
/// of publishing a period with nothing reported (`NihilStatement`).
///
/// Written like a new monev sheet, as Excel opens it by double-click
/// (`DelimitedTextWriter.spreadsheetText`).
enum ServiceSheetText {
    static func text(_ kind: ServiceFolderReader.Kind, period: String?) -> String {
        var rows: [[String]] = [
            ["PERIODE", period ?? Settings.placeholder],
            ["SUMBER", Settings.placeholder],
            ["CATATAN", ""],
        ]
        if kind.isRegister { rows.append([NihilStatement.key, Settings.placeholder]) }
        rows += guidance(kind).map { [KeyedSheet.guidanceKey, $0] }
        rows += [[], header(kind)]
        return DelimitedTextWriter.spreadsheetText(rows)
    }

    static func header(_ kind: ServiceFolderReader.Kind) -> [String] {
        switch kind {
        case .survey:
            ["NO", "JENIS KELAMIN", "USIA", "PENDIDIKAN", "PEKERJAAN"] + SatisfactionSurvey.Element.allCases.map(\.code)
        case .complaints:
            ["NO"] + ComplaintRegisterReader.Column.allCases.map(\.rawValue) + ["URAIAN SINGKAT"]
        case .antiCorruption, .serviceQuality:
            ["NO", "PERTANYAAN"] + PerceptionSurveyReader.answerColumns
        case .assetReports:
            AssetReportRollReader.Column.allCases.map(\.rawValue)
        case .gratification, .whistleblowing:
            ["NO", IntegrityReportRegisterReader.Column.received.rawValue, IntegrityReportRegisterReader.typeColumn,
             IntegrityReportRegisterReader.Column.followUp.rawValue]
        }
    }

    private static func guidance(_ kind: ServiceFolderReader.Kind) -> [String] {
        let common = "Lembar ini dibaca zisite untuk halaman \(kind.name). Ganti (belum diisi) pada PERIODE (misalnya Tahun 2025) "
            + "dan SUMBER (siapa yang mengumpulkan datanya dan dari mana); CATATAN boleh kosong atau berisi keterangan yang ditampilkan "
            + "bersama angkanya. Baris PETUNJUK tidak dibaca dan boleh dihapus."
        let nihil = "Bila dalam periode ini memang tidak ada \(kind.entry) sama sekali, biarkan tabel kosong dan tulis NIHIL;ya. "
            + "Selama tabel kosong dan NIHIL bukan ya, zisite check dan build berhenti, agar situs tidak menyatakan nihil "
            + "hanya karena lembarnya belum diisi."
        switch kind {
        case .survey:
            return [common,
                    "Tulis satu baris untuk setiap responden di bawah judul kolom: U1 sampai U9 berisi jawaban 1, 2, 3 atau 4 "
                        + "(kosongkan bila tidak dijawab); kolom JENIS KELAMIN sampai PEKERJAAN berisi profil responden dan boleh "
                        + "diubah, ditambah atau dihapus. Contoh: 1;Perempuan;31-40;S1;ASN;4;3;3;4;4;4;3;3;3",
                    "Bila yang ada hanya laporan SKM (nilai rata-rata per unsur), ganti judul kolom dengan UNSUR;NILAI RATA-RATA, "
                        + "tulis satu baris untuk setiap unsur U1 sampai U9, dan tambahkan baris RESPONDEN;jumlah responden di atas judul kolom."]
        case .complaints:
            return [common,
                    "Tulis satu baris untuk setiap pengaduan: TANGGAL DITERIMA (misalnya 13/01/2025), SALURAN (misalnya Surel, "
                        + "Telepon, Datang langsung), STATUS (diterima, diproses atau selesai) dan TANGGAL SELESAI (wajib bila selesai). "
                        + "Hanya jumlahnya yang diterbitkan; jangan menulis nama, NIK atau alamat pengadu.",
                    nihil]
        case .antiCorruption, .serviceQuality:
            return [common,
                    "Tulis satu baris untuk setiap pertanyaan kuesioner: PERTANYAAN berisi teks pertanyaannya, JAWABAN 1 sampai "
                        + "JAWABAN 4 berisi jumlah responden yang memberi jawaban itu pada skala 1-4 (di Excel dapat dihitung dengan COUNTIF). "
                        + "Contoh: 1;Tidak ada pungutan liar dalam pelayanan;0;0;9;31. Jangan menambah baris jumlah atau rata-rata."]
        case .assetReports:
            return [common,
                    "Tulis satu baris untuk setiap kelompok wajib lapor: LAPORAN berisi LHKPN atau LHKASN, KELOMPOK nama kelompoknya "
                        + "(bukan nama orang), WAJIB LAPOR dan SUDAH LAPOR jumlah orangnya. Contoh: LHKPN;Ketua dan Anggota;5;5. "
                        + "Jangan menambah baris jumlah; zisite menjumlahkannya sendiri."]
        case .gratification, .whistleblowing:
            return [common,
                    "Tulis satu baris untuk setiap laporan: TANGGAL LAPOR (misalnya 10/02/2025), JENIS (boleh kosong, misalnya "
                        + "Penolakan atau Penerimaan) dan TINDAK LANJUT (misalnya Dalam proses atau Dilaporkan ke KPK). "
                        + "Jangan menulis nama pelapor, terlapor atau pemberi.",
                    nihil]
        }
    }
}
