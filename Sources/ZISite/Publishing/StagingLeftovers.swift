import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a build cut short (kill -9, a power cut) leaves beside the output: staging folders
/// `.<name>.baru-<random>` with a site half written, an old site half removed, or a collection's
/// update half moved in (`SiteUpdate`), and holders `.<name>.lama-<random>` with the previous
/// site parked by the two-rename swap.
///
/// Tidied by the next build while it holds the output's lock, so none of them belongs to a
/// build still running. Only what zisite makes is touched: the exact name (the random part is
/// 1 to 13 of `0-9a-z`), a real folder, and inside either the `.zisite` marker or nothing
/// (for a holder: nothing, or only the parked folder, itself marked or empty). Anything else
/// is kept, whatever its name; `SiteFolder.remove` takes the marker last so that a removal
/// cut short is still recognised.
enum StagingLeftovers {
    /// Puts the previous site back if a build was cut between the two renames, moves in the
    /// rest of an update cut short, then removes every leftover.
    static func tidy(_ target: OutputLocation) {
        let names = (SiteFolder.entries(target.parent) ?? []).sorted()
        let holders = names.filter { isRandomName($0, prefix: target.holderPrefix) }
            .map { target.parent + "/" + $0 }
        restoreIfMissing(target, from: holders)
        for name in names where isRandomName(name, prefix: target.stagingPrefix) {
            let path = target.parent + "/" + name
            guard SiteFolder.isMadeByZisite(path) else { continue }
            if SiteUpdate.wasMoving(path), SiteFolder.isMarked(target.path) {
                SiteUpdate.finishMoving(path, to: target.path)
            } else {
                SiteFolder.remove(path)
            }
        }
        for holder in holders {
            guard let parked = parkedSite(in: holder, name: target.name) else { continue }
            if !parked.isEmpty { SiteFolder.remove(parked) }
            _ = rmdir(holder)
        }
    }

    /// The output is missing only when a build was cut between moving the old site into its
    /// holder and moving the new one in. The old site is complete there; a staging folder may
    /// not be, so the old site comes back (the newest, if several were left over the years).
    private static func restoreIfMissing(_ target: OutputLocation, from holders: [String]) {
        var info = stat()
        guard lstat(target.path, &info) != 0, errno == ENOENT else { return }
        let parked = holders.compactMap { holder -> (site: String, time: Date)? in
            guard let site = parkedSite(in: holder, name: target.name), !site.isEmpty else {
                return nil
            }
            let time = (try? FileManager.default.attributesOfItem(atPath: holder))?[.modificationDate]
            return (site, time as? Date ?? .distantPast)
        }
        guard let newest = parked.max(by: { $0.time < $1.time }) else { return }
        _ = rename(newest.site, target.path)
    }

    /// For a holder zisite made: the site parked in it (marked or empty), or "" when the holder
    /// is empty; nil otherwise.
    private static func parkedSite(in holder: String, name: String) -> String? {
        guard SiteFolder.isFolder(holder), let entries = SiteFolder.entries(holder) else {
            return nil
        }
        if entries.isEmpty { return "" }
        let site = holder + "/" + name
        return entries == [name] && SiteFolder.isMadeByZisite(site) ? site : nil
    }

    /// `prefix` then 1 to 13 of `0-9a-z`, compared by UTF-8 byte.
    static func isRandomName(_ name: String, prefix: String) -> Bool {
        guard name.utf8.starts(with: prefix.utf8) else { return false }
        let random = name.utf8.dropFirst(prefix.utf8.count)
        return (1...13).contains(random.count)
            && random.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
    }
}
