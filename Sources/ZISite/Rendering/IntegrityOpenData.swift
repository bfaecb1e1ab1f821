import Foundation

/// The open-data tables of the perception surveys, the wealth-report
/// compliance rolls and the gratification and WBS registers.
extension OpenData {
    /// Every perception survey's index; nil without perception surveys.
    func perceptionSummary() -> DataTable? {
        let surveys = words.content.services.perceptionSurveys
        guard !surveys.isEmpty else { return nil }
        return DataTable(
            name: "persepsi-ringkasan", title: "Indeks persepsi anti korupsi dan kualitas pelayanan",
            description: "Hasil setiap survei persepsi: indeks pada skala 1-4 (rata-rata nilai rata-rata semua pertanyaan, dua angka di belakang koma) dan jumlah responden.",
            fields: [
                .init(name: "survei", type: .string, description: "IPAK (persepsi anti korupsi) atau IPKP (persepsi kualitas pelayanan)"),
                .init(name: "periode", type: .string, description: "Periode survei"),
                .init(name: "responden", type: .integer, description: "Jumlah responden: jawaban terbanyak pada satu pertanyaan"),
                .init(name: "indeks", type: .number, description: "Indeks, 1-4"),
                .init(name: "sumber", type: .string, description: "Sumber data survei"),
            ],
            rows: surveys.map { survey in
                let index = words.surveyIndexes.of(survey)
                return [.text(survey.kind.abbreviation), .text(survey.period), .integer(index.respondents),
                        index.index.map { .number($0) } ?? .empty, .text(survey.source)]
            })
    }

    func perception(_ survey: PerceptionSurvey) -> DataTable {
        let index = words.surveyIndexes.of(survey)
        return DataTable(
            name: "\(survey.kind.rawValue)-\(Slug.make(survey.period, fallback: "periode"))-pertanyaan",
            title: "Jawaban \(survey.kind.abbreviation) \(survey.period) per pertanyaan",
            description: "Jumlah responden yang memberi setiap jawaban (1-4) pada setiap pertanyaan \(survey.kind.name) \(survey.period), dan nilai rata-ratanya dibulatkan dua angka di belakang koma.",
            fields: [
                .init(name: "nomor", type: .string, description: "Nomor pertanyaan seperti di kuesioner"),
                .init(name: "pertanyaan", type: .string, description: "Pertanyaan"),
            ] + (1...4).map { .init(name: "jawaban_\($0)", type: .integer, description: "Responden yang menjawab \($0)") } + [
                .init(name: "responden", type: .integer, description: "Responden yang menjawab pertanyaan ini"),
                .init(name: "nilai_rata_rata", type: .number, description: "Nilai rata-rata jawaban, 1-4; kosong bila belum ada jawaban"),
            ],
            rows: survey.questions.map { question in
                [.text(question.number), .text(question.text)] + question.counts.map { .integer($0) }
                    + [.integer(question.respondents), index.mean(of: question).map { .number($0.roundedHalfUp(places: 2)) } ?? .empty]
            })
    }

    /// Per group, and per report with the total.
    func assetReports(_ roll: AssetReportRoll) -> [DataTable] {
        let compliance = AssetReportCompliance(roll)
        let slug = Slug.make(roll.period, fallback: "periode")
        func table(_ name: String, _ title: String, _ description: String, _ shares: [AssetReportCompliance.Share]) -> DataTable {
            DataTable(
                name: "lhkpn-\(slug)-\(name)", title: "Kepatuhan LHKPN/LHKASN \(roll.period) \(title)",
                description: description + " Kepatuhan adalah sudah lapor dibagi wajib lapor dikali 100, dibulatkan dua angka di belakang koma.",
                fields: [
                    .init(name: "laporan", type: .string, description: "LHKPN atau LHKASN; kosong untuk jumlah keduanya"),
                    .init(name: "kelompok", type: .string, description: "Kelompok wajib lapor, atau Jumlah"),
                    .init(name: "wajib_lapor", type: .integer, description: "Orang yang wajib melaporkan harta kekayaannya"),
                    .init(name: "sudah_lapor", type: .integer, description: "Orang yang sudah melaporkan"),
                    .init(name: "belum_lapor", type: .integer, description: "Orang yang belum melaporkan"),
                    .init(name: "kepatuhan_persen", type: .number, description: "Sudah lapor per wajib lapor, dalam persen; kosong bila tidak ada yang wajib lapor"),
                ],
                rows: shares.map { share in
                    [text(share.report?.rawValue), .text(share.label), .integer(share.obliged), .integer(share.filed), .integer(share.notFiled),
                     share.percent.map { .number($0) } ?? .empty]
                })
        }
        return [
            table("kelompok", "per kelompok", "Wajib lapor, sudah lapor dan kepatuhan setiap kelompok pejabat dan pegawai, \(roll.period).", compliance.groups),
            table("ringkasan", "per laporan", "Wajib lapor, sudah lapor dan kepatuhan per jenis laporan dan seluruhnya, \(roll.period).",
                  compliance.reports.map { share in
                      var total = share
                      total.label = "Jumlah"
                      return total
                  } + [compliance.total]),
        ]
    }

    /// How many reports each register of `kind` has, nihil included; nil
    /// without registers of that kind.
    func integritySummary(_ kind: IntegrityReportRegister.Kind) -> DataTable? {
        let registers = words.content.services.integrityReports.filter { $0.kind == kind }
        guard !registers.isEmpty else { return nil }
        return DataTable(
            name: "\(kind.rawValue)-ringkasan", title: "\(kind.name): jumlah per periode",
            description: "Jumlah \(kind.nameInSentence) yang diterima setiap periode; 0 berarti nihil. Tanpa identitas pelapor, terlapor maupun isi laporan.",
            fields: [
                .init(name: "periode", type: .string, description: "Periode register"),
                .init(name: "laporan_diterima", type: .integer, description: "Jumlah laporan yang diterima"),
                .init(name: "sumber", type: .string, description: "Sumber data"),
            ],
            rows: registers.map { [.text($0.period), .integer(IntegrityReportFigures($0).total), .text($0.source)] })
    }

    /// Per quarter, per follow-up and, when the register has kinds, per kind.
    func integrityReports(_ register: IntegrityReportRegister) -> [DataTable] {
        let figures = IntegrityReportFigures(register)
        let slug = "\(register.kind.rawValue)-\(Slug.make(register.period, fallback: "periode"))"
        func table(_ by: String, _ label: String, _ counts: [IntegrityReportFigures.Count]) -> DataTable {
            DataTable(
                name: "\(slug)-\(by.replacingOccurrences(of: "_", with: "-"))", title: "\(register.kind.name) \(register.period) per \(label)",
                description: "Jumlah \(register.kind.nameInSentence) \(register.period) per \(label). Tanpa identitas pelapor, terlapor maupun isi laporan.",
                fields: [
                    .init(name: by, type: .string, description: label.prefix(1).uppercased() + label.dropFirst()),
                    .init(name: "jumlah", type: .integer, description: "Jumlah laporan"),
                ],
                rows: counts.map { [.text($0.label), .integer($0.count)] })
        }
        return [table("triwulan", "triwulan", figures.quarters), table("tindak_lanjut", "tindak lanjut", figures.followUps),
                table("jenis", "jenis laporan", figures.types)]
    }
}
