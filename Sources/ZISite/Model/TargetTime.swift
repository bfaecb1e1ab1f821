/// TARGET WAKTU: the text as the decree writes it and the months it names.
public struct TargetTime: Hashable, Sendable {
    /// The cell's text, markup removed and white space folded.
    public var text: String
    /// The months the text names, sorted, without repeats; empty when the text
    /// names none ("Saat tahapan", "3 (tiga) bulan", empty).
    public var months: [YearMonth]

    public init(text: String, months: [YearMonth]) {
        self.text = text
        self.months = months
    }

    public var namesMonths: Bool { !months.isEmpty }
}
