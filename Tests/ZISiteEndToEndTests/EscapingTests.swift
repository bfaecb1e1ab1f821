import Foundation
import XCTest
@testable import ZISite

/// Text from content never becomes markup: a whole small site described in
/// strings, with hostile text in every kind of file.
final class EscapingTests: XCTestCase {
    private let settings = """
        format: 1
        satker:
          nama: KPU Kota <Uji> & "Coba"
          tingkat: kota
        tahun_rencana: 2025
        keputusan:
          nomor: "1<2"
          tahun: 2025
          tentang: A & B <script>alert(1)</script>
          ditetapkan_di: Kota 'Uji'
          tanggal: 2025-01-02
          penandatangan: X
          jabatan: Y
        kontak:
          website: https://contoh.id/?a=1&b='2'
        data_per: 2025-01-02
        alamat_situs: https://contoh.id/zi/(uji)/
        """

    private let table = """
        NO\tKOMPONEN\tINDIKATOR\tLANGKAH AKSI\tBUKTI FISIK\tTARGET WAKTU\tTARGET CAPAIAN
        I <script>alert(1)</script> & Seksi
        1\t<img src=x onerror=alert(1)>\tA < B\t<b>Tebal</b> & <u>garis</u>\t"Foto" 'x'\tJanuari 2025\t1 (satu) <Dokumen>

        """

    func testHostileTextIsEscapedEverywhere() throws {
        let scratch = try ScratchFolder()
        let content = scratch.path("Content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("halaman"), withIntermediateDirectories: true)
        try settings.write(to: content.appendingPathComponent("situs.yml"), atomically: true, encoding: .utf8)
        try table.write(to: content.appendingPathComponent("rencana-aksi.tsv"), atomically: true, encoding: .utf8)
        try "# Judul <i>x</i>\n\n<script>alert(1)</script>\n\n[a](javascript:alert(1))\n"
            .write(to: content.appendingPathComponent("halaman/01-uji.md"), atomically: true, encoding: .utf8)

        let site = BuiltSite(content: content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"))
        for (path, data) in try site.files() where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            let page = String(decoding: data, as: UTF8.self)
            XCTAssertFalse(page.contains("<script"), path)
            XCTAssertFalse(page.contains("<img"), path)
            XCTAssertFalse(page.contains("<u>"), path)
            XCTAssertFalse(page.contains("<Uji>"), path)
            XCTAssertFalse(page.contains("javascript:"), path)
            XCTAssertFalse(page.contains("<Dokumen>"), path)
        }
        let annex = try site.html("lampiran.html")
        XCTAssertTrue(annex.contains("&lt;img src=x onerror=alert(1)&gt;"))
        XCTAssertTrue(annex.contains("A &lt; B"))
        XCTAssertTrue(annex.contains("<b>Tebal</b> &amp; &lt;u&gt;garis&lt;/u&gt;"), "only <b> and <i> stay markup")
        XCTAssertTrue(annex.contains("&quot;Foto&quot; &#39;x&#39;"))
        let home = try site.html("index.html")
        XCTAssertTrue(home.contains("KPU Kota &lt;Uji&gt; &amp; &quot;Coba&quot;"))
        XCTAssertTrue(home.contains("href=\"https://contoh.id/?a=1&amp;b=&#39;2&#39;\""))
        let sitemap = try site.html("sitemap.xml")
        XCTAssertTrue(sitemap.contains("<loc>https://contoh.id/zi/(uji)/index.html</loc>"), sitemap)
    }
}
