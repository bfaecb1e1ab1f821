import XCTest
@testable import ZISite

final class TemplateCheckerTests: XCTestCase {
    /// `partials`: each partial's text by name, in a file named after it.
    private func check(_ template: String, _ context: [String: Any], partials: [String: String] = [:]) -> [Diagnostic] {
        TemplateChecker.check(template: template, file: "uji.mustache", context: context,
                              partials: Dictionary(uniqueKeysWithValues: partials.map { ($0.key, TemplateSource(text: $0.value, file: "\($0.key).mustache")) }))
    }

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: "uji.mustache", line: line, column: column)
    }

    // Templates/bagian.mustache as shipped.
    private let bagian = """
        <nav class="jejak" aria-label="Jejak halaman">
        <ol>
        <li><a href="{{akar}}index.html">Beranda</a></li>
        <li><a href="{{alamatLampiran}}">Lampiran</a></li>
        <li><span aria-current="page">Bagian {{nomor}}</span></li>
        </ol>
        </nav>
        <h1><span class="nomor-bagian">Bagian {{nomor}}</span> {{{judulHtml}}}</h1>

        <ul class="angka-kunci">
        {{#adaKomponen}}
        <li><span class="angka">{{angka.komponen}}</span> komponen</li>
        {{/adaKomponen}}
        {{#adaIndikator}}
        <li><span class="angka">{{angka.indikator}}</span> indikator</li>
        {{/adaIndikator}}
        <li><span class="angka">{{angka.langkah}}</span> langkah aksi</li>
        </ul>

        {{{grafikBulan}}}

        <h2>Tabel rencana aksi</h2>
        <p>Setiap langkah aksi diberi kode (kolom Kode) yang dipakai dalam laporan kemajuan.</p>
        {{{tabel}}}

        <nav class="sebelum-sesudah" aria-label="Bagian sebelumnya dan berikutnya">
        <ul>
        {{#sebelumnya}}
        <li><a href="{{alamat}}" rel="prev">Sebelumnya: {{judul}}</a></li>
        {{/sebelumnya}}
        {{#berikutnya}}
        <li><a href="{{alamat}}" rel="next">Berikutnya: {{judul}}</a></li>
        {{/berikutnya}}
        </ul>
        </nav>

        """

    private var bagianValues: [String: Any] {
        [
            "akar": "../",
            "alamatLampiran": "../lampiran.html",
            "nomor": "II",
            "judulHtml": "Penataan Tata Laksana",
            "adaKomponen": false,
            "adaIndikator": true,
            "angka": ["komponen": "0", "indikator": "4", "langkah": "12"] as [String: Any],
            "grafikBulan": "<svg></svg>",
            "tabel": "<table></table>",
            "sebelumnya": [["alamat": "bagian-1.html", "judul": "Bagian I"]] as [[String: Any]],
            "berikutnya": [] as [[String: Any]],
        ]
    }

    func testShippedSectionTemplateIsClean() {
        XCTAssertEqual(check(bagian, bagianValues), [])
    }

    func testMisspeltNameInShippedTemplate() {
        var values = bagianValues
        values["alamatLampiran"] = nil
        values["alamatLampirann"] = "x"
        XCTAssertEqual(check(bagian, values), [
            Diagnostic(.error, at(4, 14),
                       "templat memakai '{{alamatLampiran}}' tetapi nilai 'alamatLampiran' tidak tersedia di halaman ini; mungkin maksudnya 'alamatLampirann'?"),
        ])
    }

    func testMisspeltNameHasExactLocationAndSuggestion() {
        let problems = check("<h1>{{judul}}</h1>\n<p>{{judull}}</p>\n", ["judul": "Beranda", "akar": ""])
        XCTAssertEqual(problems, [
            Diagnostic(.error, at(2, 4),
                       "templat memakai '{{judull}}' tetapi nilai 'judull' tidak tersedia di halaman ini; mungkin maksudnya 'judul'?"),
        ])
        XCTAssertEqual(problems.first?.formatted,
                       "uji.mustache:2:4: error: templat memakai '{{judull}}' tetapi nilai 'judull' tidak tersedia di halaman ini; mungkin maksudnya 'judul'?")
    }

    func testWithoutSuggestionListsAvailableNames() {
        let values: [String: Any] = Dictionary(uniqueKeysWithValues: (1...14).map { (String(format: "nama%02d", $0), "x" as Any) })
        let problems = check("{{sesuatuLain}}", values)
        XCTAssertEqual(problems.map(\.message), [
            "templat memakai '{{sesuatuLain}}' tetapi nilai 'sesuatuLain' tidak tersedia di halaman ini; nama yang tersedia: "
                + (1...12).map { String(format: "nama%02d", $0) }.joined(separator: ", ") + ", ...",
        ])
        XCTAssertEqual(check("{{xyz}}", ["judul": "a", "akar": "b"]).map(\.message),
                       ["templat memakai '{{xyz}}' tetapi nilai 'xyz' tidak tersedia di halaman ini; nama yang tersedia: akar, judul"])
    }

    func testDottedNames() {
        let values: [String: Any] = ["angka": ["komponen": 3, "langkah": 12] as [String: Any], "judul": "x"]
        XCTAssertEqual(check("{{angka.komponen}} {{angka.langkah}}", values), [])

        XCTAssertEqual(check("{{angka.komponenn}}", values).map(\.message), [
            "templat memakai '{{angka.komponenn}}' tetapi nilai 'angka.komponenn' tidak tersedia di halaman ini; mungkin maksudnya 'angka.komponen'?",
        ])
        XCTAssertEqual(check("ab {{angkaa.komponen}}", values), [
            Diagnostic(.error, at(1, 4),
                       "templat memakai '{{angkaa.komponen}}' tetapi nilai 'angkaa' tidak tersedia di halaman ini; mungkin maksudnya 'angka'?"),
        ])
        // The rest of a dotted name does not fall back to outer values.
        XCTAssertEqual(check("{{angka.judul}}", values).count, 1)
        // Nor does it resolve inside a string.
        XCTAssertEqual(check("{{judul.panjang}}", values).count, 1)
    }

    func testNamesInListSectionsResolveAgainstElements() {
        let values: [String: Any] = [
            "akar": "../",
            "menu": [
                ["alamat": "a.html", "judul": "A", "aktif": true],
                ["alamat": "b.html", "judul": "B", "aktif": false],
            ] as [[String: Any]],
        ]
        let template = "{{#menu}}<a href=\"{{alamat}}\"{{#aktif}} aria-current=\"page\"{{/aktif}}>{{judul}}</a>{{/menu}}"
        XCTAssertEqual(check(template, values), [])

        // Reported once, not once per element.
        XCTAssertEqual(check("{{#menu}}\n  {{judull}}\n{{/menu}}", values), [
            Diagnostic(.error, at(2, 3),
                       "templat memakai '{{judull}}' tetapi nilai 'judull' tidak tersedia di halaman ini; mungkin maksudnya 'judul'?"),
        ])
        // Element names are not visible outside the section.
        XCTAssertEqual(check("{{#menu}}{{/menu}}{{alamat}}", values).count, 1)
    }

    func testElementMissingANameIsReported() {
        let values: [String: Any] = [
            "kontak": [["label": "Surel", "teks": "a@b.id"], ["label": "Telepon"]] as [[String: Any]],
        ]
        XCTAssertEqual(check("{{#kontak}}{{label}}: {{teks}}{{/kontak}}", values).map(\.location), [at(1, 23)])
    }

    func testOuterNamesVisibleInsideSections() {
        let values: [String: Any] = [
            "akar": "../",
            "keputusan": ["judul": "Keputusan"] as [String: Any],
            "menu": [["judul": "A", "anak": [["nama": "x"]] as [[String: Any]]]] as [[String: Any]],
        ]
        XCTAssertEqual(check("{{#menu}}{{akar}}{{#anak}}{{nama}}{{judul}}{{akar}}{{/anak}}{{/menu}}", values), [])
        XCTAssertEqual(check("{{#keputusan}}{{judul}} {{akar}}{{/keputusan}}", values), [])
    }

    func testEmptyListBodyIsNotChecked() {
        let values: [String: Any] = ["halaman": [] as [[String: Any]], "akar": ""]
        XCTAssertEqual(check("{{#halaman}}<a href=\"{{alamat}}\">{{judul}}</a>{{/halaman}}", values), [])
        // Partials do not depend on the values, so they are still checked.
        XCTAssertEqual(check("{{#halaman}}{{> kartu}}{{/halaman}}", values).map(\.message),
                       ["templat bagian 'kartu' tidak ditemukan"])
    }

    func testFalseSectionBodyIsStillChecked() {
        let values: [String: Any] = ["adaIsi": false, "isi": ""]
        XCTAssertEqual(check("{{#adaIsi}}{{{isi}}}{{/adaIsi}}", values), [])
        XCTAssertEqual(check("{{#adaIsi}}{{{isii}}}{{/adaIsi}}", values).count, 1)
    }

    func testListOfStringsWithDot() {
        let values: [String: Any] = ["kata": ["satu", "dua"], "akar": ""]
        XCTAssertEqual(check("{{#kata}}<li>{{.}} {{akar}}</li>{{/kata}}", values), [])
    }

    func testMissingPartial() {
        let problems = check("{{> kepala}}\n{{>kaki}}", [:], partials: ["kaki": ""])
        XCTAssertEqual(problems, [Diagnostic(.error, at(1, 1), "templat bagian 'kepala' tidak ditemukan")])
    }

    /// A partial's names are looked up where it is called, and a name it
    /// lacks is reported at the partial's own file and line.
    func testAPartialIsCheckedAgainstTheValuesWhereItIsCalled() {
        let partials = ["saluran": "<p>{{judul}}</p>\n{{#daftar}}<li>{{teks}} {{alamat}}</li>{{/daftar}}"]
        let values: [String: Any] = ["bagian": ["judul": "Pengaduan", "daftar": [["teks": "surel", "alamat": "mailto:a@b.id"]]]]
        XCTAssertEqual(check("{{#bagian}}{{> saluran}}{{/bagian}}", values, partials: partials), [])
        let problems = check("{{> saluran}}", ["judul": "x", "daftar": [["teks": "surel"]]], partials: partials)
        XCTAssertEqual(problems.map(\.location), [SourceLocation(file: "saluran.mustache", line: 2, column: 25)])
        XCTAssertTrue(problems.first?.message.hasPrefix("templat memakai '{{alamat}}' tetapi nilai 'alamat' tidak tersedia") ?? false, "\(problems)")
    }

    /// A partial that calls itself, directly or through another, would
    /// never finish rendering: it is an error, and the check ends.
    func testAPartialCallingItselfIsAnError() {
        let problems = check("{{> a}}", [:], partials: ["a": "x {{> b}}", "b": "\n{{> a}}"])
        XCTAssertEqual(problems, [Diagnostic(.error, SourceLocation(file: "b.mustache", line: 2, column: 1),
                                             "templat bagian 'a' memanggil dirinya sendiri (a > b > a), sehingga halaman tidak pernah selesai; hapus pemanggilan itu")])
    }

    func testInvertedSections() {
        let values: [String: Any] = ["adaIsi": false, "isi": "teks", "alamatLampiran": "l.html"]
        let template = "{{#adaIsi}}{{{isi}}}{{/adaIsi}}\n{{^adaIsi}}<p>Belum ada; {{alamatLampiran}}</p>{{/adaIsi}}"
        XCTAssertEqual(check(template, values), [])
        XCTAssertEqual(check("\n {{^adaIsii}}x{{/adaIsii}}", values).map(\.location), [at(2, 2)])
        XCTAssertEqual(check("{{^adaIsi}}{{alamat}}{{/adaIsi}}", values).count, 1)
    }

    func testCommentsAreIgnored() {
        let template = "{{! tidakAda di sini }}\n{{!\n  catatan\n  panjang }}\n{{salah}}"
        XCTAssertEqual(check(template, ["benar": 1]).map(\.location), [at(5, 1)])
    }

    func testTripleMustacheAndAmpersand() {
        let values: [String: Any] = ["isi": "<p>x</p>"]
        XCTAssertEqual(check("{{{isi}}} {{&isi}} {{{ isi }}}", values), [])
        XCTAssertEqual(check("ab{{{isii}}}\n{{& isii}}", values), [
            Diagnostic(.error, at(1, 3),
                       "templat memakai '{{{isii}}}' tetapi nilai 'isii' tidak tersedia di halaman ini; mungkin maksudnya 'isi'?"),
            Diagnostic(.error, at(2, 1),
                       "templat memakai '{{& isii}}' tetapi nilai 'isii' tidak tersedia di halaman ini; mungkin maksudnya 'isi'?"),
        ])
    }

    func testMultiLineTemplateLineAndColumnCounting() {
        let template = "satu\ndua {{a}}\n\n\tempat {{b}} {{c}}\n"
        XCTAssertEqual(check(template, ["a": 1]).map(\.location), [at(4, 8), at(4, 14)])
    }

    func testCRLFLineEndingsDoNotShiftLines() {
        let template = "satu\r\ndua {{a}}\r\n\r\n\tempat {{b}} {{c}}\r\n"
        XCTAssertEqual(check(template, ["a": 1]).map(\.location), [at(4, 8), at(4, 14)])
    }

    func testNonASCIIColumnsCountCharacters() {
        XCTAssertEqual(check("é – {{x}}", [:]).map(\.location), [at(1, 5)])
    }

    func testSetDelimiters() {
        let values: [String: Any] = ["judul": "x"]
        XCTAssertEqual(check("{{=<% %>=}}<%judul%> {{bukanTag}}<%={{ }}=%>{{judul}}", values), [])
        XCTAssertEqual(check("{{=<% %>=}}\n<%judull%>", values), [
            Diagnostic(.error, at(2, 1),
                       "templat memakai '<%judull%>' tetapi nilai 'judull' tidak tersedia di halaman ini; mungkin maksudnya 'judul'?"),
        ])
        XCTAssertEqual(check("{{=<%=}}", values).count, 1)
    }

    func testBrokenStructureDoesNotCrash() {
        XCTAssertEqual(check("a\n{{#menu}}x", ["menu": true]), [
            Diagnostic(.error, at(2, 1), "bagian '{{#menu}}' tidak ditutup dengan '{{/menu}}'"),
        ])
        XCTAssertEqual(check("{{#a}}{{/b}}", ["a": true, "b": true]).map(\.location), [at(1, 7)])
        XCTAssertEqual(check("{{/a}}", ["a": true]).count, 1)
        XCTAssertEqual(check("x {{judul", ["judul": ""]).map(\.location), [at(1, 3)])
        XCTAssertEqual(check("{{{judul}}", ["judul": ""]).count, 1)
        XCTAssertEqual(check("", [:]), [])
        XCTAssertEqual(check("{{", [:]).count, 1)
    }

    func testMissingSectionNameIsReportedOnceWithoutCascade() {
        let problems = check("{{#menuu}}{{judul}}{{alamat}}{{/menuu}}", ["menu": [["judul": "a"]] as [[String: Any]]])
        XCTAssertEqual(problems.map(\.message), [
            "templat memakai '{{#menuu}}' tetapi nilai 'menuu' tidak tersedia di halaman ini; mungkin maksudnya 'menu'?",
        ])
    }

    func testOptionalValues() {
        let none: String? = nil
        let values: [String: Any] = ["catatan": none as Any, "keputusan": Optional(["judul": "K"] as [String: Any]) as Any]
        XCTAssertEqual(check("{{catatan}}{{#catatan}}{{.}}{{/catatan}}{{keputusan.judul}}", values), [])
    }
}
