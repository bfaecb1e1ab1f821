/// A `zisite` command line the tool prints as the next step, ready to be
/// copied into a shell: each word quoted as the shell needs it, and printed
/// on a line of its own so that nothing around it is copied with it.
enum SuggestedCommand {
    /// `zisite` followed by `words`, each quoted when it must be.
    static func text(_ words: [String]) -> String {
        (["zisite"] + words.map(ShellWord.quoted)).joined(separator: " ")
    }

    /// A path as a word of a suggested command: one that starts with `-`
    /// gets `./` before it, since no quoting stops zisite reading it as an option.
    static func path(_ path: String) -> String {
        path.hasPrefix("-") ? "./" + path : path
    }

    /// `--content FOLDER` as words of a suggested command; nothing for the
    /// default folder, which goes without saying.
    static func content(_ folder: String) -> [String] {
        folder == "Content" ? [] : ["--content", path(folder)]
    }

    /// The command indented on its own line, as printed under a sentence
    /// that ends with a colon.
    static func line(_ words: [String]) -> String {
        "  " + text(words)
    }
}
