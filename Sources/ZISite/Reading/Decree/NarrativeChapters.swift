import Foundation

/// The narrative chapters a plan document may carry around its table (BAB I
/// PENDAHULUAN, Latar Belakang, Maksud dan Tujuan, Tim, Penutup, ...), each
/// to become a page of the site, in the document's order.
struct NarrativeChapter: Hashable, Sendable {
    var title: String
    /// The chapter's lines after its heading, as written.
    var body: [String]
    /// Indices of every line the chapter takes, its heading included.
    var lines: Range<Int>
}

enum NarrativeChapters {
    /// Chapter names as plans write them, upper-case.
    static let names = ["PENDAHULUAN", "LATAR BELAKANG", "DASAR HUKUM", "MAKSUD DAN TUJUAN", "MAKSUD", "TUJUAN",
                        "SASARAN", "RUANG LINGKUP", "STRATEGI", "TIM", "TIM KERJA", "SUSUNAN TIM", "TIM PEMBANGUNAN ZONA INTEGRITAS",
                        "SUSUNAN TIM PEMBANGUNAN ZONA INTEGRITAS", "PENUTUP", "KESIMPULAN", "JADWAL", "MONITORING DAN EVALUASI"]

    /// The chapters outside the decree's own text and the table. With "BAB"
    /// headings each BAB is a chapter (its named sub-headings stay inside);
    /// without, each named heading is one.
    static func find(_ layout: DecreeLayout) -> [NarrativeChapter] {
        let lines = layout.lines.map(DecreeLayout.plain)
        let searched = Array(layout.annexHeading) + Array(layout.closing) + (decreeHasChapters(layout, lines) ? Array(layout.decree) : [])
        let usesBab = searched.contains { babNumeral(lines[$0]) != nil }
        var headings: [(index: Int, title: String, headingLines: Int)] = []
        for index in searched.sorted() {
            if usesBab {
                guard let numeral = babNumeral(lines[index]) else { continue }
                var title = lines[index].dropFirst(3).trimmingSpaces.dropFirst(numeral.count)
                    .trimmingCharacters(in: CharacterSet(charactersIn: " .:-–"))
                var headingLines = 1
                if title.isEmpty, let next = lines[(index + 1)...].firstIndex(where: { !$0.isEmpty }), name(lines[next]) != nil || isShortTitle(lines[next]) {
                    title = lines[next]
                    headingLines = next - index + 1
                }
                headings.append((index, "BAB \(numeral)" + (title.isEmpty ? "" : " " + IndonesianTitleCase.apply(title)), headingLines))
            } else if name(lines[index]) != nil {
                headings.append((index, IndonesianTitleCase.apply(lines[index].trimmingCharacters(in: CharacterSet(charactersIn: " :"))), 1))
            }
        }
        var chapters: [NarrativeChapter] = []
        for (number, heading) in headings.enumerated() {
            let limit = number + 1 < headings.count ? headings[number + 1].index : lines.count
            var end = heading.index + heading.headingLines
            while end < limit, !endsChapter(end, layout: layout, lines: lines) { end += 1 }
            chapters.append(NarrativeChapter(title: heading.title, body: Array(layout.lines[(heading.index + heading.headingLines)..<end]),
                                             lines: heading.index..<end))
        }
        return chapters
    }

    /// A decree's own text has no chapters; a plan document without a decree may.
    private static func decreeHasChapters(_ layout: DecreeLayout, _ lines: [String]) -> Bool {
        !lines[layout.decree].contains { $0.lowercased().hasPrefix("menimbang") || $0.lowercased().hasPrefix("- menimbang") }
    }

    private static func endsChapter(_ index: Int, layout: DecreeLayout, lines: [String]) -> Bool {
        let line = lines[index]
        return layout.table?.lowerBound == index || DecreeLayout.startsSigningOrAnnex(line)
            || (layout.columns == .tabs && line.contains("\t"))
    }

    /// "BAB I", "BAB II. PENDAHULUAN": the numeral.
    static func babNumeral(_ line: String) -> String? {
        let words = line.uppercased().split(whereSeparator: { $0 == " " || $0 == "." || $0 == ":" })
        guard words.count >= 2, words[0] == "BAB", RomanNumeral.value(of: String(words[1])) != nil else { return nil }
        return String(words[1])
    }

    /// A line that is only a chapter name, perhaps numbered ("A. Latar
    /// Belakang", "1. PENUTUP").
    static func name(_ line: String) -> String? {
        var text = line.uppercased().trimmingCharacters(in: CharacterSet(charactersIn: " :"))
        if let dot = text.firstIndex(of: "."), text[..<dot].count <= 3, text[..<dot].allSatisfy({ $0.isLetter || $0.isNumber }) {
            text = text[text.index(after: dot)...].trimmingSpaces
        }
        return names.contains(text) ? text : nil
    }

    private static func isShortTitle(_ line: String) -> Bool {
        line.split(separator: " ").count <= 8 && line == line.uppercased() && !line.hasSuffix(".")
    }
}
