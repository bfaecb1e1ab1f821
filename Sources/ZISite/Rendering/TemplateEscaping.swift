import Mustache

/// swift-mustache escapes `{{name}}` by Swift `Character`, so a quote
/// followed by a combining mark would pass unescaped into an attribute.
/// zisite registers its own scalar-wise HTML escaping in its place, under
/// the name "HTML", and every template is parsed with a first line that
/// selects it: the library's default escaping is never used.
enum TemplateEscaping {
    /// A standalone tag on a line of its own, so it adds nothing to the output.
    static let firstLine = "{{% CONTENT_TYPE: HTML}}\n"

    /// The template's text as it is parsed, with the escaping selected.
    static func parsedText(_ text: String) -> String {
        _ = registered
        return firstLine + text
    }

    private static let registered: Void = MustacheContentTypes.register(ScalarHTML(), named: "HTML")

    /// Whether a content type is the one `firstLine` selects.
    static func isZISiteEscaping(_ contentType: Any) -> Bool {
        contentType is ScalarHTML
    }

    private struct ScalarHTML: MustacheContentType {
        func escapeText(_ text: String) -> String { HTML.escape(text) }
    }
}
