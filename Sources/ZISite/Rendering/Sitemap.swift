/// `sitemap.xml` for search engines. The protocol wants absolute addresses,
/// so it is written only when the settings give `alamat_situs`.
enum Sitemap {
    /// `siteFolderURL`: the site's address ending in "/".
    static func xml(paths: [String], siteFolderURL base: String, lastModified: CalendarDate) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            xml += "  <url><loc>\(HTML.escape(base + path))</loc><lastmod>\(lastModified.iso)</lastmod></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
