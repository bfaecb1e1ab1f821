import ArgumentParser
import Foundation
import ZISite

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: help.purpose)

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp(valueName: "FOLDER"))
    var output = "Output"

    @Flag(name: .long)
    var draft = false

    func run() throws {
        let options = Publish.Options(build: source.build(output: output),
                                      draft: draft, today: JakartaTime.day(of: Date()))
        let result = Publish.run(options)
        DiagnosticPrinter.print(result.build.diagnostics)
        let counts = "\(result.build.errorCount) kesalahan, \(result.build.warningCount) peringatan"
        if let problem = result.problem {
            FileHandle.standardError.write(Data("zisite publish: \(problem)\n".utf8))
        }
        guard result.succeeded else {
            // Only unfinished content can be published as a draft; other errors stop a draft too.
            let hint = !draft && result.unfinished > 0 ? " Untuk menerbitkan versi draf, tambahkan --draft." : ""
            print("Gagal: \(counts). Situs di \(output) tidak diubah." + hint)
            throw ExitCode(1)
        }
        print("Selesai\(draft ? " (draf)" : ""): \(result.build.pagesWritten) halaman, \(result.documents) PDF, \(output)/situs.zip "
            + "dan \(output)/unggah/ (\(result.build.filesWritten) berkas) ditulis ke \(output); \(result.build.warningCount) peringatan.")
    }
}

extension PublishCommand: HelpedCommand {
    static let help = CommandHelp(
        purpose: "Menerbitkan situs untuk diunggah: situs seperti build, PDF setiap dokumen cetak, situs.zip, dan folder unggah/ untuk situs CMS.",
        usage: ["zisite publish [--content FOLDER] [--output FOLDER] [--templates FOLDER] [--draft]"],
        options: [
            .content,
            .init(name: "--output FOLDER", explanation: "Folder tempat situs, PDF, situs.zip dan unggah/ ditulis; diganti seluruhnya hanya jika "
                + "penerbitan berhasil, dan hanya bila folder itu dibuat oleh zisite. Bawaan: Output."),
            .templates,
            .init(name: "--draft", explanation: "Tetap menerbitkan konten yang belum selesai (misalnya masih berisi (belum diisi)); "
                + "setiap hal yang belum selesai dicetak sebagai peringatan. Tanpa pilihan ini penerbitan ditolak."),
        ],
        notes: [
            "Sebelum menerbitkan, publish menolak konten yang belum selesai: setiap hal dicetak satu per baris sebagai "
                + "berkas:baris:kolom: error: pesan, status keluar 1, dan tidak ada yang ditulis.",
            "PDF dicetak oleh WeasyPrint dengan gaya cetak situs (kop, \"Halaman x dari y\", kepala tabel diulang di setiap halaman): "
                + "Keputusan, Lampiran, Jadwal, setiap periode monev, setiap halaman layanan dan Daftar Informasi Publik. "
                + "Setiap halaman itu diberi tautan \"Unduh PDF\". Bila WeasyPrint belum terpasang, publish berhenti dan menyebut "
                + "perintah pemasangannya: sudo apt install weasyprint.",
            "situs.zip berisi seluruh situs untuk pengelola web (FTP, cPanel, pengelola berkas). unggah/ berisi PDF dengan nama "
                + "sederhana dan PANDUAN-UNGGAH.txt: daftar periksa berkas mana diunggah ke menu mana (Zona Integritas, PPID, Layanan Publik). "
                + "Konten yang sama selalu menghasilkan berkas yang sama, byte demi byte.",
            "Bila --content berisi beberapa folder konten (kumpulan), setiap satker diperiksa dulu; satu satker yang belum selesai "
                + "atau berisi kesalahan menolak seluruh penerbitan. Situs dan PDF setiap satker ditulis di foldernya sendiri, sama persis "
                + "seperti bila diterbitkan sendiri; berkas unggah/ dan situs.zip satker itu di unggah/<folder satker>/; halaman ringkasan "
                + "dan situs.zip seluruh kumpulan di puncak folder keluaran.",
        ],
        examples: [
            .init(command: "zisite publish --content Content-kpu-kabupaten-x --output Terbit",
                  explanation: "Menerbitkan situs, PDF, Terbit/situs.zip dan Terbit/unggah/ dari folder Content-kpu-kabupaten-x."),
            .init(command: "zisite publish --content Content-kpu-kabupaten-x --output Draf --draft",
                  explanation: "Menerbitkan versi draf untuk diperiksa tim meskipun konten belum selesai."),
        ])
}
