import ArgumentParser
import ZISite

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: help.purpose)

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp(valueName: "FOLDER"))
    var output = "Output"

    @Flag(name: .long)
    var skipFailed = false

    func run() throws {
        var options = source.build(output: output)
        options.skipFailed = skipFailed
        let result = Build.run(options)
        DiagnosticPrinter.print(result.diagnostics)
        if result.succeeded {
            print("Selesai: \(result.pagesWritten) halaman (\(result.filesWritten) berkas) ditulis ke \(output); \(result.warningCount) peringatan.")
        } else if !result.skipped.isEmpty, result.filesWritten > 0 {
            // Written without the failed plans: a script must notice, so not 0, and not 1 (nothing written).
            print("Selesai sebagian: \(result.pagesWritten) halaman (\(result.filesWritten) berkas) ditulis ke \(output); "
                + "\(result.skipped.count) rencana aksi dilewati karena kesalahan: \(result.skipped.joined(separator: ", ")).")
            throw ExitCode(2)
        } else {
            print("Gagal: \(result.errorCount) kesalahan, \(result.warningCount) peringatan. Situs di \(output) tidak diubah.")
            throw ExitCode(1)
        }
    }
}

extension BuildCommand: HelpedCommand {
    static let help = CommandHelp(
        purpose: "Membaca folder konten dan menulis situs ke folder keluaran.",
        usage: ["zisite build [--content FOLDER] [--output FOLDER] [--templates FOLDER] [--skip-failed]"],
        options: [
            .content,
            .init(name: "--output FOLDER", explanation: "Folder tempat situs ditulis; diganti seluruhnya hanya jika build berhasil, "
                + "dan hanya bila folder itu dibuat oleh zisite. Bawaan: Output."),
            .templates,
            .init(name: "--skip-failed", explanation: "Untuk kumpulan: folder konten yang berisi kesalahan dilewati dan disebut beserta "
                + "pesannya di halaman ringkasan, sedangkan situs folder lainnya tetap ditulis; status keluar 2. "
                + "Tanpa pilihan ini satu kesalahan menghentikan seluruh build."),
        ],
        notes: ["Setiap masalah dicetak satu per baris sebagai berkas:baris:kolom: error|warning: pesan. "
            + "Peringatan tidak menghentikan build; kesalahan menghentikannya (status keluar 1) dan situs lama tidak diubah.",
            "Bila folder --content tidak berisi situs.yml tetapi berisi folder-folder konten (misalnya satu folder per satker "
            + "atau per tahun), semuanya dibangun menjadi satu situs kumpulan: situs setiap folder konten di foldernya sendiri, "
            + "sama persis seperti bila dibangun sendiri, dan halaman ringkasan di index.html. kumpulan.yml (pilihan) memberi "
            + "judul, pemilik, dan daftar serta urutan folder."],
        examples: [
            .init(command: "zisite build --content Content-kpu-kabupaten-x --output Situs",
                  explanation: "Menulis situs dari folder Content-kpu-kabupaten-x ke folder Situs; buka Situs/index.html di peramban."),
            .init(command: "zisite build",
                  explanation: "Menulis situs dari folder Content ke folder Output."),
        ])
}
