"""The H5 package of the platform documents: index.html with the SDK first in <head>.

`h5` is the mini-game flow of 000 (TTMinis.game.init, minigame.config.json); `minis` is the
TikTok Minis app flow of 001 (TTMinis.init, minis.config.json). Both are browser previews too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import jinja2

from pyminis.compile import toolchain
from pyminis.errors import ConfigError, Location
from pyminis.project import Project
from pyminis.targets import capabilities
from pyminis.targets.base import EmitInput, config_bytes
from pyminis.targets.manifest import MANIFEST_NAME, render_manifest
from pyminis.targets.preload import startup_images

GAME_SDK_URL = "https://connect.tiktok-minis.com/game/sdk.js"
DRAMA_SDK_URL = "https://connect.tiktok-minis.com/drama/sdk.js"

# Shown in dev builds without a client key, so nobody mistakes the build for a real one.
DEV_PLACEHOLDER_KEY = "PYMINIS-DEV-PLACEHOLDER-set-dev.clientKey"
_SUBPACKAGE = re.compile(r"[sS]ubpackage")

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("pyminis.targets", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
    keep_trailing_newline=True,
)


@dataclass(frozen=True)
class HtmlTarget:
    name: str
    sdk_url: str
    sdk_init: str  # the init call the document shows first thing after the SDK
    config_name: str  # the config file synced into the output

    def preludes(self, project: Project) -> tuple[str, ...]:
        # h5_subpackages.js: loadSubpackage for pages (the native runtime has its own), only
        # for a game that can call it: the engine asks only when the game names a subpackage.
        if uses_subpackages(project):
            return ("platform/h5.js", "platform/h5_subpackages.js")
        return ("platform/h5.js",)

    def check(self, project: Project, dev: bool) -> list[str]:
        if not dev and not project.config.client_key:
            config = project.loaded.path.name if project.loaded.path else self.config_name
            raise ConfigError(
                "a release build needs the app's client key, and dev.clientKey is not set",
                hint=f'add "dev": {{"clientKey": "<your client key>"}} to {config} '
                     "(TikTok Developer Portal → your app), or build with --dev",
                location=Location(config, 1),
            )
        return []

    def emit(self, given: EmitInput) -> dict[str, bytes]:
        config = given.project.config
        html_entry = config.build.html_entry
        depth = html_entry.count("/")
        up = "../" * depth  # index.html may live in a subfolder (build.htmlEntry)
        files: dict[str, bytes] = {"game.js": given.game.code}
        if given.dev:
            files["game.js"] += b"//# sourceMappingURL=game.js.map\n"
            files["game.js.map"] = given.game.source_map
        eruda = None
        if given.dev:
            files["eruda.js"] = toolchain.eruda_js().read_bytes()
            eruda = up + "eruda.js"
        html = _ENV.get_template("index.html.j2").render(
            lang="en",
            sdk_url=config.pyminis.sdk_url or self.sdk_url,
            sdk_init=self.sdk_init,
            client_key=config.client_key or DEV_PLACEHOLDER_KEY,
            title=config.dev.name or given.project.root.name,
            eruda=eruda,
            game=up + "game.js",
            # Fetched while game.js arrives and compiles, not after it ran (first frame).
            preloads=startup_images(
                capabilities.game_sources(given.project.root, [given.project.src_dir]),
                given.assets, html_entry),
        )
        files[html_entry] = html.encode()
        files[self.config_name] = config_bytes(given.project, self.config_name,
                                               "minigame.config.json", "minis.config.json")
        files.update(given.assets)
        if given.open_data is not None:
            # Imported here: pyminis.pipeline imports the targets (a cycle at module level).
            from pyminis.pipeline.open_data import open_data_config, open_data_files

            # 003: the open data domain's script, and project.config.json naming its folder.
            files.update(open_data_files(given.open_data, given.dev))
            files["project.config.json"] = open_data_config(config.client_key or DEV_PLACEHOLDER_KEY)
        files[MANIFEST_NAME] = render_manifest(files)
        return files

    def limits(self, files: dict[str, bytes], given: EmitInput) -> list[str]:
        return []


def uses_subpackages(project: Project) -> bool:
    """Subpackages configured, or the game's Python naming one (`game.load_subpackage`, the
    platform's `loadSubpackage`): a game that never does cannot reach the page's loader."""
    if project.config.pyminis.subpackages:
        return True
    return any(_SUBPACKAGE.search(text) for _, text in capabilities.project_sources(project))


H5_TARGET = HtmlTarget("h5", GAME_SDK_URL, "TTMinis.game.init", "minigame.config.json")
MINIS_TARGET = HtmlTarget("minis", DRAMA_SDK_URL, "TTMinis.init", "minis.config.json")
