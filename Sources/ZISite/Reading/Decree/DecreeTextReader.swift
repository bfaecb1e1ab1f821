import Foundation

/// A decree or a bare plan read from text (`zisite import`): the settings
/// it gives, the Keputusan page, and the plan table exactly as written. A
/// table that cannot be read is kept as raw text, never guessed.
public struct ImportedContent: Sendable {
    public var draft: SettingsDraft
    public var decreeMarkdown: String?
    /// The plan table as tab-separated text; nil when it could not be read.
    public var planTable: String?
    /// The lines where a table was expected but could not be read.
    public var rawTable: String?
    /// Narrative chapters as pages: file name in `halaman/` and Markdown.
    public var pages: [(name: String, text: String)] = []
    /// Lines import could not place anywhere, as written.
    public var leftovers: String?
}

enum DecreeTextReader {
    static let leftoversFile = "sisa-impor.txt"

    static func read(text: String, file: String, diagnostics: inout DiagnosticList) -> ImportedContent {
        var layout = DecreeLayout(text: text)
        let chapters = NarrativeChapters.find(layout)
        let stray = layout.strayRows
        // Lines that go to a page or to the leftovers are not decree text.
        let placed = Set(chapters.flatMap(\.lines) + stray)
        let pages = chapters.enumerated().map { number, chapter in
            (name: String(format: "%02d-", number + 1) + Slug.make(chapter.title, fallback: "bab") + ".md", text: ChapterMarkdown.text(chapter))
        }
        var leftovers: String?
        if let first = stray.first, let last = stray.last {
            diagnostics.warning(SourceLocation(file: file, line: first + 1),
                                "baris \(first + 1)-\(last + 1) sesudah tabel rencana aksi berisi kolom tetapi bukan bagian tabel itu (tabel lain?); disimpan apa adanya di \(leftoversFile). Periksa isinya dan pindahkan ke halaman yang sesuai")
            leftovers = stray.map { layout.lines[$0] }.joined(separator: "\n") + "\n"
        }
        layout.blank(placed)
        let draft = DecreeMetadataReader(layout: layout, file: file).read(diagnostics: &diagnostics)
        let title = decreeTitle(draft)
        let hasDecree = layout.lines[layout.decree].contains { !$0.trimmingSpaces.isEmpty }
        guard layout.table != nil else {
            let raw = rawTableLines(layout)
            diagnostics.error(SourceLocation(file: file, line: raw.lowerBound + 1),
                              "tabel rencana aksi di baris \(raw.lowerBound + 1)-\(raw.upperBound) tidak dapat dibaca: tidak ada baris judul kolom (NO, KOMPONEN, INDIKATOR, LANGKAH AKSI, BUKTI FISIK, TARGET WAKTU, TARGET CAPAIAN) yang kolomnya dipisah tab, '|' atau dua spasi. "
                              + "Teksnya disimpan di rencana-aksi-mentah.txt. Salin tabel dari dokumen asli (Word) ke rencana-aksi.tsv, atau simpan tabelnya sebagai CSV dan jalankan zisite import lagi")
            // Every line but the raw table goes to the Keputusan page.
            let decreeEnd = min(layout.decree.upperBound, raw.lowerBound)
            let annexStart = min(layout.annexHeading.lowerBound, raw.lowerBound)
            let markdown = DecreeMarkdown.text(title: title, decree: layout.lines[..<decreeEnd],
                                               annex: [layout.lines[max(annexStart, decreeEnd)..<raw.lowerBound], layout.lines[raw.upperBound...]])
            return ImportedContent(draft: draft, decreeMarkdown: hasDecree ? markdown : nil, planTable: nil,
                                   rawTable: layout.lines[raw].joined(separator: "\n") + "\n", pages: pages, leftovers: leftovers)
        }
        _ = PlanTableReader.read(text: layout.tableInPlace, file: file, planYear: draft.planYear, diagnostics: &diagnostics)
        let markdown = DecreeMarkdown.text(title: title, decree: layout.lines[layout.decree],
                                           annex: [layout.lines[layout.annexHeading], layout.lines[layout.closing]])
        return ImportedContent(draft: draft, decreeMarkdown: hasDecree || !layout.annexHeading.isEmpty ? markdown : nil,
                               planTable: layout.tableText, rawTable: nil, pages: pages, leftovers: leftovers)
    }

    /// "Keputusan Komisi Pemilihan Umum Kota Kendari Nomor 65 Tahun 2025".
    static func decreeTitle(_ draft: SettingsDraft) -> String {
        var title = "Keputusan"
        if let unit = draft.unitName { title += " " + unit.replacingOccurrences(of: "KPU ", with: "Komisi Pemilihan Umum ") }
        if let number = draft.decreeNumber { title += " Nomor \(number)" }
        if let year = draft.decreeYear { title += " Tahun \(year)" }
        return title
    }

    /// Where the table should have been: after the annex heading's first
    /// paragraph (or after the decree) up to the place and date that close
    /// the annex, or to the end.
    private static func rawTableLines(_ layout: DecreeLayout) -> Range<Int> {
        let lines = layout.lines
        var start = layout.annexHeading.isEmpty ? layout.decree.upperBound : layout.annexHeading.lowerBound
        if let mention = lines.firstIndex(where: { $0.uppercased().contains("LANGKAH AKSI") || $0.uppercased().contains("RENCANA AKSI\t") }), mention >= start {
            start = mention
        }
        let end = lines[start...].firstIndex { line in
            let plain = DecreeLayout.plain(line)
            return !plain.uppercased().hasPrefix("LAMPIRAN") && DecreeLayout.startsSigningOrAnnex(plain)
        } ?? lines.count
        return start..<max(end, start)
    }
}
