"""A finding of a quality gate: the page it is on, the rule, and a message."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    page: str
    rule: str
    message: str

    def __str__(self):
        return f"{self.page}: {self.rule}: {self.message}"


def pages(site):
    """Every HTML page of a built site, as paths relative to its folder."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def plans(site):
    """The folders of the plans a site holds, relative to it: "" for a unit's
    own site, and each plan's folder for a collection (a folder holding a
    plan's Lampiran), with a "/" at its end."""
    if (site / "lampiran.html").exists():
        return [""]
    return sorted(p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("lampiran.html"))


def page_name(site, url):
    """The page a file:// URL or path inside the site points at."""
    path = url.removeprefix("file://").removeprefix("file:")
    root = str(site)
    return path[len(root):].lstrip("/") if path.startswith(root) else path
