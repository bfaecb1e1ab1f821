"""Makes up a collection of KPU units for the rollup benchmark: N content
folders under one collection folder, laid out as
`<provinsi-slug>/<kpu-level-name-slug>/` (`sulawesi-tenggara/kpu-kota-kendari/`).

Each unit is the example in Content/ renamed to the unit (its settings, its
decree, its pages and service sheets), with its plan varied (some steps or
components dropped, some steps repeated as further steps) and two monev
periods of its own (Triwulan III and IV 2025) whose statuses follow a
diligence drawn for the unit, so no two units look alike. Everything is
drawn from one `random.Random(seed)` per unit, so the same N and seed give
the same bytes. Units are ordered so that any first N spread over the
country: the 38 KPU Provinsi first, then one kabupaten or kota of each
province in turn; N = 552 gives every unit KPU has below KPU RI.

`make_collection` returns one `Unit` per folder, with its plan's sections
and each step's latest status, which is what the Hugo side renders."""
import csv
import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from rollup_regions import PROVINCES, regencies

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
PERIODS = [("Triwulan III 2025", "2025-09-30", "triwulan-iii-2025.csv"),
           ("Triwulan IV 2025", "2025-12-31", "triwulan-iv-2025.csv")]
SHEET_HEADER = ["KODE", "LANGKAH AKSI", "TARGET WAKTU", "TARGET CAPAIAN", "STATUS", "REALISASI",
                "TANGGAL SELESAI", "BUKTI", "CATATAN"]
# Made-up chairs who sign the units' decrees.
GIVEN_NAMES = ["Ahmad", "Siti", "Made", "Yohanes", "Nur", "Rudi", "Dewi", "Hendra", "Agustina", "Muhammad",
               "Ketut", "Fransiska", "Rahmat", "Lestari", "Yusuf", "Maria", "Bambang", "Fitri", "Daniel", "Wahyu"]
FAMILY_NAMES = ["Saputra", "Lubis", "Wijaya", "Pratama", "Hasibuan", "Rumbiak", "Siregar", "Nugroho", "Mandagi",
                "Setiawati", "Tanjung", "Latuconsina", "Harahap", "Rahayu", "Sembiring", "Daeng", "Kusuma", "Mahmud"]
REASONS = ["Dipindah ke Triwulan I 2026 karena tahapan pemilihan", "Anggaran kegiatan belum tersedia",
           "Digabung dengan kegiatan KPU Provinsi"]


@dataclass
class Step:
    code: str
    component: str
    indicator: str
    text: str
    evidence: str
    due: str
    target: str
    status: str = ""  # the latest period's status, "" when not reported
    source: str = ""  # the step's text in the example, where it is the example's own step


@dataclass
class Section:
    numeral: str
    title: str
    steps: list = field(default_factory=list)


@dataclass
class Unit:
    name: str          # "KPU Kota Kendari"
    level: str         # "kota", "kabupaten" or "provinsi"
    province: str
    folder: Path       # the content folder, <collection>/<provinsi-slug>/<kpu-...-slug>
    sections: list = field(default_factory=list)

    @property
    def steps(self):
        return [step for section in self.sections for step in section.steps]


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def unit_places(count):
    """The first `count` units as (level, name, province): the KPU Provinsi, then the
    kabupaten and kota a province at a time in turn; past 552, made-up extra units."""
    places = [("provinsi", province, province) for province in PROVINCES]
    queues = {province: regencies(province) for province in PROVINCES}
    while any(queues.values()):
        for province, queue in queues.items():
            if queue:
                level, name = queue.pop(0)
                places.append((level, name, province))
    extra = 0
    while len(places) < count:
        province = list(PROVINCES)[extra % len(PROVINCES)]
        extra += 1
        places.append(("kabupaten", f"Contoh {extra}", province))
    return places[:count]


def make_collection(example, collection, count, seed):
    """Writes `count` units made from the content folder `example` under `collection`."""
    plan = read_plan(example / "rencana-aksi.tsv")
    example_evidence = evidence_by_step(example / "monev" / PERIODS[-1][2])
    units = []
    for index, (level, name, province) in enumerate(unit_places(count)):
        rng = random.Random(f"{seed}/{index}")
        full = f"Provinsi {name}" if level == "provinsi" else f"{level.capitalize()} {name}"
        folder = collection / slug(province) / slug(f"KPU {full}")
        unit = Unit(f"KPU {full}", level, province, folder)
        write_unit(example, unit, full, plan, example_evidence, rng)
        units.append(unit)
    return units


def write_unit(example, unit, full, plan, example_evidence, rng):
    capital = PROVINCES[unit.province][0]
    place = capital if unit.level == "provinsi" else full.split(" ", 1)[1]
    chair = f"{rng.choice(GIVEN_NAMES)} {rng.choice(FAMILY_NAMES)}"
    number = str(rng.randint(10, 250))

    def renamed(text):
        text = re.sub(r"Kota(\s+)Kendari", lambda m: full.replace(" ", m.group(1), 1), text)
        text = re.sub(r"KOTA(\s+)KENDARI", lambda m: full.upper().replace(" ", m.group(1), 1), text)
        text = text.replace("kota_kendari", slug(full).replace("-", "_")).replace("kpu-kendari", slug(unit.name))
        text = text.replace("Kendari", place).replace("Jumwal Shaleh", chair).replace("JUMWAL SHALEH", chair.upper())
        return text.replace("Nomor 65 Tahun", f"Nomor {number} Tahun").replace("NOMOR 65 TAHUN", f"NOMOR {number} TAHUN")

    folder = unit.folder
    shutil.copytree(example, folder, ignore=shutil.ignore_patterns("bukti", "monev", "rencana-aksi.tsv"))
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in (".md", ".csv", ".yml"):
            path.write_text(renamed(path.read_text(encoding="utf-8-sig")), encoding="utf-8")
    settings = (folder / "situs.yml").read_text(encoding="utf-8")
    settings = re.sub(r"(?m)^(  tingkat: )\w+", rf"\g<1>{unit.level}", settings)
    settings = re.sub(r"(?m)^(  provinsi: ).*$", rf"\g<1>{unit.province}", settings)
    settings = re.sub(r'(?m)^(  nomor: )"65"', rf'\g<1>"{number}"', settings)
    settings = settings.replace("zona-integritas/", f"zona-integritas/{slug(unit.province)}/{slug(unit.name)}/")
    (folder / "situs.yml").write_text(settings, encoding="utf-8")
    unit.sections = write_plan(folder / "rencana-aksi.tsv", vary_plan(plan, rng), renamed)
    write_monev(example, unit, example_evidence, rng)


def read_plan(path):
    """The example's plan as its two header rows and sections, each a pair of its
    heading rows and its components, each a list of step rows (lists of 7 cells)."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8-sig").splitlines()]
    header, sections = rows[:2], []
    for row in rows[2:]:
        row = (row + [""] * 7)[:7]
        if not any(cell.strip() for cell in row):
            continue
        if row[3].strip():
            if row[0].strip():
                sections[-1][1].append([row])
            else:
                sections[-1][1][-1].append(row)
        elif sections and not sections[-1][1] and re.fullmatch(r"[IVX]+", sections[-1][0][-1][0].strip()):
            sections[-1][0].append(row)  # the title after a numeral on a row of its own
        else:
            sections.append(([row], []))
    return header, sections


def vary_plan(plan, rng):
    """A copy of the plan with some components and steps dropped (a section keeps
    its first component, a component its first step) and some steps followed by
    one to three further steps of their own (`(tahap 2)`); components renumbered."""
    header, sections = plan
    varied = []
    for headings, components in sections:
        kept = [components[0]] + [c for c in components[1:] if rng.random() >= 0.12]
        new_components = []
        for number, component in enumerate(kept, start=1):
            rows = [component[0]] + [row for row in component[1:] if rng.random() >= 0.15]
            grown = []
            for row in rows:
                grown.append(list(row))
                draw = rng.random()
                repeats = 0 if draw < 0.72 else 1 if draw < 0.9 else rng.randint(2, 3)
                for stage in range(2, repeats + 2):
                    grown.append(["", "", "", f"{row[3]} (tahap {stage})", row[4], row[5], row[6]])
            grown[0][0] = str(number)
            new_components.append(grown)
        varied.append((headings, new_components))
    return header, varied


def write_plan(path, plan, renamed):
    """Writes the plan table and returns its sections with every step's code (numeral,
    component number, letter by position, as zisite codes a plan without step markers)."""
    header, sections = plan
    lines, result = ["\t".join(row) for row in header], []
    for index, (headings, components) in enumerate(sections):
        lines += ["\t".join(row) for row in headings]
        title = next(cell for cell in headings[-1] if cell.strip())
        section = Section(ROMAN[index], renamed(title))
        for component in components:
            indicator = ""
            for position, source in enumerate(component):
                row = [renamed(cell) for cell in source]
                lines.append("\t".join(row))
                indicator = row[2] or indicator
                section.steps.append(Step(f"{ROMAN[index]}.{component[0][0]}.{letter(position)}",
                                          renamed(component[0][1]), indicator, *row[3:7], source=source[3]))
        result.append(section)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return result


def letter(index):
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[index] if index < 26 else letter(index // 26 - 1) + letters[index % 26]


def evidence_by_step(sheet):
    """The example's evidence files (not links) in its latest sheet, by the step's text."""
    with sheet.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    start = next(i for i, row in enumerate(rows) if row and row[0] == "KODE")
    found = {}
    for row in rows[start + 1:]:
        files = [line for line in row[7].splitlines() if line and not line.startswith("https://")]
        if files:
            found[row[1]] = files
    return found


def write_monev(example, unit, example_evidence, rng):
    """Two periods' sheets. The unit's diligence sets how many steps are done by
    Triwulan IV; a step done by 30 September is done in Triwulan III too. A done
    step has a date, an amount and evidence: the example's file for that step
    where the example has one (only those files are copied into bukti/), else a link."""
    diligence = rng.random()
    sheets = {name: [] for _, _, name in PERIODS}
    used = set()
    for step in unit.steps:
        draw = rng.random()
        done_share = 0.25 + 0.7 * diligence
        if draw < done_share:
            month = rng.randint(9, 12)
            day = rng.randint(1, 30 if month in (9, 11) else 31)
            date = f"2025-{month:02}-{day:02}"
            files = example_evidence.get(step.source, [])
            used.update(files)
            evidence = "\n".join(files or [f"https://drive.example.org/{slug(unit.name)}/zi/{slug(step.code)}"])
            amount = re.match(r"\s*(\d+)\s*\(\w+\)\s*(.*)", step.target)
            done = ["selesai", f"{amount.group(1)} {amount.group(2)}" if amount else "1 Dokumen", date, evidence, ""]
            latest = done
            earlier = done if month == 9 else [rng.choice(["dalam proses", "belum dimulai", ""]), "", "", "", ""]
        elif draw < done_share + 0.03:
            latest = ["tidak dilaksanakan", "", "", "", rng.choice(REASONS)]
            earlier = ["belum dimulai", "", "", "", ""]
        elif draw < 0.97 - 0.1 * (1 - diligence):
            latest = [rng.choice(["dalam proses", "dalam proses", "belum dimulai"]), "", "", "", ""]
            earlier = [rng.choice(["belum dimulai", ""]) if latest[0] == "belum dimulai"
                       else rng.choice(["dalam proses", "belum dimulai", ""]), "", "", "", ""]
        else:
            latest = earlier = ["", "", "", "", ""]
        step.status = latest[0]
        copy = [step.code, step.text, step.due, step.target]
        sheets[PERIODS[0][2]].append(copy + earlier)
        sheets[PERIODS[1][2]].append(copy + latest)
    (unit.folder / "monev").mkdir()
    for (period, as_of, name), rows in zip(PERIODS, sheets.values()):
        with (unit.folder / "monev" / name).open("w", encoding="utf-8-sig", newline="") as sheet:
            writer = csv.writer(sheet, delimiter=";", lineterminator="\r\n")
            writer.writerows([["PERIODE", period], ["DATA PER", as_of], [], SHEET_HEADER] + rows)
    for path in sorted(used):
        (unit.folder / "bukti" / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(example / "bukti" / path, unit.folder / "bukti" / path)
