"""003 names the open data folder in project.config.json as well as game.json: the native
package declares it in both when the project has an open data domain, in neither without."""

from __future__ import annotations

import json

from pyminis.compile.bundle import Bundle
from pyminis.project import load_project
from pyminis.targets import EmitInput, get_target
from tests.native.conftest import ProjectMaker


def test_project_config_names_the_open_data_folder_only_with_a_domain(
        native_project: ProjectMaker) -> None:
    project = load_project(native_project('print("tiny")\n'))
    game = Bundle(b"(()=>{})();\n", b"{}")
    open_data = Bundle(b"(()=>{/*open*/})();\n", b'{"sources":["open_data/main.py"]}')
    native = get_target("native")
    files = native.emit(EmitInput(project=project, game=game, dev=False, open_data=open_data))
    config = json.loads(files["project.config.json"])
    assert config == {"appid": "test-client-key", "app_id": "test-client-key", "compileType": "game",
                      "projectname": "Native test", "openDataContext": "openDataContext"}
    # The same folder game.json names, and the one the domain's script is in.
    assert json.loads(files["game.json"])["openDataContext"] == config["openDataContext"]
    assert config["openDataContext"] + "/index.js" in files

    without = native.emit(EmitInput(project=project, game=game, dev=False))
    assert "openDataContext" not in json.loads(without["project.config.json"])
