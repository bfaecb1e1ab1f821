import Foundation

/// The pages `zisite serve` writes itself, in Indonesian: the messages of a
/// failed build, shown in place of the site's page, and "not found". Every
/// text in them goes through `HTML.escape`.
enum PreviewPage {
    /// Where the last good site stays reachable while the latest build has failed.
    static let lastGoodPrefix = "/__zisite/terakhir/"

    /// The failed build's messages, one per item as `file:line:column`, kind and
    /// message. `lastGood` is the site path of the page asked for, when a
    /// previous build succeeded and its site is still served.
    static func failedBuild(_ diagnostics: [Diagnostic], lastGood page: String?) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        let warnings = diagnostics.count - errors
        let kept = page.map {
            "<p>Situs terakhir yang berhasil tetap disajikan: "
                + "<a href=\"\(HTML.escape(lastGoodPrefix + encoded($0)))\">lihat halaman ini di situs terakhir yang berhasil</a>.</p>"
        } ?? "<p>Belum ada build yang berhasil sejak zisite serve dijalankan, jadi belum ada situs yang dapat ditampilkan.</p>"
        let items = diagnostics.map { diagnostic in
            let kind = diagnostic.severity == .error ? "kesalahan" : "peringatan"
            let place = "\(diagnostic.location.file):\(diagnostic.location.line):\(diagnostic.location.column)"
            return "<li class=\"\(kind)\"><code>\(HTML.escape(place))</code> <strong>\(kind)</strong>: \(HTML.escape(diagnostic.message))</li>"
        }
        return shell(title: "Build gagal", body: """
            <h1>Build gagal: \(errors) kesalahan, \(warnings) peringatan</h1>
            <p>Perbaiki berkas yang disebut di bawah, lalu simpan. Halaman ini dimuat ulang sendiri setelah build berikutnya.</p>
            \(kept)
            <ol>
            \(items.joined(separator: "\n"))
            </ol>
            """)
    }

    /// The answer to a path the site does not have.
    static func notFound(_ path: String) -> String {
        shell(title: "Halaman tidak ditemukan", body: """
            <h1>Halaman tidak ditemukan</h1>
            <p>Situs ini tidak memiliki <code>\(HTML.escape(path))</code>.</p>
            <p><a href="/">Kembali ke beranda</a></p>
            """)
    }

    /// `path` as it may stand in a link: each step percent-encoded.
    private static func encoded(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", ";", "?", "#"])) ?? "" }
            .joined(separator: "/")
    }

    private static func shell(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="id">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) – zisite serve</title>
        <style>
        body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
        h1 { font-size: 1.5rem; }
        li { margin: 0.5rem 0; }
        code { background: #f2f2f2; padding: 0 0.25rem; }
        .kesalahan strong { color: #a40000; }
        .peringatan strong { color: #7a5200; }
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }
}
