"""``footprint eval quantities`` and ``footprint eval attribution``: the two stages scored on their gold files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import eval_app
from .common import FormatOption, Format, emit, fails_cleanly

GoldArg = Annotated[Path, typer.Argument(help="gold JSONL file (format: data/dev-gold/README.md)")]
SplitOption = Annotated[str, typer.Option("--split", help="score only this split (default: each split, then all)")]
ErrorsOption = Annotated[bool, typer.Option("--errors", help="list misses, wrong fields and spurious items of the dev split (held-out splits are read as totals only)")]
ERROR_COLUMNS = ["id", "error", "gold", "got", "wrong"]


def _emit(results: dict, fields: tuple[str, ...], fmt: Format, title: str, errors: bool) -> None:
    from ..eval.quantities import rows

    columns = ["split", "passages", "gold", "system", "relaxed_p", "relaxed_r", "relaxed_f1", "strict_p", "strict_r",
               "strict_f1", *(f"{f}_accuracy" for f in fields)]
    emit(rows(results, fields), fmt, columns=columns, title=title)
    if errors:
        dev = results.get("dev")
        emit(dev.errors if dev is not None else [], fmt, columns=ERROR_COLUMNS, title="Errors (dev split)")


@eval_app.command("quantities")
@fails_cleanly
def eval_quantities_cli(gold: GoldArg, split: SplitOption = "", errors: ErrorsOption = False,
                        fmt: FormatOption = Format.table) -> None:
    """Span P/R/F1 (relaxed, strict) of the quantities stage and, among matches, kind, bounds, approximate
    and side accuracy, per split."""
    from ..eval.quantities import QUANTITY_FIELDS, evaluate

    results = evaluate(gold, splits=(split,) if split else None)
    _emit(results, QUANTITY_FIELDS, fmt, f"Quantities: {gold}", errors)


@eval_app.command("attribution")
@fails_cleanly
def eval_attribution_cli(gold: GoldArg, split: SplitOption = "", errors: ErrorsOption = False,
                         fmt: FormatOption = Format.table) -> None:
    """Claim P/R/F1 (relaxed: the sentence; strict: the cue) of the attribution stage and, among matches,
    claimant, modality and evidence type accuracy, per split."""
    from ..eval.attribution import CLAIM_FIELDS, evaluate

    results = evaluate(gold, splits=(split,) if split else None)
    _emit(results, CLAIM_FIELDS, fmt, f"Attribution: {gold}", errors)
