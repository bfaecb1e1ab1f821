import Foundation
import XCTest
@testable import ZISite

final class TextFileDecoderTests: XCTestCase {
    private func decode(_ bytes: [UInt8]) -> (String?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let text = TextFileDecoder.decode(Data(bytes), file: "t.tsv", diagnostics: &diagnostics)
        return (text, diagnostics)
    }

    func testUTF8WithAndWithoutByteOrderMark() {
        XCTAssertEqual(decode(Array("Fakta Integritas".utf8)).0, "Fakta Integritas")
        XCTAssertEqual(decode([0xEF, 0xBB, 0xBF] + Array("NO\tKOMPONEN".utf8)).0, "NO\tKOMPONEN")
        XCTAssertTrue(decode(Array("é".utf8)).1.items.isEmpty)
    }

    func testUTF16BothByteOrders() {
        let text = "NO\tKOMPONEN – é"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        XCTAssertEqual(decode(little).0, text)
        XCTAssertEqual(decode(big).0, text)
    }

    func testWindows1252IsReadWithAWarningAtTheFirstBadLine() {
        let bytes = Array("baris satu\n".utf8) + [0x93] + Array("Tolak Gratifikasi".utf8) + [0x94, 0x20, 0xE9]
        let (text, diagnostics) = decode(bytes)
        XCTAssertEqual(text, "baris satu\n\u{201C}Tolak Gratifikasi\u{201D} é")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.items.first?.location.line, 2)
    }

    /// A pipe, a device or a folder where a text file should be is an error;
    /// opening a pipe would wait for a writer forever.
    func testSomethingOtherThanARegularFileIsNotRead() throws {
        let folder = try TemporaryFolder()
        let pipe = folder.url.appendingPathComponent("situs.yml").path
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        for path in [pipe, folder.url.path] {
            var diagnostics = DiagnosticList()
            XCTAssertNil(ContentReader.readText(path, diagnostics: &diagnostics))
            XCTAssertEqual(diagnostics.items.map(\.message), ["ini bukan berkas biasa (mungkin folder, pipa atau perangkat) dan tidak dibaca; ganti dengan berkas teks"])
        }
    }

    /// Only a regular file has a size to read: not a symbolic link (links
    /// are resolved before, inside the content folder), a pipe or a folder.
    func testOnlyARegularFileHasASize() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.csv", Data("NO;A\n".utf8)).path
        let link = folder.path("b.csv").path, pipe = folder.path("c.csv").path
        XCTAssertEqual(symlink(file, link), 0)
        XCTAssertEqual(mkfifo(pipe, 0o600), 0)
        XCTAssertEqual(RegularFile.size(atPath: file), 5)
        for other in [link, pipe, folder.url.path, folder.path("tidak-ada.csv").path] {
            XCTAssertNil(RegularFile.size(atPath: other), other)
        }
    }

    /// A control character cannot stand in a page; the text keeps it, and
    /// the unit is told the first line that holds one.
    func testAControlCharacterIsKeptWithAWarningAtItsLine() {
        let (text, diagnostics) = decode(Array("NO\tKOMPONEN\nbaris\u{B}dua\nlagi\u{1}".utf8))
        XCTAssertEqual(text, "NO\tKOMPONEN\nbaris\u{B}dua\nlagi\u{1}")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.items.first.map { [$0.location.line, $0.location.column] }, [2, 6])
        XCTAssertTrue(diagnostics.items.first?.message.hasPrefix("berisi karakter kendali U+000B") == true, diagnostics.items.first?.message ?? "")
    }

    /// A file that is not text is one error saying what it looks like, and
    /// no warning about its encoding besides.
    func testFilesThatAreNotTextSayWhatTheyLookLike() {
        let cases: [([UInt8], String)] = [
            ([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00], "dokumen Word atau Excel (arsip zip)"),
            (Array("%PDF-1.7\n".utf8) + [0xE2, 0xE3, 0xCF, 0xD3], "berkas ini PDF"),
            (Array("NO\tKOMPONEN".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "UTF-16 tanpa penanda BOM"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF], "bukan teks (berisi byte NUL"),
        ]
        for (bytes, expected) in cases {
            let (text, diagnostics) = decode(bytes)
            XCTAssertNil(text, expected)
            XCTAssertEqual(diagnostics.items.map(\.severity), [.error], expected)
            XCTAssertTrue(diagnostics.items.first?.message.contains(expected) ?? false, diagnostics.items.first?.message ?? expected)
        }
    }

    func testLineEndsBecomeLineFeeds() {
        XCTAssertEqual(decode(Array("a\r\nb\rc\n".utf8)).0, "a\nb\nc\n")
        XCTAssertEqual(decode(Array("a\r\n\r\nb".utf8)).0, "a\n\nb")
    }


    private func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF])
            + text.utf16.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }

    func testUTF8AndUTF16AreReadWithoutDiagnostics() {
        XCTAssertTrue(decode([0xEF, 0xBB, 0xBF] + Array("é".utf8)).1.items.isEmpty)
        XCTAssertTrue(decode(utf16("NO\tKOMPONEN", littleEndian: true)).1.items.isEmpty)
        XCTAssertTrue(decode(utf16("NO\tKOMPONEN", littleEndian: false)).1.items.isEmpty)
    }

    func testUTF16OutsideTheBasicPlaneAndWithWindowsLineEnds() {
        let text = "Tim ZI 😀\r\nbaris dua\r\n"
        XCTAssertEqual(decode(utf16(text, littleEndian: true)).0, "Tim ZI 😀\nbaris dua\n")
        XCTAssertEqual(decode(utf16(text, littleEndian: false)).0, "Tim ZI 😀\nbaris dua\n")
    }

    func testBrokenUTF16IsAnError() {
        let (odd, oddDiagnostics) = decode([0xFF, 0xFE, 0x41, 0x00, 0x42])
        XCTAssertNil(odd)
        XCTAssertEqual(oddDiagnostics.items.map(\.severity), [.error])
        let (lone, loneDiagnostics) = decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])
        XCTAssertNil(lone, "a lone high surrogate")
        XCTAssertEqual(loneDiagnostics.items.map(\.severity), [.error])
        XCTAssertEqual(loneDiagnostics.items.first?.location.file, "t.tsv")
    }

    func testNulInUTF8OrUTF16TextIsAnError() {
        let (text, diagnostics) = decode(Array("NO\tKOMPONEN\n".utf8) + [0x00] + Array("x".utf8))
        XCTAssertNil(text)
        XCTAssertEqual(diagnostics.items.map(\.severity), [.error])
        XCTAssertTrue(diagnostics.items.first?.message.contains("NUL") ?? false)
        let (wide, wideDiagnostics) = decode(utf16("a\u{0}b", littleEndian: true))
        XCTAssertNil(wide)
        XCTAssertTrue(wideDiagnostics.hasErrors)
    }

    func testWindows1252ByteOnTheFirstLine() {
        let (text, diagnostics) = decode([0x80, 0x20, 0x35, 0x0A, 0x41, 0x93, 0x42])
        XCTAssertEqual(text, "\u{20AC} 5\nA\u{201C}B")
        XCTAssertEqual(diagnostics.items.map(\.severity), [.warning])
        XCTAssertEqual(diagnostics.items.first?.location.line, 1)
        XCTAssertTrue(diagnostics.items.first?.message.contains("Windows-1252") ?? false)
    }

    func testWindows1252WithWindowsLineEnds() {
        let (text, diagnostics) = decode(Array("a\r\nb\r\n".utf8) + [0x96, 0x0D, 0x0A])
        XCTAssertEqual(text, "a\nb\n\u{2013}\n")
        XCTAssertEqual(diagnostics.items.first?.location.line, 3)
    }

    func testByteOrderMarkWithWindowsLineEndsAndEmptyFiles() {
        XCTAssertEqual(decode([0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8)).0, "a\nb\n")
        XCTAssertEqual(decode([]).0, "")
        XCTAssertEqual(decode([0xEF, 0xBB, 0xBF]).0, "")
        XCTAssertEqual(decode([0xFF, 0xFE]).0, "")
    }

    func testLoneCarriageReturnsAndMixedLineEnds() {
        XCTAssertEqual(TextFileDecoder.normalizingLineEnds("a\rb\r"), "a\nb\n")
        XCTAssertEqual(TextFileDecoder.normalizingLineEnds("a\r\r\nb"), "a\n\nb")
        XCTAssertEqual(TextFileDecoder.normalizingLineEnds("a\n\rb"), "a\n\nb")
        XCTAssertEqual(TextFileDecoder.normalizingLineEnds("tanpa CR"), "tanpa CR")
    }
}
