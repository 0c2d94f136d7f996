"""What README.md and docs/ tell a user to type exists: every command line they show names a real command and
options that command takes, and every table of a new store is described in docs/store.md."""

from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.store import open_store

ROOT = Path(__file__).parents[1]
GROUPS = {"eval", "gazetteer"}
runner = CliRunner()


def command_lines() -> list[tuple[str, str]]:
    """(where, line) for each ``footprint …`` command shown in a README code block or in docs/ (code spans and blocks)."""
    found = []
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```sh\n(.*?)```", readme, flags=re.S):
        for line in block.splitlines():
            line = re.sub(r"^\$ ", "", line.split("#")[0]).strip()
            if line.startswith("footprint "):
                found.append(("README.md", line))
    for doc in sorted((ROOT / "docs").glob("*.md")):
        text = doc.read_text(encoding="utf-8")
        where = f"docs/{doc.name}"
        found += [(where, span) for span in re.findall(r"`(footprint [^`]+)`", text)]
        for block in re.findall(r"```(?:sh|console|bash)?\n(.*?)```", text, flags=re.S):
            for line in block.splitlines():
                line = re.sub(r"^\$ ", "", line.split(" #")[0].strip()).strip()
                if line.startswith("footprint "):
                    found.append((where, line))
    return found


def split_command(line: str) -> tuple[list[str], list[str]]:
    words = line.replace("|", " ").replace("…", " ").split()[1:]
    path = []
    for word in words:
        if word.startswith("-") or not re.fullmatch(r"[a-z][a-z-]*", word):
            break
        path.append(word)
        if word not in GROUPS:
            break
    options = [w.strip("[],") for w in words if w.strip("[]").startswith("--")]
    return path, [o.split("=")[0] for o in options]


@cache
def help_text(path: tuple[str, ...]) -> str:
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, f"footprint {' '.join(path)} --help: {result.output}"
    return re.sub(r"\x1b\[[0-9;]*m", "", result.output)


LINES = command_lines()


def test_the_docs_show_commands_at_all():
    assert len(LINES) > 30


@pytest.mark.parametrize(("where", "line"), LINES, ids=[f"{w}:{line[:60]}" for w, line in LINES])
def test_a_command_shown_in_the_docs_exists_with_its_options(where, line):
    path, options = split_command(line)
    text = help_text(tuple(path))
    for option in options:
        assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text), f"{where}: {line!r}: no option {option}"


def test_every_table_of_a_new_store_is_described(tmp_path):
    db = tmp_path / "s.db"
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    doc = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(\w+)`", doc))
    missing = []
    for table in tables:
        if table.startswith("sqlite_"):
            continue
        fts = re.fullmatch(r"(\w+_fts)_(config|content|data|docsize|idx)", table)
        if table not in named and not (fts and fts.group(1) in named and f"_{fts.group(2)}" in named):
            missing.append(table)
    assert not missing, f"tables not described in docs/store.md: {missing}"


def top_level_items(cell: str) -> list[str]:
    """``cell`` split at the commas outside parentheses: one item per column described."""
    items, depth, current = [], 0, ""
    for ch in cell:
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += ch
    return [*items, current]


def test_every_column_the_docs_name_exists(tmp_path):
    db = tmp_path / "s.db"
    open_store(db).close()
    doc = (ROOT / "docs" / "store.md").read_text(encoding="utf-8")
    checked = 0
    with sqlite3.connect(db) as conn:
        for table in ("documents", "events", "event_actors", "spans", "fuse_events", "fuse_clusters", "fuse_presences"):
            row = re.search(rf"^\| `{table}` \|[^|]*\|(.*)\|$", doc, flags=re.M)
            assert row, f"no row for {table} in docs/store.md"
            columns = {c for (_, c, *_) in conn.execute(f"PRAGMA table_info({table})")}
            for item in top_level_items(row.group(1)):
                first = re.search(r"`(\w+)`", item)
                assert first, f"{table}: {item!r}"
                assert first.group(1) in columns, f"docs/store.md names {table}.{first.group(1)}, which does not exist"
                checked += 1
    assert checked > 40
