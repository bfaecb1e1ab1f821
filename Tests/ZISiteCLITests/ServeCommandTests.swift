import Foundation
import XCTest
import ZISite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `zisite serve` as an operator runs it: on a free port, over HTTP, with a
/// copy of the example content changed, broken and mended under it, then
/// stopped with Ctrl-C. Every wait is for a condition, with a generous limit.
final class ServeCommandTests: XCTestCase {
    private func scratch() throws -> (root: URL, content: URL, temporary: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zisite-serve-test-\(UUID().uuidString)")
        let content = root.appendingPathComponent("Content")
        let temporary = root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ZisiteBinary.root.appendingPathComponent("Content"), to: content)
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        return (root, content, temporary)
    }

    private func listing(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(relative)
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == false {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }

    func testServeReloadsOnChangeShowsTheMessagesOfABrokenFileAndStopsCleanly() throws {
        let (root, content, temporary) = try scratch()
        let served = try ServedSite(["--content", content.path, "--port", "0"], temporary: temporary)
        XCTAssertTrue(ServedSite.wait { served.port() != nil }, "the address is printed:\n\(served.output)\n\(served.errors)")
        let port = try XCTUnwrap(served.port())
        XCTAssertTrue(served.output.contains("Build berhasil: "), served.output)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temporary.path).count, 1, "one private folder")

        let home = try Fetched.get("/", port: port)
        XCTAssertEqual(home.status, 200)
        XCTAssertTrue(home.body.contains("KPU Kota Kendari"), home.body)
        XCTAssertTrue(home.body.contains(ReloadScript.marker), "the page reloads itself")
        XCTAssertTrue(home.head.contains("Content-Type: text/html; charset=utf-8"), home.head)
        let style = try Fetched.get("/aset/gaya.css", port: port)
        XCTAssertTrue(style.head.contains("Content-Type: text/css"), style.head)
        XCTAssertFalse(style.body.contains(ReloadScript.marker))
        XCTAssertEqual(try Fetched.get("/../situs.yml", port: port).status, 404)
        XCTAssertEqual(try Fetched.get("/", port: port, method: "DELETE").status, 405)
        let firstVersion = try Fetched.get(ReloadScript.versionPath, port: port).body

        let page = content.appendingPathComponent("halaman/01-tentang-zona-integritas.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        try (text + "\nKalimat pratinjau yang baru saja disimpan.\n").write(to: page, atomically: true, encoding: .utf8)
        XCTAssertTrue(ServedSite.wait {
            Fetched.tryGet("/halaman/tentang-zona-integritas.html", port: port)?.body.contains("Kalimat pratinjau yang baru saja disimpan.") == true
        }, "the change is shown:\n\(served.output)")
        // The new site is on disk a moment before its build is counted, so wait for the count too.
        XCTAssertTrue(ServedSite.wait { Fetched.tryGet(ReloadScript.versionPath, port: port).map { $0.body != firstVersion } == true },
                      "open pages reload")

        let settings = content.appendingPathComponent("situs.yml")
        let good = try Data(contentsOf: settings)
        try Data("satker: [\n".utf8).write(to: settings)
        XCTAssertTrue(ServedSite.wait { Fetched.tryGet("/", port: port)?.status == 500 }, "the message page:\n\(served.output)")
        let failed = try Fetched.get("/", port: port)
        XCTAssertTrue(failed.body.contains("Build gagal: 1 kesalahan"), failed.body)
        XCTAssertTrue(failed.body.contains("situs.yml:2:1</code> <strong>kesalahan</strong>: penulisan YAML salah"), failed.body)
        XCTAssertTrue(ServedSite.wait { served.output.contains("] Build gagal: 1 kesalahan, 0 peringatan.") }, served.output)
        XCTAssertTrue(served.output.contains("situs.yml:2:1: error: penulisan YAML salah"), "the terminal prints it as check does")
        XCTAssertEqual(try Fetched.get("/aset/gaya.css", port: port).status, 200, "the last good site's files are still served")
        XCTAssertTrue(try Fetched.get("/__zisite/terakhir/halaman/tentang-zona-integritas.html", port: port)
            .body.contains("Kalimat pratinjau yang baru saja disimpan."), "and its pages, by the link")

        try good.write(to: settings)
        XCTAssertTrue(ServedSite.wait { Fetched.tryGet("/", port: port)?.status == 200 }, "mended:\n\(served.output)")

        let contentFiles = try listing(content)
        kill(served.process.processIdentifier, SIGINT)
        XCTAssertEqual(served.exitStatus(), 0, served.output + served.errors)
        XCTAssertTrue(served.output.hasSuffix("Berhenti.\n"), served.output)
        XCTAssertFalse(served.errors.contains("Fatal"), served.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temporary.path), [], "the temporary folder is removed")
        XCTAssertEqual(try listing(content), contentFiles, "nothing was written into the content folder")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("Output").path))
        XCTAssertNil(Fetched.tryGet("/", port: port), "the port is closed")
    }

    func testAFirstBuildThatFailsIsShownAndWatchedUntilMended() throws {
        let (_, content, temporary) = try scratch()
        let settings = content.appendingPathComponent("situs.yml")
        let good = try Data(contentsOf: settings)
        try Data("satker: [\n".utf8).write(to: settings)
        let served = try ServedSite(["--content", content.path, "--port", "0"], temporary: temporary)
        XCTAssertTrue(ServedSite.wait { served.port() != nil }, served.output + served.errors)
        let port = try XCTUnwrap(served.port())
        let failed = try Fetched.get("/", port: port)
        XCTAssertEqual(failed.status, 500)
        XCTAssertTrue(failed.body.contains("Belum ada build yang berhasil"), failed.body)

        try good.write(to: settings)
        XCTAssertTrue(ServedSite.wait { Fetched.tryGet("/", port: port)?.body.contains("KPU Kota Kendari") == true }, served.output)
        kill(served.process.processIdentifier, SIGTERM)
        XCTAssertEqual(served.exitStatus(), 0, served.output + served.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temporary.path), [])
    }

    func testAPortInUseIsRefusedInIndonesianNamingThePort() throws {
        let (_, content, temporary) = try scratch()
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(holder, $0, length) == 0 && listen(holder, 1) == 0 && getsockname(holder, $0, &length) == 0 }
        }
        XCTAssertTrue(bound, "test setup: a port is taken")
        let port = UInt16(bigEndian: address.sin_port)

        let served = try ServedSite(["--content", content.path, "--port", String(port)], temporary: temporary)
        XCTAssertEqual(served.exitStatus(), 1, served.output + served.errors)
        XCTAssertTrue(ServedSite.wait(seconds: 10) { served.errors.hasSuffix("\n") })
        XCTAssertTrue(served.errors.hasPrefix("Tidak dapat memulai pratinjau: port \(port) di 127.0.0.1 sudah dipakai program lain"), served.errors)
        XCTAssertTrue(served.errors.contains("\n  zisite serve --content \(content.path) --port \(port + 1)\n"), served.errors)
        XCTAssertFalse(served.errors.contains("Fatal"), served.errors)
        XCTAssertEqual(served.output, "", "nothing was built")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temporary.path), [])
    }
}
