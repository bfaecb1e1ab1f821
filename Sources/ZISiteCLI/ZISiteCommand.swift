import ArgumentParser
import ZISite

@main
struct ZISiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zisite",
        abstract: "Membuat situs statis rencana aksi Zona Integritas satker KPU.",
        subcommands: [BuildCommand.self, NewCommand.self],
        defaultSubcommand: BuildCommand.self)
}
