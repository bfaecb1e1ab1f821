import ArgumentParser
import Foundation
import ZISite

@main
struct ZISiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zisite",
        abstract: "Membuat situs statis rencana aksi Zona Integritas satker KPU.",
        subcommands: [BuildCommand.self, CheckCommand.self, ImportCommand.self, NewCommand.self, TemplatesCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// Runs the command; a mistyped command line is explained in Indonesian
    /// rather than in the argument parser's English.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Self.exit(withError: exit)
        } catch {
            guard exitCode(for: error) != .success else { Self.exit(withError: error) }  // --help
            let message = CommandLineMessage.indonesian(message(for: error))
            FileHandle.standardError.write(Data("Perintah tidak dapat dijalankan: \(message)\nLihat petunjuknya dengan: zisite --help\n".utf8))
            Self.exit(withError: ExitCode(64))
        }
    }
}
