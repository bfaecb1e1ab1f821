import Foundation
import Testing

@testable import ZISite

/// What `zisite serve` sees of the content folder between two looks.
struct WatchedFilesTests {
    private func look(_ folder: TemporaryFolder, limit: Int = WatchedFiles.defaultLimit) -> WatchedFiles {
        WatchedFiles.of([folder.url.path], limit: limit)
    }

    @Test func aSavedAddedRemovedOrRenamedFileIsSeen() throws {
        let folder = try TemporaryFolder()
        let sheet = try folder.write("monev/triwulan-i.csv", Data("a;b\n".utf8))
        let start = look(folder)
        #expect(look(folder) == start, "nothing changed")

        try Data("a;c\n".utf8).write(to: sheet)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000)], ofItemAtPath: sheet.path)
        let saved = look(folder)
        #expect(saved != start, "same size, other time")

        try folder.write("halaman/baru.md", Data("# Baru\n".utf8))
        let added = look(folder)
        #expect(added != saved)

        try FileManager.default.moveItem(at: folder.path("halaman/baru.md"), to: folder.path("halaman/lain.md"))
        let renamed = look(folder)
        #expect(renamed != added)

        try FileManager.default.removeItem(at: folder.path("halaman/lain.md"))
        #expect(look(folder) != renamed)
    }

    @Test func aLinkedFolderIsNotWalkedButALinkedFileIsLookedAt() throws {
        let outside = try TemporaryFolder()
        let target = try outside.write("luar.csv", Data("1\n".utf8))
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(at: folder.path("ke-luar"), withDestinationURL: outside.url)
        try FileManager.default.createSymbolicLink(at: folder.path("lembar.csv"), withDestinationURL: target)
        let start = look(folder)

        try outside.write("lain.csv", Data("2\n".utf8))
        #expect(look(folder) == start, "the folder behind the link is not walked")

        try Data("12345\n".utf8).write(to: target)
        #expect(look(folder) != start, "the linked file's new size is seen")
    }

    @Test func theWalkStopsAtItsLimit() throws {
        let folder = try TemporaryFolder()
        for index in 0..<5 { try folder.write("f\(index).txt", Data()) }
        #expect(look(folder, limit: 3).isCut)
        #expect(!look(folder, limit: 5).isCut)
        #expect(WatchedFiles.of([folder.path("tidak-ada").path]) == WatchedFiles.of([]), "a missing folder has nothing")
    }
}
