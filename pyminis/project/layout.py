"""A game project on disk: config + src/main.py (+ assets/, open_data/)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyminis.errors import UsageError
from pyminis.project.config import Config, LoadedConfig, load_config


@dataclass(frozen=True)
class Project:
    root: Path
    loaded: LoadedConfig

    @property
    def config(self) -> Config:
        return self.loaded.config

    @property
    def entry(self) -> Path:
        return self.root / self.config.pyminis.entry

    @property
    def src_dir(self) -> Path:
        return self.entry.parent

    @property
    def entry_module(self) -> str:
        return self.entry.stem

    @property
    def assets_dir(self) -> Path:
        return self.root / "assets"

    @property
    def open_data_dir(self) -> Path:
        return self.root / self.config.pyminis.open_data

    @property
    def work_dir(self) -> Path:
        """pyminis' own scratch space inside the project (staging, caches); git-ignored."""
        return self.root / ".pyminis"

    def output_dir(self, target: str) -> Path:
        """The build folder of `target`, checked (pyminis/project/outputs.py): ConfigError when
        it would replace anything the author wrote."""
        from pyminis.project.outputs import output_dir  # it needs this class

        return output_dir(self, target)


def load_project(path: Path | str = ".") -> Project:
    """The project at `path`, its config validated; UsageError when it is not a game project."""
    root = Path(path).resolve()
    if root.is_file():
        raise UsageError(f"{path} is a file; pyminis wants the project folder",
                         hint="pass the folder that holds minigame.config.json and src/")
    if not root.is_dir():
        raise UsageError(f"{path} does not exist", hint="pass the path of a game project folder")
    project = Project(root, load_config(root))
    if not project.entry.is_file():
        raise UsageError(
            f"{project.config.pyminis.entry} not found in {root.name}/",
            hint="a game project has src/main.py; create one with `pyminis new NAME`",
        )
    return project
