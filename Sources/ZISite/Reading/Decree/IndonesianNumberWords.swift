/// Reads a whole number written in Indonesian words, as TARGET CAPAIAN spells
/// amounts out: "satu", "dua belas", "dua ratus lima puluh", "seribu".
///
/// Only the standard spelling is read ("sebelas", not "satu belas"); numbers
/// below a million. Anything else gives nil.
enum IndonesianNumberWords {
    /// The value of `words` in any case, or nil when they are not a number.
    static func value(of words: String) -> Int? {
        let tokens = words.lowercased()
            .split { $0.isWhitespace || $0 == "-" }
            .map(String.init)
        if tokens == ["nol"] { return 0 }
        var reader = Reader(tokens: tokens)
        guard let number = reader.readBelowMillion(), reader.isAtEnd else { return nil }
        return number
    }

    /// "satu" to "sembilan".
    private static let digits: [String: Int] = [
        "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
        "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    ]

    /// Reads words from left to right; each `read` returns nil, having read
    /// nothing, when the words ahead do not start that part of a number.
    private struct Reader {
        let tokens: [String]
        var index = 0

        var isAtEnd: Bool { index == tokens.count }

        private func token(_ offset: Int = 0) -> String? {
            index + offset < tokens.count ? tokens[index + offset] : nil
        }

        /// 1 to 999 999: an optional thousands part, then an optional rest.
        mutating func readBelowMillion() -> Int? {
            var thousands = 0
            if token() == "seribu" {
                thousands = 1
                index += 1
            } else if let ribu = tokens[index...].firstIndex(of: "ribu") {
                // The words before "ribu" count the thousands: "dua puluh ribu".
                var counter = Reader(tokens: Array(tokens[index..<ribu]))
                guard let count = counter.readBelowThousand(), counter.isAtEnd, count > 1 else { return nil }
                thousands = count
                index = ribu + 1
            }
            if isAtEnd { return thousands > 0 ? thousands * 1000 : nil }
            guard let rest = readBelowThousand() else { return nil }
            return thousands * 1000 + rest
        }

        /// 1 to 999: an optional hundreds part, then an optional rest below 100.
        mutating func readBelowThousand() -> Int? {
            var hundreds = 0
            if token() == "seratus" {
                hundreds = 100
                index += 1
            } else if let digit = token().flatMap({ digits[$0] }), digit > 1, token(1) == "ratus" {
                hundreds = digit * 100
                index += 2
            }
            if isAtEnd { return hundreds > 0 ? hundreds : nil }
            guard let rest = readBelowHundred() else { return nil }
            return hundreds + rest
        }

        /// 1 to 99: "sepuluh", "sebelas", "dua belas", "dua puluh satu", "tujuh".
        mutating func readBelowHundred() -> Int? {
            switch token() {
            case "sepuluh":
                index += 1
                return 10
            case "sebelas":
                index += 1
                return 11
            default:
                break
            }
            guard let digit = token().flatMap({ digits[$0] }) else { return nil }
            index += 1
            if digit > 1, token() == "belas" {
                index += 1
                return 10 + digit
            }
            if digit > 1, token() == "puluh" {
                index += 1
                guard let ones = token().flatMap({ digits[$0] }) else { return digit * 10 }
                index += 1
                return digit * 10 + ones
            }
            return digit
        }
    }
}
