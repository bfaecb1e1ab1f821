import Foundation

/// `unggah/`: what a unit whose website is a CMS (staff post articles and
/// attach files, and cannot upload a folder of HTML) needs: each PDF under a
/// plain numbered name (the signed decree's scan first, when the settings
/// name one), and `PANDUAN-UNGGAH.txt`, an Indonesian checklist of which
/// file goes on which menu of a KPU unit website, made from what this site
/// holds.
enum UploadFolder {
    static let folder = "unggah"
    static let guideName = "PANDUAN-UNGGAH.txt"
    /// The scan's name, numbered before the printed Keputusan.
    static let decreeScanName = "00-keputusan-ditandatangani.pdf"

    /// One file of the folder and where it goes.
    private struct Upload {
        var name: String
        var title: String
        var menu: PrintableDocument.Menu
        /// The page or file of the site it is the PDF of.
        var sitePath: String
        var file: SiteFile
        var size: Int
    }

    /// The PDFs under their plain names and the guide.
    static func files(_ documents: [PrintableDocument], pdfs: PrintedPDFs, words: SiteWords) -> [SiteFile] {
        let uploads = uploads(documents, pdfs: pdfs, words: words)
        return uploads.map(\.file) + [SiteFile(path: folder + "/" + guideName, text: guide(uploads, words: words))]
    }

    private static func uploads(_ documents: [PrintableDocument], pdfs: PrintedPDFs, words: SiteWords) -> [Upload] {
        let content = words.content
        let scan = content.decreeScan.map {
            Upload(name: decreeScanName, title: DecreeScanLink.title(words), menu: .integrityZone, sitePath: SitePaths.decreeScan(content.settings.decree),
                   file: SiteFile(path: folder + "/" + decreeScanName, contents: .data($0.data)), size: $0.data.count)
        }
        return (scan.map { [$0] } ?? []) + documents.compactMap { document in
            guard let size = pdfs.sizes[document.pdf], let file = pdfs.file(document.pdf, at: folder + "/" + document.uploadName) else { return nil }
            return Upload(name: document.uploadName, title: document.title, menu: document.menu, sitePath: document.page, file: file, size: size)
        }
    }

    /// The checklist, with Windows line ends so that Notepad shows its lines.
    private static func guide(_ uploads: [Upload], words: SiteWords) -> String {
        let settings = words.content.settings
        var lines = [
            "PANDUAN UNGGAH - Zona Integritas \(words.unitName)",
            "Data per \(IndonesianFormat.date(settings.dataDate)). Dibuat oleh zisite publish; jangan diubah dengan tangan, terbitkan ulang saja.",
            "",
            "Untuk situs unit yang berupa CMS (pengelola membuat berita atau halaman dan melampirkan berkas):",
            "unggah setiap berkas PDF di folder ini ke menu yang disebut di bawah, lalu centang kotaknya.",
            "Untuk pengelola web yang dapat mengunggah folder (FTP, cPanel, pengelola berkas): ekstrak \(SiteArchive.name)",
            "ke folder situs\(settings.siteFolderURL.map { " (\($0))" } ?? ""); isinya sama dengan folder keluaran tanpa \(folder)/ dan \(SiteArchive.name).",
        ]
        for menu in PrintableDocument.Menu.allCases {
            let chosen = uploads.filter { $0.menu == menu }
            guard !chosen.isEmpty else { continue }
            lines += ["", "MENU \(menu.rawValue.uppercased())", String(repeating: "-", count: 5 + menu.rawValue.count)]
            for upload in chosen {
                lines.append("[ ] \(upload.name) (PDF, \(IndonesianFormat.fileSize(upload.size)))")
                lines.append("    Judul: \(upload.title)")
                if let address = settings.siteFolderURL {
                    lines.append("    Versi web: \(address)\(upload.sitePath)")
                }
            }
        }
        lines += [
            "",
            "Keputusan, lampiran dan laporan monev juga informasi berkala (UU 14/2008):",
            "di menu PPID, tautkan ke berkas yang sama dari Daftar Informasi Publik; jangan mengunggahnya dua kali.",
        ]
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
