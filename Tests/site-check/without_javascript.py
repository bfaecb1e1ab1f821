"""Without JavaScript every page shows the same content and its navigation."""
from findings import Finding, pages

VISIBLE_LINKS = """() => [...document.querySelectorAll('a[href]')]
    .filter(a => a.checkVisibility() || a.matches('.lompat'))
    .map(a => a.getAttribute('href'))"""


def check(browser, site):
    findings = []
    with_script = browser.new_context(java_script_enabled=True)
    without_script = browser.new_context(java_script_enabled=False)
    on, off = with_script.new_page(), without_script.new_page()
    for name in pages(site):
        for page in (on, off):
            page.goto((site / name).as_uri())
        if on.inner_text("body") != off.inner_text("body"):
            findings.append(Finding(name, "tanpa-js/isi", "the page shows other text without JavaScript"))
        if on.evaluate(VISIBLE_LINKS) != off.evaluate(VISIBLE_LINKS):
            findings.append(Finding(name, "tanpa-js/tautan", "the page shows other links without JavaScript"))
        if not off.locator("main h1").first.is_visible():
            findings.append(Finding(name, "tanpa-js/judul", "the page title (main h1) is not visible without JavaScript"))
        menu = off.locator("nav[aria-label='Menu utama'] a")
        if menu.count() == 0 or not all(menu.nth(i).is_visible() for i in range(menu.count())):
            findings.append(Finding(name, "tanpa-js/menu", "the main menu is not fully visible without JavaScript"))
    with_script.close()
    without_script.close()
    return findings
