import CCmark
import Foundation

/// CommonMark to HTML through libcmark, in its safe mode: raw HTML in the
/// content is left out and `javascript:` links are dropped.
enum Markdown {
    /// `body` as HTML. The page's title is its only level-1 heading, so
    /// headings in the body start at level 2.
    static func html(_ body: String) -> String {
        let body = HTML.replacingForbidden(body)
        guard let document = cmark_parse_document(body, body.utf8.count, CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_node_free(document) }
        demoteTopHeadings(in: document)
        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private static func demoteTopHeadings(in document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            let node = cmark_iter_get_node(iterator)
            if cmark_node_get_type(node) == CMARK_NODE_HEADING, cmark_node_get_heading_level(node) == 1 {
                cmark_node_set_heading_level(node, 2)
            }
        }
    }
}
