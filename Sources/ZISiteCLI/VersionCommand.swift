import ArgumentParser
import ZISite

/// `zisite version` (and `zisite --version`): zisite's version and the
/// content format it reads.
struct VersionCommand: ParsableCommand, HelpedCommand {
    static let configuration = CommandConfiguration(
        commandName: "version",
        abstract: help.purpose)

    static let text = "zisite \(ZISiteVersion.current) (format konten \(ContentFormat.version))"

    static let help = CommandHelp(
        purpose: "Menampilkan versi zisite dan versi format konten (angka format: di situs.yml) yang dibacanya.",
        usage: ["zisite version", "zisite --version"],
        examples: [.init(command: "zisite version", explanation: "Mencetak misalnya: \(text)")])

    func run() {
        print(Self.text)
    }
}
