/// The files of a fresh content folder (`zisite new DIR`): settings with
/// every key explained, the plan table's header, and skeletons of the
/// Keputusan page and a narrative page, each saying what to put where.
enum ContentSkeleton {
    static let planHeader = "NO\tKOMPONEN\tINDIKATOR\tLANGKAH AKSI\tBUKTI FISIK\tTARGET WAKTU\tTARGET CAPAIAN\n"

    /// The instruction each skeleton page opens with; a page that still
    /// holds one has not been written by the unit (`PublishReadiness`).
    static let decreeInstruction = "Salin teks keputusan di sini"
    static let pageInstruction = "Ganti teks ini"
    static let instructions = [decreeInstruction, pageInstruction]

    static func files(_ draft: SettingsDraft) -> [ContentFolderWriter.File] {
        [
            .init(path: ContentReader.settingsFile, text: SettingsText.text(draft)),
            .init(path: ContentReader.planFiles[0], text: planHeader),
            .init(path: ContentReader.decreeFile, text: decree(draft)),
            .init(path: ContentReader.pagesFolder + "/01-pendahuluan.md", text: introduction(draft)),
        ]
    }

    static func decree(_ draft: SettingsDraft) -> String {
        let unit = draft.unitName ?? "Komisi Pemilihan Umum"
        return """
        # Keputusan \(unit)

        \(decreeInstruction), dari judul sampai tanda tangan, tanpa
        lampirannya (lampiran adalah tabel rencana aksi di rencana-aksi.tsv).
        Bagian di bawah ini hanya kerangka; `zisite import` dapat mengisinya dari
        berkas keputusan.

        ## Menimbang

        a. bahwa ...;

        ## Mengingat

        1. ...;

        ## Memutuskan

        Menetapkan: ...

        """
    }

    static func introduction(_ draft: SettingsDraft) -> String {
        let unit = draft.unitName ?? "satker ini"
        return """
        # Pendahuluan

        Halaman ini menjelaskan pembangunan Zona Integritas di \(unit): latar
        belakang, maksud dan tujuan, serta susunan Tim Pembangunan Zona
        Integritas. \(pageInstruction); setiap berkas .md di folder halaman menjadi
        satu halaman situs, diurutkan menurut nama berkasnya.

        """
    }
}
