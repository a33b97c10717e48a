"""The build pipeline: load → guard → compile → bundle → assets → emit → scan → write."""

from pyminis.pipeline.build import BuildResult, build, build_files

__all__ = ["BuildResult", "build", "build_files"]
