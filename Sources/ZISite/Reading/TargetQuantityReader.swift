import Foundation

/// Reads a TARGET CAPAIAN: "1 (satu) Dokumen" is 1 Dokumen, "100%" is 100 %,
/// "12 Laporan" is 12 Laporan. An outcome sentence ("Terbitnya surat
/// keputusan tim kerja") or a number followed by a long phrase stays text.
enum TargetQuantityReader {
    /// The longest unit that still reads as a unit ("Dokumen", "Kali Rapat", "Orang Pegawai Baru").
    static let longestUnit = 3

    static func read(_ text: String) -> TargetQuantity {
        let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var rest = Substring(folded)
        let number = rest.prefix { $0.isNumber || $0 == "." || $0 == "," }
        guard let amount = amount(String(number)) else { return TargetQuantity(text: folded) }
        rest = rest.dropFirst(number.count).drop { $0 == " " }

        var words: String?
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
            words = rest[rest.index(after: rest.startIndex)..<close].trimmingCharacters(in: .whitespaces)
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        let unit = rest.trimmingCharacters(in: .whitespaces)
        guard unit.split(separator: " ").count <= longestUnit, !unit.contains("(") else { return TargetQuantity(text: folded) }
        return TargetQuantity(text: folded, amount: amount, amountInWords: words, unit: unit.isEmpty ? nil : unit)
    }

    /// "12", "1.250" (thousands dot), "2,5" (decimal comma); nil otherwise.
    static func amount(_ text: String) -> Double? {
        guard let first = text.first, first.isNumber else { return nil }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        if whole.count > 1 {
            guard whole.dropFirst().allSatisfy({ $0.count == 3 }), (1...3).contains(whole[0].count) else { return nil }
        }
        let fraction = parts.count == 2 ? "." + parts[1] : ""
        guard parts.count == 1 || !parts[1].isEmpty else { return nil }
        return Double(whole.joined() + fraction)
    }
}
