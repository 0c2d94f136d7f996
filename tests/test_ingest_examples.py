"""The bundled example corpus: every report reads cleanly, all formats are there, the copy is found."""

from __future__ import annotations

import itertools
from pathlib import Path

from footprint.ingest import Failure, iter_inputs
from footprint.ingest.fingerprint import COPY_THRESHOLD, document_fingerprint, similarity

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _documents():
    items = list(iter_inputs([EXAMPLES]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert not failures, failures
    return items


def test_examples_read_without_failures_in_every_format():
    docs = _documents()
    assert len(docs) >= 15
    assert {d.format for d in docs} == {"text", "markdown", "html", "jsonl", "feed"}
    for d in docs:
        words = len(" ".join(d.segment_texts("body")).split())
        assert 150 <= words <= 400, (d.path, d.record_id, words)
    assert any(d.published for d in docs) and any(d.published is None for d in docs)
    assert any(d.source for d in docs) and any(d.source is None for d in docs)
    assert len({d.id for d in docs}) == len(docs)


def test_examples_hold_exactly_one_syndicated_copy():
    docs = _documents()
    fps = [document_fingerprint(d) for d in docs]
    copies = [
        (docs[i], docs[j])
        for i, j in itertools.combinations(range(len(docs)), 2)
        if similarity(fps[i], fps[j]) >= COPY_THRESHOLD
    ]
    assert len(copies) == 1
    a, b = copies[0]
    assert a.title != b.title and a.source != b.source and a.id != b.id
