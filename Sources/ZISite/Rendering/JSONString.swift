import Foundation

/// A JSON string literal of any text. Also a YAML double-quoted scalar,
/// since YAML reads JSON's escapes: the settings files zisite writes use it.
enum JSONString {
    /// Byte by byte: only ASCII is escaped, and no byte of a longer UTF-8
    /// sequence is ASCII, so every other code point is copied whole.
    static func quoted(_ text: String) -> String {
        // Most text has nothing to escape: it only gains its quotes.
        guard needsEscapes(text) else { return "\"" + text + "\"" }
        var quoted: [UInt8] = []
        append(text, to: &quoted)
        return String(decoding: quoted, as: UTF8.self)
    }

    /// The literal's UTF-8 bytes, after `json`.
    static func append(_ text: String, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        if !needsEscapes(text) {
            json.append(contentsOf: text.utf8)
        } else {
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): json.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): json.append(contentsOf: #"\\"#.utf8)
                case 0x0A: json.append(contentsOf: #"\n"#.utf8)
                case 0x0D: json.append(contentsOf: #"\r"#.utf8)
                case 0x09: json.append(contentsOf: #"\t"#.utf8)
                case 0x00..<0x20: json.append(contentsOf: #"\u00"#.utf8 + [hexDigit(byte >> 4), hexDigit(byte & 0x0F)])
                default: json.append(byte)
                }
            }
        }
        json.append(UInt8(ascii: "\""))
    }

    private static func needsEscapes(_ text: String) -> Bool {
        text.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
