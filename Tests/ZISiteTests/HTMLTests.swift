import XCTest
@testable import ZISite

final class HTMLTests: XCTestCase {
    func testEscapesEveryCharacterThatCouldBreakOutOfTextOrAttributes() {
        XCTAssertEqual(HTML.escape("<a href=\"x\" title='y'>A & B</a>"),
                       "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A &amp; B&lt;/a&gt;")
    }

    /// Text is escaped byte by byte where it can be, scalar by scalar where a
    /// code point may be forbidden; either way each code point is escaped as
    /// this table of every kind says, alone and between other text.
    func testEveryKindOfCodePointIsEscapedTheSameWayWhereverItStands() {
        let forbidden: [UInt32] = [0x0, 0x1F, 0x7F, 0x80, 0x9F, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF]
        let kept: [UInt32] = [0x61, 0x9, 0xA, 0xD, 0xA0, 0xA9, 0xE9, 0x2013, 0xFDCF, 0xFEFF, 0xFFFD, 0x1F600, 0x10FFFD]
        let special: [(UInt32, String)] = [(0x26, "&amp;"), (0x3C, "&lt;"), (0x3E, "&gt;"), (0x22, "&quot;"), (0x27, "&#39;")]
        let cases = forbidden.map { ($0, "\u{FFFD}") } + kept.map { ($0, String(Unicode.Scalar($0)!)) } + special
        for (value, escaped) in cases {
            let scalar = String(Unicode.Scalar(value)!)
            for (before, after) in [("", ""), ("Satker ", " <b>"), ("é", "\u{80}")] {
                XCTAssertEqual(HTML.escape(before + scalar + after), HTML.escape(before) + escaped + HTML.escape(after),
                               "U+\(String(value, radix: 16)) after \(before.debugDescription)")
            }
        }
        XCTAssertEqual(HTML.escape("é\u{80}"), "é\u{FFFD}")
        XCTAssertEqual(HTML.escape(" <b>"), " &lt;b&gt;")
    }

    func testLeavesOtherTextAlone() {
        XCTAssertEqual(HTML.escape("Rencana Aksi – Tahun 2025 (ZI) ✓"), "Rencana Aksi – Tahun 2025 (ZI) ✓")
        XCTAssertEqual(HTML.escape("👩‍💻 e\u{301} ♥\u{FE0F}"), "👩‍💻 e\u{301} ♥\u{FE0F}")
        XCTAssertEqual(HTML.escape(""), "")
    }

    /// A special character followed by a combining mark, a joiner or a
    /// variation selector is one Swift `Character` that is not the special
    /// character; it is escaped all the same, and the mark is kept.
    func testASpecialCharacterJoinedToAMarkIsStillEscaped() {
        let expected: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
        for (special, entity) in expected {
            for joiner in JoiningScalars.all {
                let text = "a" + String(special) + String(joiner) + "/onload=alert(1)//"
                XCTAssertEqual(HTML.escape(text), "a" + entity + String(joiner) + "/onload=alert(1)//",
                               "\(special) + U+\(String(joiner.value, radix: 16))")
            }
        }
        XCTAssertEqual(HTML.escape("KPU X\"\u{338}/onload=alert(document.domain)//"),
                       "KPU X&quot;\u{338}/onload=alert(document.domain)//")
    }

    func testCodePointsThatMarkupForbidsBecomeTheReplacementCharacter() {
        let nonCharacters = [0xFFFE, 0xFDD0, 0x1FFFF].map { String(Unicode.Scalar($0)!) }
        XCTAssertEqual(HTML.escape("a\u{0}b\u{B}c\u{1F}d\u{7F}e\u{85}f" + nonCharacters.joined(separator: "g")),
                       "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}g\u{FFFD}")
        XCTAssertEqual(HTML.escape("tab\there\nline\r"), "tab\there\nline\r")
        XCTAssertEqual(HTML.replacingForbidden("x\u{B}<y>"), "x\u{FFFD}<y>")
    }
}

/// Scalars that join the one before them into a single Swift `Character`.
enum JoiningScalars {
    static let all: [Unicode.Scalar] = [
        "\u{300}", "\u{301}", "\u{338}", "\u{20D2}",  // combining marks
        "\u{200D}",                                    // zero-width joiner
        "\u{FE0F}", "\u{FE00}", "\u{E0100}",           // variation selectors
        "\u{1F3FB}",                                   // emoji modifier
    ]
}
