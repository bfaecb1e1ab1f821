/// A contact as templates show it: its label, its text as written, and its
/// checked link when it has one (`{{#adaAlamat}}<a href="{{alamat}}">`).
enum ContactValues {
    static func of(_ contact: ContactChannel, label: String? = nil) -> [String: Any] {
        ["label": label ?? contact.kind.label, "teks": contact.text, "alamat": contact.url ?? "", "adaAlamat": contact.url != nil]
    }

    /// The contacts of `kinds`, in that order, that the settings give, each
    /// labelled by `label`.
    static func of(_ kinds: [ContactChannel.Kind], in contacts: [ContactChannel],
                   label: (ContactChannel) -> String = { $0.kind.label }) -> [[String: Any]] {
        kinds.compactMap { kind in contacts.first { $0.kind == kind }.map { of($0, label: label($0)) } }
    }
}
