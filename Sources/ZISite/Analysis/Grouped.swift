/// Things a register lists, grouped for counting: by a label as written, or
/// by the quarter of a date.
enum Grouped {
    /// The items under their labels, in the order the labels are first met;
    /// labels that differ only in case are one, written as first met.
    static func byLabel<Item>(_ items: [Item], _ label: (Item) -> String) -> [(label: String, items: [Item])] {
        var groups: [(label: String, items: [Item])] = []
        for item in items {
            let name = label(item)
            if let at = groups.firstIndex(where: { $0.label.lowercased() == name.lowercased() }) {
                groups[at].items.append(item)
            } else {
                groups.append((name, [item]))
            }
        }
        return groups
    }

    /// The items under the quarter of their date ("Triwulan II 2025"), in
    /// calendar order.
    static func byQuarter<Item>(_ items: [Item], _ date: (Item) -> CalendarDate) -> [(label: String, items: [Item])] {
        func key(_ day: CalendarDate) -> Int { day.year * 4 + (day.month - 1) / 3 }
        return Dictionary(grouping: items) { key(date($0)) }.sorted { $0.key < $1.key }.map { key, items in
            ("Triwulan \(RomanNumeral.numeral(key % 4 + 1)) \(key / 4)", items)
        }
    }
}
