"""What every command shares: output formats, the --db option, one-line errors."""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sqlite3
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Callable, Iterable

import typer
from rich.console import Console
from rich.markup import escape
from rich.text import Text
from rich.table import Table
from typer.core import TyperOption

from ..errors import FootprintError, StoreError

console = Console(stderr=True)
# A pipe or file gets wide rows instead of Rich's 80-column guess; a terminal keeps its own width.
out = Console(width=None if sys.stdout.isatty() or "COLUMNS" in os.environ else 160)


# Typer's hook for the type shown after an option: should an upgrade rename it, help shows "<bool>" again
# (tests/test_cli_batch.py says so) instead of every command failing at import
_value_type = getattr(TyperOption, "display_type_rich", None)


def _flag_type(self, ctx):
    # a flag takes no value, so the help shows no type after it (Typer would print "<bool>")
    return None if self.is_flag else _value_type(self, ctx)


if _value_type is not None:
    TyperOption.display_type_rich = _flag_type


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="SQLite store (default: $FOOTPRINT_DB or ./footprint.db)", show_default=False),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, jsonl or csv")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="no progress or summaries on stderr")]


def db_path(db: Path | None) -> Path:
    from ..config import Settings

    return Path(db) if db else Settings.from_env().db


def require_store(db: Path | None) -> Path:
    """The store path, refused when there is no store there: a command that only works on stored
    data would otherwise create an empty store at a mistyped path and report success."""
    path = db_path(db)
    if not path.exists():
        raise StoreError(f"no store at {path}")
    return path


def summary(message: str) -> None:
    """A summary line on stderr, never wrapped: in a log (80 columns by default) it stays one line."""
    console.print(message, highlight=False, markup=False, soft_wrap=True)


def fails_cleanly(fn: Callable) -> Callable:
    """Turn Footprint errors into one line on stderr and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except FootprintError as exc:
            # escaped: the message repeats what the user typed, which may look like rich markup ("[/b]")
            console.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, markup=True, soft_wrap=True)
            raise typer.Exit(1) from None
        except BrokenPipeError:
            raise typer.Exit(0) from None
        except KeyboardInterrupt:
            # Ctrl-C: one line, no traceback; 130 is what a shell reports for a command ended by SIGINT
            summary("interrupted")
            raise typer.Exit(130) from None
        except sqlite3.DatabaseError as exc:
            # a store that opened but is damaged further in ("database disk image is malformed"),
            # or locked by another writer: one line naming the store, as for any other input
            where = db_path(kwargs.get("db")) if "db" in kwargs else "store"
            console.print(f"[red]error:[/red] {escape(f'{where}: store cannot be read: {exc}')}",
                          highlight=False, markup=True, soft_wrap=True)
            raise typer.Exit(1) from None

    return wrapper


def flatten(row: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}."))
        elif isinstance(value, (list, tuple)):
            flat[name] = json.dumps(value, ensure_ascii=False) if value and isinstance(value[0], (dict, list)) else "; ".join(map(str, value))
        else:
            flat[name] = value
    return flat


def emit(rows: Iterable[dict[str, Any]], fmt: Format | str, *, columns: list[str] | None = None, title: str | None = None) -> int:
    """Print rows as a Rich table, JSON lines or CSV. ``columns`` picks and orders
    the table/CSV columns (dotted names reach into nested dicts). Returns the count."""
    fmt = Format(fmt)
    n = 0
    if fmt is Format.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        sys.stdout.flush()
        return n
    flat_rows = [flatten(r) for r in rows]
    n = len(flat_rows)
    cols = columns or (list(flat_rows[0].keys()) if flat_rows else [])
    if fmt is Format.csv:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        writer.writeheader()
        for r in flat_rows:
            writer.writerow({c: r.get(c) for c in cols})
        sys.stdout.write(buf.getvalue())
        return n
    table = Table(title=title, show_lines=False)
    for c in cols:
        if c == cols[-1]:  # the last column (usually text) takes what is left and wraps
            table.add_column(c, overflow="fold", ratio=1, min_width=20)
        else:  # the others stay on one line, as wide as their content up to a cap
            widest = max([len(c)] + [len(str(r.get(c) or "")) for r in flat_rows])
            cap = max(8, min(24, (out.width - 40) // max(1, len(cols) - 1) - 3))
            table.add_column(c, no_wrap=True, overflow="ellipsis", min_width=min(widest, cap), max_width=cap)
    for r in flat_rows:
        # plain text, never markup: a place "[town]", an actor or a sentence can hold brackets that Rich would eat
        table.add_row(*[Text("" if r.get(c) is None else str(r.get(c))) for c in cols])
    out.print(table)
    return n
