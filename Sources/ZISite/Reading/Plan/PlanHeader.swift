/// The header row of a plan table: which column holds what.
struct PlanHeader {
    /// For each cell position of the header row, its column (nil for an empty
    /// trailing header cell).
    var positions: [PlanColumn?]
    var labels: [PlanColumn: String]

    var columns: [PlanColumn] { positions.compactMap { $0 } }

    /// Header names as the decrees write them, upper-case with single spaces.
    static let names: [String: PlanColumn] = [
        "NO": .number, "NOMOR": .number,
        "KOMPONEN": .component, "PROGRAM": .component, "KOMPONEN/PROGRAM": .component,
        "INDIKATOR": .indicator,
        "LANGKAH AKSI": .action, "RENCANA AKSI": .action,
        "BUKTI FISIK": .evidence, "BUKTI DUKUNG": .evidence,
        "TARGET WAKTU": .targetTime, "WAKTU": .targetTime,
        "TARGET CAPAIAN": .targetQuantity, "PENCAPAIAN": .targetQuantity, "TARGET": .targetQuantity,
    ]

    static func normalized(_ text: String) -> String {
        var name = text.uppercased()
        while let last = name.last, last == "." || last == ":" { name.removeLast() }
        return name.contains(" / ") ? name.replacingOccurrences(of: " / ", with: "/") : name
    }

    /// Reads a row as a header; nil when it names no known column at all.
    static func read(_ cells: [RichText], row: DelimitedRow, file: String, diagnostics: inout DiagnosticList) -> PlanHeader? {
        var positions: [PlanColumn?] = []
        var labels: [PlanColumn: String] = [:]
        var unknown: [(String, DelimitedRow.Cell)] = []
        for (index, cell) in cells.enumerated() {
            let text = cell.plain
            if text.isEmpty {
                positions.append(nil)
                continue
            }
            guard let column = names[normalized(text)] else {
                unknown.append((text, row.cells[index]))
                positions.append(nil)
                continue
            }
            if labels[column] != nil {
                diagnostics.error(SourceLocation(file: file, line: row.cells[index].line, column: row.cells[index].column),
                                  "kolom '\(text)' muncul dua kali di baris judul; hapus salah satunya")
            }
            labels[column] = text
            positions.append(column)
        }
        guard !labels.isEmpty else { return nil }
        let known = names.keys.sorted().joined(separator: ", ")
        for (text, cell) in unknown {
            diagnostics.error(SourceLocation(file: file, line: cell.line, column: cell.column),
                              "kolom '\(text)' tidak dikenal; nama kolom yang dikenal: \(known)")
        }
        if labels[.action] == nil {
            diagnostics.error(SourceLocation(file: file, line: row.line),
                              "baris judul tidak memiliki kolom LANGKAH AKSI (atau RENCANA AKSI); tambahkan kolom itu")
        }
        return PlanHeader(positions: positions, labels: labels)
    }

    /// Whether a row repeats this header, as it does after each page break.
    /// Each cell is compared as it comes, so a row of steps is told apart
    /// at its first cell.
    func isRepeated(in cells: [RichText]) -> Bool {
        var named = false
        for (cell, position) in zip(cells, positions) {
            let column = cell.isEmpty ? nil : PlanHeader.names[PlanHeader.normalized(cell.plain)]
            guard column == position else { return false }
            named = named || column != nil
        }
        return named && cells.dropFirst(positions.count).allSatisfy(\.isEmpty)
    }

    /// Whether a row is the "1 2 3 4 5 6 7" column-number row under the header.
    static func isColumnNumbers(_ cells: [RichText]) -> Bool {
        var numbered = 0
        for (index, cell) in cells.enumerated() where !cell.isEmpty {
            guard cell.plain == String(index + 1) else { return false }
            numbered += 1
        }
        return numbered >= 2
    }
}
