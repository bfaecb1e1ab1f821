import Foundation
import XCTest
@testable import ZISite

/// The fast paths for trimming and slugs give what Foundation gives.
final class TextFastPathTests: XCTestCase {
    /// Every code point Foundation counts as white space or a line end, and some it does not.
    private static let spaces: [Unicode.Scalar] = (0...0xFFFF).compactMap(Unicode.Scalar.init).filter { scalar in
        CharacterSet.whitespacesAndNewlines.contains(scalar) || [0x200C, 0xFEFF, 0x1C, 0x1F, 0xA0, 0x2060].contains(scalar.value)
    }

    func testTrimmingRemovesWhatFoundationRemovesAndNothingMore() {
        XCTAssertGreaterThan(Self.spaces.count, 25)
        for space in Self.spaces {
            for text in ["\(space)I.1.a\(space)", "\(space)\(space)", "a\(space)b", "\(space)\u{301}selesai\(space)", "\(space)"] {
                XCTAssertEqual(text.trimmingWhiteSpace, text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(space.value, radix: 16))")
            }
        }
        XCTAssertEqual(" \r\n dalam proses\t".trimmingWhiteSpace, "dalam proses")
    }

    /// Trimming spaces gives what Foundation's `.whitespaces` gives, on
    /// texts that take the ASCII path and texts that do not.
    func testTrimmingSpacesIsFoundationsTrimmingOfWhiteSpaces() {
        let ends = Self.spaces.map { String($0) } + ["a", "~", "!", "\u{7F}", "\u{1F}", "é", "e\u{301}", "\u{301}", ""]
        for first in ends {
            for last in ends {
                for text in ["\(first)I.1.a\(last)", "\(first)\(last)", "\(first) selesai \(last)"] {
                    XCTAssertEqual(text.trimmingSpaces, text.trimmingCharacters(in: .whitespaces), text.debugDescription)
                    XCTAssertEqual(text.dropFirst(0).trimmingSpaces, text.trimmingCharacters(in: .whitespaces), text.debugDescription)
                }
            }
        }
        XCTAssertEqual(" \tdalam proses\n".trimmingSpaces, "dalam proses\n")
    }

    func testWhiteSpaceIsUnicodesWhiteSpaceProperty() {
        for scalar in (0...0x10FFF).compactMap(Unicode.Scalar.init) {
            XCTAssertEqual(scalar.isWhiteSpace, scalar.properties.isWhitespace, "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// Folding white space gives what splitting at every white-space
    /// `Character` and joining with one space gives, on every text of up to
    /// four of these pieces (the ASCII ones take the path that returns the text).
    func testFoldingWhiteSpaceIsSplittingAndJoining() {
        let pieces = ["a", "Z", "~", " ", "  ", "\t", "\n", "\r\n", "é", "e\u{301}", "\u{00A0}", "\u{2003}", "\u{200B}", "\u{7F}"]
        var texts = [""]
        for _ in 0..<4 { texts = texts.flatMap { text in pieces.map { text + $0 } } }
        for text in texts {
            XCTAssertEqual(text.foldingWhiteSpace, text.split(whereSeparator: \.isWhitespace).joined(separator: " "), text.debugDescription)
        }
        XCTAssertTrue("Tim Kerja ZI".isFoldedASCII)
        XCTAssertFalse("Tim  Kerja".isFoldedASCII)
    }

    /// Telling a forbidden code point from the bytes is `isForbidden` of
    /// each code point, on every text of up to three pieces that border the
    /// forbidden ranges in one, two, three and four bytes.
    func testForbiddenCodePointsAreToldFromTheBytesAsFromTheCodePoints() {
        let scalars: [UInt32] = [0x00, 0x08, 0x09, 0x0A, 0x0B, 0x0D, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0x7FF, 0x800,
                                 0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x1FFFD, 0x1FFFE,
                                 0x1FFFF, 0x2FFFE, 0xEFFFF, 0xFFFFE, 0x10FFFE, 0x10FFFF, 0x1F600]
        let pieces = ["a", "e\u{301}"] + scalars.map { String(Unicode.Scalar($0)!) }
        var texts = [""]
        for _ in 0..<3 { texts = texts.flatMap { text in pieces.map { text + $0 } } }
        var forbidden = 0
        for text in texts {
            let expected = text.unicodeScalars.contains(where: MarkupCodePoint.isForbidden)
            XCTAssertEqual(MarkupCodePoint.anyForbidden(in: text), expected, text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            if expected { forbidden += 1 }
        }
        XCTAssertGreaterThan(forbidden, texts.count / 2)
    }

    func testASCIISlugsAreThoseOfTheFoldingPath() {
        let ascii = String((0..<128).compactMap(Unicode.Scalar.init).map(Character.init))
        for text in ["Triwulan IV 2025", "--A  b--", "\r\n", "", "x_y.z/1", ascii, String(ascii.reversed()), "Tidak Dilaksanakan", "SK-01.PDF"] {
            XCTAssertEqual(Slug.ascii(text.utf8, fallback: "f"), Slug.folded(text, fallback: "f"), text)
        }
        XCTAssertEqual(Slug.make("Triwulan IV 2025", fallback: "x"), "triwulan-iv-2025")
        XCTAssertEqual(Slug.make("Foto Café.JPG", fallback: "x"), "foto-cafe-jpg")
        XCTAssertEqual(Slug.make("  ", fallback: "x"), "x")
    }

    /// A Markdown page's title is its first line that is not blank, and its
    /// body what follows that line, as splitting the text into lines and
    /// joining the rest gave them, on every text of up to four pieces.
    func testAPagesTitleLineAndBodyAreThoseOfSplittingIntoLines() {
        let pieces = ["\n", " ", "\t", "# Judul", "teks", "#", "\u{301}", "\u{A0}", "# A #"]
        var texts = [""]
        for _ in 0..<4 { texts = texts.flatMap { text in pieces.map { text + $0 } } }
        for text in texts {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var diagnostics = DiagnosticList()
            let page = MarkdownPageReader.read(text: text, fileName: "01-uji.md", path: "halaman/01-uji.md", diagnostics: &diagnostics)
            if let index = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }), page.body != text || diagnostics.items.isEmpty {
                lines.removeSubrange(0...index)
                XCTAssertEqual(page.body, lines.joined(separator: "\n"), text.debugDescription)
                XCTAssertTrue(diagnostics.items.isEmpty, text.debugDescription)
            } else {
                XCTAssertEqual(page.body, text, text.debugDescription)
                XCTAssertEqual(diagnostics.items.count, 1, text.debugDescription)
            }
        }
    }
}
