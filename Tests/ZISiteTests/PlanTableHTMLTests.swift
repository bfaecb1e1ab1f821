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
        XCTAssertTrue(html.contains("<td rowspan=\"3\">1</td><td rowspan=\"3\">Tim</td><td rowspan=\"2\">Ada tim</td>"), html)
        XCTAssertTrue(html.contains("<tr id=\"langkah-i-1-b\"><th scope=\"row\" class=\"kode\">I.1.b</th><td>Rapat tim</td>"), html)
        XCTAssertTrue(html.contains("<tr id=\"langkah-i-1-c\"><td>Tim bekerja</td><th scope=\"row\" class=\"kode\">I.1.c</th>"), html)
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

    func testSectionRowLinksToTheSectionPage() {
        let html = PlanTableHTML(plan: plan("II Penataan\n1\tA\tB\tC\tD\tJanuari\t1\n"), root: "")
            .table(id: "tabel", caption: "x")
        XCTAssertTrue(html.contains("<tbody id=\"bagian-ii\">"))
        XCTAssertTrue(html.contains("<a href=\"bagian/ii.html\">II</a> Penataan"), html)
    }
}
