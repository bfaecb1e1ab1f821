import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// An Atom feed as Foundation's XML parser reads it: each element's texts
/// by its path ("feed/entry/title"), and the links' addresses.
final class ParsedFeed: NSObject, XMLParserDelegate {
    private var path: [String] = []
    private(set) var texts: [String: [String]] = [:]
    /// Every link's address, the feed's own first.
    private(set) var hrefs: [String] = []
    /// The entries' links only.
    private(set) var entryLinks: [String] = []
    private var text = ""

    /// Fails the test unless the file is well-formed XML.
    convenience init(_ file: URL, file caller: StaticString = #filePath, line: UInt = #line) throws {
        self.init()
        let parser = XMLParser(data: try Data(contentsOf: file))
        parser.delegate = self
        XCTAssertTrue(parser.parse() && parser.parserError == nil, "well-formed XML: \(String(describing: parser.parserError))", file: caller, line: line)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        path.append(name)
        text = ""
        if name == "link", let href = attributes["href"] {
            hrefs.append(href)
            if path == ["feed", "entry", "link"] { entryLinks.append(href) }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        texts[path.joined(separator: "/"), default: []].append(text)
        path.removeLast()
        text = ""
    }
}
