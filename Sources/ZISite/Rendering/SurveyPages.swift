/// Layanan Publik: an index of the unit's public-service figures, and one
/// page per Survei Kepuasan Masyarakat with its index, grade, chart, the
/// same numbers in tables, the respondents' profile and the source.
struct SurveyPages {
    let words: SiteWords

    func contexts() -> [PageContext] {
        let surveys = words.content.services.surveys
        guard !surveys.isEmpty else { return [] }
        return [index(surveys)] + surveys.map(page)
    }

    private func index(_ surveys: [SatisfactionSurvey]) -> PageContext {
        let path = SitePaths.services
        let root = SitePaths.root(for: path)
        let rows: [[String: Any]] = surveys.map { survey in
            let index = SatisfactionIndex(survey)
            return [
                "periode": survey.period,
                "alamat": root + SitePaths.survey(survey),
                "responden": IndonesianFormat.integer(survey.respondents),
                "ikm": index.index.map { IndonesianFormat.fixed($0, fractionDigits: 2) } ?? "–",
                "mutu": index.grade.map { "\($0.rawValue) (\($0.words))" } ?? "–",
            ]
        }
        let values: [String: Any] = ["akar": root, "survei": rows]
        return PageContext(path: path, template: "layanan", title: "Layanan Publik", values: values)
    }

    private func page(_ survey: SatisfactionSurvey) -> PageContext {
        let path = SitePaths.survey(survey)
        let root = SitePaths.root(for: path)
        let index = SatisfactionIndex(survey)
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
                "jawaban": question.answers.map { answer in
                    [
                        "teks": answer.answer,
                        "jumlah": IndonesianFormat.integer(answer.count),
                        "persen": IndonesianFormat.percent(Double(answer.count) * 100 / Double(max(total, 1))),
                    ]
                },
            ]
        }
        let chart = SurveyChart(id: "grafik-skm", index: index, period: survey.period)
        let values: [String: Any] = [
            "akar": root,
            "alamatLayanan": root + SitePaths.services,
            "periode": survey.period,
            "sumber": survey.source,
            "catatan": survey.note ?? "",
            "adaCatatan": survey.note != nil,
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
        ]
        return PageContext(path: path, template: "skm", title: "Survei Kepuasan Masyarakat \(survey.period)", values: values)
    }
}
