import Foundation

/// Reads a Markdown page: its title is the first `# ` heading, its address
/// the file name without the order prefix ("01-pendahuluan.md" is
/// "pendahuluan").
enum MarkdownPageReader {
    static func read(text: String, fileName: String, path: String, diagnostics: inout DiagnosticList) -> MarkdownPage {
        let slug = slug(of: fileName)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let titleIndex = lines.firstIndex(where: { !$0.trimmingSpaces.isEmpty }),
              let title = heading(lines[titleIndex]) else {
            let fallback = slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            diagnostics.warning(SourceLocation(file: path, line: 1),
                                "halaman tidak diawali judul; tulis judul pada baris pertama sebagai '# Judul Halaman'. Sementara dipakai judul '\(fallback)'")
            return MarkdownPage(slug: slug, title: fallback, body: text, file: path)
        }
        lines.removeSubrange(0...titleIndex)
        return MarkdownPage(slug: slug, title: title, body: lines.joined(separator: "\n"), file: path)
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
