"""Tables on paper: no body row of a table is cut across two printed pages,
and every printed page that holds rows of a table shows its header row.

Chromium does not say where it breaks pages, so the checker (never the site)
marks the loaded page before printing it again: every cell of every table
that prints gets a token at the start and at the end of its content, one
token per body row and one per table for its header rows. A token is a float
of no width and no height whose 1px text overflows it, so it takes no room in
the layout; `pdftotext` then says on which printed page each token landed. A
row is whole when all its tokens are on one page (the tallest cell's start
and end included, whatever the cells' vertical alignment); a page with
tokens of a table's rows must also have that table's header token. Whether
the tokens left the pages alone is checked too: the marked page must print
on as many pages as the page itself.
"""
import re

from findings import Finding

# Runs in the page with print styles applied: marks every cell of every
# table that prints and describes the tables marked.
MARK_TABLES = r"""() => {
  const style = 'float:left;width:0;height:0;overflow:visible;white-space:nowrap;'
    + 'font:1px/0 sans-serif;letter-spacing:0;color:#000;margin:0;padding:0;border:0';
  const mark = (cell, token) => {
    for (const atEnd of [false, true]) {
      const span = document.createElement('span');
      span.setAttribute('style', style);
      span.textContent = token;
      if (atEnd) cell.append(span); else cell.prepend(span);
    }
  };
  const tables = [];
  for (const table of document.querySelectorAll('table')) {
    if (!table.getClientRects().length) continue;
    const number = tables.length;
    const described = {rows: [], header: false,
      caption: (table.caption ? table.caption.textContent : '').trim().replace(/\s+/g, ' ').slice(0, 60)};
    for (const row of table.rows) {
      if (!row.getClientRects().length) continue;
      const inHeader = row.parentElement.tagName === 'THEAD';
      const token = inHeader ? `zq${number}hq` : `zq${number}r${described.rows.length}q`;
      for (const cell of row.cells) mark(cell, token);
      if (inHeader) described.header = true;
      else described.rows.push(row.id || row.textContent.trim().replace(/\s+/g, ' ').slice(0, 40));
    }
    tables.push(described);
  }
  return tables;
}"""
TOKEN = re.compile(r"zq(\d+)(?:h|r(\d+))q")
SPLIT = "cetak/baris-terpotong"
HEADER = "cetak/judul-kolom"
MARKS = "cetak/penanda"


def mark(page):
    """Marks the tables of a loaded page; returns, per table in document
    order, its body rows (their id or first words), whether it has a
    header row (a row in <thead>) and its caption's first words."""
    page.emulate_media(media="print")
    return page.evaluate(MARK_TABLES)


def check(name, tables, printed, unmarked_count):
    """`printed`: the text of each printed page of the marked page, in order."""
    if len(printed) != unmarked_count:
        return [Finding(name, MARKS, f"the marked copy prints on {len(printed)} pages, the page on {unmarked_count}; "
                                     "the row and header checks of this page cannot be trusted")]
    rows, headers = {}, {}
    for number, content in enumerate(printed, start=1):
        for table, row in TOKEN.findall(re.sub(r"\s+", "", content)):
            if row:
                rows.setdefault((int(table), int(row)), set()).add(number)
            else:
                headers.setdefault(int(table), set()).add(number)
    findings = []
    for table, described in enumerate(tables):
        where = f"table {table + 1} of {len(tables)}"
        for row, label in enumerate(described["rows"]):
            pages = sorted(rows.get((table, row), ()))
            if not pages:
                findings.append(Finding(name, MARKS, f"{where}, row {row + 1} ({label}): its marks are on no printed page"))
            elif len(pages) > 1:
                findings.append(Finding(name, SPLIT, f"{where}, row {row + 1} ({label}) is cut across printed pages "
                                                     + ", ".join(map(str, pages))))
        with_rows = sorted({page for (t, _), pages in rows.items() if t == table for page in pages})
        if with_rows and not described["header"]:
            findings.append(Finding(name, HEADER, f"{where} has no header row (<thead>) to repeat"))
            continue
        for page in with_rows:
            if page not in headers.get(table, ()):
                findings.append(Finding(name, HEADER, f"printed page {page} of {len(printed)} has rows of {where} but not its header row"))
    return findings
