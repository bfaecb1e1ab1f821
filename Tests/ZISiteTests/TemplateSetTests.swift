import XCTest
@testable import ZISite

/// Templates are rendered with zisite's own scalar-wise escaping, in the
/// template and in its partials alike.
final class TemplateSetTests: XCTestCase {
    private func templates(_ texts: [String: String], _ diagnostics: inout DiagnosticList) -> TemplateSet {
        var sources = Dictionary(uniqueKeysWithValues: TemplateSet.required.map { ($0, TemplateSource(text: "", file: "\($0).mustache")) })
        for (name, text) in texts { sources[name] = TemplateSource(text: text, file: "\(name).mustache") }
        return TemplateSet(sources: sources, diagnostics: &diagnostics)
    }

    func testAQuoteJoinedToAMarkCannotLeaveAnAttribute() throws {
        var diagnostics = DiagnosticList()
        let set = templates(["layout": "<img alt=\"Logo {{nama}}\">\n{{>potongan}}\n",
                             "potongan": "{{#daftar}}<a title='{{.}}'>{{.}}</a>\n{{/daftar}}"], &diagnostics)
        for joiner in JoiningScalars.all {
            let hostile = "KPU X\"" + String(joiner) + "'" + String(joiner) + "<" + String(joiner) + "/onload=alert(1)//"
            let page = try XCTUnwrap(set.render("layout", ["nama": hostile, "daftar": [hostile]], diagnostics: &diagnostics))
            let escaped = "KPU X&quot;" + String(joiner) + "&#39;" + String(joiner) + "&lt;" + String(joiner) + "/onload=alert(1)//"
            XCTAssertEqual(page, "<img alt=\"Logo \(escaped)\">\n<a title='\(escaped)'>\(escaped)</a>\n")
        }
        XCTAssertTrue(diagnostics.items.isEmpty, diagnostics.items.map(\.formatted).joined(separator: "\n"))
    }

    /// The line zisite puts before each template to select its escaping
    /// does not shift the line a broken template is reported at.
    func testABrokenTemplateIsReportedAtItsOwnLine() throws {
        var diagnostics = DiagnosticList()
        _ = templates(["beranda": "<main>\n<h1>{{judul}}</h1>\n{{#daftar}}\n<p>x</p>\n"], &diagnostics)
        let error = try XCTUnwrap(diagnostics.items.first)
        XCTAssertEqual(error.location.file, "beranda.mustache")
        XCTAssertTrue(error.message.hasPrefix("templat tidak dapat dibaca"), error.message)
        XCTAssertEqual(error.location.line, 5, "the unclosed section is found at the end, after line 4")
    }
}
