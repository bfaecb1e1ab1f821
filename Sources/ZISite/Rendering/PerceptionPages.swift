import Foundation

/// One page per perception survey (IPAK, IPKP): the index on its 1-4 scale,
/// a chart of each question's mean, the answers per question in a table,
/// and the source.
struct PerceptionPages {
    let words: SiteWords

    func contexts() -> [PageContext] {
        words.content.services.perceptionSurveys.map(page)
    }

    /// "3,61" or "–" without answers.
    static func score(_ value: Decimal?) -> String {
        value.map { IndonesianFormat.fixed($0, fractionDigits: 2) } ?? "–"
    }

    static func title(_ survey: PerceptionSurvey) -> String {
        "\(survey.kind.name) \(survey.period)"
    }

    /// "IPAK 3,61 dari 40 responden."
    static func headline(_ survey: PerceptionSurvey, _ index: PerceptionIndex) -> String {
        return "\(survey.kind.abbreviation) \(score(index.index)) (skala 1–4) dari \(IndonesianFormat.integer(index.respondents)) responden."
    }

    private func page(_ survey: PerceptionSurvey) -> PageContext {
        let path = SitePaths.perception(survey)
        let root = SitePaths.root(for: path)
        let index = words.surveyIndexes.of(survey)
        let questions: [[String: Any]] = survey.questions.map { question in
            [
                "label": question.label,
                "teks": question.text,
                "jawaban": question.counts.map { IndonesianFormat.integer($0) },
                "responden": IndonesianFormat.integer(question.respondents),
                "nilai": Self.score(index.mean(of: question)),
                "terendah": index.lowest.contains(question),
            ]
        }
        let chart = ScoreChart(
            id: "grafik-persepsi", title: "Nilai rata-rata setiap pertanyaan \(Self.title(survey))",
            description: "Nilai rata-rata setiap pertanyaan pada skala 1 sampai 4: "
                + index.questions.map { "\($0.question.label) \(Self.score($0.mean))" }.joined(separator: ", ")
                + (index.index.map { "; garis tegak menandai indeks \(Self.score($0))" } ?? "") + ".",
            scores: index.questions.map { .init(label: $0.question.label, value: $0.mean, shown: Self.score($0.mean)) },
            scale: 4, ticks: [0, 1, 2, 3, 4], reference: index.index)
        var values: [String: Any] = [
            "survei": survey.kind.name,
            "singkatan": survey.kind.abbreviation,
            "namaIndeks": survey.kind.indexName,
            "adaIndeks": index.index != nil,
            "indeks": Self.score(index.index),
            "responden": IndonesianFormat.integer(index.respondents),
            "jumlahPertanyaan": IndonesianFormat.integer(survey.questions.count),
            "terendah": index.lowest.map { "\($0.label) \($0.text)" }.joined(separator: "; "),
            "grafik": chart.svg(),
            "pertanyaan": questions,
            "unduhan": OpenData.links([OpenData(words: words).perception(survey)], root: root),
        ]
        values.merge(ServiceSheetValues.of(period: survey.period, source: survey.source, note: survey.note, root: root)) { own, _ in own }
        return PageContext(path: path, template: "persepsi", title: Self.title(survey), values: values)
    }
}
