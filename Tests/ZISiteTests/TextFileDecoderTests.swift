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

    func testBinaryFileIsAnError() {
        let (text, diagnostics) = decode([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        XCTAssertNil(text)
        XCTAssertTrue(diagnostics.hasErrors)
    }

    func testLineEndsBecomeLineFeeds() {
        XCTAssertEqual(decode(Array("a\r\nb\rc\n".utf8)).0, "a\nb\nc\n")
        XCTAssertEqual(decode(Array("a\r\n\r\nb".utf8)).0, "a\n\nb")
    }
}
