import ArgumentParser

/// What `zisite COMMAND --help` says about one command, in Indonesian: its
/// purpose, how it is typed, each argument and option with its default, and
/// examples. Each command keeps its own next to its declaration (`help`), and
/// a test holds it to the options the parser knows.
struct CommandHelp {
    struct Entry {
        /// As typed, with the value's name: `--content FOLDER`, `BERKAS`.
        var name: String
        /// What it means, its default included.
        var explanation: String
    }

    struct Example {
        var command: String
        var explanation: String
    }

    /// One line, starting with a capital and ending with a full stop.
    var purpose: String
    /// Each way of typing the command, starting with `zisite`.
    var usage: [String]
    var arguments: [Entry] = []
    var options: [Entry] = []
    /// Paragraphs after the options: what the command does in more detail.
    var notes: [String] = []
    var examples: [Example]
}

/// A command whose help zisite prints in Indonesian instead of the argument
/// parser's English.
protocol HelpedCommand: ParsableCommand {
    static var help: CommandHelp { get }
}

extension CommandHelp.Entry {
    /// The options `build` and `check` share.
    static let content = Self(name: "--content FOLDER", explanation: "Folder konten: situs.yml, rencana aksi, halaman, monev, bukti. Bawaan: Content.")
    static let templates = Self(name: "--templates FOLDER", explanation: "Folder templat milik unit (buat dengan zisite templates FOLDER): "
        + "setiap berkasnya menggantikan templat bawaan yang bernama sama. Tanpa pilihan ini dipakai templat bawaan zisite.")
}
