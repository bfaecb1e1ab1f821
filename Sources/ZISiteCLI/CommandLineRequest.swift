import ArgumentParser

/// What a command line asks for before the argument parser reads it: help
/// (bare `zisite`, `-h`, `--help`, `help [COMMAND]`) and the version are
/// answered by zisite itself, in Indonesian; everything else is parsed.
enum CommandLineRequest: Equatable {
    /// The help of the last command of the chain, named from `zisite` down.
    case help([String])
    case version
    /// A word where a command was expected, after the commands before it.
    case unknownCommand(String, after: [String])
    case run

    private static let helpFlags: Set<String> = ["-h", "--help", "-help"]

    static func of(_ arguments: [String]) -> CommandLineRequest {
        guard let first = arguments.first else { return .help(["zisite"]) }
        if first == "--version" { return .version }
        if first == "help" {
            return resolved(arguments.dropFirst().filter { !$0.hasPrefix("-") }, strictly: true)
        }
        let beforeEnd = arguments.prefix { $0 != "--" }
        guard beforeEnd.contains(where: helpFlags.contains) else { return .run }
        return resolved(Array(beforeEnd.prefix { !$0.hasPrefix("-") }), strictly: false)
    }

    /// The chain of command types the request names, from `ZISiteCommand` down.
    static func commands(_ names: [String]) -> [ParsableCommand.Type] {
        var chain: [ParsableCommand.Type] = [ZISiteCommand.self]
        for name in names.dropFirst() {
            guard let next = subcommand(of: chain[chain.count - 1], named: name) else { break }
            chain.append(next)
        }
        return chain
    }

    /// The commands at the start of `words`, up to the first word that is
    /// not one. That word is unknown unless the command before it takes
    /// arguments of its own (a default subcommand, as `zisite new FOLDER`)
    /// and `strictly` is false.
    private static func resolved(_ words: [String], strictly: Bool) -> CommandLineRequest {
        var chain: [ParsableCommand.Type] = [ZISiteCommand.self]
        var names = ["zisite"]
        for word in words {
            let current = chain[chain.count - 1]
            guard let next = subcommand(of: current, named: word) else {
                if strictly || (current.configuration.defaultSubcommand == nil && !current.configuration.subcommands.isEmpty) {
                    return .unknownCommand(word, after: names)
                }
                break
            }
            chain.append(next)
            names.append(word)
        }
        return .help(names)
    }

    private static func subcommand(of command: ParsableCommand.Type, named name: String) -> ParsableCommand.Type? {
        command.configuration.subcommands.first { $0.configuration.commandName == name }
    }
}
