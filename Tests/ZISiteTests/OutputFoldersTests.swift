import Foundation
import XCTest
@testable import ZISite

final class OutputFoldersTests: XCTestCase {
    func testAListOfFoldersReadsBackAsWrittenAndNothingElseIsOne() throws {
        let folders = OutputFolders([
            "sulsel": .init(owner: nil, state: .init(inode: 12, modified: 1_796_228_912_487_631_472, changed: 1_796_228_912_487_631_473)),
            "sulsel/kpu-kabupaten-soppeng": .init(owner: "sulsel/kpu-kabupaten-soppeng", state: nil),
            "2025": .init(owner: "", state: .init(inode: UInt64.max, modified: -5, changed: 0)),
            "bukti/AREA I/baris\nbaru": .init(owner: "", state: nil),
        ])
        let list = folders.list
        XCTAssertEqual(OutputFolders(list: list)?.folders, folders.folders)
        XCTAssertEqual(OutputFolders(list: Data())?.folders, [:])
        for broken in ["a\u{0}\u{0}1\u{0}2\u{0}", "a\u{0}\u{0}1\u{0}2\u{0}x\u{0}", "a\u{0}\u{0}\u{0}2\u{0}3\u{0}",
                       "a\u{0}milik\u{0}\u{0}\u{0}\u{0}", "../luar\u{0}\u{0}\u{0}\u{0}\u{0}", "/etc\u{0}\u{0}\u{0}\u{0}\u{0}",
                       "a\u{0}\u{0}\u{0}\u{0}\u{0}a\u{0}/a\u{0}\u{0}\u{0}\u{0}"] {
            XCTAssertNil(OutputFolders(list: Data(broken.utf8)), broken)
        }
        XCTAssertNil(OutputFolders(list: list.dropLast()))
    }

    /// A folder that changed within a step of the file system's clock may
    /// change again with the same times, so its state is not kept.
    func testAStateIsKeptOnlyWhenTheFolderChangedMoreThanAClockStepBefore() {
        let now: Int64 = 1_796_228_912_487_631_472
        func state(changed: Int64) -> OutputFolders.State { .init(inode: 3, modified: changed - 7, changed: changed) }
        XCTAssertNil(state(changed: now - 10_000_000).settled(at: now))
        XCTAssertNil(state(changed: now + 10_000_000).settled(at: now), "a time ahead of the clock")
        XCTAssertEqual(state(changed: now - 100_000_000).settled(at: now), state(changed: now - 100_000_000))
        // In whole seconds, as FAT keeps them (two at a time): two seconds.
        let second = now / 1_000_000_000 * 1_000_000_000
        XCTAssertNil(OutputFolders.State(inode: 3, modified: second - 1_000_000_000, changed: second - 1_000_000_000).settled(at: now))
        XCTAssertNotNil(OutputFolders.State(inode: 3, modified: second - 3_000_000_000, changed: second - 3_000_000_000).settled(at: now))
        XCTAssertNil(OutputFolders.State(inode: 3, modified: .min, changed: .min).settled(at: .min + 5), "no arithmetic overflows")
    }

    func testAFoldersOwnerIsTheDeepestPlanFolderThatHoldsIt() {
        let owners = OutputFolders.Owners(plans: ["sultra/kota-kendari", "sultra/kota-kendari/2025", "sulsel"])
        XCTAssertEqual(owners.owner(of: "sultra/kota-kendari/2025/bagian"), "sultra/kota-kendari/2025")
        XCTAssertEqual(owners.owner(of: "sultra/kota-kendari/2025"), "sultra/kota-kendari/2025")
        XCTAssertEqual(owners.owner(of: "sultra/kota-kendari/bukti/2025"), "sultra/kota-kendari")
        XCTAssertNil(owners.owner(of: "sultra"))
        XCTAssertNil(owners.owner(of: "sultra/kota-kendari-baru"))
        XCTAssertEqual(OutputFolders.Owners(plans: ["", "2025"]).owner(of: "bukti"), "", "a unit's newest year at the top")
    }

    /// A file system may give any time; one after 2262 fits no count of nanoseconds.
    func testATimeBeyondWhatNanosecondsHoldIsHeldAtTheEnd() {
        func status(seconds: Int, nanoseconds: Int) -> stat {
            var info = stat()
            info.st_mode = S_IFDIR | 0o755
            info.st_mtim = timespec(tv_sec: seconds, tv_nsec: nanoseconds)
            info.st_ctim = timespec(tv_sec: -seconds, tv_nsec: 0)
            return info
        }
        XCTAssertEqual(WrittenFile(path: "a", status(seconds: 1_796_228_912, nanoseconds: 487_631_472)).modified, 1_796_228_912_487_631_472)
        XCTAssertEqual(WrittenFile(path: "a", status(seconds: 13_000_000_000, nanoseconds: 0)).modified, .max)
        XCTAssertEqual(WrittenFile(path: "a", status(seconds: 9_223_372_036, nanoseconds: 999_999_999)).modified, .max)
        let state = OutputFolders.State(status(seconds: 13_000_000_000, nanoseconds: 0))
        XCTAssertEqual([state.modified, state.changed], [.max, .min])
    }
}
