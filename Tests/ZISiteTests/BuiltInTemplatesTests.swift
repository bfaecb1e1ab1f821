import Foundation
import XCTest
@testable import ZISite

/// The templates built into zisite are the files of Templates/, and a unit's
/// templates folder replaces them file by file.
final class BuiltInTemplatesTests: XCTestCase {
    private static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    func testTheBuiltInSetIsExactlyTheTemplatesFolder() throws {
        var onDisk: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: Self.templatesFolder.path)
        where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let url = Self.templatesFolder.appendingPathComponent(path)
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            onDisk[path] = try Data(contentsOf: url)
        }
        let builtIn = Dictionary(BuiltInTemplates.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        let differing = Set(onDisk.keys).union(builtIn.keys).filter { onDisk[$0] != builtIn[$0] }.sorted()
        XCTAssertEqual(differing, [], "Templates/ and the templates built into zisite differ in these files: "
                       + "run Scripts/embed-templates and commit Sources/ZISite/Rendering/BuiltInTemplateFiles.swift with them")
        XCTAssertEqual(BuiltInTemplates.files.count, builtIn.count, "a path is built in twice")
        XCTAssertTrue(TemplateSet.required.allSatisfy { builtIn["\($0).mustache"] != nil })
    }

    func testWithoutAFolderEveryTemplateAndAssetIsBuiltIn() {
        var diagnostics = DiagnosticList()
        let templates = TemplateFolderReader.read(folder: nil, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.items, [])
        XCTAssertEqual(templates.sources["layout"]?.file, "bawaan/layout.mustache")
        XCTAssertEqual(templates.sources.count, BuiltInTemplates.files.count { $0.path.hasSuffix(".mustache") })
        XCTAssertEqual(templates.assets.map(\.path), ["aset/cetak-lanskap.css", "aset/gaya.css"])
        XCTAssertTrue(templates.assets.allSatisfy { if case .data = $0.contents { true } else { false } }, "nothing read from disk")
    }

    func testAFolderReplacesOnlyTheFilesItHolds() throws {
        let folder = try TemporaryFolder()
        try folder.write("bagian.mustache", Data("<p>bagian unit</p>\n".utf8))
        try folder.write("sendiri.mustache", Data("<p>potongan</p>\n".utf8))
        try folder.write("aset/gaya.css", Data("body { color: red; }\n".utf8))
        try folder.write("aset/logo-unit.svg", Data("<svg/>".utf8))
        try folder.write("aset/.DS_Store", Data("Finder".utf8))
        try folder.write("aset/.git/config", Data("[core]".utf8))

        var diagnostics = DiagnosticList()
        let templates = TemplateFolderReader.read(folder: folder.url.path, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.items, [])
        XCTAssertEqual(templates.sources["bagian"], TemplateSource(text: "<p>bagian unit</p>\n", file: folder.path("bagian.mustache").path))
        XCTAssertEqual(templates.sources["sendiri"]?.text, "<p>potongan</p>\n", "a template the built-in set lacks is added")
        XCTAssertEqual(templates.sources["beranda"]?.file, "bawaan/beranda.mustache", "a template the folder lacks is the built-in one")
        XCTAssertEqual(templates.assets.map(\.path), ["aset/cetak-lanskap.css", "aset/gaya.css", "aset/logo-unit.svg"])
        XCTAssertEqual(templates.assets[1].contents, .copy(from: folder.path("aset/gaya.css")))
        XCTAssertEqual(templates.assets[0].contents, .data(try XCTUnwrap(BuiltInTemplates.files.first { $0.path == "aset/cetak-lanskap.css" }).contents))
    }

    func testAMissingFolderIsAnErrorNamingIt() {
        var diagnostics = DiagnosticList()
        _ = TemplateFolderReader.read(folder: "/tidak/ada/Templat", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.items.map(\.formatted),
                       ["/tidak/ada/Templat:1:1: error: folder templat '/tidak/ada/Templat' tidak ada; periksa jalurnya di --templates, "
                        + "atau hilangkan --templates untuk memakai templat bawaan zisite"])
    }
}
