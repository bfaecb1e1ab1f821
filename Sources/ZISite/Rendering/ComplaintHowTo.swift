/// How a citizen files a complaint with the unit, through the channels its
/// settings give (`kontak.pengaduan`, `kontak.telepon`, `kontak.alamat`):
/// the values of the partial `cara-pengaduan` on each complaint page.
enum ComplaintHowTo {
    static func values(_ words: SiteWords) -> [String: Any] {
        let contacts = words.content.settings.contacts
        let channels = ContactValues.of([.pengaduan, .telepon, .alamat], in: contacts, label: label)
        return [
            "satker": words.unitName,
            "saluran": channels,
            "adaSaluran": !channels.isEmpty,
        ]
    }

    /// What the channel is, in the words of someone about to use it.
    static func label(_ contact: ContactChannel) -> String {
        switch contact.kind {
        case .pengaduan:
            guard let url = contact.url else { return "Saluran pengaduan" }
            return url.lowercased().hasPrefix("mailto:") ? "Surel pengaduan" : "Laman pengaduan"
        case .alamat:
            return "Datang langsung atau kirim surat ke kantor"
        default:
            return contact.kind.label
        }
    }
}
