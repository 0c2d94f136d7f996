"""``footprint eval dct``: the report date inferred from the text, scored against the known one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import eval_app
from .common import Format, FormatOption, emit, fails_cleanly

COLUMNS = ["set", "docs", "coverage", "bounds_hold", "median_error_days", "within_7", "within_31", "within_365",
           "value_f1_inferred", "value_f1_true"]
ERROR_COLUMNS = ["set", "doc", "true", "inferred", "error_days", "holds", "reason"]


@eval_app.command("dct")
@fails_cleanly
def eval_dct_cli(
    source: Annotated[Path, typer.Argument(help="folder or file of TimeML .tml files, or a reports gold .json file")],
    fmt: FormatOption = Format.table,
    errors: Annotated[bool, typer.Option("--errors", help="also list each document of the development groups (TimeBank, dev*); held-out groups stay totals")] = False,
) -> None:
    """Hide each document's creation date, infer it from the text and score coverage, bounds, anchor error
    and the timex value F1 it costs."""
    from ..eval.dct import error_rows, evaluate, score_rows

    results = evaluate(source)
    emit(score_rows(results), fmt, columns=COLUMNS, title=f"Report date inferred from text: {source}")
    if errors:
        emit(error_rows(results), fmt, columns=ERROR_COLUMNS, title="Documents (development groups)")
