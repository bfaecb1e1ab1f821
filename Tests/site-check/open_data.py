"""Open data: the Frictionless tool validates datapackage.json and every CSV
and JSON resource it lists (schema, types, header row): 0 errors."""
import json
import pathlib
import subprocess
import sys

from findings import Finding

PACKAGE = "datapackage.json"


def check(site):
    if not (site / PACKAGE).is_file():
        return [Finding(PACKAGE, "data/paket", "the site has no datapackage.json")]
    tool = pathlib.Path(sys.executable).parent / "frictionless"
    run = subprocess.run([str(tool), "validate", "--json", PACKAGE], cwd=site, capture_output=True, text=True)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        return [Finding(PACKAGE, "data/frictionless", f"frictionless did not run (exit {run.returncode}): {run.stderr[-500:]}")]
    findings = [Finding(PACKAGE, "data/frictionless", error["message"]) for error in report["errors"]]
    for task in report["tasks"]:
        for error in task["errors"]:
            findings.append(Finding(task["place"], "data/frictionless", error["message"]))
    return findings
