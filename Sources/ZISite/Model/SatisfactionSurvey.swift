import Foundation

/// A Survei Kepuasan Masyarakat (SKM) of one period, as PermenPANRB 14/2017
/// sets it: nine elements (unsur), each answered on a 1-4 scale.
public struct SatisfactionSurvey: Hashable, Sendable {
    /// The nine elements, in the regulation's order (U1-U9).
    public enum Element: Int, CaseIterable, Hashable, Sendable, Comparable {
        case requirements = 1, procedure, duration, cost, product, competence, conduct, complaints, facilities

        public var code: String { "U\(rawValue)" }

        public var name: String {
            switch self {
            case .requirements: "Persyaratan"
            case .procedure: "Sistem, Mekanisme, dan Prosedur"
            case .duration: "Waktu Penyelesaian"
            case .cost: "Biaya/Tarif"
            case .product: "Produk Spesifikasi Jenis Pelayanan"
            case .competence: "Kompetensi Pelaksana"
            case .conduct: "Perilaku Pelaksana"
            case .complaints: "Penanganan Pengaduan, Saran dan Masukan"
            case .facilities: "Sarana dan Prasarana"
            }
        }

        public static func < (lhs: Element, rhs: Element) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// What the unit has for one element: every respondent's answers summed
    /// and counted, or only the mean its survey report gives.
    public enum ElementAnswers: Hashable, Sendable {
        case answers(sum: Int, count: Int)
        case mean(Decimal)
    }

    public var period: String
    /// Who ran the survey and how ("Tim SKM KPU Kota Kendari, kuesioner
    /// tertulis"), as the unit writes it.
    public var source: String
    /// A note shown with the figures (CATATAN), e.g. that they are made up.
    public var note: String?
    /// The sheet it was read from, for messages.
    public var file: String
    public var respondents: Int
    public var elements: [Element: ElementAnswers]
    /// Respondents by profile question (JENIS KELAMIN, PENDIDIKAN, ...) and
    /// answer; empty for a summary.
    public var profile: [ProfileQuestion]

    public struct ProfileQuestion: Hashable, Sendable {
        public var question: String
        public var answers: [(answer: String, count: Int)]

        public init(question: String, answers: [(answer: String, count: Int)]) {
            self.question = question
            self.answers = answers
        }

        public static func == (lhs: ProfileQuestion, rhs: ProfileQuestion) -> Bool {
            lhs.question == rhs.question && lhs.answers.map(\.answer) == rhs.answers.map(\.answer)
                && lhs.answers.map(\.count) == rhs.answers.map(\.count)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(question)
            for answer in answers {
                hasher.combine(answer.answer)
                hasher.combine(answer.count)
            }
        }
    }

    public init(period: String, source: String, note: String? = nil, file: String = "", respondents: Int,
                elements: [Element: ElementAnswers], profile: [ProfileQuestion] = []) {
        self.period = period
        self.source = source
        self.note = note
        self.file = file
        self.respondents = respondents
        self.elements = elements
        self.profile = profile
    }
}
