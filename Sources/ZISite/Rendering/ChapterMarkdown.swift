/// A narrative chapter of a plan document as a page (`halaman/*.md`): its
/// title, its named sub-headings ("A. Latar Belakang") as headings, each
/// numbered or lettered item its own paragraph, and a paragraph's wrapped
/// lines joined again. Every word is kept.
enum ChapterMarkdown {
    static func text(_ chapter: NarrativeChapter) -> String {
        var blocks: [String] = []
        var paragraph: [String] = []
        func flush() {
            if !paragraph.isEmpty { blocks.append(paragraph.joined(separator: " ")) }
            paragraph = []
        }
        for raw in chapter.body {
            let line = DecreeMarkdown.markdownMarkup(raw.trimmingSpaces)
            if line.isEmpty {
                flush()
            } else if NarrativeChapters.name(DecreeLayout.plain(line)) != nil {
                flush()
                blocks.append("## " + DecreeMarkdown.escaped(line))
            } else if DecreeMarkdown.itemMarker(line) != nil {
                flush()
                paragraph.append(DecreeMarkdown.escaped(line))
            } else {
                paragraph.append(paragraph.isEmpty ? DecreeMarkdown.escaped(line) : line)
            }
        }
        flush()
        return "# \(chapter.title)\n\n" + blocks.joined(separator: "\n\n") + "\n"
    }
}
