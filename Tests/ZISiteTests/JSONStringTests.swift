import Foundation
import XCTest
@testable import ZISite

final class JSONStringTests: XCTestCase {
    /// Every control character, both characters JSON escapes, a quote joined
    /// to a combining mark, and text from beyond the Basic Multilingual Plane:
    /// the literal reads back as the same text, escaped where JSON requires.
    func testEveryTextReadsBackAsItself() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let texts = ["", "Kota Kendari", "\"\u{301}", "a\\b", controls, "Pengaduan 📮\u{2028}é\u{7F}", "\u{0}"]
        for text in texts {
            let literal = JSONString.quoted(text)
            let read = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed) as? String
            XCTAssertEqual(read, text, literal)
        }
        XCTAssertEqual(JSONString.quoted("\"\u{301}\n\t\r\\\u{1}\u{1F}"), #""\"\#u{301}\n\t\r\\\u0001\u001f""#)
        XCTAssertEqual(JSONString.quoted("Rp1.000 – é"), "\"Rp1.000 – é\"", "other text is copied as it is")
    }
}
