/// Reads a TARGET CAPAIAN: "1 (satu) Dokumen" is 1 Dokumen with "satu" as the
/// amount in words, "12 Laporan" is 12 Laporan, "100%" is 100 %.
///
/// An outcome sentence ("Terbitnya surat keputusan tim kerja"), a number
/// followed by a long phrase ("2 orang pegawai mengikuti pelatihan teknis") or
/// an empty cell keeps only its text: nothing is guessed.
enum TargetQuantityReader {
    /// The most words a unit may have ("Dokumen", "Kali Rapat", "Orang Pegawai Baru").
    static let longestUnit = 3

    static func read(_ text: String) -> TargetQuantity {
        let folded = text.foldingWhiteSpace
        let textOnly = TargetQuantity(text: folded)

        // The figure: "12", "2,5", "1.250".
        var rest = Substring(folded)
        let figure = rest.prefix { isDigit($0) || $0 == "." || $0 == "," }
        guard let amount = amount(written: String(figure)) else { return textOnly }
        rest = rest.dropFirst(figure.count).drop(while: \.isWhitespace)

        // The amount in words, in brackets after the figure: "(satu)".
        var words: String?
        if rest.first == "(" {
            guard let close = rest.firstIndex(of: ")") else { return textOnly }
            let inside = rest[rest.index(after: rest.startIndex)..<close]
                .split(separator: " ").joined(separator: " ")
            guard !inside.isEmpty, inside.allSatisfy({ $0.isLetter || $0 == " " }) else { return textOnly }
            words = inside
            rest = rest[rest.index(after: close)...].drop(while: \.isWhitespace)
        }

        // The unit: what is left, if short enough to be one.
        let unit = String(rest)
        guard isUnit(unit) else { return textOnly }
        return TargetQuantity(text: folded, amount: amount, amountInWords: words, unit: unit.isEmpty ? nil : unit)
    }

    /// A figure as Indonesian writes it: "12", "1.250" (dots between
    /// thousands), "2,5" (decimal comma); nil for anything else ("1.2.3").
    static func amount(written figure: String) -> Double? {
        let parts = figure.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let groups = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) || groups.count == 1,
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return nil }
        var digits = groups.joined()
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(isDigit) else { return nil }
            digits += "." + parts[1]
        }
        return Double(digits)
    }

    /// At most `longestUnit` words and no brackets; empty is allowed ("7").
    private static func isUnit(_ text: String) -> Bool {
        text.split(separator: " ").count <= longestUnit && !text.contains("(") && !text.contains(")")
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
