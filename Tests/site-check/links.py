"""Links: linkchecker on the built site from disk, internal links and anchors.

Every page is a starting point, so a page no other page links to is checked
too, and reported as unreachable from Beranda.
"""
import csv
import io
import pathlib
import shutil
import subprocess
import tempfile

from findings import Finding, page_name, pages

SETTINGS = "[AnchorCheck]\n"


def check(site):
    # linkchecker run as root drops its privileges to `nobody`, which cannot
    # read a clone under /root: it checks a world-readable copy instead.
    with tempfile.TemporaryDirectory(prefix="zisite-links-") as scratch:
        copy = pathlib.Path(scratch) / "situs"
        shutil.copytree(site, copy)
        for path in [pathlib.Path(scratch), *pathlib.Path(scratch).rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        settings = pathlib.Path(scratch) / "linkcheckerrc"
        settings.write_text(SETTINGS)
        settings.chmod(0o644)
        findings, reached = crawl(copy, settings, ["index.html"])
        unreached = [page for page in pages(copy) if page not in reached]
        for page in unreached:
            findings.append(Finding(page, "tautan/tak-terjangkau", "no chain of links leads here from Beranda (index.html)"))
        if unreached:
            findings += crawl(copy, settings, unreached)[0]
        return findings


def crawl(site, settings, start):
    """Checks every link reachable from the start pages; returns the findings
    and the pages reached."""
    run = subprocess.run(
        ["linkchecker", "-f", str(settings), "--no-status", "--verbose", "-o", "csv",
         *[(site / name).as_uri() for name in start]],
        capture_output=True, text=True)
    lines = [line for line in run.stdout.splitlines() if line and not line.startswith("#")]
    if not lines:
        return [Finding(start[0], "tautan/linkchecker",
                        f"linkchecker did not run (exit {run.returncode}): {run.stderr[-500:]}")], set()
    findings, reached = [], set()
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"):
        target = page_name(site, row["url"]).split("#")[0]
        where = page_name(site, row["parentname"]).split("#")[0] or target
        if row["valid"] != "True":
            findings.append(Finding(where, "tautan/rusak", f"line {row['line']}: {row['urlname']}: {row['result']}"))
            continue
        reached.add(target)
        if row["warningstring"]:
            findings.append(Finding(where, "tautan/peringatan",
                                    f"line {row['line']}: {row['urlname']}: {row['warningstring'][:300]}"))
    return findings, reached
