import Foundation

/// A plan table from a decree, split the plainest possible way (lines, tabs),
/// independently of zisite's reader: the truth the built site is held to.
struct SamplePlan {
    let name: String
    let content: URL
    /// Steps per section, in order, as counted by hand from the decree.
    let stepsPerSection: [Int]
    let sectionPages: [String]

    static let kendari = SamplePlan(
        name: "KPU Kota Kendari", content: Repository.content,
        stepsPerSection: [5, 5, 3, 5, 6, 7, 1],
        sectionPages: ["i", "ii", "iii", "iv", "v", "vi", "vii"])

    static let soppeng = SamplePlan(
        name: "KPU Kabupaten Soppeng", content: Repository.fixtures.appendingPathComponent("soppeng"),
        stepsPerSection: [5, 6, 7, 3, 3, 4],
        sectionPages: ["i", "ii", "iii", "iv", "v", "vi"])

    /// Every non-empty cell's text with `<b>`/`<i>` markup removed and white
    /// space folded, except the header rows and the "1 2 3 ..." rows.
    func sourceCells() throws -> [String] {
        let text = try String(contentsOf: content.appendingPathComponent("rencana-aksi.tsv"), encoding: .utf8)
        let header = text.split(separator: "\n").first.map(String.init) ?? ""
        var cells: [String] = []
        for line in text.split(separator: "\n") where String(line) != header {
            let row = line.split(separator: "\t", omittingEmptySubsequences: false).map { Self.plain(String($0)) }
            if row.enumerated().allSatisfy({ $0.element == String($0.offset + 1) }) { continue }
            cells += row.filter { !$0.isEmpty }
        }
        return cells
    }

    private static func plain(_ cell: String) -> String {
        var text = cell
        for tag in ["<b>", "</b>", "<i>", "</i>", "<strong>", "</strong>", "<em>", "</em>"] {
            text = text.replacingOccurrences(of: tag, with: "", options: .caseInsensitive)
        }
        return VisibleText.fold(text)
    }
}
