"""``footprint eval fusion``: fused events, independent sources and presences scored on a gold file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import eval_app
from .common import Format, FormatOption, emit, fails_cleanly

COLUMNS = ["split", "incidents", "mentions", "found", "extraction_recall", "gold_pairs", "system_pairs", "link_p",
           "link_r", "link_f1", "bcubed_p", "bcubed_r", "bcubed_f1", "sources_accuracy", "sources_mae",
           "presence_held", "presence_total"]


@eval_app.command("fusion")
@fails_cleanly
def eval_fusion_cli(
    gold: Annotated[Path, typer.Argument(help="fusion gold file (format: data/dev-gold/README.md, Fusion)")],
    split: Annotated[str, typer.Option("--split", help="score only this split (default: each split, then all)")] = "",
    errors: Annotated[bool, typer.Option("--errors", help="list split incidents, wrong source counts, merged incidents and failed presences of the dev splits (dev, dev-b, …; held-out splits are read as totals only)")] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Pairwise link P/R/F1 and B-cubed F1 of fused events over the gold mentions extraction found,
    extraction recall, independent-source accuracy per incident and presence checks, per split."""
    from ..eval.fusion import error_rows, evaluate, merged_rows, tuned

    results = evaluate(gold, splits=(split,) if split else None)
    emit([r.to_row() for r in results.values()], fmt, columns=COLUMNS, title=f"Fusion: {gold}")
    if errors:
        for name in [s for s in results if tuned(s)] or ["dev"]:
            res = results.get(name)
            rows = (error_rows(res) + merged_rows(res)) if res is not None else []
            emit(rows, fmt, columns=["incident", "error", "detail"], title=f"Errors ({name} split)")
