"""Quality gates for built zisite sites.

Usage: check_site.py REPORT_FOLDER NAME=SITE_FOLDER [NAME=SITE_FOLDER ...]

On every page of every site: valid HTML with its SVG (Nu validator), working
internal links and anchors (linkchecker), axe-core's WCAG 2.2 A/AA rules in
Chromium, the same content and navigation without JavaScript, and on a
phone no sideways scroll, monev and plan tables as labelled blocks and menus
within the first quarter of the screen. Screenshots and the PDFs of the
printed documents go to REPORT_FOLDER/NAME; the PDFs are checked for paper
size, page numbers, table rows cut across pages, a header row on every page
with table rows and no page more than half empty before a table. The PDFs
zisite publish printed, which the pages link ("Unduh PDF"), must hold the
text of every table cell and heading of their pages and say "Halaman 1 dari"
on their first page. The Frictionless tool validates datapackage.json and
every CSV and JSON file it describes.

Prints every finding as `site/page: rule: message` and exits 1 when there is any.
"""
import pathlib
import sys

from playwright.sync_api import sync_playwright

import accessibility
import links
import open_data
import phone_layout
import printed_text
import printing
import screenshots
import validity
import without_javascript
from findings import Finding, pages

CHROMIUM = "/usr/bin/chromium"


def check(browser, site, report):
    """Every finding of every gate on one built site."""
    report.mkdir(parents=True, exist_ok=True)
    return [
        *validity.check(site),
        *links.check(site),
        *open_data.check(site),
        *accessibility.check(browser, site),
        *without_javascript.check(browser, site),
        *phone_layout.check(browser, site),
        *screenshots.take(browser, site, report),
        *printing.check(browser, site, report),
        *printed_text.check(site),
    ]


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])


def main(arguments):
    if len(arguments) < 2 or not all("=" in argument for argument in arguments[1:]):
        print(__doc__, file=sys.stderr)
        return 2
    report = pathlib.Path(arguments[0]).resolve()
    total = 0
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for argument in arguments[1:]:
            name, folder = argument.split("=", 1)
            site = pathlib.Path(folder).resolve()
            findings = check(browser, site, report / name.replace("/", "-"))
            for finding in findings:
                print(Finding(f"{name}/{finding.page}", finding.rule, finding.message))
            print(f"== {name}: {len(pages(site))} pages, {len(findings)} findings")
            total += len(findings)
        browser.close()
    print(f"== {total} findings in all; screenshots and PDFs in {report}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
