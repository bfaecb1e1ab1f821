import XCTest
@testable import ZISite

final class PlanTableHTMLTests: XCTestCase {
    private func plan(_ rows: String) -> Plan {
        var diagnostics = DiagnosticList()
        let text = "NO\tKOMPONEN\tINDIKATOR\tLANGKAH AKSI\tBUKTI FISIK\tTARGET WAKTU\tTARGET CAPAIAN\n" + rows
        return PlanTableReader.read(text: text, file: "t.tsv", planYear: 2025, diagnostics: &diagnostics)
    }

    func testComponentAndIndicatorCellsSpanTheRowsOfTheirSteps() {
        let html = PlanTableHTML(plan: plan("""
            I Manajemen Perubahan
            1\tTim\tAda tim\tBentuk tim\tSK\tJanuari\t1
            \t\t\tRapat tim\tNotulen\tFebruari\t1
            \t\tTim bekerja\tLaporan tim\tLaporan\tMaret\t1

            """), root: "").table(id: "tabel", caption: "Rencana aksi")
        XCTAssertTrue(html.contains("<td rowspan=\"3\" aria-rowspan=\"3\" role=\"cell\" data-label=\"NO\">1</td><td rowspan=\"3\" aria-rowspan=\"3\" role=\"cell\" data-label=\"KOMPONEN\">Tim</td><td rowspan=\"2\" aria-rowspan=\"2\" role=\"cell\" data-label=\"INDIKATOR\">Ada tim</td>"), html)
        XCTAssertTrue(html.contains("<tr id=\"langkah-i-1-b\" role=\"row\"><th scope=\"row\" class=\"kode\" role=\"rowheader\" data-label=\"Kode\">I.1.b</th><td role=\"cell\" data-label=\"LANGKAH AKSI\">Rapat tim</td>"), html)
        XCTAssertTrue(html.contains("<tr id=\"langkah-i-1-c\" role=\"row\"><td role=\"cell\" data-label=\"INDIKATOR\">Tim bekerja</td><th scope=\"row\" class=\"kode\" role=\"rowheader\" data-label=\"Kode\">I.1.c</th>"), html)
    }

    func testHeaderUsesTheDecreesOwnColumnNamesAndAddsTheCode() {
        let html = PlanTableHTML(plan: plan("I Satu\n1\tA\tB\tC\tD\tJanuari\t1\n"), root: "")
            .table(id: "tabel", caption: "Rencana <aksi>")
        XCTAssertTrue(html.contains("<caption id=\"tabel-judul\">Rencana &lt;aksi&gt;</caption>"))
        let headers = html.components(separatedBy: "<th scope=\"col\"").count - 1
        XCTAssertEqual(headers, 8)
        XCTAssertTrue(html.contains(">Kode</th>"))
        XCTAssertTrue(html.contains(">TARGET CAPAIAN</th>"))
    }

    func testEveryCellNamesItsColumnEscapedAndSaysItsTableRole() {
        var table = PlanTableHTML(plan: plan("I Satu\n1\tA\tB\tC\tD\tJanuari\t1\n"), root: "")
        table.extraColumn = (header: "Status \"kini\" & <x>", cell: { _ in "selesai" })
        let html = table.table(id: "tabel", caption: "x")
        XCTAssertTrue(html.contains("<table class=\"tabel-rencana tabel-susun\" role=\"table\" id=\"tabel\">"), html)
        XCTAssertTrue(html.contains("<thead role=\"rowgroup\">\n<tr role=\"row\"><th scope=\"col\" class=\"kolom-number\" role=\"columnheader\">NO</th>"), html)
        XCTAssertTrue(html.contains("<td role=\"cell\" data-label=\"TARGET CAPAIAN\">1</td><td role=\"cell\" data-label=\"Status &quot;kini&quot; &amp; &lt;x&gt;\">selesai</td></tr>"), html)
    }

    func testSectionRowLinksToTheSectionPage() {
        let html = PlanTableHTML(plan: plan("II Penataan\n1\tA\tB\tC\tD\tJanuari\t1\n"), root: "")
            .table(id: "tabel", caption: "x")
        XCTAssertTrue(html.contains("<tbody id=\"bagian-ii\" role=\"rowgroup\">"))
        XCTAssertTrue(html.contains("<a href=\"bagian/ii.html\">II</a> Penataan"), html)
    }
}
