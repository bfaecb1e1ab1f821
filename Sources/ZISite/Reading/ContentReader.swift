import Foundation

/// Reads a content folder (format version 1):
///
///     situs.yml              settings
///     rencana-aksi.tsv       the plan table (or .csv / .txt, or as `rencana_aksi` names)
///     keputusan.md           the decree's text
///     halaman/*.md           narrative pages, in file-name order
///     monev/*.csv            progress sheets, one per period
///     bukti/                 the evidence files the sheets name
///     layanan/skm-*.csv      public-service figures: satisfaction surveys
///     layanan/dumas-*.csv    and complaint registers
///     the logo `logo` names, for the printed letterhead
///     the signed decree's scan `keputusan.berkas` names (a PDF)
///
/// The only part that reads files; bad content becomes diagnostics.
public enum ContentReader {
    public static let settingsFile = "situs.yml"
    public static let planFiles = ["rencana-aksi.tsv", "rencana-aksi.csv", "rencana-aksi.txt"]
    public static let decreeFile = "keputusan.md"
    public static let pagesFolder = "halaman"

    public static func read(folder: String, diagnostics: inout DiagnosticList) -> Content? {
        guard exists(folder: folder, diagnostics: &diagnostics) else { return nil }
        let content = ContentFolder(folder)
        let settingsPath = path(folder, settingsFile)
        guard let settingsText = content.readText(settingsPath, diagnostics: &diagnostics) else { return nil }
        // With the keys as written, for finding the plan even when other keys
        // are wrong, and for placing messages about what the keys say.
        let (settings, written) = SettingsReader.readWritten(text: settingsText, file: settingsPath, diagnostics: &diagnostics)

        let planPath = planFile(in: folder, named: written.value("rencana_aksi"))
        var plan: Plan?
        if let planPath, let planText = content.readText(planPath, diagnostics: &diagnostics) {
            let year = settings?.planYear ?? written.value("tahun_rencana").flatMap { Int($0) }.flatMap { Settings.planYears.contains($0) ? $0 : nil }
            plan = PlanTableReader.read(text: planText, file: planPath, planYear: year, diagnostics: &diagnostics)
        } else if planPath == nil {
            diagnostics.error(SourceLocation(file: path(folder, planFiles[0]), line: 1),
                              "tabel rencana aksi tidak ditemukan; simpan tabel dari lampiran keputusan sebagai \(planFiles.joined(separator: " atau "))")
        }

        var decreeText: MarkdownPage?
        let decreePath = path(folder, decreeFile)
        if content.place(of: decreePath) != .missing {
            if let text = content.readText(decreePath, diagnostics: &diagnostics) {
                decreeText = MarkdownPageReader.read(text: text, fileName: decreeFile, path: decreePath, diagnostics: &diagnostics)
            }
        } else {
            diagnostics.warning(SourceLocation(file: decreePath, line: 1),
                                "teks keputusan belum ada; halaman Keputusan hanya menampilkan data dari pengaturan. Tambahkan \(decreeFile)")
        }

        let pages = readPages(in: path(folder, pagesFolder), of: content, diagnostics: &diagnostics)
        let progress = MonevFolderReader.read(folder: folder, plan: plan, settings: settings, diagnostics: &diagnostics)
        let services = ServiceFolderReader.read(folder: folder, diagnostics: &diagnostics)
        let logo = written.value(LogoReader.setting).flatMap {
            LogoReader.read($0, folder: folder, location: written.location(of: LogoReader.setting), diagnostics: &diagnostics)
        }
        let decreeScan = written.value(DecreeScanReader.setting).flatMap {
            DecreeScanReader.read($0, folder: folder, location: written.location(of: DecreeScanReader.setting), diagnostics: &diagnostics)
        }
        guard let settings, let plan else { return nil }
        ContentCheck(settings: settings, plan: plan, periods: progress.periods,
                     settingLocation: { written.location(of: $0) }).check(diagnostics: &diagnostics)
        return Content(folder: folder, settings: settings, plan: plan, decreeText: decreeText, pages: pages,
                       monev: progress.periods, evidence: progress.evidence, services: services, logo: logo,
                       decreeScan: decreeScan)
    }

    private static func readPages(in folder: String, of content: ContentFolder, diagnostics: inout DiagnosticList) -> [MarkdownPage] {
        guard let names = content.folder(folder, diagnostics: &diagnostics)?.names else { return [] }
        var pages: [MarkdownPage] = []
        var slugs: [String: String] = [:]
        for name in names where name.lowercased().hasSuffix(".md") {
            let pagePath = path(folder, name)
            guard let text = content.readText(pagePath, diagnostics: &diagnostics) else { continue }
            let page = MarkdownPageReader.read(text: text, fileName: name, path: pagePath, diagnostics: &diagnostics)
            if let other = slugs[page.slug] {
                diagnostics.error(SourceLocation(file: pagePath, line: 1),
                                  "halaman ini akan ditulis ke alamat yang sama dengan \(other) (\(page.slug).html); ganti nama salah satu berkas")
                continue
            }
            slugs[page.slug] = pagePath
            pages.append(page)
        }
        return pages
    }

    /// The plan file named in the settings, else the first default that exists.
    static func planFile(in folder: String, named name: String?) -> String? {
        if let name { return path(folder, name) }
        return planFiles.map { path(folder, $0) }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The text of a file the user names (to import, or a template): read
    /// where it is. Files of a content folder are read through
    /// `ContentFolder.readText`, which keeps them inside it.
    static func readText(_ filePath: String, diagnostics: inout DiagnosticList) -> String? {
        readText(filePath, from: filePath, diagnostics: &diagnostics)
    }

    /// The text of the file at `source`, reported as `filePath`.
    static func readText(_ filePath: String, from source: String, diagnostics: inout DiagnosticList) -> String? {
        let here = SourceLocation(file: filePath, line: 1)
        guard FileManager.default.fileExists(atPath: source) else {
            diagnostics.error(here, "berkas tidak ada; buat berkas ini (lihat contoh di panduan operator)")
            return nil
        }
        guard let size = RegularFile.size(atPath: source) else {
            diagnostics.error(here, "ini bukan berkas biasa (mungkin folder, pipa atau perangkat) dan tidak dibaca; ganti dengan berkas teks")
            return nil
        }
        guard size <= textSizeLimit else {
            diagnostics.error(here, "berkas ini berukuran \(IndonesianFormat.fileSize(size)), lebih dari \(IndonesianFormat.fileSize(textSizeLimit)) yang dibaca zisite; tabel atau teks sebesar ini bukan isi situs biasa, periksa apakah berkasnya benar")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: source) else {
            diagnostics.error(here, "berkas tidak dapat dibaca; periksa izin aksesnya")
            return nil
        }
        return TextFileDecoder.decode(data, file: filePath, diagnostics: &diagnostics)
    }

    /// No text a unit writes comes near this; a 10 MB plan is 14,000 steps.
    static let textSizeLimit = 256 * 1024 * 1024

    /// Whether the content folder is there; false, with an error, when not.
    static func exists(folder: String, diagnostics: inout DiagnosticList) -> Bool {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.error(SourceLocation(file: folder, line: 1, column: 1),
                              "folder konten '\(folder)' tidak ada; jalankan dari folder proyek atau pilih folder dengan --content")
            return false
        }
        return true
    }

    static func path(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
