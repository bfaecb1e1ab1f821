import XCTest
@testable import ZISite

/// A CSV cell is quoted exactly when one of its code points is the
/// separator, a quote or a line break, however its bytes are first looked at.
final class DelimitedTextWriterTests: XCTestCase {
    private static let lineBreaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]

    func testACellIsQuotedExactlyWhenACodePointAsksForIt() {
        for separator in [",", ";", "\t"] as [Unicode.Scalar] {
            for value in UInt32(0)...0xFFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "a" + String(Character(scalar)) + "\u{301}b"
                let quotes = scalar == separator || scalar == "\"" || Self.lineBreaks.contains(value)
                let doubled = String(String.UnicodeScalarView(text.unicodeScalars.flatMap { $0 == "\"" ? [$0, $0] : [$0] }))
                let expected = quotes ? "\"" + doubled + "\"" : text
                XCTAssertEqual(DelimitedTextWriter.cell(text, separator: separator), expected, "U+\(String(value, radix: 16))")
            }
        }
        XCTAssertEqual(DelimitedTextWriter.cell("😀,x", separator: ","), "\"😀,x\"")
        XCTAssertEqual(DelimitedTextWriter.cell("😀", separator: ","), "😀")
    }
}
