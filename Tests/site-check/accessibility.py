"""Accessibility: axe-core's WCAG 2.2 A and AA rules on every page, in Chromium."""
from axe_playwright_python.sync_playwright import Axe

from findings import Finding, pages

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def check(browser, site):
    axe = Axe()
    findings = []
    page = browser.new_page()
    for name in pages(site):
        page.goto((site / name).as_uri())
        result = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        for violation in result.response["violations"]:
            for node in violation["nodes"]:
                findings.append(Finding(name, f"axe/{violation['id']}",
                                        f"{violation['help']}: {', '.join(map(str, node['target']))}"))
    page.close()
    return findings
