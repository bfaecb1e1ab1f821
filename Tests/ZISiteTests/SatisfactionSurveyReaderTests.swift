import Foundation
import XCTest
@testable import ZISite

final class SatisfactionSurveyReaderTests: XCTestCase {
    private func read(_ text: String) -> (SatisfactionSurvey?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let survey = SatisfactionSurveyReader.read(text: text, file: "skm.csv", diagnostics: &diagnostics)
        return (survey, diagnostics)
    }

    private static let header = "NO;JENIS KELAMIN;PENDIDIKAN;U1;U2;U3;U4;U5;U6;U7;U8;U9\n"

    func testRespondentsAnswersAreSummedPerElementAndTheProfileCounted() throws {
        let text = "PERIODE;Semester I 2025\nSUMBER;Tim SKM, kuesioner tertulis\nCATATAN;Angka rekaan\n\n" + Self.header
            + "1;Perempuan;S1;4;3;3;4;4;4;3;3;3\n2;Laki-laki;SMA;4;3;3;4;4;3;4;3;3\n3;perempuan;S1;3;3;3;4;4;4;3;2;3\n4;Laki-laki;;3;4;3;;3;3;3;3;3\n"
        let (survey, diagnostics) = read(text)
        XCTAssertTrue(diagnostics.items.isEmpty, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        let s = try XCTUnwrap(survey)
        XCTAssertEqual(s.period, "Semester I 2025")
        XCTAssertEqual(s.source, "Tim SKM, kuesioner tertulis")
        XCTAssertEqual(s.note, "Angka rekaan")
        XCTAssertEqual(s.respondents, 4)
        XCTAssertEqual(s.elements[.requirements], .answers(sum: 14, count: 4))
        XCTAssertEqual(s.elements[.cost], .answers(sum: 12, count: 3), "a skipped answer is not counted")
        XCTAssertEqual(s.profile.map(\.question), ["JENIS KELAMIN", "PENDIDIKAN"])
        XCTAssertEqual(s.profile[0].answers.map(\.answer), ["Laki-laki", "Perempuan"])
        XCTAssertEqual(s.profile[0].answers.map(\.count), [2, 2])
        XCTAssertEqual(s.profile[1].answers.map(\.answer), ["S1", "SMA", "Tidak diisi"], "the unanswered last")
        XCTAssertEqual(s.profile[1].answers.map(\.count), [2, 1, 1])
    }

    func testProfileAnswersAreInNaturalOrder() throws {
        let rows = ["51 ke atas", "17-30", "", "9-16", "31-40"].enumerated().map { "\($0.offset + 1);\($0.element);4;4;4;4;4;4;4;4;4" }
        let (survey, _) = read("PERIODE;2025\nSUMBER;x\nNO;USIA;U1;U2;U3;U4;U5;U6;U7;U8;U9\n" + rows.joined(separator: "\n"))
        XCTAssertEqual(survey?.profile.first?.answers.map(\.answer), ["9-16", "17-30", "31-40", "51 ke atas", "Tidak diisi"])
    }

    func testASummaryGivesTheMeansAndTheRespondents() throws {
        let text = "PERIODE;2025\nSUMBER;Laporan SKM 2025\nRESPONDEN;1.250\n\nUNSUR;NAMA;NILAI RATA-RATA\n"
            + (1...9).map { "U\($0);;3,5\($0)" }.joined(separator: "\n") + "\n"
        let (survey, diagnostics) = read(text)
        XCTAssertTrue(diagnostics.items.isEmpty, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        let s = try XCTUnwrap(survey)
        XCTAssertEqual(s.respondents, 1250)
        XCTAssertEqual(s.elements[.facilities], .mean(Decimal(string: "3.59")!))
        XCTAssertTrue(s.profile.isEmpty)
    }

    func testElementsMayBeNamedInsteadOfNumbered() throws {
        let names = SatisfactionSurvey.Element.allCases.map { "\($0.name.lowercased());3" }
        let (survey, diagnostics) = read("PERIODE;2025\nSUMBER;x\nRESPONDEN;10\nUNSUR;NILAI\n" + names.joined(separator: "\n"))
        XCTAssertTrue(diagnostics.items.isEmpty, diagnostics.items.map(\.formatted).joined(separator: "\n"))
        XCTAssertEqual(survey?.elements.count, 9)
    }

    func testBadAnswersAndMissingPartsAreErrorsAtTheirPlace() {
        let cases: [(String, String, Int, String?)] = [
            ("PERIODE;2025\nSUMBER;x\n" + Self.header + "1;P;S1;4;5;3;4;4;4;3;3;3\n", "jawaban '5' untuk U2", 4, "baris 4, kolom U2 (E)"),
            ("PERIODE;2025\nSUMBER;x\nNO;U1;U2;U3\n1;4;4;4\n", "kolom U4, U5, U6, U7, U8, U9 tidak ada", 3, "baris 3"),
            ("SUMBER;x\n" + Self.header + "1;P;S1;4;3;3;4;4;4;3;3;3\n", "baris PERIODE belum ada", 1, nil),
            ("PERIODE;2025\nSUMBER;x\nRESPONDEN;10\nUNSUR;NILAI\nU1;3\nU2;4,5\n", "nilai rata-rata '4,5' untuk U2", 6, "baris 6, kolom NILAI (B)"),
            ("PERIODE;2025\nSUMBER;x\nRESPONDEN;10\nUNSUR;NILAI\nU10;3\n", "unsur 'U10' tidak dikenal", 5, "baris 5, kolom UNSUR (A)"),
            ("PERIODE;2025\nSUMBER;x\nRESPONDEN;10\nUNSUR;NILAI\nU1;3\n", "unsur U2, U3, U4, U5, U6, U7, U8, U9 belum ada", 4, "baris 4"),
            ("PERIODE;2025\nSUMBER;x\nUNSUR;NILAI\n" + (1...9).map { "U\($0);3" }.joined(separator: "\n"), "jumlah responden belum ada", 1, nil),
            ("PERIODE;2025\nSUMBER;x\n" + Self.header, "belum berisi jawaban", 3, "baris 3"),
            ("PERIODE;2025\nSUMBER;x\nA;B\n", "baris judul kolom tidak ditemukan", 1, nil),
        ]
        for (text, words, line, cell) in cases {
            let (survey, diagnostics) = read(text)
            XCTAssertNil(survey, words)
            let error = diagnostics.items.first { $0.severity == .error }
            XCTAssertTrue(error?.message.contains(words) ?? false, "\(words): \(diagnostics.items.map(\.formatted))")
            XCTAssertEqual(error?.location.line, line, words)
            XCTAssertEqual(error?.location.cell, cell, words)
        }
    }
}
