/// A page `zisite publish` also prints to PDF: the decree, its annex, the
/// schedule, each monev period, each service page and the Daftar Informasi
/// Publik. Its PDF lies beside the page (`lampiran.html`, `lampiran.pdf`),
/// and a copy goes into `unggah/` under a plain name for units whose website
/// is a CMS, with the menu of a KPU unit website it belongs on.
struct PrintableDocument: Equatable {
    /// The menus of a KPU unit website where a document is posted.
    enum Menu: String, CaseIterable {
        case integrityZone = "Zona Integritas"
        case ppid = "PPID"
        case publicService = "Layanan Publik"
    }

    var page: String
    var title: String
    var menu: Menu
    /// Its name in `unggah/`: numbered in this order, from its title.
    var uploadName: String

    /// `lampiran.pdf` for `lampiran.html`.
    var pdf: String { Self.pdfPath(page) }

    static func pdfPath(_ page: String) -> String {
        (page.hasSuffix(".html") ? String(page.dropLast(5)) : page) + ".pdf"
    }

    /// Every printable document of the site, the Daftar Informasi Publik last:
    /// it lists the others with their sizes, so it is printed after them.
    static func all(_ words: SiteWords) -> [PrintableDocument] {
        var documents: [(String, String, Menu, String)] = [
            (SitePaths.decree, words.decreeName, .integrityZone, "keputusan"),
            (SitePaths.annex, "Lampiran: \(words.planName)", .integrityZone, "lampiran-rencana-aksi"),
            (SitePaths.schedule, "Jadwal pelaksanaan rencana aksi", .integrityZone, "jadwal-rencana-aksi"),
        ]
        for report in words.monev.reports {
            documents.append((SitePaths.monev(report.period), "Monitoring dan evaluasi rencana aksi \(report.period.name)", .integrityZone,
                              "monev-" + Slug.make(report.period.name, fallback: "periode")))
        }
        for service in ServicePublication.all(words) {
            documents.append((service.path, service.title, .publicService, Slug.make(service.title, fallback: "layanan")))
        }
        documents.append((SitePaths.publicInformation, "Daftar Informasi Publik", .ppid, "daftar-informasi-publik"))
        let digits = String(documents.count).count < 2 ? 2 : String(documents.count).count
        return documents.enumerated().map { index, document in
            let number = String(index + 1)
            let padded = String(repeating: "0", count: max(0, digits - number.count)) + number
            return PrintableDocument(page: document.0, title: document.1, menu: document.2, uploadName: "\(padded)-\(document.3).pdf")
        }
    }
}

/// The PDFs `zisite publish` puts beside their pages, as the pages link
/// them: which pages have one, and the size of each PDF printed so far (the
/// Daftar Informasi Publik's own is printed last, so its size is not known
/// to the page itself). `zisite build` has none, and its pages link no PDF.
public struct PrintedDocuments: Sendable {
    var pages: Set<String>
    /// PDF path to its bytes.
    var sizes: [String: Int]

    init(pages: Set<String>, sizes: [String: Int]) {
        self.pages = pages
        self.sizes = sizes
    }

    /// The PDF of `page`, when it has one: its path and its size, if known.
    func pdf(of page: String) -> (path: String, size: Int?)? {
        guard pages.contains(page) else { return nil }
        let path = PrintableDocument.pdfPath(page)
        return (path, sizes[path])
    }
}
