import ArgumentParser
import Foundation
import ZISite

@main
struct ZISiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zisite",
        abstract: help.purpose,
        subcommands: [NewCommand.self, ImportCommand.self, CheckCommand.self, BuildCommand.self, PublishCommand.self, ServeCommand.self, TemplatesCommand.self, VersionCommand.self])

    /// Answers help and the version in Indonesian, then runs the command; a
    /// mistyped command line is explained in Indonesian rather than in the
    /// argument parser's English.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        switch CommandLineRequest.of(arguments) {
        case .help(let names):
            print(HelpScreen.text(for: CommandLineRequest.commands(names)), terminator: "")
        case .version:
            print(VersionCommand.text)
        case .unknownCommand(let word, let names):
            let known = CommandLineRequest.commands(names).last?.configuration.subcommands.compactMap { $0.configuration.commandName } ?? []
            refuse("perintah '\(word)' tidak dikenal; perintah yang ada: \(known.joined(separator: ", "))", helpFor: names)
        case .run:
            run(arguments)
        }
    }

    private static func run(_ arguments: [String]) {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            guard exitCode(for: error) != .success else { Self.exit(withError: error) }
            let names = CommandLineRequest.commands(["zisite"] + arguments.prefix { !$0.hasPrefix("-") })
                .compactMap { $0.configuration.commandName }
            refuse(CommandLineMessage.indonesian(message(for: error)), helpFor: names)
        }
    }

    /// Says why the command line cannot run and where its help is, and exits with 64.
    private static func refuse(_ reason: String, helpFor names: [String]) -> Never {
        let help = SuggestedCommand.text(Array(names.dropFirst()) + ["--help"])
        FileHandle.standardError.write(Data("Perintah tidak dapat dijalankan: \(reason)\nLihat petunjuknya dengan: \(help)\n".utf8))
        Self.exit(withError: ExitCode(64))
    }
}

extension ZISiteCommand: HelpedCommand {
    static let help = CommandHelp(
        purpose: "Membuat situs statis rencana aksi Zona Integritas satker KPU dari folder konten: "
            + "pengaturan situs.yml, tabel rencana aksi, lembar monev, bukti dan halaman.",
        usage: ["zisite PERINTAH [PILIHAN]", "zisite help PERINTAH", "zisite --version"],
        options: [.init(name: "--version", explanation: "Menampilkan versi zisite dan versi format konten yang dibacanya.")],
        notes: ["Urutan biasa: buat folder konten dengan new (atau langsung dari keputusan dengan import), "
            + "periksa dengan check, lalu tulis situsnya dengan build. Sebelum mengunggah, terbitkan dengan publish: "
            + "situs beserta PDF, situs.zip dan folder unggah/. Setiap triwulan buat lembar monev baru dengan new monev."],
        examples: [
            .init(command: "zisite new Content-kpu-kabupaten-x",
                  explanation: "Membuat folder konten baru berisi pengaturan bercatatan."),
            .init(command: "zisite import keputusan.docx --into Content-kpu-kabupaten-x",
                  explanation: "Mengisi folder konten dari keputusan rencana aksi (Word, teks atau tabel)."),
            .init(command: "zisite check --content Content-kpu-kabupaten-x",
                  explanation: "Memeriksa folder konten dan mencetak semua temuan."),
            .init(command: "zisite build --content Content-kpu-kabupaten-x --output Situs",
                  explanation: "Menulis situsnya ke folder Situs; buka Situs/index.html di peramban."),
            .init(command: "zisite publish --content Content-kpu-kabupaten-x --output Terbit",
                  explanation: "Menerbitkan situs untuk diunggah: PDF setiap dokumen, Terbit/situs.zip dan Terbit/unggah/."),
            .init(command: "zisite serve --content Content-kpu-kabupaten-x",
                  explanation: "Menampilkan situsnya di peramban sambil konten diubah; halaman dimuat ulang sendiri."),
        ])
}
