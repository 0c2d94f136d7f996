"""docs/cli.md names every option of every command (as ``footprint … --help`` lists them) and the exit statuses."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from footprint.cli import app

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def _commands(cmd, path: str = ""):
    if hasattr(cmd, "commands"):
        for name, sub in cmd.commands.items():
            yield from _commands(sub, f"{path} {name}".strip())
    else:
        yield path, cmd


def _is_option(param) -> bool:
    return getattr(param, "param_type_name", "") == "option"


def test_every_option_is_in_the_docs():
    doc = DOC.read_text(encoding="utf-8")
    root = typer.main.get_command(app)
    options = [(path, opt) for path, cmd in _commands(root) for p in cmd.params if _is_option(p)
               for opt in p.opts if opt.startswith("--") and opt != "--help"]
    options += [("", opt) for p in root.params if _is_option(p) for opt in p.opts if opt.startswith("--") and opt != "--help"]
    assert len(options) > 40  # the walk found the commands
    missing = sorted({f"{path} {opt}".strip() for path, opt in options
                      if not re.search(rf"(?<![\w-]){re.escape(opt)}(?![\w-])", doc)})
    assert not missing, f"options missing from docs/cli.md: {missing}"


def test_the_exit_statuses_and_the_failure_lines_are_in_the_docs():
    doc = DOC.read_text(encoding="utf-8")
    for needle in ("| 0 |", "| 1 |", "| 2 |", "`error: <input>: <reason>`", "`failed: <input>: <reason>`", "`FILE:LINE`"):
        assert needle in doc, needle
