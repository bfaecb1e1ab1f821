"""Quality gates for a built zisite site, in a real browser.

Usage: check_site.py SITE_FOLDER REPORT_FOLDER

Runs axe-core (WCAG 2.2 A/AA) on every page with JavaScript on, checks that
every page shows its content and navigation with JavaScript off, checks that
no Beranda or section page scrolls sideways on a phone, takes desktop and phone
screenshots of Beranda, one section page and Lampiran, and prints Lampiran to
PDF (A4 landscape) checking that the header row is on every printed page.

Prints every finding as `page: rule: message` and exits 1 when there is any.
"""
import pathlib
import subprocess
import sys

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 768}
ANNEX_HEADER = "BUKTI FISIK"  # a column name both table forms share


def pages(site):
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def check_accessibility(browser, site, findings):
    axe = Axe()
    page = browser.new_page()
    for name in pages(site):
        page.goto((site / name).as_uri())
        result = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        for violation in result.response["violations"]:
            targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
            findings.append(f"{name}: axe/{violation['id']}: {violation['help']} ({targets})")
    page.close()


def check_without_javascript(browser, site, findings):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    for name in pages(site):
        page.goto((site / name).as_uri())
        if not page.locator("main h1").first.is_visible():
            findings.append(f"{name}: tanpa-js/judul: the page title is not visible without JavaScript")
        if not page.locator("nav[aria-label='Menu utama'] a").first.is_visible():
            findings.append(f"{name}: tanpa-js/menu: the navigation is not visible without JavaScript")
        width = page.evaluate("document.documentElement.scrollWidth")
        if (name == "index.html" or name.startswith("bagian/")) and width > PHONE["width"]:
            findings.append(f"{name}: ponsel/gulir-samping: the page is {width}px wide on a {PHONE['width']}px phone")
    context.close()


def screenshots(browser, site, report, findings):
    sections = [name for name in pages(site) if name.startswith("bagian/")]
    shots = ["index.html", "lampiran.html"] + sections[:1]
    for label, viewport in (("desktop", DESKTOP), ("ponsel", PHONE)):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        for name in shots:
            page.goto((site / name).as_uri())
            page.screenshot(path=str(report / f"{label}-{name.replace('/', '-')}.png"), full_page=True)
        context.close()
    page = browser.new_page()
    page.goto((site / "lampiran.html").as_uri())
    pdf = report / "lampiran.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    page.close()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    printed = [p for p in text.split("\f") if p.strip()]
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = next((line.split(":", 1)[1].split() for line in info.splitlines() if line.startswith("Page size:")), [])
    width, height = (float(size[0]), float(size[2])) if len(size) >= 3 else (0.0, 0.0)
    if abs(width - 842) > 2 or abs(height - 595) > 2:
        findings.append(f"lampiran.html: cetak/ukuran: the PDF page is {width} x {height} pt, not A4 landscape (842 x 595)")
    for number, content in enumerate(printed, start=1):
        if ANNEX_HEADER not in content:
            findings.append(f"lampiran.html: cetak/judul-kolom: printed page {number} of {len(printed)} has no header row")


def main():
    site = pathlib.Path(sys.argv[1]).resolve()
    report = pathlib.Path(sys.argv[2]).resolve()
    report.mkdir(parents=True, exist_ok=True)
    findings = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        check_accessibility(browser, site, findings)
        check_without_javascript(browser, site, findings)
        screenshots(browser, site, report, findings)
        browser.close()
    for finding in findings:
        print(finding)
    print(f"{site}: {len(pages(site))} pages, {len(findings)} findings; screenshots in {report}")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
