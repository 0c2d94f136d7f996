"""The one small interface every store implements.

The pipeline, the CLI, fusion and the web app talk to a ``Store``; SQLite is
the embedded implementation (``footprint.store.sqlite``). A server database can
be added by implementing this class, without touching the pipeline.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..model import Document, Event, ExtractionResult


@dataclass(frozen=True)
class EventFilter:
    actor: str | None = None  # canonical name, id or alias substring (case-insensitive)
    type: str | None = None  # Footprint event type
    country: str | None = None  # ISO alpha-2
    since: str | None = None  # ISO date; event interval must end on/after
    until: str | None = None  # ISO date; event interval must start on/before
    doc_id: str | None = None
    modality: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    query: str | None = None  # full-text search over evidence sentences
    # whole words of the place, locality, admin1 or country name, or a country code (fuse.queries.place_matches)
    place: str | None = None
    include_background: bool = True
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class AddOutcome:
    doc_id: str
    status: str  # new|exists|copy|updated
    copy_of: str | None = None
    events: int = 0


class Store(abc.ABC):
    """Documents, their spans and events. Writes of one document are atomic."""

    @abc.abstractmethod
    def add(self, result: ExtractionResult) -> AddOutcome:
        """Store a document with its extraction in one transaction. Idempotent on doc id."""

    @abc.abstractmethod
    def has_document(self, doc_id: str) -> bool: ...

    @abc.abstractmethod
    def get_document(self, doc_id: str) -> Document:
        """Raises ``NotFound``."""

    @abc.abstractmethod
    def documents(self, *, limit: int | None = None, offset: int = 0) -> Iterator[Document]: ...

    @abc.abstractmethod
    def count(self, what: str) -> int:
        """Number of ``documents`` or ``events``."""

    @abc.abstractmethod
    def replace_extraction(self, result: ExtractionResult) -> AddOutcome:
        """Swap a stored document's spans and events for a new extraction (reprocess)."""

    @abc.abstractmethod
    def events(self, flt: EventFilter = EventFilter()) -> Iterator[Event]: ...

    @abc.abstractmethod
    def get_event(self, event_id: str) -> Event:
        """Raises ``NotFound``. Accepts a unique id prefix."""

    @abc.abstractmethod
    def spans(self, doc_id: str) -> list[dict[str, Any]]:
        """Extracted spans of a document: {start, end, kind, label, text, data}."""

    @abc.abstractmethod
    def near_copy_of(self, document: Document) -> str | None:
        """Id of a stored document this one nearly duplicates (MinHash), if any."""

    def version(self) -> tuple | None:
        """A value that changes with every committed write and differs between stores; caches of
        derived answers key on it. None (the default): this store cannot tell, ask it every time."""
        return None

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
