/// A perception survey of the unit's service users, as a Zona Integritas
/// assessment asks for: anti-corruption perception (IPAK) or service
/// quality perception (IPKP). Each question is answered on a 1-4 scale;
/// the unit keeps how many respondents gave each answer.
public struct PerceptionSurvey: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case antiCorruption = "ipak"
        case serviceQuality = "ipkp"

        /// "Survei Persepsi Anti Korupsi".
        public var name: String {
            switch self {
            case .antiCorruption: "Survei Persepsi Anti Korupsi"
            case .serviceQuality: "Survei Persepsi Kualitas Pelayanan"
            }
        }

        /// "Indeks Persepsi Anti Korupsi".
        public var indexName: String {
            switch self {
            case .antiCorruption: "Indeks Persepsi Anti Korupsi"
            case .serviceQuality: "Indeks Persepsi Kualitas Pelayanan"
            }
        }

        /// "IPAK".
        public var abbreviation: String { rawValue.uppercased() }
    }

    public struct Question: Hashable, Sendable {
        public var line: Int
        /// The question's number as written ("1", "P1").
        public var number: String
        public var text: String
        /// The short label of charts and tables: "P1" for question 1, the number itself when it has letters.
        public var label: String { number.first?.isNumber == true ? "P" + number : number }
        /// How many respondents answered 1, 2, 3 and 4.
        public var counts: [Int]

        /// How many answered the question.
        public var respondents: Int { counts.reduce(0, +) }

        public init(line: Int, number: String, text: String, counts: [Int]) {
            self.line = line
            self.number = number
            self.text = text
            self.counts = counts
        }
    }

    public var kind: Kind
    public var period: String
    public var source: String
    public var note: String?
    public var file: String
    public var questions: [Question]

    public init(kind: Kind, period: String, source: String, note: String? = nil, file: String = "", questions: [Question]) {
        self.kind = kind
        self.period = period
        self.source = source
        self.note = note
        self.file = file
        self.questions = questions
    }
}
