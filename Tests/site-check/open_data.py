"""Open data: the Frictionless tool validates datapackage.json and every CSV
and JSON resource it lists (schema, types, header row): 0 errors. A
collection has one per plan and its own at the top."""
import json
import pathlib
import subprocess
import sys

from findings import Finding, plans

PACKAGE = "datapackage.json"


def check(site):
    """Each plan's data package, and for a collection (one package per plan)
    also its own at the top, describing every plan's steps and summary."""
    folders = plans(site)
    if folders != [""]:
        folders = [""] + folders
    return [finding for folder in folders for finding in check_package(site, folder)]


def check_package(site, plan):
    package = plan + PACKAGE
    if not (site / package).is_file():
        return [Finding(package, "data/paket", "the site has no datapackage.json")]
    tool = pathlib.Path(sys.executable).parent / "frictionless"
    run = subprocess.run([str(tool), "validate", "--json", PACKAGE], cwd=site / plan, capture_output=True, text=True)
    try:
        report = json.loads(run.stdout)
    except json.JSONDecodeError:
        return [Finding(package, "data/frictionless", f"frictionless did not run (exit {run.returncode}): {run.stderr[-500:]}")]
    findings = [Finding(package, "data/frictionless", error["message"]) for error in report["errors"]]
    for task in report["tasks"]:
        for error in task["errors"]:
            findings.append(Finding(plan + task["place"], "data/frictionless", error["message"]))
    return findings
