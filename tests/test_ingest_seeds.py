"""The seed reports' metadata and set-aside lines, checked against ../shared/eval/seeds-gold.json."""

from __future__ import annotations

import json

import pytest

from footprint.ingest import iter_inputs
from footprint.model import Document

pytestmark = pytest.mark.integration


def _gold_documents(shared_dir):
    gold = shared_dir / "eval" / "seeds-gold.json"
    if not gold.is_file():
        pytest.skip("../shared not present: seeds-gold.json is missing")
    return json.loads(gold.read_text(encoding="utf-8"))["documents"]


def test_seed_metadata_and_segments(shared_dir):
    documents = _gold_documents(shared_dir)
    assert documents
    for name, expected in documents.items():
        path = shared_dir / "seeds" / name
        (doc,) = list(iter_inputs([path]))
        assert isinstance(doc, Document), doc
        for key in ("source", "title", "published"):
            if key in expected:
                assert getattr(doc, key) == expected[key], (name, key)
        boilerplate = [t.strip() for t in doc.segment_texts("boilerplate")]
        for line in expected.get("boilerplate_removed", []):
            assert line in boilerplate, (name, line)
            assert line not in doc.body_mask_text()
        captions = [t.strip() for t in doc.segment_texts("caption")]
        for line in expected.get("caption_lines", []):
            assert line in captions, (name, line)
            assert line not in doc.body_mask_text()
        # nothing but the header, residue and captions is set aside
        assert sum(len(t) for t in doc.segment_texts("body")) > 0.85 * len(doc.text)


def test_seed_residue_glued_to_last_line_still_found(shared_dir):
    """Other copies of a report lose the line break before the residue."""
    documents = _gold_documents(shared_dir)
    for name, expected in documents.items():
        lines = expected.get("boilerplate_removed", [])
        if not lines:
            continue
        raw = (shared_dir / "seeds" / name).read_text(encoding="utf-8")
        for line in lines:
            glued = raw.replace("\n\n" + line, line).replace("\n" + line, line)
            from footprint.ingest import read_text_document

            doc = read_text_document(glued)
            assert line in [t.strip() for t in doc.segment_texts("boilerplate")], (name, line)
