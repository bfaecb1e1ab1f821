import Foundation

/// `zisite new DIR`: a fresh content folder. What the folder's name and
/// today's date cannot tell (the decree's number, date and signatory; the
/// unit and its level when the name does not say them) is written as
/// `Settings.placeholder`, never guessed: the decree's date and the level
/// stop the build until they are filled in (`zisite import` fills them from
/// the decree), and then the site shows "belum ada data" until the unit
/// fills in its plan.
public enum NewContentFolder {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        /// The files written; empty when nothing was written.
        public var written: [String]
    }

    public static func create(folder: String, today: Date = Date()) -> Result {
        var diagnostics = DiagnosticList()
        let day = JakartaTime.day(of: today)
        let unit = SettingsDraft.unit(fromFolderName: URL(fileURLWithPath: folder).lastPathComponent)
        let draft = SettingsDraft(unitName: unit?.name, level: unit?.level, planYear: day.year, decreeYear: day.year,
                                  subject: unit.map { "Rencana Kerja Pembangunan Zona Integritas di Lingkungan \($0.name) Tahun \(day.year)" },
                                  position: unit.map { "Ketua \($0.name)" }, dataDate: day)
        let written = ContentFolderWriter.write(ContentSkeleton.files(draft), into: folder, force: false, asSkeleton: true, diagnostics: &diagnostics)
        return Result(diagnostics: diagnostics.items, written: written)
    }
}
