import Foundation
import XCTest
@testable import ZISite

final class LogoReaderTests: XCTestCase {
    private var scratch: TemporaryFolder!
    private let location = SourceLocation(file: "Content/situs.yml", line: 8, column: 9)

    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46])
    static let svg = Data("""
        \u{FEFF}<?xml version="1.0" encoding="UTF-8"?>
        <!-- Dibuat dengan Inkscape -->
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>
        """.utf8)

    override func setUpWithError() throws {
        scratch = try TemporaryFolder()
    }

    private var content: String { scratch.path("Content").path }

    private func read(_ written: String) -> (UnitLogo?, [Diagnostic]) {
        var diagnostics = DiagnosticList()
        let logo = LogoReader.read(written, folder: content, location: location, diagnostics: &diagnostics)
        return (logo, diagnostics.items)
    }

    /// The one error, at the setting's value.
    private func error(_ written: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let (logo, diagnostics) = read(written)
        XCTAssertNil(logo, file: file, line: line)
        XCTAssertEqual(diagnostics.map(\.severity), [.error], file: file, line: line)
        XCTAssertEqual(diagnostics.first?.location, location, file: file, line: line)
        return diagnostics.first?.message ?? ""
    }

    func testAnImageIsKnownByItsBytesNotItsName() {
        XCTAssertEqual(ImageFormatReader.format(of: Self.png), .png)
        XCTAssertEqual(ImageFormatReader.format(of: Self.jpeg), .jpeg)
        XCTAssertEqual(ImageFormatReader.format(of: Self.svg), .svg)
        XCTAssertEqual(ImageFormatReader.format(of: Data("<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"/>".utf8)), .svg)
        let notImages = ["%PDF-1.7\n", "GIF89a", "<html><body>logo</body></html>", "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle",
                         "logo KPU", ""]
        for bytes in notImages {
            XCTAssertNil(ImageFormatReader.format(of: Data(bytes.utf8)), bytes)
        }
    }

    func testAnSVGThatRunsCodeIsRefused() throws {
        XCTAssertFalse(ImageFormatReader.runsCode(svg: Self.svg))
        let active = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><a x:href=\" JavaScript:alert(1)\"><circle r=\"1\"/></a></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"java&#9;script:alert(1)\"><circle r=\"1\"/></a></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><set attributeName=\"href\" to=\"x\" values=\"x;javascript:alert(1)\"/></a></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"x.html\"/></svg>",
        ]
        for (number, svg) in active.enumerated() {
            XCTAssertTrue(ImageFormatReader.runsCode(svg: Data(svg.utf8)), svg)
            try scratch.write("Content/logo-\(number).svg", Data(svg.utf8))
            XCTAssertTrue(error("logo-\(number).svg").contains("berisi skrip atau kode"), svg)
        }
    }

    func testALogoInsideTheContentFolderIsReadWithItsTrueFormat() throws {
        let file = try scratch.write("Content/gambar/logo.jpg", Self.png)
        let (logo, diagnostics) = read("gambar\\logo.jpg")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(logo?.format, .png, "a PNG saved under a .jpg name is a PNG")
        XCTAssertEqual(logo?.source.path, file.resolvingSymlinksInPath().path)
        try scratch.write("Content/logo.svg", Self.svg)
        XCTAssertEqual(read("./logo.svg").0?.format, .svg)
    }

    func testAMissingLogoIsAnError() throws {
        try scratch.write("Content/logo.png", Self.png)
        XCTAssertEqual(error("logo-kpu.png"),
                       "berkas logo 'logo-kpu.png' tidak ada di folder konten; salin berkas logonya ke folder konten atau perbaiki namanya di sini")
    }

    func testAFileThatIsNotAPNGJPEGOrSVGIsAnError() throws {
        try scratch.write("Content/logo.png", Data("%PDF-1.7\n".utf8))
        XCTAssertEqual(error("logo.png"),
                       "berkas logo 'logo.png' bukan gambar PNG, JPEG atau SVG; simpan ulang logonya dalam salah satu format itu (misalnya di Paint: Simpan Sebagai > PNG)")
        try FileManager.default.createDirectory(at: scratch.path("Content/logo"), withIntermediateDirectories: true)
        XCTAssertTrue(error("logo").hasPrefix("berkas logo 'logo' tidak dapat dibaca"))
    }

    func testAPathThatLeavesTheContentFolderIsRefusedEvenWhenTheFileExists() throws {
        let outside = try scratch.write("logo.png", Self.png)
        try scratch.write("Content/logo.png", Self.png)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("Content/tautan.png").path, withDestinationPath: "../logo.png")
        for written in ["../logo.png", "gambar/../../logo.png", outside.path, "C:\\Logo\\logo.png", "tautan.png"] {
            XCTAssertTrue(error(written).hasPrefix("logo '\(written)' ditolak: berkas logo harus berada di dalam folder konten"), written)
        }
    }
}
