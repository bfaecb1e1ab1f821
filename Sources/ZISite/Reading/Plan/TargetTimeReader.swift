/// Reads the months a TARGET WAKTU names, keeping the text as written.
///
/// It understands what the decrees write:
/// - single months: "September 2025", "Nopember 2025", "Agt";
/// - ranges: "September - Desember 2025", "Mei s.d. Juni", "November - Februari 2026";
/// - lists: "Februari, April, Juni", "Maret, Juni, September, Desember 2026";
/// - periods: "Setiap bulan", "Per Triwulan", "Triwulan II", "TW IV", "Semester I", "Per Semester".
///
/// A month without a year takes the next year written after it, else the
/// plan's year; a period takes the first year written, else the plan's year.
/// Text that names no month and no period ("Saat tahapan", "3 (tiga) bulan")
/// names no months: nothing is guessed.
enum TargetTimeReader {
    static func read(_ text: String, planYear: Int) -> TargetTime {
        let folded = text.foldingWhiteSpace
        let tokens = tokenize(folded)
        let periodYear = tokens.lazy.compactMap(\.year).first ?? planYear
        var months = Set(periodMonths(tokens).compactMap { YearMonth(year: periodYear, month: $0) })
        months.formUnion(namedMonths(tokens, planYear: planYear))
        return TargetTime(text: folded, months: months.sorted())
    }

    // MARK: - Words

    /// A word of the text, lower case, and what it is.
    struct Token: Equatable {
        enum Kind: Equatable {
            case month(Int)
            case year(Int)
            /// "-", "–", "s.d.", "s/d", "sd", "sampai", "hingga".
            case through
            case word
        }

        let text: String
        let kind: Kind

        var year: Int? {
            if case .year(let year) = kind { year } else { nil }
        }
    }

    /// Every spelling of each month: full names, old spellings, abbreviations.
    private static let monthSpellings: [String: Int] = {
        let spellings = [
            ["januari", "jan"], ["februari", "pebruari", "feb", "peb"], ["maret", "mar"],
            ["april", "apr"], ["mei"], ["juni", "jun"], ["juli", "jul"],
            ["agustus", "agu", "agt", "ags", "agst"], ["september", "sep", "sept"],
            ["oktober", "okt"], ["november", "nopember", "nov", "nop"], ["desember", "des"],
        ]
        var months: [String: Int] = [:]
        for (index, names) in spellings.enumerated() {
            for name in names { months[name] = index + 1 }
        }
        return months
    }()

    /// Words that join the two ends of a range ("sampai dengan" is "sampai"
    /// followed by "dengan", which `mentions(in:)` passes over).
    private static let throughWords: Set<String> = ["-", "s.d", "s/d", "sd", "sampai", "hingga"]

    /// Splits the text into words; dashes are words of their own, so
    /// "Oktober-Desember" is "oktober", "-", "desember".
    static func tokenize(_ text: String) -> [Token] {
        var spaced = ""
        for character in text.lowercased() {
            if "-–—".contains(character) { spaced += " - " } else { spaced.append(character) }
        }
        var tokens: [Token] = []
        for piece in spaced.split(whereSeparator: { $0.isWhitespace || ",;()[]".contains($0) }) {
            var word = String(piece)
            while word.count > 1, word.hasSuffix(".") { word.removeLast() }
            if throughWords.contains(word) {
                tokens.append(Token(text: word, kind: .through))
                continue
            }
            // "Sept.", "Jan/Feb", "TW.II": letters and digits only from here on.
            for part in word.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
                tokens.append(token(String(part)))
            }
        }
        return tokens
    }

    private static func token(_ word: String) -> Token {
        if let month = monthSpellings[word] { return Token(text: word, kind: .month(month)) }
        if word.count == 4, let year = Int(word), (1900...2100).contains(year) {
            return Token(text: word, kind: .year(year))
        }
        return Token(text: word, kind: .word)
    }

    // MARK: - Periods

    /// Phrases that name every month, every quarter's last month, every half-year's last month.
    private static let periodPhrases: [(words: [String], months: [Int])] = [
        (["setiap", "bulan"], Array(1...12)), (["tiap", "bulan"], Array(1...12)),
        (["per", "bulan"], Array(1...12)), (["perbulan"], Array(1...12)), (["bulanan"], Array(1...12)),
        (["setiap", "triwulan"], [3, 6, 9, 12]), (["tiap", "triwulan"], [3, 6, 9, 12]),
        (["per", "triwulan"], [3, 6, 9, 12]), (["pertriwulan"], [3, 6, 9, 12]), (["triwulanan"], [3, 6, 9, 12]),
        (["setiap", "semester"], [6, 12]), (["tiap", "semester"], [6, 12]),
        (["per", "semester"], [6, 12]), (["persemester"], [6, 12]), (["semesteran"], [6, 12]),
    ]

    /// The months (1...12) the periods in the text name, without their year.
    private static func periodMonths(_ tokens: [Token]) -> [Int] {
        // "Per-bulan" is "per", "-", "bulan": phrases are matched without the dashes.
        let words = tokens.filter { $0.kind != .through }.map(\.text)
        var months: [Int] = []
        for phrase in periodPhrases where contains(words, phrase.words) {
            months += phrase.months
        }
        return months + numberedPeriodMonths(tokens)
    }

    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { Array(words[$0..<($0 + phrase.count)]) == phrase }
    }

    /// "Triwulan II", "TW I - II", "Triwulan III dan IV", "Semester I": the
    /// months of the quarters or half-years numbered.
    private static func numberedPeriodMonths(_ tokens: [Token]) -> [Int] {
        var months: [Int] = []
        var index = 0
        while index < tokens.count {
            let length: Int
            switch tokens[index].text {
            case "triwulan", "tw": length = 3
            case "semester": length = 6
            default:
                index += 1
                continue
            }
            let count = 12 / length
            index += 1
            guard index < tokens.count, var number = ordinal(tokens[index].text, upTo: count) else { continue }
            months += Array((number - 1) * length + 1...number * length)
            // Further numbers joined by "dan" or a range: "I dan II", "I - III".
            while index + 2 < tokens.count, let next = ordinal(tokens[index + 2].text, upTo: count) {
                let joiner = tokens[index + 1]
                if joiner.kind == .through, next > number {
                    months += Array(number * length + 1...next * length)
                } else if joiner.text == "dan" {
                    months += Array((next - 1) * length + 1...next * length)
                } else {
                    break
                }
                number = next
                index += 2
            }
            index += 1
        }
        return months
    }

    /// A quarter's or half-year's number, "i" to "iv" or "1" to "4", up to `limit`.
    private static func ordinal(_ word: String, upTo limit: Int) -> Int? {
        guard let value = RomanNumeral.value(of: word) ?? (word.count == 1 ? Int(word) : nil),
              (1...limit).contains(value) else { return nil }
        return value
    }

    // MARK: - Named months

    /// A month named in the text.
    private struct Mention {
        var month: Int
        /// Written right after it ("Desember 2025") or after a later month ("Maret, Juni 2026").
        var year: Int?
        /// Whether the year was written right after this month.
        var hasOwnYear = false
        /// The mention that starts the range this one ends ("September - Desember").
        var rangeStart: Int?
    }

    /// Words that may stand between "sampai" and the month that ends the range.
    private static let wordsWithinRange: Set<String> = ["dengan", "bulan"]

    private static func namedMonths(_ tokens: [Token], planYear: Int) -> [YearMonth] {
        let mentions = mentions(in: tokens)
        let rangeStarts = Set(mentions.compactMap(\.rangeStart))
        var months: [YearMonth] = []
        for (index, mention) in mentions.enumerated() {
            if let start = mention.rangeStart {
                months += range(from: mentions[start], to: mention, planYear: planYear)
            } else if !rangeStarts.contains(index), let month = YearMonth(year: mention.year ?? planYear, month: mention.month) {
                months.append(month)
            }
        }
        return months
    }

    /// The months in the order written, each with its year and range start.
    private static func mentions(in tokens: [Token]) -> [Mention] {
        var mentions: [Mention] = []
        var afterThrough = false
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .month(let month):
                let start = afterThrough && !mentions.isEmpty ? mentions.count - 1 : nil
                mentions.append(Mention(month: month, rangeStart: start))
                afterThrough = false
            case .year(let year):
                // The year belongs to every month before it that has none yet.
                for mentionIndex in mentions.indices.reversed() {
                    guard mentions[mentionIndex].year == nil else { break }
                    mentions[mentionIndex].year = year
                }
                if index > 0, case .month = tokens[index - 1].kind {
                    mentions[mentions.count - 1].hasOwnYear = true
                }
                afterThrough = false
            case .through:
                afterThrough = true
            case .word:
                if !wordsWithinRange.contains(token.text) { afterThrough = false }
            }
        }
        return mentions
    }

    /// Every month from `start` to `end`. A start without a year of its own is
    /// in the end's year, or the year before when its month comes later
    /// ("November - Februari 2026" starts in November 2025).
    private static func range(from start: Mention, to end: Mention, planYear: Int) -> [YearMonth] {
        let endYear: Int
        if let year = end.year {
            endYear = year
        } else if let startYear = start.year {
            endYear = start.month <= end.month ? startYear : startYear + 1
        } else {
            endYear = planYear
        }
        var startYear = endYear - (start.month > end.month ? 1 : 0)
        if start.hasOwnYear, let year = start.year { startYear = year }
        guard let first = YearMonth(year: startYear, month: start.month),
              let last = YearMonth(year: endYear, month: end.month) else { return [] }
        return first.through(last)
    }
}
