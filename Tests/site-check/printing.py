"""Printed by Chromium: the Lampiran and the Jadwal on A4 landscape with the
Lampiran's header row on every printed page; a monev period and every
service figure page on A4; every printed page numbered "Halaman x dari y"."""
import re
import subprocess

from findings import Finding

A4_LANDSCAPE = (842, 595)  # points
A4_PORTRAIT = (595, 842)
ANNEX_HEADER = "BUKTI FISIK"  # a column name both forms of the plan table share
STEP_CODE = re.compile(r"\b[IVXLC]+\.\d+\.[a-z]+\b")  # a plan row's code, as in I.1.a
LANDSCAPE_PAGES = ["lampiran.html", "jadwal.html"]


def portrait_pages(site):
    """The documents a PPID hands over besides the Lampiran and the Jadwal."""
    monev = sorted(p for p in site.glob("monev/*.html") if p.name != "index.html")[:1]
    return [p.relative_to(site).as_posix() for p in monev + sorted(site.glob("layanan/*.html"))]


def check(browser, site, report):
    findings = []
    for name, size, words in ([(name, A4_LANDSCAPE, "A4 landscape (842 x 595)") for name in LANDSCAPE_PAGES]
                              + [(name, A4_PORTRAIT, "A4 (595 x 842)") for name in portrait_pages(site)]):
        if not (site / name).exists():
            findings.append(Finding(name, "cetak/halaman", "the page to print is missing"))
            continue
        pdf = print_page(browser, site, name, report)
        width, height = page_size(pdf)
        if abs(width - size[0]) > 2 or abs(height - size[1]) > 2:
            findings.append(Finding(name, "cetak/ukuran", f"the printed page is {width} x {height} pt, not {words}"))
        findings += numbered(pdf, name)
    annex = site / "lampiran.html"
    if annex.exists() and "<thead" not in annex.read_text(encoding="utf-8"):
        return findings  # a plan without steps: no table, so no header row to repeat
    return findings + header_on_every_page(report / "lampiran.pdf")


def print_page(browser, site, name, report):
    page = browser.new_page()
    page.goto((site / name).as_uri())
    pdf = report / name.replace("/", "-").replace(".html", ".pdf")
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    page.close()
    return pdf


def printed_pages(pdf):
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [content for content in text.split("\f") if content.strip()]


def numbered(pdf, name):
    """Printed page i of n says "Halaman i dari n"."""
    printed = printed_pages(pdf)
    findings = []
    for number, content in enumerate(printed, start=1):
        if not re.search(rf"Halaman {number} dari {len(printed)}\b", content):
            findings.append(Finding(name, "cetak/nomor-halaman", f"printed page {number} of {len(printed)} does not say 'Halaman {number} dari {len(printed)}'"))
    return findings


def header_on_every_page(pdf):
    """Every printed page that holds rows of the plan repeats its header row;
    a last page with only the signature needs none."""
    if not pdf.exists():
        return []
    findings = []
    printed = printed_pages(pdf)
    for number, content in enumerate(printed, start=1):
        if STEP_CODE.search(content) and ANNEX_HEADER not in content:
            findings.append(Finding("lampiran.html", "cetak/judul-kolom",
                                    f"printed page {number} of {len(printed)} has plan rows but no header row"))
    return findings


def page_size(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    for line in info.splitlines():
        if line.startswith("Page size:"):
            size = line.split(":", 1)[1].split()
            return float(size[0]), float(size[2])
    return 0.0, 0.0
