import Foundation
import Testing

@testable import ZISite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Builds cut short (kill -9 while writing, or between the two renames of the old swap) and
/// builds running at once: the output is never missing, leftovers go, one build at a time.
struct PublishingCutShortTests {
    typealias Scratch = SitePublisherTests.Scratch

    static func text(_ path: String, _ text: String) -> SiteFile {
        SiteFile(path: path, text: text)
    }

    static func snapshot(_ url: URL) throws -> [String: SitePublisherTests.Entry] {
        try SitePublisherTests.snapshot(url)
    }

    static func beside(_ scratch: Scratch) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted()
    }

    /// A folder as a killed build leaves it: the marker and part of a site.
    static func leftSite(_ scratch: Scratch, at relative: String, page: String = "sisa") throws {
        try scratch.write(SitePublisher.markerText, to: relative + "/.zisite")
        try scratch.write(page, to: relative + "/bagian/i.html")
    }

    // MARK: - Leftovers

    @Test func leftoversOfKilledBuildsAreRemovedAndFoldersZisiteDidNotMakeAreKept() throws {
        let scratch = try Scratch()
        let output = scratch.url("Output")
        try SitePublisher.publish([Self.text("index.html", "lama")], to: output)
        // Made by zisite: a half-written site, an old site half removed after the exchange
        // (marker still there), an empty staging folder, a parked old site, an empty holder.
        try Self.leftSite(scratch, at: ".Output.baru-3k9x2a7q1m0zp")
        try Self.leftSite(scratch, at: ".Output.baru-0")
        try FileManager.default.createDirectory(
            at: scratch.url(".Output.baru-kosong1"), withIntermediateDirectories: false)
        try Self.leftSite(scratch, at: ".Output.lama-5h2/Output")
        try FileManager.default.createDirectory(
            at: scratch.url(".Output.lama-7"), withIntermediateDirectories: false)
        try scratch.write("", to: ".Output.kunci")
        // Not made by zisite, or not for this output: kept whatever their names.
        try scratch.write("catatan", to: ".Output.baru-abc/catatan.txt")
        try Self.leftSite(scratch, at: ".Output.baru-ABC")
        try Self.leftSite(scratch, at: ".Output.baru-abc.salinan")
        try Self.leftSite(scratch, at: ".Output.baru-12345678901234")
        try Self.leftSite(scratch, at: ".Output.baru-")
        try Self.leftSite(scratch, at: ".Output.lama-9k/Lain")
        try Self.leftSite(scratch, at: ".Output.lama-9m/Output")
        try scratch.write("catatan", to: ".Output.lama-9m/catatan.txt")
        try Self.leftSite(scratch, at: ".Lain.baru-3k9x")
        try Self.leftSite(scratch, at: "Output.baru-3k9x")
        try Self.leftSite(scratch, at: "Simpanan")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.url(".Output.baru-tautan").path,
            withDestinationPath: scratch.url("Simpanan").path)
        try scratch.write("berkas", to: ".Output.baru-berkas")
        let removed = [
            ".Output.baru-3k9x2a7q1m0zp", ".Output.baru-0", ".Output.baru-kosong1",
            ".Output.lama-5h2", ".Output.lama-7", ".Output.kunci",
        ]
        func besideOutput(_ entries: [String: SitePublisherTests.Entry]) -> [String: SitePublisherTests.Entry] {
            entries.filter { $0.key != "Output" && !$0.key.hasPrefix("Output/") }
        }
        let kept = besideOutput(try Self.snapshot(scratch.root)).filter { entry in
            !removed.contains { entry.key == $0 || entry.key.hasPrefix($0 + "/") }
        }

        try SitePublisher.publish([Self.text("index.html", "baru")], to: output)

        let after = try Self.snapshot(scratch.root)
        #expect(besideOutput(after) == kept)
        #expect(after["Output/index.html"] == .file(Data("baru".utf8)))
    }

    @Test func leftoversAreRemovedEvenByABuildThatFails() throws {
        let scratch = try Scratch()
        let output = scratch.url("Output")
        try SitePublisher.publish([Self.text("index.html", "lama")], to: output)
        try Self.leftSite(scratch, at: ".Output.baru-h4lf")
        let before = try Self.snapshot(output)

        let result = Build.run(
            Build.Options(content: scratch.url("TidakAda").path, output: output.path))

        #expect(!result.succeeded)
        #expect(try Self.beside(scratch) == ["Output"])
        #expect(try Self.snapshot(output) == before)
    }

    // MARK: - A build killed between the two renames (older versions, or no exchange)

    @Test func missingOutputIsRestoredFromTheNewestParkedSiteEvenWhenTheBuildFails() throws {
        let scratch = try Scratch()
        let output = scratch.url("Output")
        try Self.leftSite(scratch, at: ".Output.lama-tua/Output", page: "lama sekali")
        try Self.leftSite(scratch, at: ".Output.lama-baru/Output", page: "lama")
        try Self.leftSite(scratch, at: ".Output.baru-setengah", page: "setengah")
        let manager = FileManager.default
        try manager.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -86_400 * 400)],
            ofItemAtPath: scratch.url(".Output.lama-tua").path)
        try manager.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -60)],
            ofItemAtPath: scratch.url(".Output.lama-baru").path)

        let result = Build.run(
            Build.Options(content: scratch.url("TidakAda").path, output: output.path))

        #expect(!result.succeeded)
        #expect(try Self.beside(scratch) == ["Output"])
        #expect(
            try Self.snapshot(output) == [
                ".zisite": SitePublisherTests.marker, "bagian": .folder,
                "bagian/i.html": .file(Data("lama".utf8)),
            ])
    }

    /// A link put where a site folder was is removed itself; the folder it
    /// points to keeps every file.
    @Test func removingASiteFolderThatIsALinkRemovesOnlyTheLink() throws {
        let scratch = try Scratch()
        try scratch.write("data", to: "lain/penting.txt")
        try FileManager.default.createSymbolicLink(atPath: scratch.url("Output").path, withDestinationPath: scratch.url("lain").path)
        SiteFolder.remove(scratch.url("Output").path)
        #expect(!FileManager.default.fileExists(atPath: scratch.url("Output").path))
        #expect(try Self.snapshot(scratch.url("lain")) == ["penting.txt": .file(Data("data".utf8))])
    }

    @Test func aParkedFolderWithoutTheMarkerIsNeitherRestoredNorRemoved() throws {
        let scratch = try Scratch()
        try scratch.write("catatan", to: ".Output.lama-x1/Output/catatan.txt")
        let before = try Self.snapshot(scratch.root)

        _ = Build.run(
            Build.Options(content: scratch.url("TidakAda").path, output: scratch.url("Output").path))

        #expect(try Self.snapshot(scratch.root) == before)
    }

    // MARK: - The swap

    #if os(Linux)
        @Test func theSystemExchangesTwoFoldersInOneStep() throws {
            let scratch = try Scratch()
            try scratch.write("satu", to: "a/isi.txt")
            try scratch.write("dua", to: "b/isi.txt")

            #expect(FolderSwap.system.exchange(scratch.url("a").path, scratch.url("b").path) == 0)

            #expect(try String(contentsOf: scratch.url("a/isi.txt"), encoding: .utf8) == "dua")
            #expect(try String(contentsOf: scratch.url("b/isi.txt"), encoding: .utf8) == "satu")
        }
    #endif

    /// The system's calls, counted.
    final class CountingSwap: @unchecked Sendable {
        var exchanges = 0
        var renames: [(String, String)] = []
        let lock = NSLock()

        func swap(exchange: Int32? = nil, failRename number: Int? = nil) -> FolderSwap {
            FolderSwap(
                exchange: { first, second in
                    self.lock.withLock { self.exchanges += 1 }
                    return exchange ?? FolderSwap.system.exchange(first, second)
                },
                rename: { from, to in
                    let count = self.lock.withLock {
                        self.renames.append((from, to))
                        return self.renames.count
                    }
                    return count == number ? EIO : FolderSwap.system.rename(from, to)
                })
        }
    }

    static func republish(
        _ scratch: Scratch, swap: FolderSwap
    ) throws(PublishError) {
        let lock = try SitePublisher.claim(scratch.url("Output"))
        defer { lock.release() }
        try SitePublisher.publish(
            [Self.text("index.html", "baru")], holding: lock, swapping: swap)
    }

    #if os(Linux)
        @Test func onLinuxTheOldSiteIsExchangedWithTheNewAndNoFolderIsLeft() throws {
            let scratch = try Scratch()
            try SitePublisher.publish(
                [Self.text("index.html", "lama"), Self.text("bagian/i.html", "lama")],
                to: scratch.url("Output"))
            let calls = CountingSwap()

            try Self.republish(scratch, swap: calls.swap())

            #expect(calls.exchanges == 1)
            #expect(calls.renames.isEmpty, "the output is never renamed away")
            #expect(try Self.beside(scratch) == ["Output"])
            #expect(
                try Self.snapshot(scratch.url("Output")) == [
                    ".zisite": SitePublisherTests.marker, "index.html": .file(Data("baru".utf8)),
                ])
        }
    #endif

    @Test(arguments: [EINVAL, ENOSYS])
    func withoutTheExchangeTwoRenamesReplaceTheSite(code: Int32) throws {
        let scratch = try Scratch()
        try SitePublisher.publish([Self.text("index.html", "lama")], to: scratch.url("Output"))
        let calls = CountingSwap()

        try Self.republish(scratch, swap: calls.swap(exchange: code))

        #expect(calls.renames.count == 2)
        #expect(try Self.beside(scratch) == ["Output"])
        #expect(try Self.snapshot(scratch.url("Output"))["index.html"] == .file(Data("baru".utf8)))
    }

    @Test func aFailureBetweenTheTwoRenamesPutsTheOldSiteBack() throws {
        let scratch = try Scratch()
        try SitePublisher.publish([Self.text("index.html", "lama")], to: scratch.url("Output"))
        let before = try Self.snapshot(scratch.root)
        let calls = CountingSwap()

        let error = #expect(throws: PublishError.self) {
            try Self.republish(scratch, swap: calls.swap(exchange: ENOSYS, failRename: 2))
        }

        #expect(error?.message.contains("situs lama dikembalikan tanpa perubahan") == true)
        #expect(try Self.snapshot(scratch.root) == before)
    }

    @Test func aFailedExchangeLeavesTheOldSiteAndNoFolder() throws {
        let scratch = try Scratch()
        try SitePublisher.publish([Self.text("index.html", "lama")], to: scratch.url("Output"))
        let before = try Self.snapshot(scratch.root)
        let calls = CountingSwap()

        let error = #expect(throws: PublishError.self) {
            try Self.republish(scratch, swap: calls.swap(exchange: EACCES))
        }

        #expect(error?.message.contains("izin ditolak") == true)
        #expect(calls.renames.isEmpty)
        #expect(try Self.snapshot(scratch.root) == before)
    }

    // MARK: - One build at a time

    @Test func aHeldLockRefusesASecondPublishSayingWhoAndLeavesTheOutput() throws {
        let scratch = try Scratch()
        let output = scratch.url("Output")
        try SitePublisher.publish([Self.text("index.html", "lama")], to: output)
        let before = try Self.snapshot(output)
        let first = try SitePublisher.claim(output)

        let error = #expect(throws: PublishError.self) {
            try SitePublisher.publish([Self.text("index.html", "baru")], to: output)
        }

        let message = error?.message ?? ""
        #expect(message.hasPrefix("folder keluaran '\(output.path)' sedang ditulis oleh build lain (proses \(getpid()) di "), "\(message)")
        #expect(message.contains(" sejak "), "\(message)")
        #expect(message.contains(" WIB: "), "\(message)")
        #expect(message.hasSuffix("); tunggu sampai build itu selesai, lalu jalankan zisite build lagi"))
        #expect(try Self.snapshot(output) == before)
        #expect(try Self.beside(scratch) == [".Output.kunci", "Output"], "the holder's lock stays")

        first.release()
        try SitePublisher.publish([Self.text("index.html", "baru")], to: output)
        #expect(try Self.snapshot(output)["index.html"] == .file(Data("baru".utf8)))
        #expect(try Self.beside(scratch) == ["Output"])
    }

    @Test func aLockTakenByAnotherProgramIsRespectedAndASecondBuildLearnsBeforeReading() throws {
        let scratch = try Scratch()
        let output = scratch.url("Output")
        try SitePublisher.publish([Self.text("index.html", "lama")], to: output)
        let before = try Self.snapshot(scratch.root)
        // As `flock(1)` or an older build would hold it: locked, nothing written in it.
        let descriptor = open(scratch.url(".Output.kunci").path, O_RDWR | O_CREAT, 0o644)
        defer { close(descriptor) }
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)

        let result = Build.run(
            Build.Options(content: scratch.url("TidakAda").path, output: output.path))

        #expect(
            result.diagnostics.map(\.message) == [
                "folder keluaran '\(output.path)' sedang ditulis oleh build lain (pemegangnya "
                    + "belum tercatat di '\(scratch.root.path)/.Output.kunci'); tunggu sampai "
                    + "build itu selesai, lalu jalankan zisite build lagi"
            ], "the content folder is not read while another build runs")
        var after = try Self.snapshot(scratch.root)
        after[".Output.kunci"] = nil
        #expect(after == before)
    }

    @Test func aLockFileLeftByAKilledBuildIsTakenAndRemoved() throws {
        let scratch = try Scratch()
        try scratch.write("proses: 1\nhost: lama\nsejak: dulu\nperintah: zisite build\n", to: ".Output.kunci")

        try SitePublisher.publish([Self.text("index.html", "baru")], to: scratch.url("Output"))

        #expect(try Self.beside(scratch) == ["Output"])
    }

    @Test func aSymlinkAtTheLockFileIsNotFollowed() throws {
        let scratch = try Scratch()
        try scratch.write("penting", to: "catatan.txt")
        try FileManager.default.createSymbolicLink(
            atPath: scratch.url(".Output.kunci").path,
            withDestinationPath: scratch.url("catatan.txt").path)
        let before = try Self.snapshot(scratch.root)

        let error = #expect(throws: PublishError.self) {
            try SitePublisher.publish([Self.text("index.html", "x")], to: scratch.url("Output"))
        }

        #expect(error?.message.contains("tautan simbolik tidak diikuti") == true)
        #expect(try Self.snapshot(scratch.root) == before)
    }

    @Test func theHolderIsPrintedOnOneLineWithoutControlCharacters() throws {
        let scratch = try Scratch()
        let descriptor = open(scratch.url("kunci").path, O_RDWR | O_CREAT, 0o644)
        defer { close(descriptor) }
        LockHolder(
            process: "7", host: "mesin\u{1B}[2J", since: "1 Desember 2026 pukul 08.05.09 WIB",
            command: "zisite build\n--output \u{202E}X"
        ).write(to: descriptor)

        let holder = LockHolder(readingFrom: descriptor)

        #expect(
            LockHolder.describe(holder, lockFile: "kunci")
                == "proses 7 di mesin [2J sejak 1 Desember 2026 pukul 08.05.09 WIB: zisite build --output  X")
    }

    @Test func theStartIsWrittenInJakartaTime() {
        // 2026-11-30 17:05:09 UTC is already 1 December in Jakarta.
        #expect(
            LockHolder.jakartaTime(Date(timeIntervalSince1970: 1_796_058_309))
                == "1 Desember 2026 pukul 00.05.09 WIB")
    }
}
