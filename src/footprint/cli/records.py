"""What the batch commands share: the stage commands that read a ``.jsonl`` of records (``geoparse``,
``timex``) write one output line per good record and one ``failed:`` line per bad one, do the rest of the
work, and exit with status 2 if any failed, as ``ingest`` and ``extract`` do for their inputs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

import typer
from rich.markup import escape

from .common import console

if TYPE_CHECKING:
    from ..ingest.base import Failure
    from ..process import InputFailure

T = TypeVar("T")


def report_failure(failure: Failure | InputFailure) -> None:
    """One ``failed: <input>: <reason>`` line on stderr, as every batch command writes it (escaped: the
    input's name and the reason may look like rich markup, "[/b]")."""
    line = escape(f"{failure.source}: {failure.reason}")
    console.print(f"[red]failed:[/red] {line}", highlight=False, markup=True, soft_wrap=True)


def reported(items: Iterable[T | Failure]) -> Iterator[T]:
    """``items`` without their failures, each failure reported as it comes (so its line stands between
    the output lines of its neighbours); ``typer.Exit(2)`` once all are through when any failed."""
    from ..ingest.base import Failure  # here: loading ingest costs every other command its start-up time

    failed = 0
    for item in items:
        if isinstance(item, Failure):
            failed += 1
            report_failure(item)
            continue
        yield item
    if failed:
        raise typer.Exit(2)
