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
        XCTAssertEqual(MarkdownPageReader.slug(of: "ÄÖ.md"), "ao")
        XCTAssertEqual(MarkdownPageReader.slug(of: "—.md"), "halaman")
    }

    func testPageWithoutTitleGetsAWarningAndATitleFromItsName() {
        let (page, diagnostics) = read("Isi tanpa judul.", "02-dasar-hukum.md")
        XCTAssertEqual(page.title, "Dasar Hukum")
        XCTAssertEqual(page.body, "Isi tanpa judul.")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.items.first?.location.file, "halaman/02-dasar-hukum.md")
    }


    func testOrderedFileNameWithSpacesGivesTheSlugAndTheHeadingTheTitle() {
        let (page, diagnostics) = read("# Dasar Hukum Pembangunan ZI\n\n- UU 14/2008\n", "01-Dasar Hukum.md")
        XCTAssertEqual(page.slug, "dasar-hukum")
        XCTAssertEqual(page.title, "Dasar Hukum Pembangunan ZI")
        XCTAssertEqual(page.body, "\n- UU 14/2008\n")
        XCTAssertEqual(page.file, "halaman/01-Dasar Hukum.md")
        XCTAssertTrue(diagnostics.items.isEmpty)
    }

    func testMissingTitleFallsBackToTheFileNameAndSaysSo() {
        let (page, diagnostics) = read("Isi.\n", "01-Dasar Hukum.md")
        XCTAssertEqual(page.title, "Dasar Hukum")
        XCTAssertEqual(page.slug, "dasar-hukum")
        XCTAssertEqual(diagnostics.items.count, 1)
        let warning = diagnostics.items[0]
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location.line, 1)
        XCTAssertTrue(warning.message.contains("'Dasar Hukum'"), warning.message)
        XCTAssertTrue(warning.message.contains("# Judul Halaman"), warning.message)
    }

    func testOnlyALevelOneHeadingOnTheFirstNonBlankLineIsATitle() {
        for text in ["## Bagian\n\nIsi.", "#Judul\n", "# \nIsi.", "#\n", "Isi.\n# Judul\n", ""] {
            let (page, diagnostics) = read(text, "tim-zi.md")
            XCTAssertEqual(page.title, "Tim Zi", text)
            XCTAssertEqual(page.body, text, text)
            XCTAssertEqual(diagnostics.items.map(\.severity), [.warning], text)
        }
    }

    func testLaterLevelOneHeadingsStayInTheBody() {
        let (page, _) = read("  # Pertama  \nA\n# Kedua\nB", "x.md")
        XCTAssertEqual(page.title, "Pertama")
        XCTAssertEqual(page.body, "A\n# Kedua\nB")
    }

    func testTrailingHashesAndSpacesAreNotPartOfTheTitle() {
        XCTAssertEqual(read("# Judul ##  \n", "x.md").0.title, "Judul")
        XCTAssertEqual(read("# Judul#\n", "x.md").0.title, "Judul#", "a closing '#' needs a blank before it")
        XCTAssertEqual(read("# Layanan C#\n", "x.md").0.title, "Layanan C#")
        XCTAssertEqual(read("# Judul\t#\n", "x.md").0.title, "Judul")
        XCTAssertEqual(read("# ###\nIsi.", "tim-zi.md").0.title, "Tim Zi", "only closing hashes: no title")
    }

    func testMoreSlugs() {
        XCTAssertEqual(MarkdownPageReader.slug(of: "10_Tim ZI.MD"), "tim-zi")
        XCTAssertEqual(MarkdownPageReader.slug(of: "01 Pendahuluan.md"), "pendahuluan")
        XCTAssertEqual(MarkdownPageReader.slug(of: "01.md"), "01")
        XCTAssertEqual(MarkdownPageReader.slug(of: "01-.md"), "halaman")
        XCTAssertEqual(MarkdownPageReader.slug(of: "--A  b__c--.md"), "a-b-c")
        XCTAssertEqual(MarkdownPageReader.slug(of: "tanpa-akhiran"), "tanpa-akhiran")
        XCTAssertEqual(MarkdownPageReader.slug(of: "laporan.v2.md"), "laporan-v2")
    }

    func testTheExamplePagesHaveTitles() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content/halaman")
        let expected = ["01-tentang-zona-integritas.md": ("tentang-zona-integritas", "Tentang Zona Integritas"),
                        "02-dasar-hukum.md": ("dasar-hukum", "Dasar Hukum")]
        for (name, (slug, title)) in expected {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let (page, diagnostics) = read(text, name)
            XCTAssertEqual(page.slug, slug)
            XCTAssertEqual(page.title, title)
            XCTAssertFalse(page.body.contains("# \(title)"))
            XCTAssertTrue(diagnostics.items.isEmpty)
        }
    }
}
