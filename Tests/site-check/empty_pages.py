"""No printed page is more than half empty before a table that could have
started on it: a table longer than the room left breaks between its rows
(its header row repeats) rather than going over whole and leaving the page
empty. A summary table short enough to fit in half a page is never the
cause, so it may stay whole.

How: `pdftotext -bbox` gives every printed word's place. A page's empty
share is the height between its lowest word and the page number
("Halaman x dari y", in the bottom margin) over the height between the
topmost word of the document and the page number. A table starts on the
page where the first token printed_tables put in it lands (read from the
marked copy, which prints the same pages); the rule fails when the page
before is more than half empty and the table starts in the top half of
its page, i.e. nothing but its heading and caption came before it there.
"""
import re
import subprocess
import xml.etree.ElementTree as ET

from findings import Finding

RULE = "cetak/halaman-kosong"
MOST_EMPTY = 0.5
XHTML = "{http://www.w3.org/1999/xhtml}"
TOKEN = re.compile(r"zq(\d+)(?:h|r\d+)q")


def words(pdf):
    """Per printed page: its height and its words as (top, bottom, text), in reading order."""
    bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [(float(page.get("height")),
             [(float(word.get("yMin")), float(word.get("yMax")), word.text or "") for word in page.iter(XHTML + "word")])
            for page in ET.fromstring(bbox).iter(XHTML + "page")]


def page_number_top(height, page_words):
    """Where the page number in the bottom margin starts (the page's height when there is none)."""
    tops = [top for top, _, text in page_words if text == "Halaman" and top > 0.85 * height]
    return max(tops) if tops else height


def table_starts(marked):
    """For each table number, the printed page (from 1) and height where its first token is."""
    starts = {}
    for number, (_, page_words) in enumerate(words(marked), start=1):
        text, tops = "", []
        for top, _, word in page_words:
            text += word
            tops += [top] * len(word)
        for match in TOKEN.finditer(text):
            starts.setdefault(int(match.group(1)), (number, tops[match.start()]))
    return starts


def check(name, pdf, marked, tables):
    """`tables`: as printed_tables.mark describes them; `marked`: the marked copy of `pdf`."""
    printed = words(pdf)
    areas = []
    for height, page_words in printed:
        bottom = page_number_top(height, page_words)
        content = [(top, low) for top, low, _ in page_words if top < bottom - 1]
        areas.append((bottom, content))
    tops = [top for _, content in areas for top, _ in content]
    if not tops:
        return []
    top = min(tops)
    findings = []
    for table, (start, start_top) in sorted(table_starts(marked).items()):
        if start < 2 or table >= len(tables):
            continue
        bottom, content = areas[start - 2]
        lowest = max((low for _, low in content), default=top)
        empty = (bottom - lowest) / (bottom - top)
        next_bottom = areas[start - 1][0]
        if empty > MOST_EMPTY and start_top < (top + next_bottom) / 2:
            findings.append(Finding(name, RULE,
                                    f"printed page {start - 1} of {len(printed)} is {empty:.0%} empty before table {table + 1} "
                                    f"of {len(tables)} ({tables[table]['caption']}), which starts on page {start}: "
                                    "a table longer than the room left should break between its rows"))
    return findings
