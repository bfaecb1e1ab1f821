import Foundation
import Testing

@testable import ZISite

struct SitePublisherTests {
    // MARK: - Helpers

    /// A fresh folder per test, removed afterwards; tests run in parallel.
    final class Scratch {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory
                .appendingPathComponent("zisite-publish-test-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

        func write(_ text: String, to relative: String) throws {
            let url = url(relative)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    enum Entry: Equatable, CustomStringConvertible {
        case folder
        case file(Data)
        case link(String)

        var description: String {
            switch self {
            case .folder: "folder"
            case .file(let data): "file(\(String(decoding: data, as: UTF8.self)))"
            case .link(let target): "link(\(target))"
            }
        }
    }

    /// Every entry under `url` with its bytes, so two listings are equal only when the trees are.
    static func snapshot(_ url: URL) throws -> [String: Entry] {
        let manager = FileManager.default
        var result: [String: Entry] = [:]
        func walk(_ folder: String, prefix: String) throws {
            for name in try manager.contentsOfDirectory(atPath: folder) {
                let full = folder + "/" + name
                let relative = prefix + name
                let type = try manager.attributesOfItem(atPath: full)[.type] as? FileAttributeType
                switch type {
                case .typeDirectory?:
                    result[relative] = .folder
                    try walk(full, prefix: relative + "/")
                case .typeSymbolicLink?:
                    result[relative] = .link(try manager.destinationOfSymbolicLink(atPath: full))
                default:
                    result[relative] = .file(try Data(contentsOf: URL(fileURLWithPath: full)))
                }
            }
        }
        try walk(url.path, prefix: "")
        return result
    }

    static func permissions(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    static let marker = Entry.file(Data(SitePublisher.markerText.utf8))

    static func text(_ path: String, _ text: String) -> SiteFile {
        SiteFile(path: path, text: text)
    }

    // MARK: - Publishing

    @Test func freshPublishWritesEveryFileTheMarkerAndNothingElse() throws {
        let scratch = try Scratch()
        try scratch.write("body { color: black }\n", to: "tema/gaya.css")
        let output = scratch.url("Output")

        try SitePublisher.publish(
            [
                Self.text("index.html", "<h1>Beranda</h1>\n"),
                Self.text("bagian/i.html", "<h1>Bagian I</h1>\n"),
                SiteFile(path: "aset/gaya.css", contents: .copy(from: scratch.url("tema/gaya.css"))),
                SiteFile(path: "data/kosong.csv", contents: .data(Data())),
            ],
            to: output)

        #expect(
            try Self.snapshot(output) == [
                ".zisite": Self.marker,
                "index.html": .file(Data("<h1>Beranda</h1>\n".utf8)),
                "bagian": .folder,
                "bagian/i.html": .file(Data("<h1>Bagian I</h1>\n".utf8)),
                "aset": .folder,
                "aset/gaya.css": .file(Data("body { color: black }\n".utf8)),
                "data": .folder,
                "data/kosong.csv": .file(Data()),
            ])
        // Only the output and the copy source remain beside it: no temporary folder.
        let beside = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path)
        #expect(beside.sorted() == ["Output", "tema"])
    }

    @Test func markerSaysInIndonesianThatTheFolderIsReplaced() throws {
        let scratch = try Scratch()
        try SitePublisher.publish([], to: scratch.url("Output"))

        let marker = try String(contentsOf: scratch.url("Output/.zisite"), encoding: .utf8)
        #expect(marker.contains("zisite"))
        #expect(marker.contains("diganti"))
        #expect(marker.hasSuffix("\n"))
        #expect(marker.split(separator: "\n").count == 1)
    }

    @Test func filesAre0644AndFoldersAre0755WhateverTheUmask() throws {
        let scratch = try Scratch()
        let output = scratch.url("Output")
        let previous = umask(0o077)
        defer { umask(previous) }

        try SitePublisher.publish([Self.text("bagian/i.html", "x")], to: output)

        #expect(try Self.permissions(output) == 0o755)
        #expect(try Self.permissions(output.appendingPathComponent("bagian")) == 0o755)
        #expect(try Self.permissions(output.appendingPathComponent("bagian/i.html")) == 0o644)
        #expect(try Self.permissions(output.appendingPathComponent(".zisite")) == 0o644)
    }

    @Test func republishReplacesContentAndRemovesStaleFiles() throws {
        let scratch = try Scratch()
        let output = scratch.url("Output")
        try SitePublisher.publish(
            [Self.text("index.html", "lama"), Self.text("bagian/lama.html", "basi")], to: output)

        try SitePublisher.publish([Self.text("index.html", "baru")], to: output)

        #expect(
            try Self.snapshot(output) == [
                ".zisite": Self.marker,
                "index.html": .file(Data("baru".utf8)),
            ])
        let beside = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path)
        #expect(beside == ["Output"])
    }

    @Test func sameFilesGiveTheSameBytes() throws {
        let scratch = try Scratch()
        let files = [Self.text("b.html", "B"), Self.text("a/c.html", "C")]
        try SitePublisher.publish(files, to: scratch.url("satu"))
        try SitePublisher.publish(files, to: scratch.url("dua"))

        #expect(try Self.snapshot(scratch.url("satu")) == Self.snapshot(scratch.url("dua")))
    }

    @Test func nestedOutputPathIsCreated() throws {
        let scratch = try Scratch()
        let output = scratch.url("Output/sub/dir")

        try SitePublisher.publish([Self.text("index.html", "halo")], to: output)

        #expect(
            try Self.snapshot(output) == [
                ".zisite": Self.marker,
                "index.html": .file(Data("halo".utf8)),
            ])
        let beside = try FileManager.default.contentsOfDirectory(atPath: scratch.url("Output/sub").path)
        #expect(beside == ["dir"])
    }

    @Test func emptyExistingFolderIsUsed() throws {
        let scratch = try Scratch()
        let output = scratch.url("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)

        try SitePublisher.publish([Self.text("index.html", "halo")], to: output)

        #expect(try Self.snapshot(output)["index.html"] == .file(Data("halo".utf8)))
    }

    // MARK: - Failures leave the previous site untouched

    /// Publishes a first site, runs `failing`, and checks that nothing beside or inside changed.
    static func expectUntouched(
        _ failing: (URL) throws(PublishError) -> Void,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> PublishError? {
        let scratch = try Scratch()
        let output = scratch.url("Output")
        try SitePublisher.publish(
            [Self.text("index.html", "lama"), Self.text("bagian/i.html", "isi lama")], to: output)
        let before = try snapshot(scratch.root)

        let error = #expect(throws: PublishError.self, sourceLocation: sourceLocation) {
            try failing(output)
        }

        // The whole scratch folder, so a leftover temporary folder or a file escaping it shows.
        #expect(try snapshot(scratch.root) == before, sourceLocation: sourceLocation)
        return error
    }

    @Test(arguments: [
        "", "/etc/zisite-test.html", "../luar.html", "bagian/../../luar.html", "./index.html",
        "bagian/./i.html", "bagian/..", "aset\\gaya.css", "a\u{0}b.html", "bagian//i.html",
        "bagian/", ".zisite",
    ])
    func refusedPathLeavesPreviousOutputUntouched(path: String) throws {
        let error = try Self.expectUntouched { output throws(PublishError) in
            try SitePublisher.publish(
                [Self.text("index.html", "baru"), Self.text(path, "jahat")], to: output)
        }
        #expect(error?.message.contains("ditolak") == true)
    }

    @Test func duplicatePathIsRefused() throws {
        let error = try Self.expectUntouched { output throws(PublishError) in
            try SitePublisher.publish(
                [Self.text("index.html", "satu"), Self.text("index.html", "dua")], to: output)
        }
        #expect(error?.message.contains("'index.html'") == true)
    }

    @Test func pathUsedAsFileAndFolderIsRefused() throws {
        let error = try Self.expectUntouched { output throws(PublishError) in
            try SitePublisher.publish(
                [Self.text("bagian/i.html/x.html", "dalam"), Self.text("bagian/i.html", "berkas")],
                to: output)
        }
        #expect(error?.message.contains("'bagian/i.html'") == true)
    }

    @Test func copyFromMissingFileLeavesPreviousOutputUntouched() throws {
        let missing = URL(fileURLWithPath: "/tidak/ada/gaya-\(UUID().uuidString).css")
        let error = try Self.expectUntouched { output throws(PublishError) in
            try SitePublisher.publish(
                [
                    Self.text("index.html", "baru"), Self.text("lain/baru.html", "baru"),
                    SiteFile(path: "aset/gaya.css", contents: .copy(from: missing)),
                ],
                to: output)
        }
        #expect(error?.message.contains(missing.path) == true)
        #expect(error?.message.contains("tidak ada") == true)
    }

    @Test func copyFromAFolderIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory
        let error = try Self.expectUntouched { output throws(PublishError) in
            try SitePublisher.publish(
                [SiteFile(path: "aset/gaya.css", contents: .copy(from: folder))], to: output)
        }
        #expect(error?.message.contains("bukan berkas biasa") == true)
    }

    // MARK: - Refusing outputs zisite did not write

    @Test func foreignNonEmptyFolderIsRefusedAndUntouched() throws {
        let scratch = try Scratch()
        try scratch.write("penting", to: "Dokumen/catatan.txt")
        let output = scratch.url("Dokumen")
        let before = try Self.snapshot(scratch.root)

        let error = #expect(throws: PublishError.self) {
            try SitePublisher.publish([Self.text("index.html", "x")], to: output)
        }

        #expect(try Self.snapshot(scratch.root) == before)
        #expect(error?.message.contains("'\(output.path)'") == true)
        #expect(error?.message.contains("bukan buatan zisite") == true)
        #expect(error?.message.contains("--output") == true)
    }

    @Test func markerInAFolderDoesNotCountWhenItIsAFolder() throws {
        let scratch = try Scratch()
        try scratch.write("penting", to: "Dokumen/.zisite/catatan.txt")
        let before = try Self.snapshot(scratch.root)

        #expect(throws: PublishError.self) {
            try SitePublisher.publish([], to: scratch.url("Dokumen"))
        }
        #expect(try Self.snapshot(scratch.root) == before)
    }

    @Test func fileAtOutputPathIsRefusedAndUntouched() throws {
        let scratch = try Scratch()
        try scratch.write("bukan folder", to: "Output")
        let before = try Self.snapshot(scratch.root)

        let error = #expect(throws: PublishError.self) {
            try SitePublisher.publish([Self.text("index.html", "x")], to: scratch.url("Output"))
        }

        #expect(try Self.snapshot(scratch.root) == before)
        #expect(error?.message.contains("bukan folder") == true)
    }

    @Test func symlinkAtOutputPathIsRefusedAndItsTargetUntouched() throws {
        let scratch = try Scratch()
        try SitePublisher.publish([Self.text("index.html", "lama")], to: scratch.url("Asli"))
        try FileManager.default.createSymbolicLink(
            atPath: scratch.url("Output").path, withDestinationPath: scratch.url("Asli").path)
        let before = try Self.snapshot(scratch.root)

        let error = #expect(throws: PublishError.self) {
            try SitePublisher.publish([Self.text("index.html", "baru")], to: scratch.url("Output"))
        }

        #expect(try Self.snapshot(scratch.root) == before)
        #expect(error?.message.contains("tautan simbolik") == true)
    }

    @Test func fileSystemRootAsOutputIsRefused() throws {
        #expect(throws: PublishError.self) {
            try SitePublisher.publish([], to: URL(fileURLWithPath: "/"))
        }
    }
}
