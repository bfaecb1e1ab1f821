/// Upper-case decree text in the case a sentence on the site uses:
/// "PENETAPAN RENCANA KERJA ... DI LINGKUNGAN KOMISI PEMILIHAN UMUM" becomes
/// "Penetapan Rencana Kerja ... di Lingkungan Komisi Pemilihan Umum".
/// Acronyms stay upper-case; the words only change case, never spelling.
enum IndonesianTitleCase {
    static let smallWords: Set<String> = ["dan", "di", "dari", "ke", "yang", "untuk", "atas", "dalam", "pada", "atau", "serta", "bagi", "oleh", "dengan"]
    static let acronyms: Set<String> = ["KPU", "RI", "WBK", "WBBM", "ZI", "SPIP", "ASN", "SDM", "DUMAS", "PPID", "TPI", "TPN", "LHKPN", "SOP", "IKM", "SKM"]

    static func apply(_ text: String) -> String {
        var words: [String] = []
        for (index, word) in text.split(separator: " ", omittingEmptySubsequences: true).enumerated() {
            let core = word.filter { $0.isLetter }
            if acronyms.contains(String(core)) || word.contains(where: \.isNumber) {
                words.append(String(word))
            } else if index > 0, smallWords.contains(word.lowercased()) {
                words.append(word.lowercased())
            } else {
                words.append(word.split(separator: "/", omittingEmptySubsequences: false)
                    .map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: "/"))
            }
        }
        return words.joined(separator: " ")
    }
}
