"""The asset stage: the project's assets/ folder → the package's asset files and a size report.

- `*.png` — optimised (lossless unless `pyminis.assets.quantize` names it);
- `NAME.atlas/` folders — packed into `NAME.png` + `NAME.json` (see atlas.py);
- fonts, JPEG, audio and any other file — copied byte for byte;
- `icon.png` at the project root — app icons for the Developer Portal (kept out of the package).

Each output is cached by content hash in `.pyminis/cache/assets/`, so a rebuild with unchanged
assets decodes and encodes nothing.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from pyminis.assets.atlas import ATLAS_SUFFIX, build_atlas, frame_map
from pyminis.assets.cache import AssetCache, content_key
from pyminis.assets.icons import ICON_SIZES, ICON_SOURCE, make_icons
from pyminis.assets.images import open_image, optimize_png
from pyminis.assets.settings import AssetSettings
from pyminis.errors import BuildError, Location
from pyminis.project.files import Outside, is_inside, project_files

ASSETS_PREFIX = "assets/"
FONT_SUFFIXES = (".ttf", ".otf", ".woff", ".woff2")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp")


@dataclass(frozen=True)
class AssetRow:
    """One file of the package made by the asset stage, for the size report."""

    path: str  # in the package, e.g. "assets/hero.png"
    source: str  # what the author wrote, e.g. "assets/hero.atlas/ (8 frames)"
    kind: str  # "image", "atlas", "frame map", "font" or "file"
    original: int  # bytes before processing
    size: int  # bytes in the package
    cached: bool  # taken from the cache (nothing decoded or encoded)


@dataclass
class AssetResult:
    files: dict[str, bytes] = field(default_factory=dict)  # package path → bytes
    rows: list[AssetRow] = field(default_factory=list)
    icons: dict[str, bytes] = field(default_factory=dict)  # "icon-512.png" → bytes
    outside: list[Outside] = field(default_factory=list)  # links out of the project: not read

    @property
    def total(self) -> int:
        return sum(len(data) for data in self.files.values())


def _kind(rel: str) -> str:
    suffix = PurePosixPath(rel).suffix.lower()
    if suffix in FONT_SUFFIXES:
        return "font"
    return "image" if suffix in IMAGE_SUFFIXES else "file"


def _atlas_root(rel: PurePosixPath) -> PurePosixPath | None:
    """The outermost `*.atlas` folder that holds `rel`, if any."""
    for depth, part in enumerate(rel.parts[:-1]):
        if part.endswith(ATLAS_SUFFIX):
            return PurePosixPath(*rel.parts[: depth + 1])
    return None


def _visible_files(folder: Path, root: Path) -> tuple[list[PurePosixPath], list[Outside]]:
    """Files under `folder`, sorted, without hidden files or folders (.DS_Store, .git…); and
    the links among them that lead out of the project `root` (never read)."""
    walk = project_files(folder, root)
    return [PurePosixPath(p.relative_to(folder).as_posix()) for p in walk.files], walk.outside


class _Stage:
    def __init__(self, assets_dir: Path, cache: AssetCache, settings: AssetSettings) -> None:
        self.assets_dir = assets_dir
        self.cache = cache
        self.settings = settings
        self.result = AssetResult()
        self.sources: dict[str, str] = {}  # package path → the source that made it

    def add(self, path: str, data: bytes, source: str, kind: str, original: int,
            cached: bool) -> None:
        if path in self.result.files:
            raise BuildError(
                f"{source} and {self.sources[path]} both become {path}",
                hint="rename one of them (an X.atlas/ folder becomes X.png and X.json)",
                location=Location(source))
        self.sources[path] = source
        self.result.files[path] = data
        self.result.rows.append(AssetRow(path, source, kind, original, len(data), cached))

    def single(self, rel: PurePosixPath) -> None:
        data = (self.assets_dir / rel).read_bytes()
        shown = ASSETS_PREFIX + rel.as_posix()
        kind = _kind(rel.as_posix())
        # Empty files pass through untouched: `pyminis pack` refuses them with the reason.
        if rel.suffix.lower() != ".png" or not data:
            if kind == "image" and data:
                self.check_image(data, shown)
            self.add(shown, data, shown, kind, len(data), cached=False)
            return
        mode = self.settings.key(rel.as_posix())
        key = content_key("png", mode, data)
        out = self.cache.get(key, ".png")
        cached = out is not None
        if out is None:
            colors = self.settings.colors if self.settings.quantizes(rel.as_posix()) else None
            out = optimize_png(data, shown, colors)
            self.cache.put(key, out, ".png")
        self.add(shown, out, shown, kind, len(data), cached)

    def check_image(self, data: bytes, shown: str) -> None:
        """A JPEG, GIF or WebP ships as it is, but a broken one is refused like a broken PNG
        (decoded once: the verdict is cached by content)."""
        key = content_key("checked-image", "", data)
        if self.cache.get(key, ".ok") is None:
            open_image(data, shown)
            self.cache.put(key, b"ok", ".ok")

    def atlas(self, root: PurePosixPath, frames: list[PurePosixPath]) -> None:
        shown = f"{ASSETS_PREFIX}{root.as_posix()}/"
        named: dict[str, bytes] = {}
        for rel in frames:
            inside = rel.relative_to(root)
            if inside.suffix.lower() not in IMAGE_SUFFIXES:
                raise BuildError(f"{ASSETS_PREFIX}{rel} is not an image, but it is inside a sprite "
                                 "folder", hint=f"move it out of {shown}",
                                 location=Location(f"{ASSETS_PREFIX}{rel}"))
            named[inside.with_suffix("").as_posix()] = (self.assets_dir / rel).read_bytes()
        stem = root.with_suffix("")
        png_rel, json_rel = f"{stem}.png", f"{stem}.json"
        parts = [part for name in sorted(named) for part in (name.encode(), named[name])]
        # "extruded": sheets cached before frames had extruded edges are not reused.
        key = content_key("atlas-extruded", self.settings.key(png_rel), *parts)
        png, frame_json = self.cache.get(key, ".png"), self.cache.get(key, ".json")
        cached = png is not None and frame_json is not None
        if png is None or frame_json is None:
            images = {name: open_image(data, f"{shown}{name}") for name, data in named.items()}
            sheet = build_atlas(images, shown.rstrip("/"))
            raw = io.BytesIO()
            sheet.image.save(raw, format="PNG")
            colors = self.settings.colors if self.settings.quantizes(png_rel) else None
            png = optimize_png(raw.getvalue(), shown, colors)
            frame_json = frame_map(sheet, PurePosixPath(png_rel).name)
            self.cache.put(key, png, ".png")
            self.cache.put(key, frame_json, ".json")
        original = sum(len(data) for data in named.values())
        source = f"{shown} ({len(named)} frames)"
        self.add(ASSETS_PREFIX + png_rel, png, source, "atlas", original, cached)
        self.add(ASSETS_PREFIX + json_rel, frame_json, source, "frame map", 0, cached)


def process_assets(assets_dir: Path, cache_dir: Path, settings: AssetSettings | None = None,
                   icon_source: Path | None = None, root: Path | None = None) -> AssetResult:
    """Every asset of the package (`assets/…` → bytes), the size report and the app icons.
    Files that are links out of `root` (the project; default: assets_dir's parent) are listed
    in `outside`, never read."""
    stage = _Stage(assets_dir, AssetCache(cache_dir), settings or AssetSettings())
    atlases: dict[PurePosixPath, list[PurePosixPath]] = {}
    visible, stage.result.outside = _visible_files(assets_dir, root or assets_dir.parent)
    if icon_source is not None and not is_inside(root or assets_dir.parent, icon_source):
        stage.result.outside.append(Outside(icon_source, icon_source.resolve()))
        icon_source = None
    for rel in visible:
        root = _atlas_root(rel)
        if root is None:
            stage.single(rel)
        else:
            atlases.setdefault(root, []).append(rel)
    for root, frames in sorted(atlases.items()):
        stage.atlas(root, frames)
    if icon_source is not None and icon_source.is_file():
        stage.result.icons = _icons(icon_source.read_bytes(), stage.cache)
    stage.result.rows.sort(key=lambda row: row.path)
    return stage.result


def _icons(data: bytes, cache: AssetCache) -> dict[str, bytes]:
    key = content_key("icons", "", data)
    names = [f"icon-{size}.png" for size in ICON_SIZES]
    stored = {name: cache.get(key, "-" + name) for name in names}
    if all(value is not None for value in stored.values()):
        return {name: value for name, value in stored.items() if value is not None}
    icons = make_icons(data, ICON_SOURCE)
    for name, value in icons.items():
        cache.put(key, value, "-" + name)
    return icons
