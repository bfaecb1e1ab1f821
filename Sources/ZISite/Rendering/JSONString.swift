import Foundation

/// A JSON string literal of any text. Also a YAML double-quoted scalar,
/// since YAML reads JSON's escapes: the settings files zisite writes use it.
enum JSONString {
    /// Byte by byte: only ASCII is escaped, and no byte of a longer UTF-8
    /// sequence is ASCII, so every other code point is copied whole.
    static func quoted(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            // Most text has nothing to escape: it only gains its quotes.
            guard bytes.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else { return "\"" + text + "\"" }
            var quoted: [UInt8] = []
            quoted.reserveCapacity(bytes.count + 2)
            quoted.append(UInt8(ascii: "\""))
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): quoted.append(contentsOf: #"\""#.utf8)
                case UInt8(ascii: "\\"): quoted.append(contentsOf: #"\\"#.utf8)
                case 0x0A: quoted.append(contentsOf: #"\n"#.utf8)
                case 0x0D: quoted.append(contentsOf: #"\r"#.utf8)
                case 0x09: quoted.append(contentsOf: #"\t"#.utf8)
                case 0x00..<0x20: quoted.append(contentsOf: #"\u00"#.utf8 + [hexDigit(byte >> 4), hexDigit(byte & 0x0F)])
                default: quoted.append(byte)
                }
            }
            quoted.append(UInt8(ascii: "\""))
            return String(decoding: quoted, as: UTF8.self)
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
