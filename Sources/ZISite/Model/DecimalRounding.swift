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

    /// Rounded half up to `places`, for a sum of means that may never end
    /// (127/37 + 86/37 + ...): each is cut at 38 digits, so a sum that is
    /// exactly a half in truth can come out a hair under it. The digits far
    /// past `places` are settled first (to 30 decimals), then it is rounded.
    public func meanRoundedHalfUp(places: Int) -> Decimal {
        roundedHalfUp(places: 30).roundedHalfUp(places: places)
    }
}
