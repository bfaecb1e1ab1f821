/// The plan table laid out as the decree lays it out: the component and
/// indicator cells span the rows of their steps, each section opens with its
/// own row, and every step carries its code.
///
/// A section whose steps sit directly under it (no named components, as in
/// the PROGRAM / RENCANA AKSI form) shows its numeral and title in the NO and
/// PROGRAM cells spanning its rows, which is how such decrees print it.
struct PlanTableHTML {
    let plan: Plan
    /// Where links to section pages start from ("" or "../").
    let root: String
    /// The header and the HTML of an extra last column, e.g. each step's
    /// status on a section page; nil for the decree's own columns only.
    var extraColumn: (header: String, cell: (Action) -> String)? = nil

    static let codeHeader = "Kode"

    /// The whole plan, for the Lampiran page.
    func table(id: String, caption: String) -> String {
        var html = open(id: id, caption: caption)
        for section in plan.sections {
            html += body(section, withSectionRow: true)
        }
        return html + close()
    }

    /// One section, for its own page.
    func table(for section: Section, id: String, caption: String) -> String {
        open(id: id, caption: caption) + body(section, withSectionRow: false) + close()
    }

    private var columns: [PlanColumn] { plan.columns }

    private var columnCount: Int { columns.count + 1 + (extraColumn == nil ? 0 : 1) }

    private func open(id: String, caption: String) -> String {
        var html = "<div class=\"tabel-gulir\" role=\"region\" aria-labelledby=\"\(id)-judul\" tabindex=\"0\">\n"
        html += "<table\(StackedTable.table(class: "tabel-rencana")) id=\"\(id)\">\n"
        html += "<caption id=\"\(id)-judul\">\(HTML.escape(caption))</caption>\n<thead\(StackedTable.rowGroup)>\n<tr\(StackedTable.row)>"
        for column in columns {
            if column == .action { html += "<th scope=\"col\" class=\"kolom-kode\"\(StackedTable.columnHeader)>\(Self.codeHeader)</th>" }
            html += "<th scope=\"col\" class=\"kolom-\(column.rawValue)\"\(StackedTable.columnHeader)>\(HTML.escape(plan.label(column)))</th>"
        }
        if let extraColumn { html += "<th scope=\"col\" class=\"kolom-tambahan\"\(StackedTable.columnHeader)>\(HTML.escape(extraColumn.header))</th>" }
        return html + "</tr>\n</thead>\n"
    }

    private func close() -> String {
        "</table>\n</div>\n"
    }

    private func body(_ section: Section, withSectionRow: Bool) -> String {
        let inline = section.namedComponents.isEmpty && columns.contains(.component)
        var html = "<tbody id=\"bagian-\(section.numeral.lowercased())\"\(StackedTable.rowGroup)>\n"
        if withSectionRow && !inline {
            html += "<tr class=\"baris-bagian\"\(StackedTable.row)><th scope=\"rowgroup\" colspan=\"\(columnCount)\"\(StackedTable.groupHeader)>"
            html += "<a href=\"\(root)\(SitePaths.section(section))\">\(section.numeral)</a> "
            html += "\(RichTextHTML.html(section.title))</th></tr>\n"
        }
        var heading: RichText?
        var firstRowOfSection = true
        for component in section.components {
            if let subheading = component.subheading, subheading != heading {
                heading = subheading
                html += "<tr class=\"baris-subbagian\"\(StackedTable.row)><th scope=\"rowgroup\" colspan=\"\(columnCount)\"\(StackedTable.groupHeader)>\(RichTextHTML.html(subheading))</th></tr>\n"
            }
            var firstRowOfComponent = true
            for indicator in component.indicators {
                var firstRowOfIndicator = true
                for action in indicator.actions {
                    html += "<tr id=\"\(SitePaths.anchor(action))\"\(StackedTable.row)>"
                    for column in columns {
                        switch column {
                        case .number:
                            if inline {
                                if firstRowOfSection { html += cell(section.numeral, column: column, span: section.actions.count, tag: "th", scope: "rowgroup") }
                            } else if firstRowOfComponent {
                                html += cell(component.number ?? "", column: column, span: component.actions.count)
                            }
                        case .component:
                            if inline {
                                if firstRowOfSection { html += cell(RichTextHTML.html(section.title), column: column, span: section.actions.count, escaped: true) }
                            } else if firstRowOfComponent {
                                html += cell(RichTextHTML.html(component.title ?? .empty), column: column, span: component.actions.count, escaped: true)
                            }
                        case .indicator:
                            if firstRowOfIndicator {
                                html += cell(RichTextHTML.html(indicator.text ?? .empty), column: column, span: indicator.actions.count, escaped: true)
                            }
                        case .action:
                            html += "<th scope=\"row\" class=\"kode\"\(StackedTable.rowHeader(label: Self.codeHeader))>\(HTML.escape(action.code))</th>"
                            html += cell(RichTextHTML.html(action.text), column: column, escaped: true)
                        case .evidence:
                            html += cell(RichTextHTML.html(action.evidence), column: column, escaped: true)
                        case .targetTime:
                            html += cell(action.targetTime.text, column: column)
                        case .targetQuantity:
                            html += cell(action.targetQuantity.text, column: column)
                        }
                    }
                    if let extraColumn { html += "<td\(StackedTable.cell(label: extraColumn.header))>\(extraColumn.cell(action))</td>" }
                    html += "</tr>\n"
                    firstRowOfSection = false
                    firstRowOfComponent = false
                    firstRowOfIndicator = false
                }
            }
        }
        return html + "</tbody>\n"
    }

    /// A cell of `column`, named by the column's header for the stacked
    /// layout. A spanning cell says so to assistive technology too
    /// (`aria-rowspan`), which may not read `rowspan` once the table's parts
    /// are shown as blocks; the rows below it then still place each of their
    /// cells under its own column header.
    private func cell(_ content: String, column: PlanColumn, span: Int = 1, escaped: Bool = false, tag: String = "td", scope: String? = nil) -> String {
        let rowspan = span > 1 ? " rowspan=\"\(span)\" aria-rowspan=\"\(span)\"" : ""
        let scopeAttribute = scope.map { " scope=\"\($0)\"" } ?? ""
        let label = plan.label(column)
        let role = tag == "th" ? StackedTable.rowHeader(label: label) : StackedTable.cell(label: label)
        return "<\(tag)\(rowspan)\(scopeAttribute)\(role)>\(escaped ? content : HTML.escape(content))</\(tag)>"
    }
}

/// Cell text with its emphasis, escaped for HTML.
enum RichTextHTML {
    static func html(_ text: RichText) -> String {
        text.runs.map { run in
            var html = HTML.escape(run.text)
            if run.italic { html = "<i>\(html)</i>" }
            if run.bold { html = "<b>\(html)</b>" }
            return html
        }.joined()
    }
}
