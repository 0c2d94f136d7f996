"""``footprint timex`` and ``footprint eval timex``: the dates stage from the shell."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import app, eval_app
from .common import Format, FormatOption, emit, fails_cleanly

DEFAULT_TEMPEVAL = Path("..") / "shared" / "eval" / "tempeval3"


class TimexFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    timeml = "timeml"


@app.command("timex")
@fails_cleanly
def timex_cli(
    path: Annotated[str, typer.Argument(help="text file, a .jsonl file of {id, text, dct} records, or - for stdin")] = "-",
    dct: Annotated[str | None, typer.Option("--dct", help="report date YYYY-MM-DD (default: inferred from the text)")] = None,
    fmt: Annotated[TimexFormat, typer.Option("--format", "-f", help="json, jsonl, table or timeml")] = TimexFormat.json,
    out_dir: Annotated[Path | None, typer.Option("--out-dir", help="with --format timeml and a .jsonl file: write <id>.tml per record here")] = None,
) -> None:
    """Find and ground the temporal expressions of a text."""
    from ..dates.cli import timeml_records, timex_records
    from ..errors import InputError

    if fmt is TimexFormat.timeml:
        if path.endswith(".jsonl") and out_dir is None:
            raise InputError("--format timeml on a .jsonl file needs --out-dir (one .tml file per record)", source=path)
        for name, tml in timeml_records(path, dct):
            if name is None:
                sys.stdout.write(tml)
                continue
            try:
                out_dir.mkdir(parents=True, exist_ok=True)
                (out_dir / f"{name}.tml").write_text(tml, encoding="utf-8")
            except OSError as exc:
                raise InputError(f"cannot write: {exc}", source=str(out_dir)) from exc
        return
    for kind, payload in timex_records(path, dct):
        if fmt is TimexFormat.table and kind == "text":
            emit(payload, Format.table, columns=["start", "end", "text", "type", "value", "interval", "precision"])
        elif kind == "text" and fmt is TimexFormat.jsonl:  # JSON Lines: one timex a line, as geoparse writes places
            sys.stdout.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in payload)
        elif kind == "record" or fmt is TimexFormat.jsonl:
            sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")


@eval_app.command("timex")
@fails_cleanly
def eval_timex_cli(
    directory: Annotated[Path, typer.Argument(help="folder of TimeML .tml files (searched recursively)")] = DEFAULT_TEMPEVAL,
    fmt: FormatOption = Format.table,
    write_tml: Annotated[Path | None, typer.Option("--write-tml", help="also write the system output as TimeML here (same relative paths), for the official scorer")] = None,
) -> None:
    """Score the temporal tagger like TempEval-3 (strict/relaxed span F1, type and value accuracy, value F1)."""
    from ..eval.timex import evaluate, score_rows

    rows = score_rows(evaluate(directory, write_tml=write_tml))
    columns = ["set", "docs", "gold", "strict_f1", "relaxed_f1", "type_accuracy", "value_accuracy", "value_f1"]
    emit(rows, fmt, columns=columns if fmt is Format.table else None, title=f"Temporal expressions: {directory}")
