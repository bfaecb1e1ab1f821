/// What `zisite publish` refuses to publish without `--draft`: content that is
/// not finished yet. One error per unfinished thing, naming its file and line.
///
/// The checks themselves are replaced by the readiness branch; this file only
/// fixes the signature publish calls.
public enum PublishReadiness {
    /// `content`: the content folder; `today`: today's date in Jakarta.
    public static func check(content: String, today: CalendarDate, diagnostics: inout DiagnosticList) {
        // replaced by the readiness branch
    }
}
