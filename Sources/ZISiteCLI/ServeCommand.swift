import ArgumentParser
import Foundation
import ZISite

/// `zisite serve`: builds the site into a private temporary folder, serves it
/// on 127.0.0.1, and builds again whenever the content changes; the open page
/// reloads itself. Runs until Ctrl-C.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: help.purpose)

    @OptionGroup var source: SourceOptions

    @Option(name: .long, help: ArgumentHelp(valueName: "PORT"))
    var port: UInt16 = 8000

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let site = try preview()
        let server = try listen(site)
        StopSignals.install {
            server.stop(waiting: 2)
            site.close()
            Self.say("Berhenti.")
            StopSignals.exitCleanly()
        }
        let watcher = ContentWatcher(folders: [source.content] + (source.templates.map { [$0] } ?? []))
        let start = watcher.look()
        if start.isCut {
            Self.say("Folder yang diawasi berisi lebih dari \(WatchedFiles.defaultLimit) berkas dan folder; perubahan di luar itu tidak terlihat.")
        }
        report(site.rebuild())
        Self.say("Pratinjau situs di http://127.0.0.1:\(server.port)/ (hanya dari komputer ini). "
            + "Setiap perubahan di \(source.content) membuat situsnya dibangun ulang. Tekan Ctrl-C untuk berhenti.")
        watcher.watch(from: start) { [self] in report(site.rebuild()) }
    }

    /// The preview's temporary folder, or the reason it cannot be made and exit 1.
    private func preview() throws -> PreviewSite {
        do {
            return try PreviewSite(content: source.content, templates: source.templates)
        } catch {
            FileHandle.standardError.write(Data("Tidak dapat memulai pratinjau: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }

    /// The server on the port, or the reason it cannot listen there and exit 1.
    private func listen(_ site: PreviewSite) throws -> PreviewServer {
        do {
            return try PreviewServer.start(site, port: port)
        } catch {
            site.close()
            FileHandle.standardError.write(Data(refusal(error).utf8))
            throw ExitCode(1)
        }
    }

    /// The build's messages as `check` prints them, then one line with the time.
    private func report(_ result: Build.Result?) {
        guard let result else { return }
        for diagnostic in result.diagnostics { Self.say(diagnostic.formatted) }
        let time = Self.clock.string(from: Date())
        if result.succeeded {
            Self.say("[\(time)] Build berhasil: \(result.pagesWritten) halaman (\(result.filesWritten) berkas), \(result.warningCount) peringatan.")
        } else {
            Self.say("[\(time)] Build gagal: \(result.errorCount) kesalahan, \(result.warningCount) peringatan. "
                + "Peramban menampilkan pesannya; berkas lain dari situs terakhir yang berhasil tetap disajikan.")
        }
    }

    /// One line to standard output at once, unbuffered, so that a pipe gets it as a terminal does.
    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static let clock: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter
    }()

    private func refusal(_ failure: PreviewServer.StartFailure) -> String {
        let other = failure.port == 8000 ? 8001 : (failure.port == 0 ? 8000 : (failure.port < 65535 ? failure.port + 1 : 8000))
        var words = ["serve"]
        words += SuggestedCommand.content(source.content)
        if let templates = source.templates { words += ["--templates", SuggestedCommand.path(templates)] }
        words += ["--port", String(other)]
        let reason = failure.portInUse
            ? "port \(failure.port) di 127.0.0.1 sudah dipakai program lain (mungkin zisite serve yang masih berjalan)"
            : "port \(failure.port) di 127.0.0.1 tidak dapat dibuka: \(failure.error.localizedDescription)"
        return "Tidak dapat memulai pratinjau: \(reason). Hentikan program itu, atau pilih port lain dengan --port:\n"
            + SuggestedCommand.line(words) + "\n"
    }
}

extension ServeCommand: HelpedCommand {
    static let help = CommandHelp(
        purpose: "Membangun situs dan menampilkannya di peramban komputer ini, dibangun ulang setiap kali konten berubah.",
        usage: ["zisite serve [--content FOLDER] [--templates FOLDER] [--port PORT]"],
        options: [
            .content,
            .templates,
            .init(name: "--port PORT", explanation: "Nomor port di 127.0.0.1 tempat situs ditampilkan; 0 memilih port yang bebas. Bawaan: 8000."),
        ],
        notes: [
            "Situs dibangun seperti build, tetapi ke folder sementara yang dihapus saat berhenti: folder Output dan folder konten tidak diubah. "
                + "Buka alamat yang dicetak di peramban. Setiap kali berkas di folder konten (atau folder templat) disimpan, situs dibangun ulang "
                + "dan halaman yang terbuka dimuat ulang sendiri; skrip pemuat ulang itu hanya ada di pratinjau, tidak pernah di situs hasil build.",
            "Bila build gagal, peramban menampilkan pesan kesalahannya (berkas:baris:kolom) di tempat halaman, dan terminal mencetaknya "
                + "seperti check; setelah berkasnya diperbaiki halaman kembali sendiri. Hanya dapat dibuka dari komputer ini. "
                + "Tekan Ctrl-C untuk berhenti.",
        ],
        examples: [
            .init(command: "zisite serve --content Content-kpu-kabupaten-x",
                  explanation: "Menampilkan situs dari folder Content-kpu-kabupaten-x di http://127.0.0.1:8000/."),
            .init(command: "zisite serve --port 8080",
                  explanation: "Memakai port 8080 bila port 8000 sudah dipakai program lain."),
        ])
}
