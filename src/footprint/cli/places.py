"""``footprint geoparse``, ``footprint gazetteer build|import``, ``footprint eval geoparse``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import app, eval_app, gazetteer_app
from .common import Format, QuietOption, console, emit, fails_cleanly

if TYPE_CHECKING:
    from ..ingest.base import Failure

MAX_INPUT = 50 * 1024 * 1024


class GeoFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def _row(m) -> dict:
    p = m.place
    return {
        "start": m.start, "end": m.end, "text": m.text, "name": p.name if p else None,
        "geonameid": p.geonameid if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
        "country": p.country if p else None, "feature": p.feature if p else None,
        "precision": p.precision if p else None, "kind": m.kind,
        **({"facility_id": p.facility_id} if p and p.facility_id else {}),
        **({"reason": m.reason} if p is None else {}),
    }


def read_input(file: str) -> str:
    from ..ingest import read_source, strict_text

    return strict_text(*read_source(file, MAX_INPUT), max_bytes=MAX_INPUT)


def _record_rows(file: str, text: str) -> Iterator[dict | Failure]:
    """{id, places} per record of a .jsonl file, in line order (the texts geoparsed as one batch), or the
    ``Failure`` of a line that is no record; a record without an id is named by its line number."""
    from ..ingest.base import Failure
    from ..ingest.records import Record, each_record
    from ..places import geoparse_many

    items = list(each_record(text, file))
    found = geoparse_many([r.text for r in items if isinstance(r, Record)])
    for item in items:
        if isinstance(item, Failure):
            yield item
            continue
        rid = item.id if item.id is not None else item.line
        yield {"id": str(rid), "places": [_row(m) for m in next(found)]}


@app.command("geoparse")
@fails_cleanly
def geoparse_cli(
    file: Annotated[str, typer.Argument(help="text file, .jsonl of {id, text}, or - for stdin")] = "-",
    fmt: Annotated[GeoFormat, typer.Option("--format", "-f", help="json, jsonl or table")] = GeoFormat.json,
) -> None:
    """Place names in a text, with coordinates (offsets into the text as given)."""
    from ..errors import InputTooLarge
    from ..ingest import MAX_CHARS
    from ..places import geoparse_many
    from .records import reported

    text = read_input(file)
    if file.endswith(".jsonl"):
        for row in reported(_record_rows(file, text)):
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    if len(text) > MAX_CHARS:  # the pipeline's own refusal would be a bare ValueError
        raise InputTooLarge(f"{len(text):,} characters is over the {MAX_CHARS:,} limit", source=file)
    rows = [_row(m) for m in next(geoparse_many([text]))]
    if fmt is GeoFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        emit(rows, Format.jsonl if fmt is GeoFormat.jsonl else Format.table,
             columns=["start", "end", "text", "kind", "name", "country", "precision", "lat", "lon"])


@gazetteer_app.command("build")
@fails_cleanly
def gazetteer_build_cli(
    path: Annotated[Path | None, typer.Option("--path", help="index file (default: $FOOTPRINT_GAZETTEER or the built-in place)")] = None,
    quiet: QuietOption = False,
) -> None:
    """Build the gazetteer index from the installed packages (no network)."""
    from ..places.build import build
    from ..places.gazetteer import default_path

    target = path or default_path()
    counts = build(target, say=(lambda m: None) if quiet else (lambda m: console.print(f"[dim]{m}[/dim]")))
    if not quiet:
        console.print(f"gazetteer: {target} " + ", ".join(f"{v} {k}" for k, v in counts.items()))


@gazetteer_app.command("import")
@fails_cleanly
def gazetteer_import_cli(
    paths: Annotated[list[Path], typer.Argument(help="GeoNames dumps: allCountries.zip, cities500.zip, cities*.txt, alternateNamesV2.zip, admin1CodesASCII.txt")],
    path: Annotated[Path | None, typer.Option("--path", help="index file (default: $FOOTPRINT_GAZETTEER or the built-in place)")] = None,
    quiet: QuietOption = False,
) -> None:
    """Add GeoNames' own dumps to the index."""
    from ..places.dumps import import_dumps
    from ..places.gazetteer import default_path, open_default

    target = path or default_path()
    open_default(target, notice=lambda m: None if quiet else console.print(m))  # builds it first where missing
    counts = import_dumps(target, paths, say=(lambda m: None) if quiet else (lambda m: console.print(f"[dim]{m}[/dim]")))
    if not quiet:
        console.print(f"imported into {target}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


def _default_corpus() -> Path:
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        cand = base.parent / "shared" / "eval" / "geowebnews"
        if cand.exists():
            return cand
    return Path.cwd().parent / "shared" / "eval" / "geowebnews"


@eval_app.command("geoparse")
@fails_cleanly
def eval_geoparse_cli(
    path: Annotated[Path | None, typer.Argument(help="corpus folder or XML file (default ../shared/eval/geowebnews)")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, jsonl or csv")] = Format.table,
    min_f1: Annotated[float, typer.Option("--min-f1", help="fail when recognition F1 is lower")] = 0.0,
    min_acc: Annotated[float, typer.Option("--min-acc", help="fail when acc@161km is lower")] = 0.0,
) -> None:
    """Score geoparsing (EUPEG rule) beside the other tools' outputs."""
    from ..errors import EvalError
    from ..eval.geoparse import evaluate

    corpus, scores = evaluate(path or _default_corpus())
    emit([s.row() for s in scores], fmt, title=f"Geoparsing on {corpus.name} ({len(corpus.texts)} documents)",
         columns=["tool", "precision", "recall", "f1", "acc161", "auc", "mean_km", "median_km", "matched", "predicted", "gold"])
    ours = scores[0]
    if ours.f1 < min_f1 or ours.acc161 < min_acc:
        raise EvalError(f"below the gate: F1 {ours.f1:.3f} (min {min_f1}), acc@161 {ours.acc161:.3f} (min {min_acc})", source=corpus.name)
