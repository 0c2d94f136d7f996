"""Acceptance: `footprint extract` on the example reports in ../shared/seeds yields every
gold event and negative of ../shared/eval/seeds-gold.json, and each document's metadata.

Expectations are read from the gold file; nothing here names a report or its content.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from footprint.eval.events import score_facts
from footprint.model import Event

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def extracted(request):
    shared = Path(__file__).resolve().parents[2] / "shared"
    if not (shared / "seeds").is_dir():
        pytest.skip("../shared not present: the seed reports and their gold file are not available here")
    gold = json.loads((shared / "eval" / "seeds-gold.json").read_text())
    seeds = sorted((shared / "seeds").glob("*.txt"))
    exe = Path(sys.executable).parent / "footprint"
    proc = subprocess.run([str(exe), "extract", *map(str, seeds), "--format", "jsonl", "--quiet"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    return gold, {Path(line["document"]["path"]).name: line for line in lines}


def test_every_gold_event_and_negative(extracted):
    gold, by_name = extracted
    events = defaultdict(list)
    for name, line in by_name.items():
        events[name] = [Event.from_json(e) for e in line["events"]]
    report = score_facts(gold, events)
    unmatched = {r.id: (r.failing, r.nearest) for r in report.results if not r.matched}
    assert not unmatched, json.dumps(unmatched, indent=1, default=str)
    failed_negatives = [(i, why) for i, ok, why in report.negatives if not ok]
    assert not failed_negatives


def test_document_metadata(extracted):
    gold, by_name = extracted
    for name, expected in gold["documents"].items():
        doc = by_name[name]["document"]
        assert doc["source"] == expected["source"], name
        assert doc["title"] == expected["title"], name
        if expected.get("published") is None:
            assert doc["published_inferred"], name
        else:
            assert doc["published"] == expected["published"], name
        if expected.get("published_not_before"):
            assert doc["published_not_before"] and doc["published_not_before"] >= expected["published_not_before"], name
        for residue in expected.get("boilerplate_removed", []):
            assert any(residue in b for b in doc["boilerplate"]), (name, residue)
            assert all(residue not in e["evidence"]["sentence"] for e in by_name[name]["events"])
        for caption in expected.get("caption_lines", []):
            assert caption in doc["captions"], (name, caption)


def test_every_event_points_back_to_its_sentence(extracted):
    _, by_name = extracted
    for line in by_name.values():
        text = line["document"]["text"]
        for e in line["events"]:
            ev = e["evidence"]
            assert text[ev["start"] : ev["end"]] == ev["sentence"]
