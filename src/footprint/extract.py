"""Runs the pipeline over documents: ``Document`` in, ``ExtractionResult`` out.

Non-body segments (title, scraper residue, captions) are blanked to spaces
before the pipeline sees the text, so offsets stay those of ``Document.text``
and no event can come from them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from . import __version__, nlp as nlp_mod
from .errors import InputTooLarge
from .model import Document, ExtractionResult

EXTRACTOR_VERSION = f"footprint-{__version__}"


def doc_meta(document: Document) -> dict:
    return {
        "doc_id": document.id,
        "dct": document.published,
        "publisher": document.source,
        "title": document.title,
        "url": document.url,
        "excluded": [(s.start, s.end, s.kind) for s in document.segments if s.kind != "body"],
        "extractor_version": EXTRACTOR_VERSION,
    }


def apply_inferred_date(document: Document, meta: dict) -> Document:
    """Carry the report date the dates stage inferred back onto the document."""
    if document.published:
        return document
    inferred = meta.get("dct_inferred") or {}
    if not inferred:
        return document
    return dataclasses.replace(
        document,
        published=inferred.get("value"),
        published_inferred=True,
        published_not_before=inferred.get("not_before"),
        published_not_after=inferred.get("not_after"),
    )


def extract(
    documents: Iterable[Document], *, pipeline: str, batch_size: int = 16
) -> Iterator[ExtractionResult]:
    nlp = nlp_mod.build(pipeline)

    def docs():
        for document in documents:
            text = document.body_mask_text()
            if len(text) > nlp.max_length:
                # spaCy's own refusal is a bare ValueError deep in the pipe; say which document and why
                raise InputTooLarge(
                    f"{len(text):,} characters of text is over the pipeline's limit of {nlp.max_length:,}",
                    source=document.label,
                )
            doc = nlp.make_doc(text)
            nlp_mod.prepare(doc, doc_meta(document))
            yield doc, document

    for doc, document in nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
        document = apply_inferred_date(document, doc._.fp_meta)
        yield ExtractionResult(
            document=document,
            events=tuple(doc._.fp_events),
            actors=tuple(doc._.fp_actors),
            places=tuple(doc._.fp_places),
            timexes=tuple(doc._.fp_timexes),
            quantities=tuple(doc._.fp_quantities),
            extractor_version=EXTRACTOR_VERSION,
        )
