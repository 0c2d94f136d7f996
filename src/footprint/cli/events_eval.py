"""``footprint eval events``: score event extraction against a gold file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from . import eval_app
from .common import Format, FormatOption, QuietOption, console, emit, fails_cleanly


@eval_app.command("events")
@fails_cleanly
def eval_events_cli(
    gold: Annotated[Path, typer.Argument(help="gold file: facts JSON (seeds-gold.json shape) or snippets JSONL")],
    docs: Annotated[Path | None, typer.Option("--docs", help="folder of the documents a facts file names (default: <gold dir>/../seeds)")] = None,
    split: Annotated[str, typer.Option("--split", help="snippets: a split of the file (dev, test, fresh …) or all (default: each, then all)")] = "",
    errors: Annotated[bool, typer.Option("--errors", help="list each snippet whose main event is wrong, or, for a facts file with exhaustive documents, the unmatched facts and extracted events (held-out files: leave off)")] = False,
    fmt: FormatOption = Format.table,
    quiet: QuietOption = False,
) -> None:
    """Event recall, unmatched events with their nearest candidate, per-field accuracy, negatives; or,
    for snippets, weighted F1 of the main event's ACLED sub-event type, type and role accuracy."""
    from ..eval.events import FactsReport, evaluate

    splits = (split,) if split else None
    report = evaluate(gold, docs_dir=docs, splits=splits)
    if fmt is Format.jsonl:
        rows = [report.to_json()] if isinstance(report, FactsReport) else [r.to_json() for r in report]
        for row in rows:
            if row.get("format") == "snippets" and not errors:
                row.pop("errors", None)  # held-out snippets are read as totals only
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    if isinstance(report, FactsReport):
        data = report.to_json()
        rows = [{"metric": "event recall", "value": f"{data['matched']}/{data['total']} = {data['recall']:.3f}"},
                {"metric": "negatives passed", "value": f"{data['negatives_passed']}/{data['negatives_total']}"}]
        if data["extracted"]:
            rows.append({"metric": "precision (exhaustive documents)",
                         "value": f"{data['precision']:.3f} of {data['extracted']} (all fields right: {data['precision_strict']:.3f})"})
            rows.append({"metric": "events found (identity only)", "value": f"{data['recall_identified']:.3f}"})
        for name, t in (data.get("splits") or {}).items():
            rows.append({"metric": f"{name}: recall (found) / precision (strict)",
                         "value": f"{t['matched']}/{t['total']} = {t['recall']:.3f} ({t['recall_identified']:.3f}) / "
                                  f"{_share(t['precision'])} of {t['extracted']} ({_share(t['precision_strict'])}); "
                                  f"negatives {t['negatives_passed']}/{t['negatives_total']}"})
        emit(rows + [{"metric": f"field {k}", "value": f"{v:.3f}"} for k, v in data["field_accuracy"].items()],
             fmt, title=f"Events: {gold}")
        if data["extracted"] and not errors:
            return  # exhaustive (held-out) documents are read as totals; --errors lists the misses
        for x in data["unmatched_extracted"]:
            console.print(f"[red]not in gold[/red] {x['doc']}: {x['summary']['type']} "
                          f"{x['summary']['actors']} — {x['summary']['evidence']}", highlight=False)
        for r in data["unmatched"]:
            console.print(f"[yellow]unmatched[/yellow] {r['id']} ({r['doc']}): fails {', '.join(r['failing'])}",
                          highlight=False)
            if r["nearest"] and not quiet:
                console.print(f"   nearest: {json.dumps(r['nearest'], ensure_ascii=False)}", highlight=False)
        for nid, passed, why in report.negatives:
            if not passed:
                console.print(f"[red]negative failed[/red] {nid}: {why}", highlight=False)
        return
    emit([{k: v for k, v in r.to_json().items() if k not in ("errors", "format")} for r in report], fmt,
         columns=["split", "n", "acled_f1", "type_accuracy", "role_accuracy", "negatives_passed", "negatives_total"],
         title=f"Events: {gold}")
    if errors:
        emit([e for r in report if r.split != "all" for e in r.errors], fmt,
             columns=["id", "gold", "got", "trigger", "text"], title="Wrong main events")


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"
