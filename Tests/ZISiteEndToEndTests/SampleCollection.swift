import Foundation

/// A collection of two plans, one province folder each: the example (KPU
/// Kota Kendari, two monev periods) and the Soppeng sample (no monev yet).
enum SampleCollection {
    /// Their folders in the built site.
    static let kendari = "sulawesi-tenggara/kpu-kota-kendari", soppeng = "sulsel/kpu-kabupaten-soppeng"

    /// Made in `scratch` as `Kumpulan`, for a test to change.
    static func make(in scratch: ScratchFolder) throws -> URL {
        let collection = scratch.path("Kumpulan")
        try FileManager.default.createDirectory(at: collection.appendingPathComponent("Sulawesi Tenggara"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: collection.appendingPathComponent("sulsel"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.content, to: collection.appendingPathComponent("Sulawesi Tenggara/KPU Kota Kendari"))
        try FileManager.default.copyItem(at: Repository.fixtures.appendingPathComponent("soppeng"),
                                         to: collection.appendingPathComponent("sulsel/kpu-kabupaten-soppeng"))
        return collection
    }
}
