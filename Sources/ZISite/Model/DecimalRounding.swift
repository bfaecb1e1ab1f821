import Foundation

extension Decimal {
    /// Rounded to `places` decimals, half up, as a person rounding on paper
    /// and the regulations' tables do.
    public func roundedHalfUp(places: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }
}
