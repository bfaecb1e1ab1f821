/// TARGET CAPAIAN: the text as written and, where it is one, an amount with
/// its unit ("1 (satu) Dokumen" is 1 Dokumen).
public struct TargetQuantity: Hashable, Sendable {
    public var text: String
    public var amount: Double?
    /// The amount in words as written ("satu"), if any.
    public var amountInWords: String?
    public var unit: String?

    public init(text: String, amount: Double? = nil, amountInWords: String? = nil, unit: String? = nil) {
        self.text = text
        self.amount = amount
        self.amountInWords = amountInWords
        self.unit = unit
    }

    public var isQuantity: Bool { amount != nil }
}
