"""On a phone no page scrolls sideways: wide tables scroll inside their own box."""
from findings import Finding, pages

PHONE = {"width": 390, "height": 844}


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
    context.close()
    return findings
