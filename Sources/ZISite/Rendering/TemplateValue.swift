/// The values pages are rendered with, seen through `Any`.
enum TemplateValue {
    /// Whether the value is of a type pages mostly hold: a string, a whole
    /// number, a yes/no, a dictionary of values or a list of them. Such a
    /// value is told by its type alone, without asking whether it is an
    /// optional or one of swift-mustache's custom kinds (costly protocol
    /// lookups); it is none of those.
    static func isPlain(_ value: Any) -> Bool {
        let type = type(of: value)
        return type == String.self || type == [String: Any].self || type == [[String: Any]].self || type == Bool.self || type == Int.self
    }

    /// The value an optional stored as `Any` wraps, one level deep, or the
    /// value itself when it is not an optional or has no value.
    static func wrappedIfOptional(_ value: Any) -> Any {
        guard !isPlain(value), let optional = value as? any OptionalValue else { return value }
        return optional.wrapped ?? value
    }

    /// The value an optional stored as `Any` wraps, through any number of
    /// optionals; nil when one of them has no value.
    static func unwrapped(_ value: Any) -> Any? {
        guard !isPlain(value), let optional = value as? any OptionalValue else { return value }
        return optional.wrapped.flatMap { unwrapped($0) }
    }
}

/// An optional seen through `Any`, without reflection.
private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { self.map { $0 as Any } }
}
