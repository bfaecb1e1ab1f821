"""The PDFs zisite publish prints (with WeasyPrint) say what their pages say.

For every PDF a page links with "Unduh PDF": the text of each table cell
(th, td) and each heading (h1 to h6) of the page must be found in the PDF's
text (`pdftotext -raw`) as many times as the page has it, compared with all
whitespace removed and soft hyphens ignored, and the PDF's first page must
say "Halaman 1 dari". Text
inside an SVG (its title, its labels) is not a cell's text: the chart's
figures are in the table beside it. Parts the print style sheet leaves off
paper on purpose (OFF_PAPER: menus, download links) are not looked for.
"""
import collections
import html.parser
import posixpath
import re
import subprocess

from findings import Finding, pages

RULE = "pdf/teks-hilang"
NUMBER = "pdf/nomor-halaman"
LINK_TEXT = "Unduh PDF"
FIRST_PAGE = "Halaman 1 dari"
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CELLS = {"th", "td"}
SKIPPED = {"svg", "script", "style", "template"}
# What the print style sheet leaves off paper on purpose: the site's header
# and menus, the breadcrumb, links to other pages, the download links and
# notes about the screen itself.
OFF_PAPER = {"kepala", "lompat", "menu", "jejak", "sebelum-sesudah", "layar-saja", "tautan-lanjut", "unduh"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def squeezed(text):
    """Text as compared: no whitespace, no soft hyphens."""
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


class PageText(html.parser.HTMLParser):
    """The texts of a page's cells and headings, and where its "Unduh PDF" link points."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open = []  # [tag, text parts] for each cell or heading being read, innermost last
        self.skipping = 0
        self.link = None  # [href, text parts] of the anchor being read
        self.pdf = None
        self.texts = []  # (kind, text)

    def handle_starttag(self, tag, attributes):
        if tag == "a":
            self.link = [dict(attributes).get("href"), []]
        if tag in VOID:
            return
        classes = set((dict(attributes).get("class") or "").split())
        if tag in SKIPPED or classes & OFF_PAPER or self.skipping:
            self.skipping += 1
            return
        if tag in CELLS or tag in HEADINGS:
            self.open.append([tag, []])

    def handle_endtag(self, tag):
        if tag == "a" and self.link:
            href, parts = self.link
            if "".join(parts).strip() == LINK_TEXT and href and self.pdf is None:
                self.pdf = href
            self.link = None
        if tag in VOID:
            return
        if self.skipping:
            self.skipping -= 1
            return
        if (tag in CELLS or tag in HEADINGS) and self.open and self.open[-1][0] == tag:
            kind, parts = self.open.pop()
            text = " ".join("".join(parts).split())
            if text:
                self.texts.append(("heading" if kind in HEADINGS else "cell", text))

    def handle_data(self, data):
        if self.link:
            self.link[1].append(data)
        if self.skipping:
            return
        for _, parts in self.open:
            parts.append(data)


def pdf_pages(pdf):
    """The raw text of each page of a PDF."""
    run = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True)
    if run.returncode != 0:
        return None
    return run.stdout.split("\f")


def check(site):
    findings = []
    for page in pages(site):
        reader = PageText()
        reader.feed((site / page).read_text(encoding="utf-8"))
        reader.close()
        if reader.pdf is None:
            continue
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), reader.pdf.split("#")[0]))
        printed = pdf_pages(site / target)
        if printed is None:
            findings.append(Finding(page, RULE, f"its PDF {target} cannot be read"))
            continue
        if FIRST_PAGE not in " ".join(printed[0].split()):
            findings.append(Finding(page, NUMBER, f"the first page of {target} does not say '{FIRST_PAGE}'"))
        whole = squeezed("".join(printed))
        wanted = collections.Counter(reader.texts)
        for (kind, text), times in wanted.items():
            found = whole.count(squeezed(text))
            if found < times:
                shown = text if len(text) <= 120 else text[:117] + "..."
                findings.append(Finding(page, RULE, f"{target} has the {kind} text '{shown}' {found} times, the page {times} times"))
    return findings
