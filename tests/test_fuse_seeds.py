"""Fusion with the real pipeline on the example reports in ../shared (integration: loads the model).

The gold ``presence`` entries must hold whichever report is ingested first,
and ingesting a report again, or a syndicated copy of it under another title
and URL, must not change any corroboration count.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="module")
def seeds():
    if not (SHARED / "seeds").is_dir() or not (SHARED / "eval" / "seeds-gold.json").is_file():
        pytest.skip("../shared not present: seeds and their gold file are not available here")
    paths = sorted((SHARED / "seeds").glob("*.txt"))
    gold = json.loads((SHARED / "eval" / "seeds-gold.json").read_text(encoding="utf-8"))
    return paths, gold


def _ingest_in_order(db: Path, paths: list[Path]):
    from footprint import fuse, process
    from footprint.store import open_store

    with open_store(db) as store:
        for p in paths:  # one report per batch, so fusion runs incrementally after each
            report = process.ingest(store, [p])
            assert report.ok, report.failures
        return fuse.presences(store), _fused(store)


def _fused(store):
    from footprint import fuse

    return sorted((c["id"], tuple(c["events"]), c["independent_sources"]) for c in fuse.fused_events(store))


def test_gold_presences_hold_in_either_order(seeds, tmp_path):
    from footprint.fuse import gold as gold_mod

    paths, gold = seeds
    outcomes = []
    for n, order in enumerate((paths, list(reversed(paths)))):
        presences, fused = _ingest_in_order(tmp_path / f"order{n}.db", order)
        results = gold_mod.evaluate(presences, gold)
        failed = [r for r in results if not r["holds"]]
        assert not failed, f"order {[p.name[:3] for p in order]}: {failed}"
        outcomes.append((sorted(json.dumps(p, sort_keys=True) for p in presences), fused))
    assert outcomes[0] == outcomes[1], "fusion depends on ingest order"


def test_same_report_twice_or_a_syndicated_copy_keeps_corroboration(seeds, tmp_path):
    from footprint import fuse, process
    from footprint.store import open_store

    paths, _gold = seeds
    with open_store(tmp_path / "copies.db") as store:
        process.ingest(store, paths)

        def counts():
            # presence ids are (actor, place) hashes; a fused event's id may move to a copy's smaller event id
            return sorted((p["id"], p["independent_sources"]) for p in fuse.presences(store)), \
                sorted(c["independent_sources"] for c in fuse.fused_events(store))

        before = counts()
        assert before[0], "no presences from the example reports"
        process.ingest(store, [paths[0]])
        assert counts() == before
        # the same article re-posted elsewhere: new title, URL and publisher, the body unchanged
        body = paths[0].read_text(encoding="utf-8").split("\n", 3)[-1]
        copy = tmp_path / "reposted.md"
        copy.write_text("---\ntitle: Reposted under another headline\nsource: aggregator.example\n"
                        "url: https://aggregator.example/story/1\n---\n" + body, encoding="utf-8")
        report = process.ingest(store, [copy])
        assert report.count("copy") == 1, report.outcomes
        assert counts() == before
