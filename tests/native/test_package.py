"""`pyminis build --target native`: the package TikTok's native runtime loads."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest
import tree_sitter_javascript
from tree_sitter import Language, Parser

from pyminis.compile.bundle import Bundle
from pyminis.errors import BuildError, ConfigError
from pyminis.output.atomic import FIXED_MTIME
from pyminis.pipeline import build
from pyminis.pipeline.build import build_files
from pyminis.project import load_project
from pyminis.targets import EmitInput, get_target
from tests.native.conftest import ProjectMaker

JS = Parser(Language(tree_sitter_javascript.language()))
TINY = "print(\"tiny\")\n"


def top_level_kinds(code: bytes) -> set[str]:
    tree = JS.parse(code)
    assert not tree.root_node.has_error, "game.js does not parse as JavaScript"
    return {node.type for node in tree.root_node.children}


def test_hello_builds_the_three_files_with_config_values(example_copy: Callable[[str], Path]) -> None:
    result = build(example_copy("hello"), "native")
    assert result.output_dir.name == "dist-native"
    assert sorted(p.name for p in result.output_dir.iterdir()) == [
        "game.js", "game.json", "project.config.json"]
    assert json.loads((result.output_dir / "game.json").read_text()) == {"deviceOrientation": "portrait"}
    project_config = json.loads((result.output_dir / "project.config.json").read_text())
    assert project_config["appid"] == "hello-example-client-key"
    assert project_config["app_id"] == "hello-example-client-key"  # 003/004's spelling
    assert project_config["compileType"] == "game"
    # One classic script: no module syntax anywhere at the top level, one IIFE statement.
    kinds = top_level_kinds((result.output_dir / "game.js").read_bytes())
    assert "import_statement" not in kinds and "export_statement" not in kinds
    assert b"sourceMappingURL" not in (result.output_dir / "game.js").read_bytes()


def test_orientation_and_name_come_from_the_config(native_project: ProjectMaker) -> None:
    root = native_project(TINY, config={"orientation": "landscape", "dev": {"clientKey": "k-1"}})
    files, _ = build_files(load_project(root), "native", dev=False)
    assert json.loads(files["game.json"]) == {"deviceOrientation": "landscape"}
    assert json.loads(files["project.config.json"]) == {
        "appid": "k-1", "app_id": "k-1", "compileType": "game", "projectname": "game"}


def test_dev_builds_ship_the_source_map_to_python_lines(native_project: ProjectMaker) -> None:
    files, _ = build_files(load_project(native_project(TINY)), "native", dev=True)
    assert files["game.js"].endswith(b"//# sourceMappingURL=game.js.map\n")
    assert "src/main.py" in json.loads(files["game.js.map"])["sources"]


def test_a_release_build_needs_the_client_key(native_project: ProjectMaker) -> None:
    root = native_project(TINY, config={"dev": {"name": "no key"}})
    with pytest.raises(ConfigError) as caught:
        build(root, "native")
    assert str(caught.value.location).startswith("minigame.config.json:")
    assert "clientKey" in caught.value.hint
    dev = build(root, "native", dev=True)
    assert json.loads(dev.files["project.config.json"])["appid"].startswith("PYMINIS-DEV-PLACEHOLDER")


def test_capability_warnings_reach_the_build(native_project: ProjectMaker) -> None:
    root = native_project("def go() -> None:\n    TTMinis.game.login({})\n")
    _, warnings = build_files(load_project(root), "native", dev=True)
    found = [w for w in warnings if "TikTok's pre-check requires" in w]
    assert len(found) == 3 and not any("silent login" in w for w in found)


def test_an_oversized_main_package_fails_a_release_build_listing_the_biggest_files(
        native_project: ProjectMaker) -> None:
    noise = random.Random(7)
    root = native_project(TINY, files={
        "assets/music.bin": noise.randbytes(3_000_000),
        "assets/level.bin": noise.randbytes(1_200_000),
        "assets/small.bin": noise.randbytes(1_000),
    })
    out = root / "dist-native"
    out.mkdir()
    (out / "previous.txt").write_text("the last good build")
    # Stamped as every file of a pyminis output is: pyminis may replace this folder.
    os.utime(out / "previous.txt", (FIXED_MTIME, FIXED_MTIME))
    with pytest.raises(BuildError) as caught:
        build(root, "native")
    text = str(caught.value)
    assert "main package is 4.2" in text and "over the native runtime's 4.00 MB limit" in text
    assert "assets/music.bin (3.00 MB), assets/level.bin (1.20 MB)" in text
    assert sorted(p.name for p in out.iterdir()) == ["previous.txt"], "a failed build wrote output"
    warned = build(root, "native", dev=True)
    assert any(w.startswith("the main package is 4.") and "assets/music.bin (3.00 MB)" in w
               for w in warned.warnings)


SUBPACKAGE = {
    "pyminis": {"subpackages": [{"name": "level2", "root": "subpackages/level2"}]},
}


def test_subpackages_get_their_own_game_js_and_files(native_project: ProjectMaker) -> None:
    root = native_project(TINY, config=SUBPACKAGE, files={
        "subpackages/level2/main.py": "print('level two')\n",
        "subpackages/level2/map.json": '{"tiles": [1, 2]}\n',
        "subpackages/level2/helpers.py": "X = 2\n",
    })
    files, _ = build_files(load_project(root), "native", dev=False)
    assert json.loads(files["game.json"])["subpackages"] == [
        {"name": "level2", "root": "subpackages/level2"}]
    assert files["subpackages/level2/map.json"] == b'{"tiles": [1, 2]}\n'
    assert "subpackages/level2/helpers.py" not in files
    code = files["subpackages/level2/game.js"]
    assert b"level two" in code
    assert "import_statement" not in top_level_kinds(code)


def test_an_assets_only_subpackage_still_has_a_game_js(native_project: ProjectMaker) -> None:
    root = native_project(TINY, config=SUBPACKAGE, files={"subpackages/level2/a.txt": "a"})
    files, _ = build_files(load_project(root), "native", dev=False)
    assert files["subpackages/level2/game.js"].startswith(b"// pyminis subpackage 'level2'")


def test_a_subpackage_over_4_mb_fails_naming_it(native_project: ProjectMaker) -> None:
    root = native_project(TINY, config=SUBPACKAGE, files={
        "subpackages/level2/big.bin": random.Random(3).randbytes(4_100_000)})
    with pytest.raises(BuildError, match=r"subpackage 'level2' is 4\.10 MB.*subpackages/level2/big\.bin"):
        build(root, "native")


@pytest.mark.parametrize(("subs", "files", "message"), [
    ([{"name": "a", "root": "missing"}], {}, "root folder missing/ does not exist"),
    ([{"name": "a", "root": "x"}, {"name": "a", "root": "y"}], {"x/f": "1", "y/f": "1"}, "used twice"),
    ([{"name": "a", "root": "src/levels"}], {"src/levels/f": "1"}, "overlaps the main game"),
    ([{"name": "a", "root": "assets/more"}], {"assets/more/f": "1"}, "collides with the main"),
    ([{"name": "a", "root": "x"}, {"name": "b", "root": "x/y"}], {"x/y/f": "1"}, "are nested"),
])
def test_bad_subpackages_are_refused_at_the_config_line(
        native_project: ProjectMaker, subs: list[dict[str, str]], files: dict[str, str],
        message: str) -> None:
    root = native_project(TINY, config={"pyminis": {"subpackages": subs}}, files=files)
    with pytest.raises(ConfigError, match=message) as caught:
        build(root, "native", dev=True)
    location = caught.value.location
    assert location is not None and location.path == "minigame.config.json"
    text = (root / "minigame.config.json").read_text().splitlines()
    assert location.line is not None and "subpackages" in text[location.line - 1]


def test_a_hand_written_game_js_in_a_subpackage_is_refused(native_project: ProjectMaker) -> None:
    root = native_project(TINY, config=SUBPACKAGE, files={"subpackages/level2/game.js": "x"})
    with pytest.raises(ConfigError, match="would be overwritten"):
        build(root, "native", dev=True)


def test_the_open_data_context_is_emitted_and_declared(native_project: ProjectMaker) -> None:
    project = load_project(native_project(TINY))
    game = Bundle(b"(()=>{})();\n", b"{}")
    open_data = Bundle(b"(()=>{/*open*/})();\n", b'{"sources":["open_data/main.py"]}')
    files = get_target("native").emit(EmitInput(project=project, game=game, dev=True,
                                                open_data=open_data))
    assert json.loads(files["game.json"])["openDataContext"] == "openDataContext"
    assert files["openDataContext/index.js"].startswith(open_data.code)
    assert files["openDataContext/index.js.map"] == open_data.source_map
    without = get_target("native").emit(EmitInput(project=project, game=game, dev=False))
    assert "openDataContext" not in json.loads(without["game.json"])
