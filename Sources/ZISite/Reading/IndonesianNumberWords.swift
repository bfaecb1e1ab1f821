/// Reads a number written in Indonesian words, as TARGET CAPAIAN spells
/// amounts out: "satu", "dua belas", "dua ratus lima puluh", "seribu".
enum IndonesianNumberWords {
    private static let digits: [String: Int] = [
        "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
        "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    ]

    /// The value, or nil when the words are not a number below a million.
    static func value(of words: String) -> Int? {
        var thousands = 0   // closed by "ribu"
        var group = 0       // the part below a thousand built so far
        var limit = 1000    // each part of a group must be smaller than the last
        var digit: Int?     // a digit waiting for "belas", "puluh", "ratus" or "ribu"
        var sawWord = false

        func add(_ value: Int, nextLimit: Int) -> Bool {
            guard value < limit else { return false }
            group += value
            limit = nextLimit
            digit = nil
            return true
        }

        for word in words.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "-" }) {
            sawWord = true
            let pending = digit
            var ok: Bool
            switch word {
            case _ where digits[String(word)] != nil:
                ok = pending == nil
                digit = digits[String(word)]
            case "sepuluh": ok = pending == nil && add(10, nextLimit: 1)
            case "sebelas": ok = pending == nil && add(11, nextLimit: 1)
            case "seratus": ok = pending == nil && add(100, nextLimit: 100)
            case "belas": ok = pending.map { add($0 + 10, nextLimit: 1) } ?? false
            case "puluh": ok = pending.map { $0 > 1 && add($0 * 10, nextLimit: 10) } ?? false
            case "ratus": ok = pending.map { $0 > 1 && add($0 * 100, nextLimit: 100) } ?? false
            case "seribu", "ribu":
                let count = word == "seribu" ? 1 : group + (pending ?? 0)
                ok = thousands == 0 && (word == "seribu" ? pending == nil && group == 0 : count > 1)
                thousands = count * 1000
                group = 0
                limit = 1000
                digit = nil
            default: ok = false
            }
            guard ok else { return nil }
        }
        if let digit, digit >= limit { return nil }
        return sawWord ? thousands + group + (digit ?? 0) : nil
    }
}
