import Foundation

/// The few lines `zisite serve` adds to each page it sends, and only there:
/// the page asks for the build number every second and reloads itself when
/// it has changed, so a saved content file shows without a click. A built
/// site never holds it. Without JavaScript the page is the same page; it
/// only does not reload.
public enum ReloadScript {
    /// Where the page asks; the answer is the preview's current build number.
    public static let versionPath = "/__zisite/versi"

    /// The mark the script carries, by which a test tells a page that has it.
    public static let marker = "zisite-muat-ulang"

    /// The script for a page served at build number `version`.
    static func script(version: String) -> String {
        """
        <script id="\(marker)">/* zisite serve: memuat ulang halaman setelah build baru; tidak ada di situs hasil build */
        (function () {
          var versi = \(JSONString.quoted(version));
          function tanya() {
            fetch("\(versionPath)", {cache: "no-store"})
              .then(function (jawaban) { return jawaban.text(); })
              .then(function (baru) { if (baru.trim() !== versi) { location.reload(); } else { setTimeout(tanya, 1000); } })
              .catch(function () { setTimeout(tanya, 2000); });
          }
          setTimeout(tanya, 1000);
        })();
        </script>

        """
    }

    /// `page` with the script before its last `</body>` (any case), or at its
    /// end when it has none. Bytes are compared, never decoded, so every
    /// other byte of the page is sent as written.
    public static func added(to page: Data, version: String) -> Data {
        let script = Data(script(version: version).utf8)
        var result = page
        guard let end = lastBodyEnd(in: page) else {
            result.append(script)
            return result
        }
        result.insert(contentsOf: script, at: end)
        return result
    }

    private static func lastBodyEnd(in page: Data) -> Data.Index? {
        let tag = Array("</body".utf8)
        let bytes = [UInt8](page)
        guard bytes.count >= tag.count else { return nil }
        for start in stride(from: bytes.count - tag.count, through: 0, by: -1) {
            if zip(bytes[start...], tag).allSatisfy({ lowercased($0) == $1 }) {
                return page.startIndex + start
            }
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }
}
