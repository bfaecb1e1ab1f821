"""The Hugo side of the rollup benchmark: the same units' plans as a Hugo site
of Markdown pages, one per plan section (its steps as a Markdown table) plus
one index per unit (a table of its sections), under the same
`<provinsi-slug>/<kpu-...-slug>/` folders, with relative URLs.

The site is as small as Hugo allows, so the figure is Hugo at its fastest:
one base template, a page template and a list template; no theme, no
taxonomies, no RSS, sitemap, robots.txt or 404 page. `uglyURLs` writes
`bagian-i.html` beside the unit's `index.html`, the file layout zisite
writes too, rather than a folder per page. Hugo renders on all cores."""
import re
from pathlib import Path

from rollup_units import slug

CONFIG = """\
baseURL = "https://www.example.org/"
languageCode = "id"
title = "Rencana Aksi Zona Integritas KPU"
relativeURLs = true
uglyURLs = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
enableRobotsTXT = false
[markup.goldmark.renderer]
unsafe = false
"""

LAYOUTS = {
    "_default/baseof.html": """\
<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>
<nav>{{ with .Parent }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
<main><h1>{{ .Title }}</h1>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "_default/single.html": """\
{{ define "main" }}
<p>{{ .Params.satker }} &middot; {{ .Params.langkah }} langkah, {{ .Params.selesai }} selesai</p>
{{ .Content }}
{{ end }}
""",
    "_default/list.html": """\
{{ define "main" }}
{{ .Content }}
<table>
<thead><tr><th>Judul</th><th>Langkah</th><th>Selesai</th></tr></thead>
<tbody>
{{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Params.langkah }}</td><td>{{ .Params.selesai }}</td></tr>
{{ end }}</tbody>
</table>
{{ end }}
""",
}

COLUMNS = ["Kode", "Komponen", "Indikator", "Langkah aksi", "Bukti fisik", "Target waktu", "Target capaian", "Status"]


def write_site(units, site):
    """Writes the Hugo site of `units` into the folder `site`; returns the pages Hugo
    is expected to write (home, provinces, unit indexes and sections)."""
    (site / "content").mkdir(parents=True)
    (site / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in LAYOUTS.items():
        (site / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
        (site / "layouts" / name).write_text(text, encoding="utf-8")
    provinces = sorted({unit.province for unit in units})
    for province in provinces:
        folder = site / "content" / slug(province)
        folder.mkdir()
        mine = [unit for unit in units if unit.province == province]
        front_matter(folder / "_index.md", f"KPU di Provinsi {province}",
                     langkah=sum(len(unit.steps) for unit in mine), selesai=sum(done(unit.steps) for unit in mine))
    pages = 1 + len(provinces)
    for unit in units:
        folder = site / "content" / slug(unit.province) / unit.folder.name
        folder.mkdir()
        front_matter(folder / "_index.md", unit.name, satker=unit.name, langkah=len(unit.steps),
                     selesai=done(unit.steps))
        for weight, section in enumerate(unit.sections, start=1):
            rows = [COLUMNS, ["---"] * len(COLUMNS)]
            rows += [[step.code, step.component, step.indicator, step.text, step.evidence, step.due, step.target,
                      step.status or "belum dilaporkan"] for step in section.steps]
            table = "\n".join("| " + " | ".join(cell(text) for text in row) + " |" for row in rows)
            front_matter(folder / f"bagian-{section.numeral.lower()}.md", f"{section.numeral}. {section.title}",
                         table, weight=weight, satker=unit.name, langkah=len(section.steps),
                         selesai=done(section.steps))
        pages += 1 + len(unit.sections)
    return pages


def done(steps):
    return sum(1 for step in steps if step.status == "selesai")


def cell(text):
    """A plan cell as Markdown table text: <i>/<b> as emphasis, no pipes or line breaks."""
    text = re.sub(r"</?i>", "*", re.sub(r"</?b>", "**", text))
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def front_matter(path, title, body="", **params):
    lines = ["---", f"title: {quoted(title)}"] + [f"{key}: {quoted(value) if isinstance(value, str) else value}"
                                                   for key, value in params.items()]
    path.write_text("\n".join(lines + ["---", "", body]) + "\n", encoding="utf-8")


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def hugo_command(hugo, site, output):
    """The command (`hugo` the program's path) that builds the site, as the benchmark times it."""
    return [hugo, "--quiet", "--source", str(site), "--destination", str(output), "--noBuildLock"]
