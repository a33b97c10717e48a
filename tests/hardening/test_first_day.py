"""First-day messages: placeholder client keys from the README are flagged like the template's,
help shows no type noise, `setup` is in the README, the tutorial installs from the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from pyminis.pack.checks import is_placeholder_key, placeholder_key
from tests.hardening.project import run_cli

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("key", ["replace-with-your-client-key", "YOUR-CLIENT-KEY",
                                 "<your client key>", "your_client_key", "CHANGEME", "xxx"])
def test_placeholder_keys_are_flagged(key: str) -> None:
    assert is_placeholder_key(key)
    assert placeholder_key(key, "minigame.config.json")


@pytest.mark.parametrize("key", ["aw1b2c3d4e5f6g7h8", "sbx-ab12cd34", "hello-example-client-key", None])
def test_real_looking_keys_are_not(key: str | None) -> None:
    assert not is_placeholder_key(key)


def test_help_has_no_type_noise_for_flags() -> None:
    done = run_cli("build", "--help")
    assert done.returncode == 0 and "<bool>" not in done.stdout and "--dev" in done.stdout


def test_the_readme_names_setup_and_the_tutorial_installs_from_the_checkout() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "pyminis setup" in readme
    tutorial = (REPO / "docs" / "tutorial.md").read_text(encoding="utf-8")
    assert "pip install pyminis" not in tutorial and "pip install ." in tutorial
