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

    /// Logos as drawing programs save them: plain, Inkscape's own SVG with
    /// its editor metadata, Illustrator's with a style sheet and fragments.
    static let drawings = [
        String(decoding: svg, as: UTF8.self),
        """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <svg xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#"
           xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:svg="http://www.w3.org/2000/svg"
           xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
           xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="210mm" height="297mm" viewBox="0 0 210 297"
           version="1.1" id="svg8" inkscape:version="0.92.4" sodipodi:docname="logo.svg">
          <defs id="defs2"><linearGradient id="g"><stop offset="0" style="stop-color:#7a1010;stop-opacity:1"/></linearGradient></defs>
          <sodipodi:namedview id="base" pagecolor="#ffffff" bordercolor="#666666" inkscape:zoom="0.35" showgrid="false"/>
          <metadata id="metadata5"><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format>
            <dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/><dc:title></dc:title></cc:Work></rdf:RDF></metadata>
          <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1" transform="translate(0,-10)">
            <path style="fill:url(#g);stroke:#000000;stroke-width:0.26px" d="M 10,10 H 100 V 100 Z" id="path1"/>
            <text xml:space="preserve" style="font-size:10px;font-family:sans-serif" x="20" y="50"><tspan x="20" y="50">KPU</tspan></text>
          </g>
        </svg>
        """,
        """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- Generator: Adobe Illustrator 24.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
        <svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
        	 viewBox="0 0 100 100" style="enable-background:new 0 0 100 100;" xml:space="preserve">
        <style type="text/css">
        	.st0{fill:#FFFFFF;}
        	.st1{clip-path:url(#SVGID_2_);fill:#7A1010;}
        </style>
        <g><defs><rect id="SVGID_1_" width="100" height="100"/></defs>
        <clipPath id="SVGID_2_"><use xlink:href="#SVGID_1_" style="overflow:visible;"/></clipPath>
        <circle class="st1" cx="50" cy="50" r="40"/><polygon class="st0" points="50,20 70,70 30,70"/></g>
        </svg>
        """,
    ]

    func testAnSVGLogoMayHoldDrawingOnly() throws {
        let example = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content/logo.svg"))
        for (number, drawing) in ([example] + Self.drawings.map { Data($0.utf8) }).enumerated() {
            try scratch.write("Content/gambar-\(number).svg", drawing)
            let (logo, diagnostics) = read("gambar-\(number).svg")
            XCTAssertEqual(diagnostics.map(\.message), [], String(decoding: drawing, as: UTF8.self))
            XCTAssertEqual(logo?.format, .svg)
        }
        let svg = "xmlns=\"http://www.w3.org/2000/svg\""
        let active: [(String, String)] = [
            ("<svg \(svg)><script>alert(1)</script></svg>", "elemen <script>"),
            ("<svg \(svg) onload=\"alert(1)\"/>", "atribut onload pada <svg>"),
            ("<svg \(svg) xmlns:x=\"http://www.w3.org/1999/xlink\"><a x:href=\" JavaScript:alert(1)\"><circle r=\"1\"/></a></svg>", "elemen <a>"),
            ("<svg \(svg)><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>", "elemen <foreignObject>"),
            ("<svg \(svg)><a><set attributeName=\"href\" to=\"x\" values=\"x;javascript:alert(1)\"/></a></svg>", "elemen <a>"),
            ("<svg \(svg)><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"x.html\"/></svg>", "elemen <iframe>"),
            // A browser reads all of a <style>'s text, also after an element inside it.
            ("<svg \(svg)><style><g/>@import url(https://evil.example/x.css);</style></svg>", "elemen <g> di dalam <style>"),
            ("<svg \(svg)><style>rect { fill: url(\u{338}https://evil.example/x.svg#a) }</style></svg>", "alamat 'url"),
            // What the deny list let through.
            ("<?xml-stylesheet type=\"text/xsl\" href=\"data:text/xsl;base64,PHhzbDpzdHlsZXNoZWV0Lz4=\"?><svg \(svg)/>",
             "instruksi <?xml-stylesheet …?>"),
            ("<svg \(svg)><use href=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=#x\"/></svg>", "tautan href=\"data:image/svg+xml;base64,"),
            ("<svg \(svg) xmlns:l=\"http://www.w3.org/1999/xlink\"><use l:href=\"https://contoh.example/a.svg#x\"/></svg>", "tautan l:href="),
            ("<svg \(svg)><circle r=\"5\"><set attributeName=\"onmouseover\" to=\"alert(1)\"/></circle></svg>", "elemen <set>"),
            ("<svg \(svg)><rect width=\"5\" height=\"5\"><animate attributeName=\"fill\" to=\"red\"/></rect></svg>", "elemen <animate>"),
            ("<svg \(svg)><image href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>", "elemen <image>"),
            ("<svg \(svg) xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:script>alert(1)</h:script></svg>", "elemen <h:script>"),
            ("<!DOCTYPE svg [<!ENTITY x \"&#60;script&#62;alert(1)&#60;/script&#62;\">]><svg \(svg)>&x;</svg>", "DOCTYPE berisi deklarasi sendiri"),
            ("<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert(1)\">]><svg \(svg)/>", "DOCTYPE berisi deklarasi sendiri"),
            ("<svg \(svg)><style>@import url(https://contoh.example/a.css);</style></svg>", "gaya CSS dengan '@' di <style>"),
            ("<svg \(svg)><style>rect{fill:\\75rl(https://contoh.example/a)}</style></svg>", "gaya CSS dengan '\\' di <style>"),
            ("<svg \(svg)><rect style=\"fill: url( 'https://contoh.example/a.png')\"/></svg>", "alamat 'url(https://contoh."),
            ("<svg \(svg)><rect fill=\"url(https://contoh.example/a)\"/></svg>", "di atribut fill pada <rect>"),
            ("<svg \(svg)><rect data-x=\"1\"/></svg>", "atribut data-x pada <rect>"),
            ("<svg \(svg) xml:base=\"https://contoh.example/\"/>", "atribut xml:base pada <svg>"),
            ("<svg><circle r=\"1\"/></svg>", "elemen <svg> tanpa xmlns"),
        ]
        for (number, (svg, reason)) in active.enumerated() {
            try scratch.write("Content/logo-\(number).svg", Data(svg.utf8))
            let message = error("logo-\(number).svg")
            XCTAssertTrue(message.hasPrefix("berkas logo 'logo-\(number).svg' memuat "), message)
            XCTAssertTrue(message.contains(reason), "\(svg): \(message)")
            XCTAssertTrue(message.contains("yang tidak diizinkan dalam logo SVG; simpan logonya sebagai PNG"), message)
        }
    }

    func testALogoOverTwoMegabytesIsNotRead() throws {
        let limit = 2 * 1024 * 1024
        try scratch.write("Content/logo.png", Self.png + Data(count: limit - Self.png.count))
        XCTAssertEqual(read("logo.png").0?.format, .png, "2 MB is within the limit")
        try scratch.write("Content/logo.png", Self.png + Data(count: limit + 512 * 1024))
        XCTAssertEqual(error("logo.png"),
                       "berkas logo 'logo.png' berukuran 2,5 MB, lebih dari batas 2 MB; perkecil gambarnya, misalnya simpan sebagai PNG selebar 600 piksel")
    }

    func testALogoInsideTheContentFolderIsReadWithItsTrueFormat() throws {
        let file = try scratch.write("Content/gambar/logo.jpg", Self.png)
        let (logo, diagnostics) = read("gambar\\logo.jpg")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(logo?.format, .png, "a PNG saved under a .jpg name is a PNG")
        XCTAssertEqual(logo?.data, try Data(contentsOf: file))
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
