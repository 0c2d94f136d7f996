"""`footprint ingest`, `extract` and `reprocess`."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import app
from ..ingest.language import other_languages
from ..ingest.text import no_publisher_line, unsourced_name
from .common import DbOption, QuietOption, console, db_path, fails_cleanly, require_store, summary

InputsArg = Annotated[list[str], typer.Argument(help="files, folders, http(s) URLs, or - for stdin")]
PublishedOption = Annotated[
    str | None, typer.Option("--published", help="publication date (YYYY-MM-DD or an ISO datetime) for inputs that lack one")
]
PrivateOption = Annotated[
    bool, typer.Option("--allow-private", help="allow URLs on loopback, private and link-local addresses")
]
PipelineOption = Annotated[
    str | None, typer.Option("--pipeline", help="spaCy pipeline (default: $FOOTPRINT_PIPELINE or the small English one)")
]


#: seconds between two progress lines in a pipe or a log (a batch of a few seconds prints none)
LOG_EVERY = 30.0


@contextmanager
def progress_reporter(quiet: bool, total: int | None = None):
    """Progress on stderr; yields a ``(source, status)`` callback. On a terminal a Rich bar (transient);
    in a pipe or a log a plain line every ``LOG_EVERY`` seconds, since a bar there is escape-code
    garbage and silence for an hour-long batch looks like a hang."""
    if quiet:
        yield lambda source, status: None
        return
    if not console.is_terminal:
        started = last = time.monotonic()
        done = 0

        def line(source: str, status: str) -> None:
            nonlocal done, last
            done += 1
            now = time.monotonic()
            if now - last >= LOG_EVERY:
                last = now
                of = f"/{total}" if total else ""
                summary(f"progress: {done}{of} documents in {now - started:.0f} s (last: {Path(source).name})")

        yield line
        return
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("documents", total=total)

        def step(source: str, status: str) -> None:
            bar.update(task, advance=1, description=f"{status:>7} {Path(source).name[:40]}")

        yield step


def _settings(pipeline: str | None, allow_private: bool, db: Path | None = None):
    from ..config import Settings

    return Settings.from_env(pipeline=pipeline, allow_private=allow_private or None, db=db)


def skipped_in_folders(kinds: Counter[str]) -> str | None:
    """One line naming what the folder walk left out (a PDF, a CSV of links, a README), from the reasons
    counted while reading, or None: a user who finds fewer reports in the store than files in the folder
    should not have to guess why."""
    from ..ingest import EXTENSIONS

    if not kinds:
        return None
    why = ", ".join(f"{reason}: {n}" for reason, n in sorted(kinds.items()))
    return (f"skipped {kinds.total()} file{'s' if kinds.total() != 1 else ''} in folders ({why}); "
            f"a folder is read for {' '.join(sorted(EXTENSIONS))}")


def _report_failures(failures) -> None:
    from .records import report_failure

    for failure in failures:
        report_failure(failure)


@app.command("ingest")
@fails_cleanly
def ingest_cli(
    inputs: InputsArg,
    db: DbOption = None,
    published: PublishedOption = None,
    allow_private: PrivateOption = False,
    pipeline: PipelineOption = None,
    quiet: QuietOption = False,
) -> None:
    """Read reports, extract their events and store them (idempotent)."""
    from .. import process
    from ..ingest import validate_published
    from ..store import open_store

    published = validate_published(published)  # before the store is created or the model loaded
    settings = _settings(pipeline, allow_private)
    try:
        with open_store(db_path(db)) as store, progress_reporter(quiet) as step:
            report = process.ingest(store, inputs, settings=settings, published=published, progress=step)
    except KeyboardInterrupt:
        # each report is committed as it is stored, and a stored one is skipped (and fused) on the next run
        summary("interrupted: reports stored so far are kept; the same command again stores the rest")
        raise typer.Exit(130) from None
    _report_failures(report.failures)
    if not quiet:
        if skipped := skipped_in_folders(report.skipped):
            summary(skipped)
        if unsourced := no_publisher_line(report.unsourced):
            summary(unsourced)
        summary(f"ingested into {db_path(db)}: {report.summary()}")
        if line := other_languages(report.languages):
            summary(line)
    if report.failures:
        raise typer.Exit(2)


@app.command("extract")
@fails_cleanly
def extract_cli(
    inputs: InputsArg,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl (one line per document)")] = "jsonl",
    published: PublishedOption = None,
    allow_private: PrivateOption = False,
    pipeline: PipelineOption = None,
    quiet: QuietOption = False,
) -> None:
    """Extract events without storing anything: one JSON line per document."""
    from .. import process
    from ..errors import ConfigError
    from ..ingest import validate_published

    if format != "jsonl":
        raise ConfigError(f"unknown format {format!r} for extract; use jsonl")
    published = validate_published(published)  # before the model is loaded
    settings = _settings(pipeline, allow_private)
    failures: list = []
    skipped: Counter[str] = Counter()
    documents = process.read_inputs(inputs, settings, published=published, failures=failures, skipped=skipped)
    extracted = events = 0
    languages: list[tuple[str, int]] = []
    unsourced: list[str] = []  # plain-text documents with no publisher, for one line at the end
    with progress_reporter(quiet) as step:
        for result in process.extract_documents(documents, settings):
            sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
            sys.stdout.flush()
            extracted += 1
            events += len(result.events)
            languages.append((result.document.language, len(result.events)))
            if name := unsourced_name(result.document):
                unsourced.append(name)
            step(result.document.path or result.document.id, "done")
    _report_failures(failures)
    if not quiet and (line := skipped_in_folders(skipped)):
        summary(line)
    if not quiet and (line := no_publisher_line(unsourced)):
        summary(line)
    if not quiet:  # stdout holds the records; without this line a redirected run says nothing at all
        summary(f"extracted {extracted} document{'' if extracted == 1 else 's'}, {events} events"
                + (f", {len(failures)} failed" if failures else ""))
        if line := other_languages(languages):
            summary(line)
    if failures:
        raise typer.Exit(2)


@app.command("reprocess")
@fails_cleanly
def reprocess_cli(
    db: DbOption = None,
    pipeline: PipelineOption = None,
    quiet: QuietOption = False,
) -> None:
    """Re-run extraction on every stored document (after an upgrade)."""
    from .. import process
    from ..store import open_store

    settings = _settings(pipeline, False)
    with open_store(require_store(db)) as store:
        total = store.count("documents")
        with progress_reporter(quiet, total) as step:
            report = process.reprocess(store, settings=settings, progress=step)
    _report_failures(report.failures)
    if not quiet:
        summary(f"reprocessed {len(report.outcomes)} documents, {sum(o.events for o in report.outcomes)} events"
                + (f", {len(report.failures)} failed" if report.failures else ""))
    if report.failures:
        raise typer.Exit(2)
