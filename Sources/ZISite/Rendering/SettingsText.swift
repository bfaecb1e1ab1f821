import Foundation

/// A settings file (`situs.yml`, format 1) with every key explained in
/// Indonesian, the optional ones commented out: what `zisite new` and
/// `zisite import` write.
enum SettingsText {
    static func text(_ draft: SettingsDraft) -> String {
        let placeholder = Settings.placeholder
        func value(_ text: String?) -> String { quoted(text ?? placeholder) }
        func date(_ date: CalendarDate?) -> String { date?.iso ?? quoted(placeholder) }
        func number(_ number: Int?) -> String { number.map(String.init) ?? quoted(placeholder) }
        let levels = WorkUnit.Level.allCases.map(\.rawValue).joined(separator: ", ")
        return """
        # Pengaturan situs Zona Integritas (format versi \(ContentFormat.version)).
        # Ganti setiap nilai \(placeholder) sebelum situs diterbitkan; zisite check
        # memberi peringatan selama masih ada. Baris yang diawali # hanya catatan.
        format: \(ContentFormat.version)

        satker:
          nama: \(value(draft.unitName))             # misalnya KPU Kabupaten Soppeng
          tingkat: \(draft.level.map(\.rawValue) ?? quoted(placeholder))                 # salah satu dari: \(levels)
        \(draft.province.map { "  provinsi: \(quoted($0))" } ?? "  # provinsi: Sulawesi Selatan        # nama provinsi (boleh dikosongkan)")

        tahun_rencana: \(number(draft.planYear))            # tahun rencana aksi; dipakai bila TARGET WAKTU tidak menyebut tahun

        keputusan:                       # keputusan yang lampirannya adalah rencana aksi
          nomor: \(value(draft.decreeNumber))              # nomor keputusan, misalnya "65"
          tahun: \(number(draft.decreeYear))
          tentang: \(value(draft.subject))
          ditetapkan_di: \(value(draft.place))      # kota tempat keputusan ditetapkan
          tanggal: \(date(draft.decreeDate))            # tanggal penetapan, misalnya 2025-09-08 atau 8 September 2025
          penandatangan: \(value(draft.signatory))
          jabatan: \(value(draft.position))            # misalnya Ketua Komisi Pemilihan Umum Kabupaten Soppeng
        \(draft.annexTitle.map { "  judul_lampiran: \(quoted($0))   # judul tabel rencana aksi seperti tertulis di lampiran" }
            ?? "  # judul_lampiran: Rencana Aksi Pembangunan Zona Integritas ...   # judul tabel di lampiran; bila kosong dibuat dari nama satker dan tahun")
          # berkas: keputusan.pdf          # salinan keputusan yang ditandatangani: PDF hasil pindai di folder konten, untuk diunduh

        # kontak:                        # boleh diisi sebagian: alamat https://, alamat surel, atau teks
        #   website: https://kab-contoh.kpu.go.id/
        #   ppid: ppid@contoh.kpu.go.id
        #   pengaduan: pengaduan@contoh.kpu.go.id   # saluran pengaduan: surel, alamat https:// atau teks
        #   telepon: "(0000) 000000"      # telepon kantor, untuk permohonan informasi dan pengaduan
        #   alamat: "Jalan Contoh Nomor 1, Kota Contoh"   # alamat kantor, untuk datang langsung atau berkirim surat

        data_per: \(date(draft.dataDate))             # tanggal keadaan data yang ditampilkan di situs

        # alamat_situs: https://www.contoh.go.id/zona-integritas/   # alamat folder tempat situs diunggah; untuk sitemap.xml
        # rencana_aksi: rencana-aksi.tsv  # nama lain berkas tabel rencana aksi (.tsv, .csv atau .txt)

        # area_perubahan:                # area perubahan setiap bagian rencana aksi, untuk halaman Indikasi Kesiapan
        #   I: I                         # nomor bagian: nomor area (I-VI) atau nama area
        #   II: Penguatan Pengawasan

        # bukti:
        #   batas_ukuran_mb: 20          # berkas bukti yang lebih besar diberi peringatan

        # penanggung_jawab_informasi: PPID KPU Kabupaten Contoh   # penanggung jawab di Daftar Informasi Publik
        # catatan_kemajuan: Angka kemajuan berasal dari lembar monev Tim ZI.   # catatan yang tampil bersama angka kemajuan
        # logo: logo.png                 # logo satker di kop halaman cetak: berkas PNG, JPEG atau SVG di folder konten

        """
    }

    /// A YAML double-quoted scalar: any text stays exactly as it is.
    static func quoted(_ text: String) -> String { JSONString.quoted(text) }
}
