/// The attributes of a table that becomes labelled blocks on a narrow
/// screen (the style sheet's `.tabel-susun`): each body row is a block and
/// each cell shows its column's name from `data-label`.
///
/// Some browsers drop a table's semantics from the accessibility tree once
/// its elements are displayed as blocks, so every part also names its
/// table role: a screen reader still hears a table, and each cell's column
/// header, on any screen.
enum StackedTable {
    static let rowGroup = " role=\"rowgroup\""
    static let row = " role=\"row\""
    static let columnHeader = " role=\"columnheader\""

    /// `class` and `role` of the table element, its own class first.
    static func table(class name: String) -> String {
        " class=\"\(name) tabel-susun\" role=\"table\""
    }

    /// A data cell's role and the name of its column.
    static func cell(label: String) -> String {
        " role=\"cell\" data-label=\"\(HTML.escape(label))\""
    }

    /// A row header cell's role and the name of its column.
    static func rowHeader(label: String) -> String {
        " role=\"rowheader\" data-label=\"\(HTML.escape(label))\""
    }

    /// A header cell spanning a whole row (a section's title): no column name.
    static let groupHeader = " role=\"rowheader\""
}
