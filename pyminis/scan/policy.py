"""The scan policy of a project: its target, trusted domains, the platform's scripts, allowances."""

from __future__ import annotations

from pyminis.project.config import Config, ScanAllowance
from pyminis.scan.findings import RULES, Policy

# Dev builds of the HTML targets ship eruda, a reviewed on-page console that pyminis installs
# itself; it uses eval and location as a console must. Release builds do not ship it.
DEV_CONSOLE = ScanAllowance("eruda.js", "*", "eruda, the on-page console of dev builds "
                            "(release builds do not ship it)")


def policy_for(config: Config, target: str, dev: bool = False) -> Policy:
    """What the scan allows for a package of `target` built from `config`."""
    # Imported here: the targets import the build pipeline, which imports the scan.
    from pyminis.targets.h5 import DRAMA_SDK_URL, GAME_SDK_URL

    scripts = [GAME_SDK_URL, DRAMA_SDK_URL]
    if config.pyminis.sdk_url:
        scripts.append(config.pyminis.sdk_url)
    allow = tuple(config.pyminis.scan_allow)
    if dev and target != "native":
        allow += (DEV_CONSOLE,)
    return Policy(target=target, trusted_domains=tuple(config.trusted_domains),
                  platform_scripts=tuple(scripts), allow=allow)


def unknown_rules(config: Config) -> list[ScanAllowance]:
    """Allowances naming a rule the scan does not have (a typo would silently allow nothing)."""
    return [a for a in config.pyminis.scan_allow if a.rule != "*" and a.rule not in RULES]
