"""The game project: its folder layout and its validated config."""

from pyminis.project.config import Config, LoadedConfig, load_config, parse_config
from pyminis.project.layout import Project, load_project

__all__ = ["Config", "LoadedConfig", "Project", "load_config", "load_project", "parse_config"]
