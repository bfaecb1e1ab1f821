/// A step's state as a visitor sees it: a small shape and the words, never
/// colour alone, so it reads in black-and-white print and to a screen reader.
enum StatusBadge {
    /// Made once for each state: a plan's pages show thousands.
    static func html(_ state: ActionState) -> String {
        badges[state] ?? badge(state)
    }

    private static let badges = Dictionary(uniqueKeysWithValues: ActionState.allCases.map { ($0, badge($0)) })

    private static func badge(_ state: ActionState) -> String {
        "<span class=\"status status-\(cssName(state))\">\(shape(state)) \(HTML.escape(label(state)))</span>"
    }

    /// "Selesai", "Terlambat", ...
    static func label(_ state: ActionState) -> String {
        state.rawValue.prefix(1).uppercased() + state.rawValue.dropFirst()
    }

    static func cssName(_ state: ActionState) -> String {
        Slug.make(state.rawValue, fallback: "status")
    }

    /// A 12×12 SVG shape per state: filled circle (done), half circle (in
    /// progress), ring (not started), triangle (late), cross (not carried
    /// out), dotted ring (not reported).
    static func shape(_ state: ActionState) -> String {
        let drawing: String
        switch state {
        case .done: drawing = "<circle cx=\"6\" cy=\"6\" r=\"5\" fill=\"currentColor\"/>"
        case .inProgress: drawing = "<circle cx=\"6\" cy=\"6\" r=\"4.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/><path d=\"M6 1.5 A4.5 4.5 0 0 0 6 10.5 Z\" fill=\"currentColor\"/>"
        case .notStarted: drawing = "<circle cx=\"6\" cy=\"6\" r=\"4.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/>"
        case .late: drawing = "<path d=\"M6 0.8 L11.5 11 L0.5 11 Z\" fill=\"currentColor\"/>"
        case .notCarriedOut: drawing = "<path d=\"M1.5 1.5 L10.5 10.5 M10.5 1.5 L1.5 10.5\" stroke=\"currentColor\" stroke-width=\"2\"/>"
        case .notReported: drawing = "<circle cx=\"6\" cy=\"6\" r=\"4.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-dasharray=\"2 1.6\"/>"
        }
        return "<svg class=\"bentuk\" viewBox=\"0 0 12 12\" width=\"12\" height=\"12\" aria-hidden=\"true\" focusable=\"false\">\(drawing)</svg>"
    }

    /// The legend of all shapes, for pages that show many badges.
    static func legend() -> String {
        "<ul class=\"legenda-status\" aria-label=\"Keterangan status\">"
            + ActionState.allCases.map { "<li>\(html($0))</li>" }.joined()
            + "</ul>\n"
    }
}
