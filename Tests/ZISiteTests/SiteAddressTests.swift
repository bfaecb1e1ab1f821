import XCTest
@testable import ZISite

/// `alamat_situs` is read as a URL of a folder and refused otherwise, so
/// nothing but an address reaches `sitemap.xml`, `feed.xml` and the printed page.
final class SiteAddressTests: XCTestCase {
    func testPlainFolderAddressesAreKept() {
        for address in ["https://www.example.org/zona-integritas/", "http://kpu-kendarikota.go.id", "https://kpu.go.id:8443/zi/2025/",
                        "https://contoh.id/folder%20dua/", "HTTPS://KPU.GO.ID/ZI/", "https://contoh.id/a_b~c/(1)/"] {
            XCTAssertNil(SiteAddress.problem(address), address)
        }
    }

    func testAnythingElseIsRefusedWithItsReason() {
        let refused: [(String, String)] = [
            ("ftp://contoh.id/", "https://"),
            ("www.contoh.id/zi/", "https://"),
            ("javascript:alert(1)//https://", "https://"),
            ("https://contoh.id/zi/?x=<y>&z", "tanda tanya"),
            ("https://contoh.id/zi/#atas", "tanda #"),
            ("https://contoh.id/zi folder/", "spasi"),
            ("https://contoh.id/\"onload=alert(1)", "tanda petik"),
            ("https://contoh.id/'x", "tanda petik"),
            ("https://contoh.id/<script>", "< atau >"),
            ("https://contoh.id/x\"\u{338}", "tanda petik"),
            ("https://contoh.id/\u{338}", "U+338"),
            ("https://kpu.go.id/zona-integritas\u{200D}/", "U+200D"),
            ("https://", "nama host"),
            ("https:///zi/", "nama host"),
            ("https://contoh..id/", "nama host"),
            ("https://-contoh.id/", "nama host"),
            ("https://user@contoh.id/", "nama host"),
            ("https://contoh.id:0/", "port"),
            ("https://contoh.id:99999/", "port"),
            ("https://contoh.id:80a/", "port"),
            ("https://contoh.id/%zz/", "heksadesimal"),
            ("https://contoh.id/100%", "heksadesimal"),
        ]
        for (address, reason) in refused {
            let problem = SiteAddress.problem(address)
            XCTAssertTrue(problem?.contains(reason) == true, "\(address): \(problem ?? "accepted")")
        }
    }
}
