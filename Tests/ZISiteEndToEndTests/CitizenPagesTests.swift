import Foundation
import XCTest
@testable import ZISite

/// What a citizen and the PPID find on the pages: the signed decree to
/// download with its true size, how to ask for information and object under
/// UU 14/2008, and how to file a complaint through the unit's channels.
final class CitizenPagesTests: XCTestCase {
    private static let complaintPage = "layanan/pengaduan-tahun-2025.html"
    private static let complaintContact = "  pengaduan: kota_kendari@kpu.go.id\n"
    /// The example's contacts, which the edits replace whole.
    private static let exampleContacts = complaintContact + "  ppid: kota_kendari@kpu.go.id\n"

    /// The example unit with its settings changed by `edit` and `files` added
    /// to its content folder, built.
    private func site(_ scratch: ScratchFolder, edit: (String) -> String = { $0 }, files: [String: Data] = [:],
                      file: StaticString = #filePath, line: UInt = #line) throws -> BuiltSite {
        let content = try scratch.copy(Repository.content, as: "Content")
        let settings = content.appendingPathComponent("situs.yml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        XCTAssertTrue(text.contains(Self.exampleContacts) && text.contains("  judul_lampiran:"), "the example's settings as the edits expect them",
                      file: file, line: line)
        try edit(text).write(to: settings, atomically: true, encoding: .utf8)
        for (name, data) in files {
            let target = content.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: target)
        }
        let site = BuiltSite(content: content, output: scratch.path("Output"))
        XCTAssertTrue(site.result.succeeded, site.errors.map(\.formatted).joined(separator: "\n"), file: file, line: line)
        return site
    }

    /// The page's `<section class="…">`, where the footer's contacts are not.
    private func section(_ name: String, of html: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard let start = html.range(of: "<section class=\"\(name)\""), let end = html[start.upperBound...].range(of: "</section>") else {
            XCTFail("no section \(name)", file: file, line: line)
            return ""
        }
        return String(html[start.lowerBound..<end.upperBound])
    }

    func testTheSignedDecreeIsPublishedAndLinkedWithItsTrueSize() throws {
        let scratch = try ScratchFolder()
        let scan = Data("%PDF-1.5\n".utf8) + Data(repeating: 0x20, count: 1_300_000)
        let site = try site(scratch, edit: { $0.replacingOccurrences(of: "  judul_lampiran:", with: "  berkas: pindaian/SK 65 ditandatangani.pdf\n  judul_lampiran:") },
                            files: ["pindaian/SK 65 ditandatangani.pdf": scan])
        let path = "dokumen/keputusan-nomor-65-tahun-2025.pdf"
        XCTAssertEqual(try site.files()[path], scan, "the site holds the scan's very bytes")
        let size = IndonesianFormat.fileSize(scan.count)
        XCTAssertEqual(size, "1,2 MB")

        let decree = try site.html(SitePaths.decree)
        XCTAssertTrue(decree.contains("<a href=\"\(path)\" type=\"application/pdf\">Unduh salinan keputusan yang ditandatangani (PDF, 1,2 MB)</a>"), decree)
        XCTAssertFalse(decree.contains("dapat dimohonkan"))

        let list = try site.html(SitePaths.publicInformation)
        XCTAssertTrue(list.contains("<li><a href=\"\(path)\">PDF, 1,2 MB</a></li>"), list)
        let text = VisibleText.of(list)
        XCTAssertTrue(text.contains("2 Salinan Keputusan KPU Kota Kendari Nomor 65 Tahun 2025 yang ditandatangani (hasil pindai) Berkala PPID KPU Kota Kendari 8 September 2025 PDF, 1,2 MB"), text)
        XCTAssertTrue(text.contains("3 Lampiran:"), "the rows after it are numbered on")
    }

    /// Without `keputusan.berkas` no link and no file, and the Keputusan page
    /// says where to ask for a signed copy.
    func testWithoutAScanTheDecreePageSendsToTheRequestSection() throws {
        let scratch = try ScratchFolder()
        let site = BuiltSite.example(in: scratch)
        XCTAssertFalse(try site.files().keys.contains { $0.hasPrefix("dokumen/") })
        let decree = try site.html(SitePaths.decree)
        XCTAssertFalse(decree.contains("Unduh salinan"))
        XCTAssertTrue(decree.contains("Salinan keputusan yang ditandatangani dapat dimohonkan kepada PPID KPU Kota Kendari; lihat "
                                      + "<a href=\"informasi-publik.html#permohonan-informasi\">cara mengajukan permohonan informasi</a>."), decree)
        let list = try site.html(SitePaths.publicInformation)
        XCTAssertTrue(list.contains("<h2 id=\"permohonan-informasi\">Permohonan informasi</h2>"), list)
        XCTAssertFalse(list.contains("hasil pindai"))
    }

    /// The periods of UU 14/2008 (Pasal 22 ayat 7 and 8, Pasal 36, Pasal 37),
    /// the objection to the PPID's superior and the dispute before the
    /// Komisi Informasi, whatever the settings say.
    private func assertTheLawsTerms(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        for fact in [
            "pemberitahuan tertulis atas permohonan paling lambat 10 hari kerja sejak permohonan diterima",
            "dapat diperpanjang paling lambat 7 hari kerja berikutnya dengan alasan tertulis",
            "keberatan secara tertulis kepada atasan PPID KPU Kota Kendari paling lambat 30 hari kerja setelah alasan keberatan ditemukan",
            "Atasan PPID memberikan tanggapan tertulis atas keberatan paling lambat 30 hari kerja sejak keberatan diterima",
            "sengketa informasi kepada Komisi Informasi yang berwenang paling lambat 14 hari kerja setelah tanggapan tertulis itu diterima",
            "nama dan alamat pemohon", "tujuan atau alasan permohonan", "nomor pendaftaran",
            "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
        ] {
            XCTAssertTrue(text.contains(fact), fact, file: file, line: line)
        }
    }

    func testWithoutAPPIDContactTheRequestSectionStillSaysHowAndWhere() throws {
        let scratch = try ScratchFolder()
        let site = try site(scratch, edit: { $0.replacingOccurrences(of: Self.exampleContacts, with: Self.complaintContact) })
        let text = VisibleText.of(try site.html(SitePaths.publicInformation))
        assertTheLawsTerms(text)
        XCTAssertTrue(text.contains("Kontak PPID belum dicantumkan di situs ini. Permohonan dapat diajukan langsung kepada PPID di kantor KPU Kota Kendari."), text)
        XCTAssertFalse(text.contains("Permohonan dapat diajukan melalui:"))
    }

    func testTheRequestSectionNamesThePPIDAndTheOffice() throws {
        let scratch = try ScratchFolder()
        let contacts = Self.complaintContact + "  ppid: ppid@kendari.example.go.id\n  telepon: \"(0401) 312 3456\"\n  alamat: Jalan Contoh Nomor 1, Kendari\n"
        let site = try site(scratch, edit: { $0.replacingOccurrences(of: Self.exampleContacts, with: contacts) })
        let html = try site.html(SitePaths.publicInformation)
        XCTAssertTrue(html.contains("<li>PPID: <a href=\"mailto:ppid@kendari.example.go.id\">ppid@kendari.example.go.id</a></li>\n"
                                    + "<li>Telepon: (0401) 312 3456</li>\n<li>Alamat kantor: Jalan Contoh Nomor 1, Kendari</li>"), html)
        let text = VisibleText.of(section("permohonan-informasi", of: html))
        assertTheLawsTerms(text)
        XCTAssertFalse(text.contains("belum dicantumkan"), text)
        XCTAssertFalse(text.contains("kota_kendari@kpu.go.id"), "a complaint channel is not where information is asked for")
    }

    /// Each configured channel, in the settings' words, escaped; the
    /// complaint channel's label says what kind of link it is.
    func testTheComplaintPageListsTheConfiguredChannelsEscaped() throws {
        let scratch = try ScratchFolder()
        let phone = "<b>0401</b> & \"WA\" 0812'34"
        let address = "Jl. <script>alert(1)</script> No. 1 & 2"
        let contacts = "  pengaduan: https://pengaduan.example.go.id/kendari\n  telepon: \(JSONString.quoted(phone))\n  alamat: \(JSONString.quoted(address))\n"
        let site = try site(scratch, edit: { $0.replacingOccurrences(of: Self.exampleContacts, with: contacts) })
        let html = try site.html(Self.complaintPage)
        XCTAssertTrue(html.contains("<h2 id=\"judul-cara-pengaduan\">Cara menyampaikan pengaduan</h2>"), html)
        XCTAssertTrue(html.contains("<li>Laman pengaduan: <a href=\"https://pengaduan.example.go.id/kendari\">https://pengaduan.example.go.id/kendari</a></li>\n"
                                    + "<li>Telepon: \(HTML.escape(phone))</li>\n"
                                    + "<li>Datang langsung atau kirim surat ke kantor: \(HTML.escape(address))</li>"), html)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertFalse(html.contains("<b>0401"))
    }

    func testTheComplaintPageWithAnEmailChannelAndWithNone() throws {
        let example = try ScratchFolder()
        let html = try BuiltSite.example(in: example).html(Self.complaintPage)
        XCTAssertTrue(html.contains("<li>Surel pengaduan: <a href=\"mailto:kota_kendari@kpu.go.id\">kota_kendari@kpu.go.id</a></li>"), html)

        let scratch = try ScratchFolder()
        let site = try site(scratch, edit: { $0.replacingOccurrences(of: Self.exampleContacts, with: "  website: https://kendari.example.go.id/\n") })
        let text = VisibleText.of(section("cara-pengaduan", of: try site.html(Self.complaintPage)))
        XCTAssertTrue(text.contains("Saluran pengaduan belum dicantumkan di situs ini. Pengaduan tentang pelayanan KPU Kota Kendari dapat disampaikan langsung di kantor KPU Kota Kendari."), text)
        XCTAssertFalse(text.contains("kendari.example.go.id"), "the website is not a complaint channel")
        XCTAssertTrue(text.contains("apa yang terjadi, kapan dan di mana"))
    }
}
