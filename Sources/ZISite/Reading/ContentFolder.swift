import Foundation

/// A folder zisite reads (the content folder, or `bukti/` inside it) as it
/// really lies on disk. Whatever is read from it (settings, the plan, the
/// decree, pages, sheets, evidence, the logo) must really be inside it once
/// every symbolic link (the file's own and its folders') and every `..` step
/// is resolved: a link, a linked folder or a setting such as
/// `rencana_aksi: ../lain/rencana.tsv` would otherwise publish a file from
/// elsewhere on the computer (`/etc/passwd`, another unit's folder). The
/// folder itself may be given through a link or as a relative path.
struct ContentFolder {
    /// The folder as given, for messages.
    let path: String
    /// Where it really is; nil when it does not exist.
    let root: String?

    init(_ path: String) {
        self.path = path
        root = InsidePath.real(path)
    }

    enum Place: Equatable {
        /// Inside the folder, at this real path.
        case inside(String)
        /// Really at this path, outside the folder.
        case outside(String)
        /// Nothing there, or a link that leads nowhere.
        case missing
    }

    func place(of path: String) -> Place {
        guard let real = InsidePath.real(path) else { return .missing }
        guard let root, InsidePath.isInside(real, root: root) else { return .outside(real) }
        return .inside(real)
    }

    /// The text of a file of the folder. A file that is really elsewhere is
    /// an error naming it; a missing or unreadable one is reported as
    /// `ContentReader.readText` reports it.
    func readText(_ file: String, diagnostics: inout DiagnosticList) -> String? {
        guard let real = realPath(file, diagnostics: &diagnostics) else { return nil }
        return ContentReader.readText(file, from: real, diagnostics: &diagnostics)
    }

    /// Where a file of the folder really is, to read it from there; nil, with
    /// an error naming where it is, when that is outside the folder. A
    /// missing file is its own path, for the reader to say it is missing.
    func realPath(_ file: String, diagnostics: inout DiagnosticList) -> String? {
        switch place(of: file) {
        case .inside(let real):
            return real
        case .outside(let real):
            diagnostics.error(SourceLocation(file: file, line: 1),
                              "berkas ini sebenarnya berada di luar folder konten, di '\(real)' (lewat tautan atau '..'), dan tidak dibaca; salin berkasnya sendiri ke dalam folder konten")
            return nil
        case .missing:
            return file
        }
    }

    /// The names in a folder of the content (`halaman/`, `monev/`,
    /// `layanan/`, `bukti/`) and where that folder really is; no names, and
    /// an error naming the folder, when it is really elsewhere.
    func folder(_ folder: String, diagnostics: inout DiagnosticList) -> (real: String, names: [String])? {
        switch place(of: folder) {
        case .inside(let real):
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: real) else { return nil }
            return (real, names.sorted())
        case .outside(let real):
            diagnostics.error(SourceLocation(file: folder, line: 1),
                              "folder ini sebenarnya berada di luar folder konten, di '\(real)' (lewat tautan atau '..'), dan tidak dibaca; salin folder beserta isinya ke dalam folder konten")
            return nil
        case .missing:
            return nil
        }
    }
}
