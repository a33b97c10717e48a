"""Packaging: pyproject.toml holds the metadata; this file only lists the packages.

runtime_js/ and cookiecutter/ live at the top of the repository and ship inside the wheel as
pyminis/_data/… (see [tool.setuptools.package-dir]). `[tool.setuptools.packages.find]` cannot
add packages mapped from other folders, so the list is made here: every pyminis package found
on disk, plus the two data packages; and the pytest plugin, a module of its own
(pytest_pyminis.py, entry point in pyproject.toml).
"""

from setuptools import find_namespace_packages, setup

setup(packages=find_namespace_packages(include=["pyminis*"], exclude=["pyminis._data*"])
      + ["pyminis._data.runtime_js", "pyminis._data.cookiecutter"],
      py_modules=["pytest_pyminis"])
