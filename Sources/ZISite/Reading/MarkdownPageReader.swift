import Foundation

/// Reads a Markdown page: its title is the first `# ` heading, its address
/// the file name without the order prefix ("01-pendahuluan.md" is
/// "pendahuluan").
enum MarkdownPageReader {
    static func read(text: String, fileName: String, path: String, diagnostics: inout DiagnosticList) -> MarkdownPage {
        let slug = slug(of: fileName)
        // The first line that is not blank, and what follows its line break
        // (the text's line ends are "\n", which is always a line of its own).
        var start = text.startIndex
        var titleLine: (line: Substring, rest: Substring)?
        while titleLine == nil {
            let end = text.utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            if !text[start..<end].trimmingSpaces.isEmpty {
                titleLine = (text[start..<end], end == text.endIndex ? "" : text[text.index(after: end)...])
            } else if end == text.endIndex {
                break
            } else {
                start = text.index(after: end)
            }
        }
        guard let titleLine, let title = heading(String(titleLine.line)) else {
            let fallback = slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            diagnostics.warning(SourceLocation(file: path, line: 1),
                                "halaman tidak diawali judul; tulis judul pada baris pertama sebagai '# Judul Halaman'. Sementara dipakai judul '\(fallback)'")
            return MarkdownPage(slug: slug, title: fallback, body: text, file: path)
        }
        return MarkdownPage(slug: slug, title: title, body: String(titleLine.rest), file: path)
    }

    /// The text of an ATX level-1 heading ("# Judul" or "# Judul #").
    private static func heading(_ line: String) -> String? {
        let trimmed = line.trimmingSpaces
        guard trimmed.hasPrefix("# ") else { return nil }
        var title = trimmed.dropFirst(2).trimmingSpaces
        // A closing run of '#' counts only after a blank (CommonMark): "# Judul #"
        // is "Judul", "# Layanan C#" keeps its '#'.
        let closing = title.reversed().prefix { $0 == "#" }.count
        if closing > 0, title.dropLast(closing).last.map({ $0 == " " || $0 == "\t" }) ?? true {
            title.removeLast(closing)
        }
        title = title.trimmingSpaces
        return title.isEmpty ? nil : title
    }

    /// "01-Dasar Hukum.md" is "dasar-hukum": lower case, letters, digits and dashes.
    static func slug(of fileName: String) -> String {
        var name = Substring(fileName)
        if let dot = name.lastIndex(of: ".") { name = name[..<dot] }
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let separator = name.dropFirst(digits.count).first, "-_ ".contains(separator) {
            name = name.dropFirst(digits.count + 1)
        }
        return Slug.make(name, fallback: "halaman")
    }
}
