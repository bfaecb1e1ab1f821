/// How far an action step has come, in the words of a monev sheet.
public enum ProgressStatus: String, CaseIterable, Hashable, Sendable {
    case notStarted = "belum dimulai"
    case inProgress = "dalam proses"
    case done = "selesai"
    /// Decided against, with a reason in the sheet's CATATAN.
    case notCarriedOut = "tidak dilaksanakan"
}

/// A piece of evidence (bukti dukung) named in a monev sheet.
public enum EvidenceReference: Hashable, Sendable {
    /// A "/"-separated path inside the content's `bukti/` folder.
    case file(String)
    /// An http or https link, often a cloud-drive folder.
    case link(String)
}

/// One row of a monev sheet: what the team reports of one action step.
public struct ProgressEntry: Hashable, Sendable {
    /// The step's code from the plan (`II.1.b`).
    public var code: String
    /// Nil when the row's STATUS is empty: the step is not reported.
    public var status: ProgressStatus?
    /// REALISASI, read like a TARGET CAPAIAN: "1 Dokumen" is an amount with
    /// its unit, a sentence stays text. Nil when empty.
    public var realisation: TargetQuantity?
    public var dateDone: CalendarDate?
    public var evidence: [EvidenceReference]
    public var note: String
    /// The text line the row starts on.
    public var line: Int
    /// The row's number as a spreadsheet shows it.
    public var row: Int
    /// Where each of the row's cells is, by its column's title (`KODE`,
    /// `BUKTI`), for messages; the row's start for a column not given.
    public var places: [String: SourceLocation]
    /// The TANGGAL SELESAI and BUKTI cells had text, even where it could not
    /// be read (and was reported as such).
    public var dateWritten: Bool
    public var evidenceWritten: Bool

    public init(code: String, status: ProgressStatus?, realisation: TargetQuantity? = nil, dateDone: CalendarDate? = nil,
                evidence: [EvidenceReference] = [], note: String = "", line: Int,
                dateWritten: Bool? = nil, evidenceWritten: Bool? = nil, row: Int? = nil, places: [String: SourceLocation] = [:]) {
        self.dateWritten = dateWritten ?? (dateDone != nil)
        self.evidenceWritten = evidenceWritten ?? !evidence.isEmpty
        self.code = code
        self.status = status
        self.realisation = realisation
        self.dateDone = dateDone
        self.evidence = evidence
        self.note = note
        self.line = line
        self.row = row ?? line
        self.places = places
    }
}

/// One monev period: its name ("Triwulan IV 2025"), the day its data is
/// valid for, and the rows of its sheet.
public struct MonevPeriod: Hashable, Sendable {
    public var name: String
    public var asOf: CalendarDate
    public var file: String
    public var entries: [ProgressEntry]
    /// The sheet's DATA PER row.
    public var asOfLine: Int
    /// The DATA PER value's cell, as a spreadsheet shows it.
    public var asOfLocation: SourceLocation?

    public init(name: String, asOf: CalendarDate, file: String, entries: [ProgressEntry], asOfLine: Int = 2,
                asOfLocation: SourceLocation? = nil) {
        self.name = name
        self.asOf = asOf
        self.file = file
        self.entries = entries
        self.asOfLine = asOfLine
        self.asOfLocation = asOfLocation
    }

    /// The entries that report a status, by code.
    public var reported: [String: ProgressEntry] {
        var byCode: [String: ProgressEntry] = [:]
        for entry in entries where entry.status != nil && byCode[entry.code] == nil {
            byCode[entry.code] = entry
        }
        return byCode
    }
}
