import Testing

@testable import ZISite

/// The pages `zisite serve` writes itself.
struct PreviewPageTests {
    @Test func theMessagesAreListedEscapedWithTheirPlaceAndKind() {
        let diagnostics = [
            Diagnostic(.error, SourceLocation(file: "Content/<b>.csv", line: 3, column: 7), "sel '<script>alert(1)</script>' & \"x\" salah"),
            Diagnostic(.warning, SourceLocation(file: "Content/situs.yml", line: 1), "peringatan 'y'"),
        ]
        let page = PreviewPage.failedBuild(diagnostics, lastGood: "bukti/AREA I/a b.html")
        #expect(page.contains("<h1>Build gagal: 1 kesalahan, 1 peringatan</h1>"))
        #expect(page.contains("<li class=\"kesalahan\"><code>Content/&lt;b&gt;.csv:3:7</code> <strong>kesalahan</strong>: "
            + "sel &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39; &amp; &quot;x&quot; salah</li>"))
        #expect(page.contains("<li class=\"peringatan\"><code>Content/situs.yml:1:1</code> <strong>peringatan</strong>: peringatan &#39;y&#39;</li>"))
        #expect(page.contains("href=\"/__zisite/terakhir/bukti/AREA%20I/a%20b.html\""))
        #expect(!page.contains("<script>"))
    }

    @Test func withoutAGoodBuildThereIsNoLinkToIt() {
        let page = PreviewPage.failedBuild([], lastGood: nil)
        #expect(page.contains("Belum ada build yang berhasil"))
        #expect(!page.contains(PreviewPage.lastGoodPrefix))
    }

    @Test func notFoundNamesThePathEscaped() {
        let page = PreviewPage.notFound("<a>.html")
        #expect(page.contains("<code>&lt;a&gt;.html</code>"))
        #expect(page.contains("lang=\"id\""))
    }
}
