import Foundation
import XCTest
@testable import ZISite

final class FingerprintTests: XCTestCase {
    func testFNV1aOf64BitsAsPublished() {
        XCTAssertEqual(Fingerprint.of(Data()).value, 0xcbf2_9ce4_8422_2325)
        XCTAssertEqual(Fingerprint.of(Data("a".utf8)).value, 0xaf63_dc4c_8601_ec8c)
        XCTAssertEqual(Fingerprint.of(Data("foobar".utf8)).value, 0x8594_4171_f739_67e8)
    }

    func testAFileReadInPiecesHasTheFingerprintOfItsBytes() throws {
        let folder = try TemporaryFolder()
        let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 7) })
        let url = try folder.write("besar.pdf", bytes)
        XCTAssertEqual(Fingerprint.ofFile(at: url), Fingerprint.of(bytes))
        XCTAssertEqual(Fingerprint.ofFile(at: try folder.write("kosong.pdf", Data())), Fingerprint.of(Data()))
        XCTAssertNil(Fingerprint.ofFile(at: folder.url.appendingPathComponent("tidak-ada.pdf")))
    }
}
