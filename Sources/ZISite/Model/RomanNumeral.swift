/// Roman numerals as KPU decrees number their sections: "I" to "XXXIX".
public enum RomanNumeral {
    private static let symbols: [(value: Int, numeral: String)] = [
        (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]

    /// The value of a numeral in either case, with or without a trailing dot
    /// ("iv." is 4); nil for anything that is not a canonical numeral up to 39.
    public static func value(of text: String) -> Int? {
        var body = text.uppercased()
        if body.hasSuffix(".") { body.removeLast() }
        guard !body.isEmpty, body.allSatisfy({ "IVX".contains($0) }) else { return nil }
        for value in 1...39 where numeral(value) == body {
            return value
        }
        return nil
    }

    /// The upper-case numeral for `value` (1...39).
    public static func numeral(_ value: Int) -> String {
        var rest = value
        var text = ""
        for symbol in symbols {
            while rest >= symbol.value {
                text += symbol.numeral
                rest -= symbol.value
            }
        }
        return text
    }
}
