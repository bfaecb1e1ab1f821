import XCTest
@testable import ZISite

/// The built-in style sheets as WeasyPrint 57 (the print engine of `zisite
/// publish`) reads them: it drops a shorthand declaration that holds var()
/// whole, so a table's rules (`border: 1px solid var(--garis)`) and its
/// shadings did not print, and it has no grid, so a grid laid out for print
/// put the letterhead's logo above its text.
final class PrintStyleSheetTests: XCTestCase {
    /// The shorthands WeasyPrint 57 expands by parsing their words, which a
    /// var() defeats (it takes one var() per side in border-color, margin,
    /// padding and the like, so those are not here).
    private static let shorthands: Set<String> = [
        "background", "border", "border-top", "border-right", "border-bottom", "border-left",
        "outline", "font", "list-style", "text-decoration", "columns", "column-rule", "flex", "flex-flow",
    ]

    private var styleSheets: [BuiltInTemplates.File] {
        BuiltInTemplates.files.filter { $0.path.hasSuffix(".css") }
    }

    /// Each declaration as `(property, value)`, from the style sheet's text without comments.
    private func declarations(_ css: String) -> [(String, String)] {
        let text = css.replacingOccurrences(of: #"/\*[\s\S]*?\*/"#, with: "", options: .regularExpression)
        return text.split(whereSeparator: { $0 == ";" || $0 == "{" || $0 == "}" }).compactMap { part in
            let pieces = part.split(separator: ":", maxSplits: 1)
            guard pieces.count == 2 else { return nil }
            return (pieces[0].trimmingCharacters(in: .whitespacesAndNewlines), pieces[1].trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// The text outside `@media screen ...` blocks: what a print engine reads.
    private func printed(_ css: String) -> String {
        var text = css
        while let start = text.range(of: "@media screen") {
            guard let open = text[start.upperBound...].firstIndex(of: "{") else { break }
            var depth = 0
            var end = open
            for index in text[open...].indices {
                if text[index] == "{" { depth += 1 }
                if text[index] == "}" { depth -= 1 }
                if depth == 0 { end = index; break }
            }
            text.removeSubrange(start.lowerBound...end)
        }
        return text
    }

    func testNoShorthandThatPrintsTakesACustomProperty() {
        for sheet in styleSheets {
            for (property, value) in declarations(printed(String(decoding: sheet.contents, as: UTF8.self)))
            where Self.shorthands.contains(property) && value.contains("var(") {
                XCTFail("\(sheet.path): '\(property): \(value)' would be dropped by WeasyPrint 57; give the colour in a longhand")
            }
        }
    }

    func testThePrintLayoutUsesNoGrid() {
        for sheet in styleSheets {
            let text = String(decoding: sheet.contents, as: UTF8.self)
            guard let print = text.range(of: "@media print") else { continue }
            for (property, value) in declarations(String(text[print.lowerBound...])) where property == "display" {
                XCTAssertFalse(value.contains("grid"), "\(sheet.path): 'display: \(value)' in print, which WeasyPrint 57 cannot lay out")
            }
        }
    }
}
