import ArgumentParser

/// The Indonesian help screen of a command, from its `CommandHelp`: what
/// `zisite`, `zisite help COMMAND` and `zisite COMMAND --help` print.
enum HelpScreen {
    static let width = 80

    /// The help of the last command of `path`, a chain of commands from
    /// `ZISiteCommand` down.
    static func text(for path: [ParsableCommand.Type]) -> String {
        let command = path.last ?? ZISiteCommand.self
        let name = path.compactMap { $0.configuration.commandName }.joined(separator: " ")
        let help = (command as? any HelpedCommand.Type)?.help
            ?? CommandHelp(purpose: command.configuration.abstract, usage: [name], examples: [])
        var sections = [wrapped(name + ": " + help.purpose, indent: 0)]
        sections.append("Cara pakai:\n" + help.usage.map { "  " + $0 }.joined(separator: "\n"))
        if !help.arguments.isEmpty {
            sections.append("Argumen:\n" + table(help.arguments))
        }
        let helpOption = CommandHelp.Entry(name: "-h, --help", explanation: "Menampilkan petunjuk ini.")
        sections.append("Pilihan:\n" + table(help.options + [helpOption]))
        let subcommands = command.configuration.subcommands
        if !subcommands.isEmpty {
            let entries = subcommands.map { subcommand in
                CommandHelp.Entry(name: subcommand.configuration.commandName ?? "",
                                  explanation: (subcommand as? any HelpedCommand.Type)?.help.purpose ?? subcommand.configuration.abstract)
            }
            sections.append("Perintah:\n" + table(entries))
        }
        sections += help.notes.map { wrapped($0, indent: 0) }
        if !help.examples.isEmpty {
            sections.append("Contoh:\n" + help.examples.map { example in
                "  " + example.command + "\n" + wrapped(example.explanation, indent: 6)
            }.joined(separator: "\n"))
        }
        if !subcommands.isEmpty, let first = subcommands.first?.configuration.commandName {
            sections.append(wrapped("Petunjuk tiap perintah: \(name) PERINTAH --help, misalnya \(name) \(first) --help.", indent: 0))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// Names in a column, explanations beside them; a name too long for the
    /// column has its explanation on the lines below.
    private static func table(_ entries: [CommandHelp.Entry]) -> String {
        let column = min(entries.map { $0.name.unicodeScalars.count }.max() ?? 0, 20) + 4
        return entries.map { entry in
            let nameLength = entry.name.unicodeScalars.count
            let explanation = wrapped(entry.explanation, indent: column)
            if nameLength + 4 > column {
                return "  " + entry.name + "\n" + explanation
            }
            let start = explanation.unicodeScalars.index(explanation.unicodeScalars.startIndex, offsetBy: column)
            return "  " + entry.name + String(repeating: " ", count: column - nameLength - 2) + String(explanation.unicodeScalars[start...])
        }.joined(separator: "\n")
    }

    /// `text` broken into lines of at most `width` scalars at spaces, each
    /// line indented by `indent` spaces.
    static func wrapped(_ text: String, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty, (margin + line + " " + word).unicodeScalars.count > width {
                lines.append(margin + line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        lines.append(margin + line)
        return lines.joined(separator: "\n")
    }
}
