import Foundation

/// Where the parts of a decree's text are, by line: the decree itself, the
/// annex heading (LAMPIRAN ...), the plan table, and what follows the table
/// (a place and date and a signature). Lines are 0-based here; a line's
/// number in messages is its index + 1.
struct DecreeLayout {
    enum Columns: Equatable {
        /// Cells separated by tabs, as copied from a word processor or PDF.
        case tabs
        /// Cells separated by runs of two or more spaces, or by `|`.
        case spaces, pipes
    }

    private(set) var lines: [String]
    var decree: Range<Int>
    var annexHeading: Range<Int>
    /// Nil when no header row was found.
    var table: Range<Int>?
    var columns: Columns
    var closing: Range<Int>

    init(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.lines = lines
        let header = lines.indices.lazy.compactMap { index in DecreeLayout.headerColumns(lines[index]).map { (index, $0) } }.first
        let columns = header?.1 ?? .tabs
        self.columns = columns
        let tableStart = header?.0 ?? lines.count
        let annex = lines[..<tableStart].lastIndex { DecreeLayout.plain($0).uppercased().hasPrefix("LAMPIRAN") } ?? tableStart
        decree = 0..<annex
        annexHeading = annex..<tableStart
        if let start = header?.0 {
            // The table runs to the last row before what closes it (the place
            // and date, a signature, a new chapter); lines inside it are kept.
            let isRow: (String) -> Bool = { DecreeLayout.cells($0, columns: columns).count >= 2 }
            let stop = lines[start...].firstIndex { DecreeLayout.closesTable(DecreeLayout.plain($0)) } ?? lines.count
            let end = lines[start..<stop].lastIndex(where: isRow).map { $0 + 1 } ?? start + 1
            table = start..<end
            closing = end..<lines.count
        } else {
            table = nil
            closing = lines.count..<lines.count
        }
    }

    /// How a line splits into header cells, when it is the plan's header row:
    /// it names the step column and at least two other known columns.
    static func headerColumns(_ line: String) -> Columns? {
        for columns in [Columns.tabs, .pipes, .spaces] {
            let names = cells(line, columns: columns).compactMap { PlanHeader.names[PlanHeader.normalized(plain($0))] }
            if names.contains(.action), Set(names).count >= 3 { return columns }
        }
        return nil
    }

    static func cells(_ line: String, columns: Columns) -> [String] {
        switch columns {
        case .tabs:
            return line.contains("\t") ? line.components(separatedBy: "\t") : [line]
        case .pipes:
            var parts = line.components(separatedBy: "|")
            guard parts.count >= 3 else { return [line] }
            if parts.first?.trimmingSpaces.isEmpty == true { parts.removeFirst() }
            if parts.last?.trimmingSpaces.isEmpty == true { parts.removeLast() }
            return parts.map { $0.trimmingSpaces }
        case .spaces:
            let parts = line.trimmingSpaces
                .components(separatedBy: "  ").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            return parts.isEmpty ? [line] : parts
        }
    }

    /// The table as tab-separated text, every line kept: tab tables as they
    /// are; space- or pipe-separated ones with their cells joined by tabs.
    var tableText: String {
        guard let table else { return "" }
        return tableRows(table).joined(separator: "\n") + "\n"
    }

    /// The table at its place in the document, every other line blank, so
    /// that what the plan reader says names the document's own lines.
    var tableInPlace: String {
        guard let table else { return "" }
        return (Array(repeating: "", count: table.lowerBound) + tableRows(table)).joined(separator: "\n") + "\n"
    }

    private func tableRows(_ table: Range<Int>) -> [String] {
        guard columns != .tabs else { return Array(lines[table]) }
        return lines[table].map { line in
            let cells = DecreeLayout.cells(line, columns: columns)
            return cells.count >= 2 ? cells.joined(separator: "\t") : line
        }
    }

    /// Empties lines that were placed elsewhere (a chapter, the leftovers),
    /// keeping every other line where it is.
    mutating func blank(_ placed: Set<Int>) {
        for index in placed where table?.contains(index) != true { lines[index] = "" }
    }

    /// Rows after the table (a second table, say): not the plan and not the
    /// decree's text, so kept apart and reported.
    var strayRows: [Int] {
        closing.filter { DecreeLayout.cells(lines[$0], columns: columns).count >= 2 }
    }

    /// The annex heading, or the place and date before a signature.
    static func startsSigningOrAnnex(_ line: String) -> Bool {
        line.lowercased().hasPrefix("ditetapkan di ") || line.uppercased().hasPrefix("LAMPIRAN")
            || DecreeMetadataReader.placeAndDate(line) != nil
    }

    /// A line after which the plan table cannot go on.
    static func closesTable(_ line: String) -> Bool {
        startsSigningOrAnnex(line) || NarrativeChapters.babNumeral(line) != nil || NarrativeChapters.name(line) != nil
    }

    /// A line without `**`, `<b>` and `<i>` markup and outer spaces.
    static func plain(_ line: String) -> String {
        var text = line
        for mark in ["**", "<b>", "</b>", "<i>", "</i>"] { text = text.replacingOccurrences(of: mark, with: "") }
        return text.trimmingSpaces
    }
}
