import XCTest
@testable import ZISite

/// The unit a plan's title line names, as a plan without its decree gives it.
final class DecreeMetadataReaderTests: XCTestCase {
    func testTheUnitIsReadFromAPlansTitle() {
        let titles: [(String, String, WorkUnit.Level)] = [
            ("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS KPU KABUPATEN KEPULAUAN CONTOH TAHUN 2025", "KPU Kabupaten Kepulauan Contoh", .kabupaten),
            ("Program dan Rencana Aksi Pembangunan Zona Integritas di Lingkungan Komisi Pemilihan Umum Kabupaten Soppeng Tahun 2025",
             "KPU Kabupaten Soppeng", .kabupaten),
            ("RENCANA AKSI ZI KPU PROVINSI SULAWESI TENGGARA 2026", "KPU Provinsi Sulawesi Tenggara", .provinsi),
            ("Rencana Aksi Komisi Pemilihan Umum Kota Kendari, Tahun 2025", "KPU Kota Kendari", .kota),
            ("RENCANA AKSI KOMISI PEMILIHAN UMUM REPUBLIK INDONESIA TAHUN 2025", "KPU RI", .pusat),
        ]
        for (title, name, level) in titles {
            let unit = DecreeMetadataReader.unit(inTitle: title)
            XCTAssertEqual(unit?.name, name, title)
            XCTAssertEqual(unit?.level, level, title)
        }
        XCTAssertNil(DecreeMetadataReader.unit(inTitle: "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS TAHUN 2025"))
        XCTAssertNil(DecreeMetadataReader.unit(inTitle: "RENCANA AKSI KPU TAHUN 2025"), "no level, no name")
    }
}
