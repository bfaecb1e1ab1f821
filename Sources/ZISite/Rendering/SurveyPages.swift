/// One page per Survei Kepuasan Masyarakat with its index, grade, chart,
/// the same numbers in tables, the respondents' profile and the source.
struct SurveyPages {
    let words: SiteWords

    func contexts() -> [PageContext] {
        words.content.services.surveys.map(page)
    }

    static func title(_ survey: SatisfactionSurvey) -> String {
        "Survei Kepuasan Masyarakat \(survey.period)"
    }

    /// "IKM 86,32, mutu B (Baik) dari 40 responden."
    static func headline(_ survey: SatisfactionSurvey, _ index: SatisfactionIndex) -> String {
        let result = index.index.map { "IKM \(IndonesianFormat.fixed($0, fractionDigits: 2))" + (index.grade.map { ", mutu \($0.rawValue) (\($0.words))" } ?? "") }
        return (result ?? "Hasil survei") + " dari \(IndonesianFormat.integer(survey.respondents)) responden."
    }

    private func page(_ survey: SatisfactionSurvey) -> PageContext {
        let path = SitePaths.survey(survey)
        let root = SitePaths.root(for: path)
        let index = words.surveyIndexes.of(survey)
        let elements: [[String: Any]] = index.elements.map { score in
            [
                "kode": score.element.code,
                "nama": score.element.name,
                "nrr": IndonesianFormat.fixed(score.mean, fractionDigits: 2),
                "konversi": IndonesianFormat.fixed(score.converted, fractionDigits: 2),
                "terendah": index.lowest.contains(score.element),
            ]
        }
        let grades: [[String: Any]] = [SatisfactionIndex.Grade.a, .b, .c, .d].map { grade in
            [
                "mutu": grade.rawValue,
                "kata": grade.words,
                "rentang": "\(IndonesianFormat.fixed(grade.range.from, fractionDigits: 2))–\(IndonesianFormat.fixed(grade.range.to, fractionDigits: 2))",
                "ini": grade == index.grade,
            ]
        }
        let profile: [[String: Any]] = survey.profile.enumerated().map { number, question in
            let total = question.answers.reduce(0) { $0 + $1.count }
            return [
                "id": "profil-\(number + 1)",
                "pertanyaan": question.question,
                "jawaban": question.answers.map { answer -> [String: Any] in
                    [
                        "teks": answer.answer,
                        "jumlah": IndonesianFormat.integer(answer.count),
                        "persen": IndonesianFormat.percent(Double(answer.count) * 100 / Double(max(total, 1))),
                    ]
                },
            ]
        }
        var description = index.elements.map { "\($0.element.code) \($0.element.name) \(IndonesianFormat.fixed($0.converted, fractionDigits: 2))" }
            .joined(separator: ", ")
        if let ikm = index.index, let grade = index.grade {
            description += "; garis tegak menandai IKM \(IndonesianFormat.fixed(ikm, fractionDigits: 2)), mutu \(grade.rawValue) (\(grade.words))"
        }
        let chart = ScoreChart(id: "grafik-skm", title: "Nilai unsur Survei Kepuasan Masyarakat \(survey.period)",
                               description: "Nilai konversi setiap unsur pada skala 25 sampai 100: " + description + ".",
                               scores: index.elements.map { .init(label: $0.element.code, value: $0.converted,
                                                                 shown: IndonesianFormat.fixed($0.converted, fractionDigits: 2)) },
                               scale: 100, ticks: [0, 25, 50, 75, 100], reference: index.index)
        var values: [String: Any] = [
            "responden": IndonesianFormat.integer(survey.respondents),
            "adaIndeks": index.index != nil,
            "ikm": index.index.map { IndonesianFormat.fixed($0, fractionDigits: 2) } ?? "",
            "mutu": index.grade?.rawValue ?? "",
            "mutuKata": index.grade?.words ?? "",
            "terendah": index.lowest.map { "\($0.code) \($0.name)" }.joined(separator: ", "),
            "grafik": chart.svg(),
            "unsur": elements,
            "mutuSemua": grades,
            "profil": profile,
            "adaProfil": !profile.isEmpty,
            "unduhan": OpenData.links([OpenData(words: words).survey(survey)], root: root),
        ]
        values.merge(ServiceSheetValues.of(period: survey.period, source: survey.source, note: survey.note, root: root)) { own, _ in own }
        return PageContext(path: path, template: "skm", title: Self.title(survey), values: values)
    }
}
