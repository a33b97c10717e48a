"""The asset stage: optimised images, texture atlases, app icons, fonts, a size report."""

from __future__ import annotations

from pyminis.assets.atlas import ATLAS_SUFFIX
from pyminis.assets.icons import ICON_SIZES, ICON_SOURCE
from pyminis.assets.pipeline import AssetResult, AssetRow, process_assets
from pyminis.assets.settings import AssetSettings, parse_asset_settings
from pyminis.project import Project
from pyminis.project.config import read_config_text


def asset_settings(project: Project) -> AssetSettings:
    loaded = project.loaded
    text = read_config_text(loaded.path) if loaded.path else ""
    name = loaded.path.name if loaded.path else "minigame.config.json"
    return parse_asset_settings(loaded.raw, name, text)


def project_assets(project: Project, icons: bool = True) -> AssetResult:
    """The project's assets/ through the asset stage, cached under its .pyminis/; with the
    app icons from icon.png unless `icons` is False (builds skip them: the game never loads them)."""
    return process_assets(project.assets_dir, project.work_dir / "cache" / "assets",
                          asset_settings(project), project.root / ICON_SOURCE if icons else None,
                          project.root)


__all__ = ["ATLAS_SUFFIX", "ICON_SIZES", "ICON_SOURCE", "AssetResult", "AssetRow",
           "AssetSettings", "asset_settings", "parse_asset_settings", "process_assets",
           "project_assets"]
