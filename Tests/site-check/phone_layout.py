"""On a 390 x 844 phone: no page scrolls sideways (a wide table scrolls
inside its own box); the monev and plan tables do not even do that, since
their rows become labelled blocks; and the site's header with its menus
takes at most a quarter of the first screen."""
from findings import Finding, pages

PHONE = {"width": 390, "height": 844}
MENU_SHARE = 0.25

# The monev and plan tables of a page (every table of a monev period page,
# the changes since the last period included), each with its width (or the
# width of what its box scrolls over, when wider), the width of the box it
# sits in, and its caption.
STACKED_TABLES = """(everyTable) => [...document.querySelectorAll(
    everyTable ? 'main table' : 'table.tabel-monev, table.tabel-rencana')].map(table => ({
  width: Math.max(Math.ceil(table.getBoundingClientRect().width), table.parentElement.scrollWidth),
  box: table.parentElement.clientWidth,
  caption: (table.caption ? table.caption.textContent : '').trim().replace(/\\s+/g, ' ').slice(0, 60),
}))"""
# How far down the page the site's header, with its menus, reaches.
HEADER_BOTTOM = "() => { const h = document.querySelector('body > header'); return h ? h.getBoundingClientRect().bottom + window.scrollY : 0 }"


def monev_period(name):
    return name.startswith("monev/") and name != "monev/index.html"


def check(browser, site):
    findings = []
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    for name in pages(site):
        page.goto((site / name).as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > PHONE["width"]:
            findings.append(Finding(name, "ponsel/gulir-samping",
                                    f"the page is {width}px wide on a {PHONE['width']}px phone screen"))
        tables = page.evaluate(STACKED_TABLES, monev_period(name))
        for number, table in enumerate(tables, start=1):
            if table["width"] > table["box"]:
                findings.append(Finding(name, "ponsel/tabel-lebar",
                                        f"table {number} of {len(tables)} ({table['caption']}) is {table['width']}px wide "
                                        f"in its {table['box']}px box: its rows should become labelled blocks"))
        bottom = page.evaluate(HEADER_BOTTOM)
        if bottom > MENU_SHARE * PHONE["height"]:
            findings.append(Finding(name, "ponsel/menu",
                                    f"the header and menus reach {bottom:.0f}px down the first {PHONE['height']}px screen, "
                                    f"more than a quarter ({MENU_SHARE * PHONE['height']:.0f}px)"))
    context.close()
    return findings
