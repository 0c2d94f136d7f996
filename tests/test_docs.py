"""The docs name every command and setting, and the README opens as promised."""

from __future__ import annotations

from pathlib import Path

import typer.main

from footprint.cli import app
from footprint.config import Settings

ROOT = Path(__file__).resolve().parents[1]


def command_paths(group, prefix=""):
    click_group = typer.main.get_command(group) if not hasattr(group, "commands") else group
    for name, cmd in click_group.commands.items():
        path = f"{prefix}{name}"
        if hasattr(cmd, "commands"):
            yield from command_paths(cmd, f"{path} ")
        else:
            yield path


def test_every_command_is_documented():
    docs = (ROOT / "docs" / "cli.md").read_text()
    missing = [p for p in command_paths(app) if f"footprint {p}" not in docs]
    assert not missing, f"commands missing from docs/cli.md: {missing}"


def test_every_setting_is_documented():
    docs = (ROOT / "docs" / "cli.md").read_text()
    for name in Settings.model_fields:
        assert f"FOOTPRINT_{name.upper()}" in docs or f"`{name}`" in docs, name


def test_readme_opens_with_one_sentence_then_the_two_commands():
    lines = [l for l in (ROOT / "README.md").read_text().splitlines() if l.strip()]
    assert lines[0].startswith("# ")
    assert lines[1].count(". ") == 0 and lines[1].endswith(".")
    block = "\n".join(lines[2:6])
    assert "make demo" in block and "make test" in block


def test_ci_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
