/// One word of a POSIX shell command line, quoted only when it must be: a
/// word of letters, digits and `@%+=:,./-_` is written as it is, any other in
/// single quotes, a single quote inside written as `'\''` (at either end as
/// `\'` alone). Read by Unicode scalar, so a word outside ASCII is quoted.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        if !word.isEmpty, word.unicodeScalars.allSatisfy(isPlain) { return word }
        var quoted = "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
        // A quote at either end leaves an empty '' there, which is dropped.
        if quoted.hasSuffix(#"\'''"#) { quoted.removeLast(2) }
        if quoted.hasPrefix(#"''\'"#) { quoted.removeFirst(2) }
        return quoted
    }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "@", "%", "+", "=", ":", ",", ".", "/", "-", "_": true
        default: false
        }
    }
}
