"""Integration: the tagger's pinned TempEval-3 scores, and the seed reports' dates from the gold file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint.dates import DatesComponent, event_date

SHARED = Path(__file__).parents[2] / "shared"

# Pinned minimum on TimeBank + AQUAINT (TBAQ-cleaned); raise it when the tagger improves, never lower it silently.
MIN_VALUE_F1 = 0.78
MIN_RELAXED_F1 = 0.93


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"../shared not present: {path} is not available here")
    return path


@pytest.mark.integration
def test_tempeval3_pinned_scores():
    from footprint.eval.timex import evaluate

    scores = evaluate(_need(SHARED / "eval" / "tempeval3"))["all"].scores()
    assert scores["value_f1"] >= MIN_VALUE_F1, scores
    assert scores["relaxed_f1"] >= MIN_RELAXED_F1, scores


def _doc(text: str):
    doc = spacy.blank("en").make_doc(text)
    nlp_mod.prepare(doc, {"doc_id": "seed", "dct": None})
    return DatesComponent()(doc)


def _sentence(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.!?])\s+|\n", text)]
    s = max(x for x in starts if x <= i)
    m = re.search(r"[.!?](?:\s|$)|\n", text[i:])
    return s, i + (m.end() if m else len(text) - i)


@pytest.mark.integration
def test_seed_dates_hold():
    gold = json.loads(_need(SHARED / "eval" / "seeds-gold.json").read_text(encoding="utf-8"))
    docs = {}
    for name, meta in gold["documents"].items():
        text = (_need(SHARED / "seeds" / name)).read_text(encoding="utf-8")
        doc = _doc(text)
        docs[name] = doc
        if meta.get("published_not_before"):
            assert doc._.fp_meta["dct_inferred"]["not_before"] == meta["published_not_before"], name
    checked = 0
    for ev in gold["events"]:
        if not ({"date_within", "date_overlaps", "background"} & set(ev)):
            continue
        doc = docs[ev["doc"]]
        needle = ev["evidence_contains"]
        s, e = _sentence(doc.text, needle)
        t0 = doc.text.index(needle)
        date, background = event_date(doc, s, e, t0, t0 + len(needle))
        assert date is not None and date.start and date.end, ev["id"]
        if "date_within" in ev:
            lo, hi = ev["date_within"]
            assert lo <= date.start and date.end <= hi, (ev["id"], date)
        if "date_overlaps" in ev:
            lo, hi = ev["date_overlaps"]
            assert date.start <= hi and lo <= date.end, (ev["id"], date)
        if "background" in ev:
            assert background is ev["background"], (ev["id"], date)
        checked += 1
    assert checked >= 1
