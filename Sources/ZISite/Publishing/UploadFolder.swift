import Foundation

/// `unggah/`: what a unit whose website is a CMS (staff post articles and
/// attach files, and cannot upload a folder of HTML) needs: each PDF under a
/// plain numbered name, and `PANDUAN-UNGGAH.txt`, an Indonesian checklist of
/// which file goes on which menu of a KPU unit website, made from what this
/// site holds.
enum UploadFolder {
    static let folder = "unggah"
    static let guideName = "PANDUAN-UNGGAH.txt"

    /// The PDFs under their plain names and the guide; `pdfs`: PDF path to its bytes.
    static func files(_ documents: [PrintableDocument], pdfs: [String: Data], words: SiteWords) -> [SiteFile] {
        documents.compactMap { document in
            pdfs[document.pdf].map { SiteFile(path: folder + "/" + document.uploadName, contents: .data($0)) }
        } + [SiteFile(path: folder + "/" + guideName, text: guide(documents, pdfs: pdfs, words: words))]
    }

    /// The checklist, with Windows line ends so that Notepad shows its lines.
    static func guide(_ documents: [PrintableDocument], pdfs: [String: Data], words: SiteWords) -> String {
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
            let chosen = documents.filter { $0.menu == menu && pdfs[$0.pdf] != nil }
            guard !chosen.isEmpty else { continue }
            lines += ["", "MENU \(menu.rawValue.uppercased())", String(repeating: "-", count: 5 + menu.rawValue.count)]
            for document in chosen {
                let size = pdfs[document.pdf].map { IndonesianFormat.fileSize($0.count) } ?? ""
                lines.append("[ ] \(document.uploadName) (PDF, \(size))")
                lines.append("    Judul: \(document.title)")
                if let address = settings.siteFolderURL {
                    lines.append("    Versi web: \(address)\(document.page)")
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
