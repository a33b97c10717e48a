"""`pyminis new NAME [--template T]`: a new game project from a cookiecutter template.

The templates live in cookiecutter/ (pyminis.paths.templates_dir()); each renders a project
that builds for both targets and whose own tests pass as generated.
"""

from __future__ import annotations

import re
from pathlib import Path

import typer

from pyminis.cli._app import app, reports_errors
from pyminis.errors import UsageError
from pyminis.paths import templates_dir

DEFAULT_TEMPLATE = "minimal"
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_-]{0,63}$")


def template_names() -> list[str]:
    """The templates shipped with pyminis: folders of cookiecutter/ holding cookiecutter.json."""
    root = templates_dir()
    return sorted(p.name for p in root.iterdir() if (p / "cookiecutter.json").is_file()) \
        if root.is_dir() else []


def new_project(name: str, template: str = DEFAULT_TEMPLATE, output_dir: Path | str = ".",
                client_key: str | None = None) -> Path:
    """Render `template` as the folder `output_dir/name`; return that folder."""
    # Imported here: cookiecutter is slow to import and only this command needs it.
    from cookiecutter.exceptions import (  # type: ignore[import-untyped]
        CookiecutterException,
        OutputDirExistsException,
    )
    from cookiecutter.main import cookiecutter  # type: ignore[import-untyped]

    if not _NAME.match(name):
        raise UsageError(f"{name!r} cannot name a project",
                         hint="start with a letter; use letters, digits, - and _ (at most 64)")
    names = template_names()
    if template not in names:
        raise UsageError(f"there is no template {template!r}",
                         hint=f"use one of: {', '.join(names) or '(none installed: reinstall pyminis)'}")
    out = Path(output_dir).resolve()
    if (out / name).exists():
        raise UsageError(f"{out / name} already exists",
                         hint="choose another NAME, or remove the folder first")
    context = {"project_slug": name}
    if client_key:
        context["client_key"] = client_key
    try:
        made = cookiecutter(str(templates_dir() / template), no_input=True, extra_context=context,
                            output_dir=str(out), default_config=True, accept_hooks=False)
    except OutputDirExistsException:
        raise UsageError(f"{out / name} already exists", hint="choose another NAME") from None
    except CookiecutterException as error:
        raise UsageError(f"the {template} template failed to render: {error}",
                         hint="this is a pyminis bug; please report it") from None
    return Path(made)


@app.command("new")
@reports_errors
def new_command(
    name: str = typer.Argument(..., help="The new project's folder name."),
    template: str = typer.Option(DEFAULT_TEMPLATE, "--template", "-T",
                                 help="minimal, leaderboard or monetized."),
    output_dir: Path = typer.Option(Path("."), "--output-dir", "-o",
                                    help="Where to create the project folder."),
    client_key: str | None = typer.Option(None, "--client-key",
                                          help="Your app's client key (Developer Portal)."),
) -> None:
    """Create a game project from a template (its tests pass and it packs as generated)."""
    made = new_project(name, template, output_dir, client_key)
    typer.echo(f"created {made} from the {template} template\n"
               f"next: cd {made.name}, then python -m pytest (its tests), pyminis dev (play it in "
               "the simulator), pyminis pack --target native (the ZIP to upload)")
