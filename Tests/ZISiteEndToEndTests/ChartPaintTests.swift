import XCTest
@testable import ZISite

/// Every shape and label of the example's SVG charts and badges is painted by
/// attributes of its own: WeasyPrint 57 applies no page style sheet inside an
/// inline SVG, so a shape painted by its class alone prints black or not at all.
final class ChartPaintTests: XCTestCase {
    func testEveryShapeInThePagesCarriesItsPaint() throws {
        let scratch = try ScratchFolder()
        let site = BuiltSite(content: Repository.content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        let shape = try NSRegularExpression(pattern: #"<(rect|line|circle|path|polygon|polyline|text)\b[^>]*>"#)
        var shapes = 0
        for page in try site.files().keys.sorted() where page.hasSuffix(".html") {
            let html = try site.html(page)
            for match in shape.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let tag = (html as NSString).substring(with: match.range)
                shapes += 1
                XCTAssertTrue(tag.contains(" fill=\"") || tag.contains(" stroke=\""), "\(page): \(tag)")
            }
        }
        XCTAssertGreaterThan(shapes, 100)
    }
}
