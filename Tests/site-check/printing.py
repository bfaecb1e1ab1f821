"""The Lampiran printed by Chromium: A4 landscape, the header row on every page."""
import subprocess

from findings import Finding

A4_LANDSCAPE = (842, 595)  # points
ANNEX_HEADER = "BUKTI FISIK"  # a column name both forms of the plan table share


def check(browser, site, report):
    page = browser.new_page()
    page.goto((site / "lampiran.html").as_uri())
    pdf = report / "lampiran.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    page.close()
    findings = []
    width, height = page_size(pdf)
    if abs(width - A4_LANDSCAPE[0]) > 2 or abs(height - A4_LANDSCAPE[1]) > 2:
        findings.append(Finding("lampiran.html", "cetak/ukuran",
                                f"the printed page is {width} x {height} pt, not A4 landscape (842 x 595)"))
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
