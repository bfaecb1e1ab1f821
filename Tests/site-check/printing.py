"""Printed by Chromium: the Lampiran, the Jadwal and every monev period on A4
landscape, the Keputusan, the Daftar Informasi Publik and every service
figure page on A4; every printed page numbered "Halaman x dari y"; in each,
no table row cut across two pages, every page with rows of a table showing
its header row (see printed_tables), and no page more than half empty before
a table (see empty_pages)."""
import re
import subprocess

import empty_pages
import printed_tables
from findings import Finding, plans

A4_LANDSCAPE = (842, 595)  # points
A4_PORTRAIT = (595, 842)


def landscape_pages(site):
    """The documents with tables wider than a portrait page: the Lampiran, the Jadwal and each monev period,
    of each plan the site holds."""
    names = []
    for plan in plans(site):
        monev = sorted(p for p in site.glob(plan + "monev/*.html") if p.name != "index.html")
        names += [plan + "lampiran.html", plan + "jadwal.html"] + [p.relative_to(site).as_posix() for p in monev]
    return names


def portrait_pages(site):
    """The other documents a PPID hands over, of each plan the site holds."""
    names = []
    for plan in plans(site):
        others = [site / (plan + name) for name in ("keputusan.html", "informasi-publik.html") if (site / (plan + name)).exists()]
        names += [p.relative_to(site).as_posix() for p in others + sorted(site.glob(plan + "layanan/*.html"))]
    return names


def check(browser, site, report):
    findings = []
    (report / "penanda").mkdir(parents=True, exist_ok=True)
    for name, size, words in ([(name, A4_LANDSCAPE, "A4 landscape (842 x 595)") for name in landscape_pages(site)]
                              + [(name, A4_PORTRAIT, "A4 (595 x 842)") for name in portrait_pages(site)]):
        if not (site / name).exists():
            findings.append(Finding(name, "cetak/halaman", "the page to print is missing"))
            continue
        page = browser.new_page()
        page.goto((site / name).as_uri())
        file_name = name.replace("/", "-").replace(".html", ".pdf")
        pdf = print_pdf(page, report / file_name)
        width, height, count = pdf_info(pdf)
        if abs(width - size[0]) > 2 or abs(height - size[1]) > 2:
            findings.append(Finding(name, "cetak/ukuran", f"the printed page is {width} x {height} pt, not {words}"))
        findings += numbered(pdf, name)
        tables = printed_tables.mark(page)
        marked = print_pdf(page, report / "penanda" / file_name)
        by_table = printed_tables.check(name, tables, printed_pages(marked, "-raw"), count)
        findings += by_table
        if not any(finding.rule == printed_tables.MARKS for finding in by_table):
            findings += empty_pages.check(name, pdf, marked, tables)
        page.close()
    return findings


def print_pdf(page, path):
    page.pdf(path=str(path), prefer_css_page_size=True, print_background=True)
    return path


def printed_pages(pdf, mode="-layout"):
    """The text of each printed page, in order (a blank page as "")."""
    text = subprocess.run(["pdftotext", mode, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]


def numbered(pdf, name):
    """Printed page i of n says "Halaman i dari n"."""
    printed = printed_pages(pdf)
    findings = []
    for number, content in enumerate(printed, start=1):
        if not re.search(rf"Halaman {number} dari {len(printed)}\b", content):
            findings.append(Finding(name, "cetak/nomor-halaman", f"printed page {number} of {len(printed)} does not say 'Halaman {number} dari {len(printed)}'"))
    return findings


def pdf_info(pdf):
    """Width and height of the first page in points, and the page count."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width = height = 0.0
    count = 0
    for line in info.splitlines():
        if line.startswith("Page size:"):
            size = line.split(":", 1)[1].split()
            width, height = float(size[0]), float(size[2])
        elif line.startswith("Pages:"):
            count = int(line.split(":", 1)[1])
    return width, height, count
