/// `alamat_situs`: the address of the folder the site is uploaded to, as it
/// goes into `sitemap.xml`, `feed.xml` and the printed page. Read as a URL
/// and kept only when it is a plain http(s) address of a folder: a host
/// name, an optional port and a path, in the characters RFC 3986 allows,
/// with no query, fragment, user name, space or quote.
enum SiteAddress {
    /// Why `text` is not such an address, in Indonesian; nil when it is one.
    static func problem(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        let lower = String(String.UnicodeScalarView(scalars.prefix(8))).lowercased()
        let schemeLength = lower.hasPrefix("https://") ? 8 : lower.hasPrefix("http://") ? 7 : 0
        guard schemeLength > 0 else { return "harus diawali https://" }
        if let odd = scalars.first(where: { !isAllowed($0) }) { return "berisi \(describe(odd)), yang tidak boleh ada di alamat" }
        let rest = scalars.dropFirst(schemeLength)
        let authority = rest.prefix { $0 != "/" }
        let hostAndPort = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let host = hostAndPort[0]
        let labels = hostAndPort[0].split(separator: ".", omittingEmptySubsequences: false)
        guard hostAndPort[0].allSatisfy(isHostScalar), !labels.contains(where: { $0.isEmpty || $0.first == "-" || $0.last == "-" }) else {
            return "nama host tidak sah"
        }
        if hostAndPort.count == 2 {
            let port = hostAndPort[1]
            guard (1...5).contains(port.count), port.allSatisfy({ ("0"..."9").contains($0) }),
                  let number = Int(String(String.UnicodeScalarView(port))), (1...65_535).contains(number) else {
                return "nomor port tidak sah"
            }
        }
        let path = rest.dropFirst(authority.count)
        for (offset, scalar) in path.enumerated() where scalar == "%" {
            let digits = path.dropFirst(offset + 1).prefix(2)
            guard digits.count == 2, digits.allSatisfy({ $0.properties.isASCIIHexDigit }) else {
                return "tanda % harus diikuti dua angka heksadesimal (misalnya %20)"
            }
        }
        return nil
    }

    /// Unreserved characters, `%` and the sub-delimiters a path may hold,
    /// less the quote; `/` and `:` for the structure.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        if isHostScalar(scalar) { return true }
        return "_~%/:!$&()*+,;=@".unicodeScalars.contains(scalar)
    }

    private static func isHostScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "."
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": "spasi"
        case "\"", "'": "tanda petik"
        case "?": "tanda tanya (alamat folder tidak memakai ?…)"
        case "#": "tanda # (alamat folder tidak memakai #…)"
        case "<", ">": "tanda < atau >"
        default: scalar.isASCII ? "karakter '\(scalar)'" : "karakter U+\(String(scalar.value, radix: 16, uppercase: true)) (hanya huruf Latin tanpa tanda, angka dan - . _ ~ / yang aman)"
        }
    }
}
