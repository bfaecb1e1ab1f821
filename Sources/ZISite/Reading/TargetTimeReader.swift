/// Reads the months a TARGET WAKTU names, keeping the text as written.
///
/// It understands what the decrees write: single months ("Nopember 2025"),
/// ranges ("September - Desember 2025", "Mei s.d. Juni"), lists ("Maret, Juni,
/// September, Desember 2026"), periods ("Setiap bulan", "Per Triwulan",
/// "Triwulan II", "Semester I"). A month without a year takes the next year
/// written after it, else the plan's year. Text that names no month or
/// period ("Saat tahapan", "3 (tiga) bulan") names no months: nothing is guessed.
enum TargetTimeReader {
    static func read(_ text: String, planYear: Int) -> TargetTime {
        let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let tokens = tokenize(folded)
        let year = tokens.lazy.compactMap { if case .year(let y) = $0 { y } else { nil } }.first ?? planYear
        var months = Set(periodMonths(folded.lowercased(), tokens: tokens, year: year))
        months.formUnion(namedMonths(tokens, planYear: planYear))
        return TargetTime(text: folded, months: months.sorted())
    }

    enum Token: Equatable {
        case month(Int)
        case year(Int)
        case numeral(Int)
        case through
        case word(String)
    }

    // MARK: - Words

    private static let monthWords: [String: Int] = {
        var words: [String: Int] = [:]
        let names = [
            ["januari", "jan"], ["februari", "pebruari", "feb", "peb"], ["maret", "mar"], ["april", "apr"],
            ["mei"], ["juni", "jun"], ["juli", "jul"], ["agustus", "agu", "agt", "ags", "agst"],
            ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nopember", "nov", "nop"],
            ["desember", "des"],
        ]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { words[spelling] = index + 1 }
        }
        return words
    }()

    private static let throughWords: Set<String> = ["-", "s.d", "sd", "sampai", "hingga", "sampai-dengan"]

    /// Words, with "-" as a word of its own and "sampai dengan" and "s/d" as one word.
    static func tokenize(_ text: String) -> [Token] {
        var spaced = text.lowercased()
            .replacingOccurrences(of: "sampai dengan", with: "sampai-dengan")
            .replacingOccurrences(of: "s/d", with: " s.d ")
        for dash in ["–", "—", "-"] { spaced = spaced.replacingOccurrences(of: dash, with: " - ") }
        spaced = spaced.replacingOccurrences(of: "sampai - dengan", with: "sampai-dengan")
        return spaced.split { $0.isWhitespace || ",;()/&".contains($0) }.map { piece in
            var word = String(piece)
            while let last = word.last, ".:".contains(last), word != "-" { word.removeLast() }
            if throughWords.contains(word) { return .through }
            if let month = monthWords[word] { return .month(month) }
            if word.count == 4, let year = Int(word), (1900...2100).contains(year) { return .year(year) }
            if let numeral = RomanNumeral.value(of: word), numeral <= 4 { return .numeral(numeral) }
            return .word(word)
        }
    }

    // MARK: - Periods

    private static func periodMonths(_ text: String, tokens: [Token], year: Int) -> [YearMonth] {
        var months: [Int] = []
        let compact = text.replacingOccurrences(of: "-", with: " ")
        if containsAny(compact, ["setiap bulan", "tiap bulan", "per bulan", "perbulan", "bulanan", "sepanjang tahun"]) {
            months += Array(1...12)
        }
        if containsAny(compact, ["setiap triwulan", "tiap triwulan", "per triwulan", "pertriwulan", "triwulanan"]) {
            months += [3, 6, 9, 12]
        }
        if containsAny(compact, ["setiap semester", "tiap semester", "per semester", "persemester", "semesteran"]) {
            months += [6, 12]
        }
        for (index, token) in tokens.enumerated() where index + 1 < tokens.count {
            guard case .word(let word) = token, case .numeral(let number) = tokens[index + 1] else { continue }
            if word == "triwulan" || word == "tw" {
                months += Array((number - 1) * 3 + 1...number * 3)
            } else if word == "semester", number <= 2 {
                months += Array((number - 1) * 6 + 1...number * 6)
            }
        }
        return months.map { YearMonth(year: year, month: $0)! }
    }

    private static func containsAny(_ text: String, _ phrases: [String]) -> Bool {
        phrases.contains { text.contains($0) }
    }

    // MARK: - Named months

    /// A month as written, its year once known, and whether a range starts at it.
    private struct Item {
        var month: Int
        var year: Int?
        var rangeFrom: Int?
    }

    private static func namedMonths(_ tokens: [Token], planYear: Int) -> [YearMonth] {
        var items: [Item] = []
        var pendingThrough = false
        for token in tokens {
            switch token {
            case .month(let month):
                let from = pendingThrough && !items.isEmpty ? items.count - 1 : nil
                items.append(Item(month: month, year: nil, rangeFrom: from))
                pendingThrough = false
            case .year(let year):
                // A year belongs to every month before it that has none yet.
                for index in items.indices.reversed() where items[index].year == nil {
                    items[index].year = year
                }
                pendingThrough = false
            case .through:
                pendingThrough = true
            case .numeral, .word:
                pendingThrough = false
            }
        }
        let rangeStarts = Set(items.compactMap(\.rangeFrom))
        var months: [YearMonth] = []
        for index in items.indices where !rangeStarts.contains(index) {
            let item = items[index]
            let end = YearMonth(year: item.year ?? planYear, month: item.month)!
            guard let fromIndex = item.rangeFrom else {
                months.append(end)
                continue
            }
            let from = items[fromIndex]
            var startYear = from.year ?? end.year
            // "November - Februari 2026": the range crosses into the year written.
            if from.year == nil || from.year == end.year, from.month > item.month { startYear = end.year - 1 }
            months += YearMonth(year: startYear, month: from.month)!.through(end)
        }
        return months
    }
}
