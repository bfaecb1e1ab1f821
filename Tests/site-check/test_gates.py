"""The gates find what they are there to find.

Usage: test_gates.py SITE_FOLDER

Copies a built site, breaks each page in a way one gate must catch, runs the
gates and checks that each fault is reported on the page it was put in.
"""
import pathlib
import shutil
import sys
import tempfile
import unittest

from playwright.sync_api import sync_playwright

import check_site

SITE = None

FAULTS = {
    "index.html": ("</main>", '<img src="tidak-ada.png">'
                   '<p style="color:#bbb;background:#fff">teks pudar</p>'
                   '<a href="lampiran.html#tidak-ada">jangkar hilang</a>'
                   "<script>document.querySelector('main').append('hanya dengan skrip')</script></main>"),
    "keputusan.html": ("</head>", "<style>nav[aria-label='Menu utama'] { display: none }</style></head>"),
    "lampiran.html": ("</head>", "<style>@media print { tr, th, td { break-inside: auto; page-break-inside: auto;"
                      " orphans: 1; widows: 1 } }</style></head>"),
    "monev/triwulan-iii-2025.html": ("</head>", "<style>@media print { thead { display: table-row-group } }</style></head>"),
    "monev/triwulan-iv-2025.html": ("</head>", "<style>@media print { table { break-inside: avoid } }"
                                    " table.tabel-monev { display: table !important; min-width: 60rem }</style></head>"),
    "kesiapan.html": ("</head>", "<style>.menu ul { flex-wrap: wrap !important }</style></head>"),
    "jadwal.html": ("</head>", "<style>@page { size: A4 portrait; }</style></head>"),
    "data/rencana-aksi.csv": ("kode,bagian,", "kode_lain,bagian,"),
    "layanan/skm-tahun-2025.html": ("</head>", "<style>@page { @bottom-right { content: none } }</style></head>"),
    "layanan/ipkp-tahun-2025.html": ("<td>Informasi tentang", "<td>Tidak tercetak: Informasi tentang"),
}
# Printed again by Chromium, without page numbers, in place of the PDF zisite publish wrote.
UNNUMBERED_PDF = "layanan/skm-tahun-2025"
WIDE = ("</main>", '<div style="width: 1200px">terlalu lebar</div></main>')

EXPECTED = [
    ("index.html", "html/nu-validator"),
    ("index.html", "tautan/rusak"),
    ("index.html", "tautan/peringatan"),
    ("index.html", "axe/image-alt"),
    ("index.html", "axe/color-contrast"),
    ("index.html", "tanpa-js/isi"),
    ("keputusan.html", "tanpa-js/menu"),
    ("lampiran.html", "cetak/baris-terpotong"),
    ("monev/triwulan-iii-2025.html", "cetak/judul-kolom"),
    ("monev/triwulan-iv-2025.html", "cetak/halaman-kosong"),
    ("monev/triwulan-iv-2025.html", "ponsel/tabel-lebar"),
    ("kesiapan.html", "ponsel/menu"),
    ("jadwal.html", "cetak/ukuran"),
    ("yatim.html", "tautan/tak-terjangkau"),
    ("data/rencana-aksi.csv", "data/frictionless"),
    ("layanan/skm-tahun-2025.html", "cetak/nomor-halaman"),
    ("layanan/skm-tahun-2025.html", "pdf/nomor-halaman"),
    ("layanan/ipkp-tahun-2025.html", "pdf/teks-hilang"),
]


def inject(path, fault):
    marker, replacement = fault
    text = path.read_text()
    assert marker in text, f"{path} has no {marker}"
    path.write_text(text.replace(marker, replacement, 1))


class GatesFindFaults(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.scratch = tempfile.TemporaryDirectory(prefix="zisite-gates-")
        site = pathlib.Path(cls.scratch.name) / "rusak"
        shutil.copytree(SITE, site)
        for name, fault in FAULTS.items():
            inject(site / name, fault)
        cls.section = sorted((site / "bagian").glob("*.html"))[0].relative_to(site).as_posix()
        inject(site / cls.section, WIDE)
        shutil.copy(site / "keputusan.html", site / "yatim.html")
        with sync_playwright() as playwright:
            browser = check_site.launch(playwright)
            page = browser.new_page()
            page.goto((site / f"{UNNUMBERED_PDF}.html").as_uri())
            page.pdf(path=str(site / f"{UNNUMBERED_PDF}.pdf"), prefer_css_page_size=True)
            page.close()
            cls.findings = check_site.check(browser, site, pathlib.Path(cls.scratch.name) / "laporan")
            browser.close()
        cls.found = {(finding.page, finding.rule) for finding in cls.findings}

    @classmethod
    def tearDownClass(cls):
        cls.scratch.cleanup()

    def test_every_fault_is_found_on_its_page(self):
        for page, rule in EXPECTED + [(self.section, "ponsel/gulir-samping")]:
            with self.subTest(page=page, rule=rule):
                self.assertIn((page, rule), self.found, "\n".join(map(str, self.findings)))

    def test_untouched_pages_have_no_findings(self):
        touched = {page for page, _ in EXPECTED} | {self.section}
        others = [finding for finding in self.findings if finding.page not in touched]
        self.assertEqual(others, [])


if __name__ == "__main__":
    SITE = pathlib.Path(sys.argv.pop(1)).resolve()
    unittest.main(verbosity=2)
