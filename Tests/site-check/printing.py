"""The Lampiran and the Jadwal printed by Chromium: A4 landscape, and the
Lampiran's header row on every printed page."""
import subprocess

from findings import Finding

A4_LANDSCAPE = (842, 595)  # points
ANNEX_HEADER = "BUKTI FISIK"  # a column name both forms of the plan table share
LANDSCAPE_PAGES = ["lampiran.html", "jadwal.html"]


def check(browser, site, report):
    findings = []
    for name in LANDSCAPE_PAGES:
        if not (site / name).exists():
            findings.append(Finding(name, "cetak/halaman", "the page to print is missing"))
            continue
        pdf = print_page(browser, site, name, report)
        width, height = page_size(pdf)
        if abs(width - A4_LANDSCAPE[0]) > 2 or abs(height - A4_LANDSCAPE[1]) > 2:
            findings.append(Finding(name, "cetak/ukuran",
                                    f"the printed page is {width} x {height} pt, not A4 landscape (842 x 595)"))
    annex = site / "lampiran.html"
    if annex.exists() and "<thead" not in annex.read_text(encoding="utf-8"):
        return findings  # a plan without steps: no table, so no header row to repeat
    return findings + header_on_every_page(report / "lampiran.pdf")


def print_page(browser, site, name, report):
    page = browser.new_page()
    page.goto((site / name).as_uri())
    pdf = report / name.replace(".html", ".pdf")
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    page.close()
    return pdf


def header_on_every_page(pdf):
    if not pdf.exists():
        return []
    findings = []
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    printed = [content for content in text.split("\f") if content.strip()]
    for number, content in enumerate(printed, start=1):
        if ANNEX_HEADER not in content:
            findings.append(Finding("lampiran.html", "cetak/judul-kolom",
                                    f"printed page {number} of {len(printed)} has no header row"))
    return findings


def page_size(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    for line in info.splitlines():
        if line.startswith("Page size:"):
            size = line.split(":", 1)[1].split()
            return float(size[0]), float(size[2])
    return 0.0, 0.0
