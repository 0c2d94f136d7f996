"""What the stage commands that read a ``.jsonl`` of records (``geoparse``, ``timex``) share: one output
line per good record, one error line per bad one, the rest of the work done, exit status 2 if any failed
(as ``ingest`` and ``extract`` do for a batch)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

import typer
from rich.markup import escape

from .common import console

if TYPE_CHECKING:
    from ..ingest.base import Failure

T = TypeVar("T")


def reported(items: Iterable[T | Failure]) -> Iterator[T]:
    """``items`` without their failures, each failure printed as one ``error:`` line on stderr as it comes
    (so it stands between the output lines of its neighbours); ``typer.Exit(2)`` once all are through
    when any failed."""
    from ..ingest.base import Failure  # here: loading ingest costs every other command its start-up time

    failed = 0
    for item in items:
        if isinstance(item, Failure):
            failed += 1
            console.print(f"[red]error:[/red] {escape(str(item))}", highlight=False, markup=True, soft_wrap=True)
            continue
        yield item
    if failed:
        raise typer.Exit(2)
