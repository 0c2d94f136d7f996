"""The whole path for a batch of inputs: read → extract → store → fuse.

``ingest`` is what the CLI, the web app and tests call. A document already in
the store (same normalized text) is not extracted again. Each document is
stored with its extraction in one transaction; fusion runs on the documents
touched by the batch, so a batch that was killed half-way and is run again
completes both the documents and their fusion.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from . import extract as extract_mod
from .config import Settings
from .errors import FootprintError, InputTooLarge
from .ingest.base import check_chars
from .ingest.text import unsourced_name
from .model import Document, ExtractionResult
from .store import AddOutcome, Store

ProgressFn = Callable[[str, str], None]  # (source, status)


@dataclass(frozen=True)
class InputFailure:
    """One input of a batch that a step failed on: its name (as ``labels`` gave it) and why.

    Unlike ``ingest.Failure`` (a read that failed, carrying its error), this reports any step of the batch,
    reading, storing or re-extracting, as plain text the CLI and the web app show, with no error kept."""

    source: str
    reason: str


@dataclass
class IngestReport:
    outcomes: list[AddOutcome] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)
    fusion: object | None = None
    #: why files a folder walk left out, with how many of each ("unsupported file type .pdf": 2)
    skipped: Counter[str] = field(default_factory=Counter)
    #: (language, events) of each document stored new or as a copy, for the not-English line
    languages: list[tuple[str, int]] = field(default_factory=list)
    #: names of the plain-text documents stored new or as a copy that name no publisher
    unsourced: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def events(self) -> int:
        return sum(o.events for o in self.outcomes if o.status in {"new", "copy"})

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        copies = self.count("copy")
        parts = [
            f"{self.count('new')} new",
            f"{copies} {'copy' if copies == 1 else 'copies'}",
            f"{self.count('exists')} already stored",
            f"{self.events} {'event' if self.events == 1 else 'events'}",
        ]
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        return ", ".join(parts)


def read_inputs(
    inputs: Sequence[str | Path],
    settings: Settings,
    *,
    published: str | None = None,
    failures: list[InputFailure],
    labels: Mapping[str, str] | None = None,
    skipped: Counter[str] | None = None,
) -> Iterator[Document]:
    """Documents from files, folders, URLs and ``-``; failures are appended, not raised, and the reasons
    a folder walk left a file out are counted in ``skipped`` when given.

    ``labels`` maps an input to the name recorded as its documents' ``path`` and in
    failures (e.g. an upload's original file name instead of its temporary copy)."""
    from . import ingest

    labels = labels or {}

    for item in ingest.iter_inputs(
        list(inputs),
        published=published,
        allow_private=settings.allow_private,
        max_bytes=settings.max_bytes,
        timeout=settings.fetch_timeout,
        proxy=settings.fetch_proxy,
        on_skip=None if skipped is None else (lambda path, reason: skipped.update([reason])),
    ):
        if isinstance(item, Document):
            if item.path in labels:
                item = dataclasses.replace(item, path=labels[item.path])
            yield item
        else:
            source = str(item.source)
            failures.append(InputFailure(labels.get(source, source), item.reason))


def extract_documents(
    documents: Iterable[Document], settings: Settings
) -> Iterator[ExtractionResult]:
    yield from extract_mod.extract(documents, pipeline=settings.pipeline)


def ingest(
    store: Store,
    inputs: Sequence[str | Path],
    *,
    settings: Settings | None = None,
    published: str | None = None,
    progress: ProgressFn | None = None,
    fuse: bool = True,
    labels: Mapping[str, str] | None = None,
) -> IngestReport:
    settings = settings or Settings.from_env()
    report = IngestReport()

    def fresh(documents: Iterable[Document]) -> Iterator[Document]:
        """Only documents not stored yet reach extraction; the same text twice in one batch is stored once."""
        seen: set[str] = set()
        for doc in documents:
            if doc.id in seen:
                report.outcomes.append(AddOutcome(doc.id, "exists"))
            elif store.has_document(doc.id):
                report.outcomes.append(store.add(ExtractionResult(document=doc, events=())))  # reports "exists"
            else:
                seen.add(doc.id)
                yield doc
                continue
            if progress:
                progress(_label(doc), "exists")

    documents = read_inputs(inputs, settings, published=published, failures=report.failures, labels=labels,
                            skipped=report.skipped)
    for result in extract_documents(fresh(documents), settings):
        try:
            outcome = store.add(result)
        except FootprintError as exc:
            report.failures.append(InputFailure(_label(result.document), str(exc)))
            continue
        report.outcomes.append(outcome)
        if outcome.status in {"new", "copy"}:
            report.languages.append((result.document.language, outcome.events))
            if name := unsourced_name(result.document):
                report.unsourced.append(name)
        if progress:
            progress(_label(result.document), outcome.status)
    if fuse:
        touched = [o.doc_id for o in report.outcomes]
        report.fusion = run_fusion(store, touched)
    return report


def run_fusion(store: Store, doc_ids: list[str]):
    from . import fuse

    return fuse.update(store, doc_ids)


def reprocess(
    store: Store,
    *,
    settings: Settings | None = None,
    progress: ProgressFn | None = None,
    fuse: bool = True,
) -> IngestReport:
    """Re-run extraction on every stored document (after an upgrade)."""
    settings = settings or Settings.from_env()
    report = IngestReport()

    def stored() -> Iterator[Document]:
        for doc in list(store.documents()):
            try:
                check_chars(doc, source="")
            except InputTooLarge as exc:
                # stored before the limit existed: keep its old extraction rather than end the whole run
                report.failures.append(InputFailure(_label(doc), f"{exc}; kept as stored"))
                continue
            if doc.published_inferred:  # infer again with the new extractor
                doc = dataclasses.replace(
                    doc, published=None, published_inferred=False, published_not_before=None, published_not_after=None
                )
            yield doc

    for result in extract_documents(stored(), settings):
        outcome = store.replace_extraction(result)
        report.outcomes.append(outcome)
        if progress:
            progress(_label(result.document), outcome.status)
    if fuse:
        from . import fuse as fuse_mod

        report.fusion = fuse_mod.rebuild(store)
    return report


def _label(doc: Document) -> str:
    return f"{doc.label}#{doc.record_id}" if doc.record_id else doc.label
