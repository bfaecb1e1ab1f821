import Foundation

/// The file of the site a browser asks `zisite serve` for: the request's
/// path, percent-decoded, as a path inside the site. A path that could leave
/// the site (`..`, `.`, a backslash, NUL, an empty step, also when written as
/// `%2e%2e` or `%2f`) names nothing, by the same rule `SitePublisher` holds
/// every written file to.
public enum ServedPath {
    /// Longer request paths than this name nothing: the site's own are short.
    static let maximumLength = 4096

    /// The site path for the raw, percent-encoded request path (`/bagian/i.html`,
    /// without the query); a folder (`/`, `/bagian/`) names its `index.html`.
    /// Nil when the path is not one the site could hold.
    public static func sitePath(_ raw: String) -> String? {
        guard raw.utf8.count <= maximumLength, raw.hasPrefix("/"),
              let decoded = decoded(raw.dropFirst()) else { return nil }
        let path = decoded.isEmpty || decoded.hasSuffix("/") ? decoded + "index.html" : decoded
        return SitePublisher.problem(with: path) == nil ? path : nil
    }

    /// `%XX` replaced by its byte, the whole read as UTF-8; nil for a `%`
    /// not followed by two hexadecimal digits, or bytes that are not UTF-8.
    static func decoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var input = text.utf8.makeIterator()
        while let byte = input.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = input.next().flatMap(hexValue), let low = input.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(bytes: bytes, encoding: .utf8)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
