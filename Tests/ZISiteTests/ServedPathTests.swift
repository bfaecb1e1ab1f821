import Testing

@testable import ZISite

/// The request paths `zisite serve` answers from the site, and the ones that name nothing.
struct ServedPathTests {
    @Test func aFolderNamesItsIndexAndAFileItself() {
        #expect(ServedPath.sitePath("/") == "index.html")
        #expect(ServedPath.sitePath("/monev/") == "monev/index.html")
        #expect(ServedPath.sitePath("/aset/gaya.css") == "aset/gaya.css")
        #expect(ServedPath.sitePath("/bukti/AREA%20I/SK%20Tim.pdf") == "bukti/AREA I/SK Tim.pdf")
        #expect(ServedPath.sitePath("/bukti/%C3%A9.pdf") == "bukti/é.pdf")
    }

    @Test func aPathThatCouldLeaveTheSiteNamesNothing() {
        for raw in ["/../etc/passwd", "/a/../../etc/passwd", "/%2e%2e/etc/passwd", "/a/%2E%2E/%2e%2e/x", "/a%2F..%2Fb",
                    "/./index.html", "/a//b.html", "/a%5C..%5Cb", "/a\\b", "/x%00.html", "/.zisite", "index.html", ""] {
            #expect(ServedPath.sitePath(raw) == nil, "\(raw)")
        }
    }

    @Test func aBrokenOrHugePathNamesNothing() {
        for raw in ["/%zz.html", "/%4", "/%", "/%ff.html", "/%c3.html", "/" + String(repeating: "a", count: 5000)] {
            #expect(ServedPath.sitePath(raw) == nil, "\(raw.prefix(40))")
        }
    }
}

/// The Content-Type of each kind of file the site holds.
struct MediaTypeTests {
    @Test func eachKindOfSiteFileHasItsType() {
        let expected = [
            "index.html": "text/html; charset=utf-8", "aset/gaya.css": "text/css; charset=utf-8", "logo.svg": "image/svg+xml",
            "a.png": "image/png", "b.JPG": "image/jpeg", "c.jpeg": "image/jpeg", "bukti/SK.PDF": "application/pdf",
            "data/rencana-aksi.json": "application/json", "feed.xml": "application/xml", "data/x.csv": "text/csv; charset=utf-8",
            "catatan.txt": "text/plain; charset=utf-8",
        ]
        for (path, type) in expected {
            #expect(MediaType.of(path) == type, "\(path)")
        }
    }

    @Test func anUnknownOrMissingExtensionIsPlainBytes() {
        for path in ["bukti/arsip.rar", "README", "bukti/x.html.exe", "a.b/c"] {
            #expect(MediaType.of(path) == "application/octet-stream", "\(path)")
        }
    }
}
