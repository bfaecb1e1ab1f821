/// How to ask the unit's PPID for information and how to object, per
/// Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik:
/// the values of the partial `permohonan-informasi` on the Daftar Informasi
/// Publik. The periods are the law's and the same for every unit; the
/// places to ask are the unit's contacts.
enum InformationRequest {
    /// The section's id, for links from other pages.
    static let anchor = "permohonan-informasi"

    /// Pasal 22 ayat (7): the written answer, at the latest, in working days
    /// from the request's receipt.
    static let answerDays = 10
    /// Pasal 22 ayat (8): how much longer, with written reasons.
    static let extensionDays = 7
    /// Pasal 36 ayat (1): an objection to the PPID's superior, from the day
    /// its reason is found.
    static let objectionDays = 30
    /// Pasal 36 ayat (2): the superior's written answer to the objection.
    static let objectionAnswerDays = 30
    /// Pasal 37 ayat (2): a dispute before the Komisi Informasi, from the
    /// receipt of the superior's answer.
    static let disputeDays = 14

    /// Where a request can be made: the PPID first, then the office.
    static let channels: [ContactChannel.Kind] = [.ppid, .telepon, .alamat]

    static func values(_ words: SiteWords) -> [String: Any] {
        let contacts = words.content.settings.contacts
        let channels = ContactValues.of(channels, in: contacts)
        func days(_ count: Int) -> String { "\(IndonesianFormat.integer(count)) hari kerja" }
        return [
            "id": anchor,
            "satker": words.unitName,
            "saluran": channels,
            "adaSaluran": !channels.isEmpty,
            "adaKontakPPID": contacts.contains { $0.kind == .ppid },
            "hariJawaban": days(answerDays),
            "hariPerpanjangan": days(extensionDays),
            "hariKeberatan": days(objectionDays),
            "hariTanggapanKeberatan": days(objectionAnswerDays),
            "hariSengketa": days(disputeDays),
        ]
    }
}
