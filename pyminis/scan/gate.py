"""The build's own scan: a package with any finding is never written."""

from __future__ import annotations

from pyminis.errors import ConfigError, Location
from pyminis.project import Project
from pyminis.scan.findings import RULES, ScanError
from pyminis.scan.package import scan_files
from pyminis.scan.policy import policy_for, unknown_rules


def check_package(project: Project, target: str, dev: bool, files: dict[str, bytes],
                  maps: dict[str, bytes]) -> list[str]:
    """Scan the emitted files; raise ScanError listing every finding, else return the notes
    (allowances used, with their reasons). `maps`: the bundles' source maps by script path."""
    config_name = project.loaded.path.name if project.loaded.path else "minigame.config.json"
    for allowance in unknown_rules(project.config):
        raise ConfigError(
            f"pyminis.scan.allow names the rule {allowance.rule!r}, which the scan does not have",
            hint=f"use one of: {', '.join(sorted(RULES))}, or \"*\" for every rule",
            location=Location(config_name),
        )
    report = scan_files(files, policy_for(project.config, target, dev), maps)
    if not report.clean:
        raise ScanError(report)
    return report.notes()
