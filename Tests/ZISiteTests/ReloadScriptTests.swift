import Foundation
import Testing

@testable import ZISite

/// The script `zisite serve` adds to the pages it sends.
struct ReloadScriptTests {
    private func added(_ page: String, version: String = "v-1") -> String {
        String(decoding: ReloadScript.added(to: Data(page.utf8), version: version), as: UTF8.self)
    }

    @Test func theScriptGoesBeforeTheLastBodyEndAndNothingElseChanges() {
        let page = "<html><body><p>\u{E9}</body>x</p>\r\n</BODY>\n</html>\n"
        let result = added(page)
        let script = ReloadScript.script(version: "v-1")
        #expect(result == "<html><body><p>\u{E9}</body>x</p>\r\n" + script + "</BODY>\n</html>\n")
        #expect(result.contains("id=\"\(ReloadScript.marker)\""))
        #expect(result.contains("var versi = \"v-1\";"))
        #expect(result.contains("fetch(\"\(ReloadScript.versionPath)\""))
    }

    @Test func aPageWithoutBodyEndGetsTheScriptAtItsEnd() {
        #expect(added("<p>x") == "<p>x" + ReloadScript.script(version: "v-1"))
        #expect(added("") == ReloadScript.script(version: "v-1"))
    }

    @Test func theVersionIsWrittenAsAJavaScriptString() {
        #expect(ReloadScript.script(version: "a\"b").contains("var versi = \"a\\\"b\";"))
    }
}
