"""The asset stage: lossless optimisation, quantisation, atlases, icons, the content-hash cache."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from pyminis.assets import (
    AssetResult,
    AssetSettings,
    parse_asset_settings,
    process_assets,
)
from pyminis.assets.atlas import place
from pyminis.assets.icons import ICON_SIZES
from pyminis.assets.report import size_table
from pyminis.errors import BuildError, ConfigError
from pyminis.pipeline import build
from tests.pack.images import gradient, noisy, pixels, png_bytes, write_png

Copy = Callable[[str], Path]


def run(tmp_path: Path, settings: AssetSettings | None = None, cache: str = "cache") -> AssetResult:
    return process_assets(tmp_path / "assets", tmp_path / cache, settings, tmp_path / "icon.png")


def test_png_is_smaller_and_pixel_identical(tmp_path: Path) -> None:
    image = noisy((64, 48), seed=1, alpha=True)
    original = write_png(tmp_path / "assets" / "ship.png", image)
    result = run(tmp_path)
    out = result.files["assets/ship.png"]
    assert len(out) < len(original)
    assert pixels(out) == pixels(original)


def test_opaque_alpha_channel_is_dropped_without_changing_pixels(tmp_path: Path) -> None:
    image = noisy((40, 40), seed=2).convert("RGBA")  # alpha 255 everywhere
    original = write_png(tmp_path / "assets" / "bg.png", image)
    out = run(tmp_path).files["assets/bg.png"]
    with Image.open(io.BytesIO(out)) as decoded:
        assert decoded.mode == "RGB"
    assert pixels(out) == pixels(original)


def test_an_already_small_png_never_grows(tmp_path: Path) -> None:
    data = png_bytes(Image.new("RGB", (8, 8), (10, 20, 30)), optimize=True)
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "dot.png").write_bytes(data)
    assert len(run(tmp_path).files["assets/dot.png"]) <= len(data)


def test_other_files_are_copied_byte_for_byte(tmp_path: Path) -> None:
    folder = tmp_path / "assets"
    (folder / "fonts").mkdir(parents=True)
    font = b"\x00\x01\x00\x00fake-truetype-bytes"
    (folder / "fonts" / "Game.ttf").write_bytes(font)
    (folder / "level1.json").write_text('{"enemies": 3}')
    (folder / ".DS_Store").write_bytes(b"junk")
    result = run(tmp_path)
    assert result.files == {"assets/fonts/Game.ttf": font, "assets/level1.json": b'{"enemies": 3}'}
    kinds = {row.path: row.kind for row in result.rows}
    assert kinds == {"assets/fonts/Game.ttf": "font", "assets/level1.json": "file"}


def test_quantisation_is_opt_in_by_pattern(tmp_path: Path) -> None:
    image = noisy((96, 96), seed=3, alpha=True)
    write_png(tmp_path / "assets" / "sprites" / "a.png", image)
    write_png(tmp_path / "assets" / "keep.png", image)
    result = run(tmp_path, AssetSettings(quantize=("sprites/*",), colors=16))
    quantised, lossless = result.files["assets/sprites/a.png"], result.files["assets/keep.png"]
    with Image.open(io.BytesIO(quantised)) as decoded:
        assert decoded.mode == "P"
        assert len(decoded.convert("RGBA").getcolors(4096) or []) <= 16
    assert len(quantised) < len(lossless)
    assert pixels(lossless) == image.tobytes()


def test_atlas_frames_hold_the_source_pixels_at_the_mapped_rectangles(tmp_path: Path) -> None:
    sizes = {"run/0": (30, 20), "run/1": (30, 20), "jump": (17, 41), "idle": (64, 8)}
    sources = {}
    for index, (name, size) in enumerate(sizes.items()):
        image = noisy(size, seed=10 + index, alpha=True)
        write_png(tmp_path / "assets" / "hero.atlas" / f"{name}.png", image)
        sources[name] = image
    result = run(tmp_path)
    assert set(result.files) == {"assets/hero.png", "assets/hero.json"}
    frame_map = json.loads(result.files["assets/hero.json"])
    assert frame_map["meta"]["image"] == "hero.png"
    assert set(frame_map["frames"]) == set(sizes)
    with Image.open(io.BytesIO(result.files["assets/hero.png"])) as sheet:
        sheet = sheet.convert("RGBA")
        assert [sheet.width, sheet.height] == [frame_map["meta"]["size"]["w"],
                                                frame_map["meta"]["size"]["h"]]
        for name, image in sources.items():
            rect = frame_map["frames"][name]["frame"]
            assert (rect["w"], rect["h"]) == image.size
            crop = sheet.crop((rect["x"], rect["y"], rect["x"] + rect["w"], rect["y"] + rect["h"]))
            assert crop.tobytes() == image.tobytes(), name


def test_atlas_placement_never_overlaps_and_keeps_padding() -> None:
    sizes = {f"f{i}": (5 + (i * 7) % 23, 3 + (i * 11) % 19) for i in range(40)}
    width, height, frames = place(sizes, padding=2)
    for frame in frames:
        assert frame.x + frame.w <= width and frame.y + frame.h <= height
    for a in frames:
        for b in frames:
            if a.name < b.name:
                apart = (a.x + a.w + 2 <= b.x or b.x + b.w + 2 <= a.x
                         or a.y + a.h + 2 <= b.y or b.y + b.h + 2 <= a.y)
                assert apart, (a, b)


def test_atlas_and_file_with_the_same_output_name_are_refused(tmp_path: Path) -> None:
    write_png(tmp_path / "assets" / "hero.png", noisy((4, 4), seed=1))
    write_png(tmp_path / "assets" / "hero.atlas" / "a.png", noisy((4, 4), seed=2))
    with pytest.raises(BuildError) as caught:
        run(tmp_path)
    assert "assets/hero.png" in str(caught.value) and "rename" in str(caught.value)


def test_non_image_in_a_sprite_folder_is_refused(tmp_path: Path) -> None:
    write_png(tmp_path / "assets" / "hero.atlas" / "a.png", noisy((4, 4), seed=2))
    (tmp_path / "assets" / "hero.atlas" / "notes.txt").write_text("x")
    with pytest.raises(BuildError, match=r"assets/hero.atlas/notes.txt is not an image"):
        run(tmp_path)


def test_unchanged_assets_come_from_the_cache(tmp_path: Path) -> None:
    write_png(tmp_path / "assets" / "a.png", noisy((32, 32), seed=4))
    write_png(tmp_path / "assets" / "hero.atlas" / "0.png", noisy((16, 16), seed=5, alpha=True))
    first = run(tmp_path)
    assert not any(row.cached for row in first.rows)
    second = run(tmp_path)
    assert all(row.cached for row in second.rows if row.kind != "file")
    assert second.files == first.files
    # Prove the second run read the cache rather than re-encoding: a doctored entry shows up.
    for entry in (tmp_path / "cache").rglob("*.png"):
        entry.write_bytes(b"doctored")
    assert set(run(tmp_path).files.values()) == {b"doctored", first.files["assets/hero.json"]}


def test_a_changed_asset_misses_the_cache(tmp_path: Path) -> None:
    write_png(tmp_path / "assets" / "a.png", noisy((32, 32), seed=4))
    run(tmp_path)
    write_png(tmp_path / "assets" / "a.png", noisy((32, 32), seed=6))
    again = run(tmp_path)
    assert [row.cached for row in again.rows] == [False]
    assert pixels(again.files["assets/a.png"]) == noisy((32, 32), seed=6).convert("RGBA").tobytes()


def test_quantise_setting_is_part_of_the_cache_key(tmp_path: Path) -> None:
    write_png(tmp_path / "assets" / "a.png", noisy((48, 48), seed=7))
    lossless = run(tmp_path).files["assets/a.png"]
    quantised = run(tmp_path, AssetSettings(quantize=("*",), colors=8)).files["assets/a.png"]
    assert quantised != lossless


def test_outputs_are_identical_across_fresh_caches(tmp_path: Path) -> None:
    write_png(tmp_path / "assets" / "a.png", noisy((32, 32), seed=4, alpha=True))
    for i in range(3):
        write_png(tmp_path / "assets" / "b.atlas" / f"{i}.png", noisy((9 + i, 7), seed=i))
    assert run(tmp_path, cache="one").files == run(tmp_path, cache="two").files


def test_app_icons_in_every_size_from_one_source(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    write_png(tmp_path / "icon.png", gradient((600, 600)))
    result = run(tmp_path)
    assert sorted(result.icons) == sorted(f"icon-{size}.png" for size in ICON_SIZES)
    for name, data in result.icons.items():
        with Image.open(io.BytesIO(data)) as icon:
            size = int(name.removeprefix("icon-").removesuffix(".png"))
            assert icon.size == (size, size)
    assert result.files == {}  # icons are for the portal, not the package


@pytest.mark.parametrize("size, reason", [((600, 500), "must be square"),
                                          ((256, 256), "smaller than the largest size")])
def test_unusable_icon_source_is_refused_with_the_fix(tmp_path: Path, size: tuple[int, int],
                                                       reason: str) -> None:
    write_png(tmp_path / "icon.png", gradient(size))
    with pytest.raises(BuildError) as caught:
        run(tmp_path)
    assert reason in str(caught.value) and "fix:" in str(caught.value)


def test_asset_settings_are_validated_with_the_line() -> None:
    text = '{\n  "pyminis": {\n    "assets": {\n      "quantize": "yes"\n    }\n  }\n}\n'
    with pytest.raises(ConfigError) as caught:
        parse_asset_settings(json.loads(text), "minigame.config.json", text)
    assert caught.value.location is not None and caught.value.location.line == 4
    assert "pyminis.assets.quantize" in str(caught.value)
    ok = parse_asset_settings({"pyminis": {"assets": {"quantize": True, "colors": 64}}})
    assert ok == AssetSettings(("*",), 64) and ok.quantizes("any/thing.png")


def test_size_report_lists_every_asset_against_the_budget(tmp_path: Path) -> None:
    write_png(tmp_path / "assets" / "a.png", noisy((32, 32), seed=4))
    (tmp_path / "assets" / "b.bin").write_bytes(b"x" * 40_000)
    result = run(tmp_path)
    table = size_table(result.rows)
    cells = [list(column.cells) for column in table.columns]
    assert cells[0][:2] == ["assets/a.png", "assets/b.bin"]
    assert cells[5][1] == "1.0%"  # 40 000 bytes of the 4 000 000-byte main package


def test_build_ships_the_optimised_assets(example_copy: Copy) -> None:
    root = example_copy("hello")
    original = write_png(root / "assets" / "bg.png", noisy((50, 50), seed=11))
    write_png(root / "assets" / "coin.atlas" / "0.png", noisy((12, 12), seed=12, alpha=True))
    result = build(root, "h5", dev=True)
    assert len(result.files["assets/bg.png"]) < len(original)
    assert (root / "dist" / "assets" / "coin.json").is_file()
    manifest = (root / "dist" / "minigame.manifest.json").read_text()
    assert "coin.png" in manifest and "coin.atlas" not in manifest
