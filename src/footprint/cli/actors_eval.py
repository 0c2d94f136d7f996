"""``footprint eval actors``: score the actors stage against annotated passages."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import eval_app
from .common import Format, FormatOption, emit, fails_cleanly

DEFAULT_GOLD = Path("data") / "dev-gold" / "actors.jsonl"


@eval_app.command("actors")
@fails_cleanly
def eval_actors_cli(
    gold: Annotated[Path, typer.Argument(help="gold JSON lines (data/dev-gold/README.md, 'Actor mentions')")] = DEFAULT_GOLD,
    split: Annotated[str, typer.Option("--split", help="one split of the file: dev, heldout, dev-b, heldout-d… (default: each, then all)")] = "",
    errors: Annotated[bool, typer.Option("--errors", help="list the mismatches of the dev splits (held-out: totals only)")] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Mention precision, recall and F1 (relaxed: overlap; strict: same span), and id, type and country
    accuracy over the matched mentions, per split and overall."""
    from ..eval.actors import evaluate, is_dev_split

    report = evaluate(gold, splits=(split,) if split else None, errors_for=is_dev_split if errors else ())
    columns = ["split", "passages", "gold", "system", "relaxed_p", "relaxed_r", "relaxed_f1", "strict_f1",
               "id_accuracy", "type_accuracy", "country_accuracy"]
    emit(report.rows(), fmt, columns=None if fmt is Format.jsonl else columns, title=f"Actors: {gold}")
    if errors:
        emit(report.errors, fmt, columns=None if fmt is Format.jsonl else ["id", "kind", "gold", "got"],
             title="Dev mismatches")
