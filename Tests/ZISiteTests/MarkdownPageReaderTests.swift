import XCTest
@testable import ZISite

final class MarkdownPageReaderTests: XCTestCase {
    private func read(_ text: String, _ name: String) -> (MarkdownPage, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let page = MarkdownPageReader.read(text: text, fileName: name, path: "halaman/\(name)", diagnostics: &diagnostics)
        return (page, diagnostics)
    }

    func testTitleIsTheFirstHeadingAndIsRemovedFromTheBody() {
        let (page, diagnostics) = read("\n# Tim Zona Integritas #\n\nIsi halaman.\n", "03-tim-zi.md")
        XCTAssertEqual(page.title, "Tim Zona Integritas")
        XCTAssertEqual(page.body.trimmingCharacters(in: .whitespacesAndNewlines), "Isi halaman.")
        XCTAssertEqual(page.slug, "tim-zi")
        XCTAssertTrue(diagnostics.items.isEmpty)
    }

    func testSlugDropsTheOrderNumberAndUnsafeCharacters() {
        XCTAssertEqual(MarkdownPageReader.slug(of: "01-Dasar Hukum.md"), "dasar-hukum")
        XCTAssertEqual(MarkdownPageReader.slug(of: "2_pendahuluan.md"), "pendahuluan")
        XCTAssertEqual(MarkdownPageReader.slug(of: "2025-laporan.md"), "laporan")
        XCTAssertEqual(MarkdownPageReader.slug(of: "Tim ZI (2025).md"), "tim-zi-2025")
        XCTAssertEqual(MarkdownPageReader.slug(of: "ÄÖ.md"), "halaman")
    }

    func testPageWithoutTitleGetsAWarningAndATitleFromItsName() {
        let (page, diagnostics) = read("Isi tanpa judul.", "02-dasar-hukum.md")
        XCTAssertEqual(page.title, "Dasar Hukum")
        XCTAssertEqual(page.body, "Isi tanpa judul.")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.items.first?.location.file, "halaman/02-dasar-hukum.md")
    }
}
