import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest
@testable import ZISite

final class WholeXMLTests: XCTestCase {
    private final class Elements: NSObject, XMLParserDelegate {
        var names: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            names.append(name)
        }
    }

    /// Bytes that are not UTF-8 in an element's or an attribute's name (as
    /// Scripts/fuzz made of a .docx and an .xlsx) crashed FoundationXML's
    /// parser; they are a part that is not whole XML.
    func testANameThatIsNotUTF8IsNotWholeXML() {
        let parts: [[UInt8]] = [
            Array(#"<w:document xmlns:w="urn:w"><w:"#.utf8) + [0x80] + Array("></w:document>".utf8),
            Array(#"<w:document xmlns:w="urn:w"><w:p"#.utf8) + [0xFF] + Array("<w:r/></w:document>".utf8),
            Array(#"<sst><si><t xml"#.utf8) + [0xFF] + Array(#"space="preserve">x</t></si></sst>"#.utf8),
            Array(#"<row><c r"#.utf8) + [0xE2, 0x80] + Array(#"="G22"/></row>"#.utf8),
        ]
        for part in parts {
            let elements = Elements()
            XCTAssertFalse(WholeXML.parse(Data(part), with: elements), String(decoding: part, as: UTF8.self))
            XCTAssertEqual(elements.names, [], "not read at all")
        }
    }

    func testUTF8XMLIsReadWhole() {
        let elements = Elements()
        XCTAssertTrue(WholeXML.parse(Data(#"<?xml version="1.0" encoding="UTF-8"?><a b="ü"><c>龍</c></a>"#.utf8), with: elements))
        XCTAssertEqual(elements.names, ["a", "c"])
    }
}
