/// A heading and the files under it, one indented per line, as the commands
/// that write files list what they wrote; nothing when there are none.
enum PathList {
    static func print(_ heading: String, _ paths: [String]) {
        guard !paths.isEmpty else { return }
        Swift.print(heading)
        for path in paths { Swift.print("  \(path)") }
    }
}
