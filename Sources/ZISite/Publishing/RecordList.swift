import Foundation

/// A list in a collection's record (`CollectionRecord`): each item's fields
/// one after another, each ended by a NUL, which no path of a site holds.
/// Read and written without a coder: a national collection's record lists
/// tens of thousands of files and folders.
enum RecordList {
    /// One field as read, still bytes.
    typealias Field = Slice<UnsafeRawBufferPointer>

    /// Appends one item's fields to `list`.
    static func append(_ fields: [String], to list: inout Data) {
        for field in fields {
            list.append(contentsOf: field.utf8)
            list.append(0)
        }
    }

    /// The items of a list whose items have `count` fields each, as `item`
    /// makes them; nil when it is not such a list or `item` rejects one.
    static func items<Item>(in list: Data, fields count: Int, _ item: (ArraySlice<Field>) -> Item?) -> [Item]? {
        list.withUnsafeBytes { bytes -> [Item]? in
            var fields = bytes.split(separator: 0, omittingEmptySubsequences: false)
            guard fields.removeLast().isEmpty, fields.count.isMultiple(of: count) else { return nil }
            var items: [Item] = []
            items.reserveCapacity(fields.count / count)
            for start in stride(from: 0, to: fields.count, by: count) {
                guard let made = item(fields[start..<start + count]) else { return nil }
                items.append(made)
            }
            return items
        }
    }

    static func text(_ field: Field) -> String? {
        String(validating: field, as: UTF8.self)
    }

    /// A number that may be below zero (a time before 1970).
    static func signed(_ field: Field) -> Int64? {
        guard field.first == UInt8(ascii: "-") else { return unsigned(field).flatMap(Int64.init(exactly:)) }
        return unsigned(field.dropFirst()).flatMap { Int64(exactly: $0) }.map { -$0 }
    }

    /// The number a field's decimal digits write, at most `UInt64.max`; nil for anything else.
    static func unsigned(_ digits: Field) -> UInt64? {
        guard !digits.isEmpty else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = tens.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return value
    }
}
