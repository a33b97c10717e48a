"""Native size limits: main and each subpackage <= 4 MB, total <= 30 MB (10^6-byte MB)."""

from __future__ import annotations

import pytest

from pyminis.errors import BuildError
from pyminis.targets import sizes


def package(**sizes_by_path: int) -> dict[str, bytes]:
    return {path.replace("__", "/"): bytes(size) for path, size in sizes_by_path.items()}


def test_files_fall_in_the_part_whose_root_holds_them() -> None:
    files = package(game__js=10, assets__a__png=20, levels__two__game__js=30, levels__twofold__x=40)
    parts = sizes.split_parts(files, {"two": "levels/two"})
    assert [p.label for p in parts] == ["main package", "subpackage 'two'", "whole package"]
    assert parts[0].files == {"game/js": 10, "assets/a/png": 20, "levels/twofold/x": 40}
    assert parts[1].files == {"levels/two/game/js": 30}
    assert parts[2].size == 100


def test_the_limit_itself_passes_and_one_byte_more_does_not() -> None:
    at_limit = {"game.js": bytes(sizes.MAIN_LIMIT)}
    assert sizes.check_sizes(at_limit, {}, dev=False) == []
    over = {"game.js": bytes(sizes.MAIN_LIMIT - 10), "assets/big.bin": bytes(11)}
    with pytest.raises(BuildError) as caught:
        sizes.check_sizes(over, {}, dev=False)
    text = str(caught.value)
    assert "main package is 4.00 MB, over the native runtime's 4.00 MB limit" in text
    assert text.index("game.js (4.00 MB)") < text.index("assets/big.bin (0.00 MB)")
    assert "minigame.config.json" in text and "fix: move big assets into a subpackage" in text


def test_dev_builds_only_warn_and_list_every_part_over() -> None:
    files = {"game.js": bytes(100), "sub/a.bin": bytes(sizes.SUBPACKAGE_LIMIT + 1)}
    lines = sizes.check_sizes(files, {"sub": "sub"}, dev=True)
    assert len(lines) == 1 and lines[0].startswith("the subpackage 'sub' is 4.00 MB")


def test_the_total_counts_subpackages_too() -> None:
    roots = {f"s{i}": f"s{i}" for i in range(8)}
    files = {f"s{i}/data.bin": bytes(sizes.SUBPACKAGE_LIMIT) for i in range(8)}
    lines = sizes.over_limit(sizes.split_parts(files, roots))
    assert lines == [line for line in lines if line.startswith("the whole package is 32.00 MB")]
    assert len(lines) == 1


def test_only_the_five_biggest_files_are_listed_biggest_first() -> None:
    files = {f"assets/{i}.bin": bytes(1_000_000 + i) for i in range(7)}
    [line] = sizes.over_limit(sizes.split_parts(files, {}))[:1]
    listed = line.split("biggest files: ")[1].split(", ")
    assert [item.split(" ")[0] for item in listed] == [f"assets/{i}.bin" for i in (6, 5, 4, 3, 2)]
