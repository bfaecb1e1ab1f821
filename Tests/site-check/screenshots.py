"""Desktop and phone screenshots of Beranda, one section page and Lampiran."""
from findings import pages, plans
from phone_layout import PHONE

DESKTOP = {"width": 1366, "height": 768}


def take(browser, site, report):
    plan = plans(site)[0]
    sections = [name for name in pages(site) if name.startswith(plan + "bagian/")]
    shots = ["index.html", *sections[:1], plan + "lampiran.html"]
    for label, viewport, mobile in (("desktop", DESKTOP, False), ("ponsel", PHONE, True)):
        context = browser.new_context(viewport=viewport, is_mobile=mobile, has_touch=mobile)
        page = context.new_page()
        for name in shots:
            page.goto((site / name).as_uri())
            page.screenshot(path=str(report / f"{label}-{name.replace('/', '-')}.png"), full_page=True)
        context.close()
    return []
