import Foundation

/// A decree's text as the Keputusan page's Markdown (`keputusan.md`): the
/// considerations (Menimbang), the legal basis (Mengingat) and the decision
/// (Memutuskan) under their own headings, spelt as the decree spells them,
/// with every item's own letter or
/// number, items split by a page break joined again, and every other line
/// kept in its paragraph. The annex heading and the signature after the
/// table follow under "Lampiran". Words are never changed or dropped.
struct DecreeMarkdown {
    private var blocks: [String] = []
    private var listSection = false
    private var paragraph: [String] = []

    static let ordinals = ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN", "KESEPULUH"]

    static func text(title: String, decree: ArraySlice<String>, annex: [ArraySlice<String>]) -> String {
        var markdown = DecreeMarkdown()
        for line in decree { markdown.add(line) }
        markdown.flush()
        let annexLines = annex.flatMap { $0 }
        if annexLines.contains(where: { !$0.trimmingSpaces.isEmpty }) {
            markdown.blocks.append("## Lampiran")
            markdown.listSection = false
            for part in annex {
                for line in part { markdown.add(line) }
                markdown.flush()
            }
        }
        return "# \(title)\n\n" + markdown.blocks.joined(separator: "\n\n") + "\n"
    }

    private mutating func add(_ raw: String) {
        var line = Self.markdownMarkup(raw.trimmingSpaces)
        if line.hasPrefix("- ") { line = String(line.dropFirst(2)).trimmingSpaces }
        if line.isEmpty {
            if !listSection { flush() }
            return
        }
        let bare = line.replacingOccurrences(of: "*", with: "").trimmingSpaces
        if let (heading, rest) = Self.labelled(bare, among: ["Menimbang", "Mengingat"]) {
            flush()
            blocks.append("## \(heading)")
            listSection = true
            if !rest.isEmpty { item(rest) }
            return
        }
        if bare.uppercased().hasPrefix("MEMUTUSKAN") {
            flush()
            blocks.append("## " + bare.prefix("MEMUTUSKAN".count))
            listSection = false
            let rest = bare.dropFirst("MEMUTUSKAN".count).trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            if !rest.isEmpty { paragraph.append(Self.escaped(rest)) }
            return
        }
        if let (ordinal, rest) = Self.labelled(bare, among: Self.ordinals) {
            flush()
            paragraph.append("**\(ordinal)**: " + Self.escaped(rest))
            return
        }
        if let (label, rest) = Self.labelled(line, among: ["Menetapkan"]), !rest.isEmpty {
            flush()
            paragraph.append("\(label): " + rest)
            return
        }
        if listSection {
            if Self.itemMarker(line) != nil { item(line) } else { paragraph.append(Self.escaped(line)) }  // continues the item
            return
        }
        paragraph.append(Self.escaped(line))
    }

    private mutating func item(_ text: String) {
        flush()
        paragraph.append(Self.escaped(text))
    }

    private mutating func flush() {
        guard !paragraph.isEmpty else { return }
        // In a list section an item's lines are one sentence; elsewhere the
        // decree's line breaks are kept.
        blocks.append(paragraph.joined(separator: listSection ? " " : "\\\n"))
        paragraph = []
    }

    /// "Menimbang : a. bahwa ..." as ("Menimbang", "a. bahwa ...").
    private static func labelled(_ line: String, among labels: [String]) -> (String, String)? {
        for label in labels {
            guard line.lowercased().hasPrefix(label.lowercased()) else { continue }
            let rest = line.dropFirst(label.count)
            guard rest.isEmpty || rest.first == " " || rest.first == ":" else { continue }
            let trimmed = rest.trimmingSpaces
            guard trimmed.isEmpty || trimmed.hasPrefix(":") else { continue }
            return (String(line.prefix(label.count)), trimmed.drop { $0 == ":" }.trimmingSpaces)
        }
        return nil
    }

    /// "a." or "12." (or "1.Undang-Undang") at the start of an item.
    static func itemMarker(_ line: String) -> Substring? {
        guard let dot = line.firstIndex(of: "."), dot != line.startIndex else { return nil }
        let marker = line[..<dot]
        let isLetter = marker.count == 1 && marker.first!.isLetter && marker.first!.isLowercase
        let isNumber = marker.count <= 3 && marker.allSatisfy(\.isNumber)
        return isLetter || isNumber ? marker : nil
    }

    /// A line that Markdown would read as a heading or a list keeps its text:
    /// the marker is escaped, so "1." stays "1." and is not renumbered.
    static func escaped(_ line: String) -> String {
        if let first = line.first, "#>+-=".contains(first) { return "\\" + line }
        if let dot = line.firstIndex(of: "."), line[..<dot].allSatisfy(\.isNumber), !line[..<dot].isEmpty, dot < line.endIndex {
            return line[..<dot] + "\\" + line[dot...]
        }
        return line
    }

    /// `<b>`/`<i>` from a word processor as Markdown emphasis (raw HTML is
    /// not rendered).
    static func markdownMarkup(_ line: String) -> String {
        line.replacingOccurrences(of: "<b>", with: "**").replacingOccurrences(of: "</b>", with: "**")
            .replacingOccurrences(of: "<i>", with: "*").replacingOccurrences(of: "</i>", with: "*")
    }
}
