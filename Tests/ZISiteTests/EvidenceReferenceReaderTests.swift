import XCTest
@testable import ZISite

final class EvidenceReferenceReaderTests: XCTestCase {
    private let here = SourceLocation(file: "monev/tw4.csv", line: 7, column: 40)

    private func read(_ cell: String) -> ([EvidenceReference], [Diagnostic]) {
        var diagnostics = DiagnosticList()
        let references = EvidenceReferenceReader.read(cell, location: here, diagnostics: &diagnostics)
        return (references, diagnostics.items)
    }

    func testFilesAndLinksSeparatedByLinesOrSemicolons() {
        let (references, problems) = read("AREA I/SK Tim.pdf\nhttps://drive.example.org/x ; bukti/foto 1.jpg;;Content/bukti/AREA II\\daftar hadir.pdf")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(references, [.file("AREA I/SK Tim.pdf"), .link("https://drive.example.org/x"),
                                    .file("foto 1.jpg"), .file("AREA II/daftar hadir.pdf")])
    }

    func testPathsThatCouldLeaveTheFolderAreRefused() {
        for attempt in ["../situs.yml", "AREA I/../../rahasia.pdf", "/etc/passwd", "C:\\Users\\ZI\\SK.pdf", "bukti/../../x.pdf"] {
            let (references, problems) = read(attempt)
            XCTAssertEqual(references, [], attempt)
            XCTAssertEqual(problems.map(\.severity), [.error], attempt)
            XCTAssertEqual(problems.first?.location, here, attempt)
            XCTAssertTrue(problems.first?.message.contains("ditolak") == true, attempt)
        }
    }

    func testOnlyWebLinksAreAllowed() {
        for attempt in ["javascript:alert(1)", "file:///etc/passwd", "ftp://server/x.pdf", "https://drive example.org/x"] {
            let (references, problems) = read(attempt)
            XCTAssertEqual(references, [], attempt)
            XCTAssertEqual(problems.map(\.severity), [.error], attempt)
        }
        XCTAssertEqual(read("http://kpu.go.id/x").0, [.link("http://kpu.go.id/x")])
    }

    func testDotStepsAndDoubleSlashesAreTidied() {
        XCTAssertEqual(read("./AREA I//SK.pdf").0, [.file("AREA I/SK.pdf")])
    }
}
