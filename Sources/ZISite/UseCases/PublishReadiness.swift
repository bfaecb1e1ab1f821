import Foundation

/// Whether a content folder is finished enough to be published: what
/// `zisite publish` refuses without `--draft`, one error per unfinished
/// thing, naming its file and line:
///
/// - a value still `(belum diisi)`: in `situs.yml`, the plan table, the
///   decree's text, a page, or a cell of a monev or service sheet;
/// - a file still exactly as `zisite new` wrote it (the `.zisite-kerangka`
///   record says which), or a page still holding a skeleton's instruction
///   ("Ganti teks ini") after the unit changed other parts of it;
/// - no `kontak.ppid` (a citizen would not know where to ask) and no
///   `alamat_situs`;
/// - a data date (`data_per`, a monev sheet's DATA PER) after `today`.
///
/// Everything is read with the readers the build uses. What is wrong with
/// a file (unreadable, malformed) is the build's to say and is not said
/// here; a placeholder the build also refuses (a date, a sheet's PERIODE)
/// is said here too, so that these errors alone list everything unfinished.
/// `zisite check` tells the same findings as warnings (`advice`), so that a
/// unit learns them before it publishes.
public enum PublishReadiness {
    /// Adds one error per unfinished thing in the content folder `content`.
    public static func check(content: String, today: CalendarDate, diagnostics: inout DiagnosticList) {
        diagnostics.append(contentsOf: findings(content, today: today).list)
    }

    /// The findings as warnings, for `zisite check`, without what the build
    /// already says in words of its own: a placeholder at a place `said`
    /// speaks of (the settings reader warns about a text still
    /// `(belum diisi)` and refuses a date; a sheet reader refuses its
    /// PERIODE and SUMBER rows), and the missing `alamat_situs`, which the
    /// site's renderer warns about.
    public static func advice(content: String, today: CalendarDate, besides said: [Diagnostic]) -> [Diagnostic] {
        let places = Set(said.map(\.location))
        let findings = findings(content, today: today)
        return findings.list.items.enumerated().filter { index, finding in
            !findings.builtSays.contains(index) && !(findings.placeholders.contains(index) && places.contains(finding.location))
        }.map { Diagnostic(.warning, $0.element.location, $0.element.message) }
    }

    /// What is unfinished, and which of it (by index) is a placeholder or
    /// a thing the build says itself.
    private struct Findings {
        var list = DiagnosticList()
        var placeholders: Set<Int> = []
        var builtSays: Set<Int> = []

        mutating func error(_ location: SourceLocation, _ message: String) {
            list.error(location, message)
        }

        /// Marks the finding just added as a placeholder.
        mutating func isPlaceholder() { placeholders.insert(list.items.count - 1) }
        /// Marks the finding just added as one the build says.
        mutating func isSaidByTheBuild() { builtSays.insert(list.items.count - 1) }
    }

    private static func findings(_ folder: String, today: CalendarDate) -> Findings {
        var found = Findings()
        // Unreadable or missing files are the build's to report.
        var unread = DiagnosticList()
        guard ContentReader.exists(folder: folder, diagnostics: &unread) else { return found }
        let content = ContentFolder(folder)
        let settingsPath = ContentReader.path(folder, ContentReader.settingsFile)
        let settingsText = content.readText(settingsPath, diagnostics: &unread)
        let settings = settingsText.map { SettingValues.unchecked($0, file: settingsPath) }
        if let settings, let settingsText { check(settings, text: settingsText, today: today, &found) }

        let unchanged = unchangedSkeleton(folder, of: content, &found)
        var texts: [String] = []
        if let plan = ContentReader.planFile(in: folder, named: settings?.value("rencana_aksi")) { texts.append(plan) }
        texts.append(ContentReader.path(folder, ContentReader.decreeFile))
        let pages = ContentReader.path(folder, ContentReader.pagesFolder)
        if content.place(of: pages) != .missing {
            texts += (content.folder(pages, diagnostics: &unread)?.names ?? [])
                .filter { $0.lowercased().hasSuffix(".md") }.map { ContentReader.path(pages, $0) }
        }
        for path in texts where !unchanged.contains(path) && content.place(of: path) != .missing {
            guard let text = content.readText(path, diagnostics: &unread) else { continue }
            checkText(text, file: path, &found)
        }
        for sheets in [MonevFolderReader.sheetsFolder, ServiceFolderReader.folder] {
            for path in SheetFolder.sheets(in: ContentReader.path(folder, sheets), of: content, what: "lembar", diagnostics: &unread) {
                guard let table = SheetFolder.table(path, of: content, diagnostics: &unread) else { continue }
                checkSheet(table, file: path, &found)
                if sheets == MonevFolderReader.sheetsFolder, let period = MonevSheetReader.read(table, file: path, diagnostics: &unread) {
                    checkDataDate(period.asOf, named: MonevSheetReader.asOfLabel, today: today,
                                  at: period.asOfLocation ?? SourceLocation(file: path, line: period.asOfLine), &found)
                }
            }
        }
        return found
    }

    /// `situs.yml`: values still the placeholder, the PPID contact and the
    /// site's address, and the data date. A missing setting is told at the
    /// line of its commented-out example (`#   ppid: ...`, as `zisite new`
    /// writes it) when there is one, where the operator removes the `#`.
    private static func check(_ settings: SettingValues, text: String, today: CalendarDate, _ found: inout Findings) {
        func example(_ key: String) -> SourceLocation? {
            commentedLine(key, in: text).map { SourceLocation(file: settings.file, line: $0) }
        }
        for (path, value) in settings.scalars.sorted(by: { $0.value.location < $1.value.location })
        where value.text.contains(Settings.placeholder) {
            found.error(value.location, "pengaturan '\(path)' masih \(Settings.placeholder), jadi situs belum siap diterbitkan; ganti dengan data yang benar")
            found.isPlaceholder()
        }
        let contacts = settings.mappingLocations["kontak"] ?? example("ppid") ?? SourceLocation(file: settings.file, line: 1)
        if settings.value("kontak.ppid") == nil {
            found.error(contacts, "'kontak.ppid' belum diisi, sehingga situs tidak menyebut ke mana warga meminta informasi; tambahkan di bawah 'kontak:' baris 'ppid: ...' berisi surel, alamat https:// atau telepon PPID satker")
        }
        if settings.value("alamat_situs") == nil {
            found.error(example("alamat_situs") ?? SourceLocation(file: settings.file, line: 1),
                        "'alamat_situs' belum diisi; tambahkan baris 'alamat_situs: ...' berisi alamat folder tempat situs diunggah, misalnya https://kab-contoh.kpu.go.id/zona-integritas/")
            found.isSaidByTheBuild()
        }
        if let text = settings.value("data_per"), let date = IndonesianDateReader.read(text) {
            checkDataDate(date, named: "data_per", today: today, at: settings.location(of: "data_per"), &found)
        }
    }

    /// A text's lines, empty ones included, so that line n is at n - 1.
    private static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// The line number of `# key: ...`, a setting written as a comment.
    private static func commentedLine(_ key: String, in text: String) -> Int? {
        return lines(of: text).firstIndex { line in
            let words = line.drop { $0 == " " || $0 == "\t" }
            guard words.first == "#" else { return false }
            return words.dropFirst().drop { $0 == " " || $0 == "\t" }.hasPrefix(key + ":")
        }.map { $0 + 1 }
    }

    private static func checkDataDate(_ date: CalendarDate, named name: String, today: CalendarDate, at location: SourceLocation,
                                      _ found: inout Findings) {
        guard date > today else { return }
        found.error(location, "\(name) \(IndonesianFormat.date(date)) jatuh sesudah hari ini (\(IndonesianFormat.date(today))); data tidak dapat berlaku per tanggal yang belum tiba, periksa tanggalnya")
    }

    /// The files `zisite new` wrote that are still byte for byte as it
    /// wrote them; `situs.yml` is left to its placeholders, which say what
    /// to fill in it. A file larger than any skeleton has been changed.
    private static func unchangedSkeleton(_ folder: String, of content: ContentFolder, _ found: inout Findings) -> Set<String> {
        var unchanged: Set<String> = []
        var unread = DiagnosticList()
        for (name, fingerprint) in ContentFolderWriter.skeletonFiles(in: folder).sorted(by: { $0.key < $1.key })
        where name != ContentReader.settingsFile {
            let path = ContentReader.path(folder, name)
            guard content.place(of: path) != .missing, let real = content.realPath(path, diagnostics: &unread),
                  let size = RegularFile.size(atPath: real), size <= skeletonSizeLimit,
                  let data = FileManager.default.contents(atPath: real), ContentFolderWriter.fingerprint(data) == fingerprint else { continue }
            unchanged.insert(path)
            found.error(SourceLocation(file: path, line: 1), "berkas ini masih kerangka dari zisite new, belum diubah sama sekali; \(whatToWrite(in: name))")
        }
        return unchanged
    }

    /// No skeleton `zisite new` writes is near this size.
    static let skeletonSizeLimit = 64 * 1024

    private static func whatToWrite(in name: String) -> String {
        if ContentReader.planFiles.contains(name) { return "isi tabel rencana aksi dari lampiran keputusan (zisite import dapat mengisinya)" }
        if name == ContentReader.decreeFile { return "salin teks keputusan ke berkas ini (zisite import dapat mengisinya)" }
        return "tulis isi halaman ini, atau hapus berkasnya bila halamannya tidak diperlukan"
    }

    /// A text file of the content: each line holding the placeholder, and
    /// the first line still holding a skeleton's instruction.
    private static func checkText(_ text: String, file: String, _ found: inout Findings) {
        var instructed = false
        for (index, line) in lines(of: text).enumerated() {
            let here = SourceLocation(file: file, line: index + 1)
            if line.contains(Settings.placeholder) {
                found.error(here, "masih tertulis \(Settings.placeholder); ganti dengan isian yang benar sebelum situs diterbitkan")
            }
            let folded = KeyedSheet.folded(String(line))
            if !instructed, let instruction = ContentSkeleton.instructions.first(where: { folded.contains($0) }) {
                instructed = true
                found.error(here, "berkas ini masih memuat petunjuk kerangka dari zisite new ('\(instruction)'); ganti petunjuk itu dengan teks satker sebelum situs diterbitkan")
            }
        }
    }

    /// A monev or service sheet: each cell holding the placeholder, outside
    /// the guidance rows (which explain it).
    private static func checkSheet(_ table: SheetTable, file: String, _ found: inout Findings) {
        let places = SheetPlaces(file: file)
        for row in table.rows where KeyedSheet.label(row.cells.first?.text ?? "") != KeyedSheet.guidanceKey {
            for (index, cell) in row.cells.enumerated() where cell.text.contains(Settings.placeholder) {
                found.error(places.cell(row, index), "masih tertulis \(Settings.placeholder); ganti dengan isian yang benar sebelum situs diterbitkan")
                found.isPlaceholder()
            }
        }
    }
}
