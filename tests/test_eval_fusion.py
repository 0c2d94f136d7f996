"""``footprint eval fusion``: gold loading and its errors, the scores on hand-built views, and the pinned
scores of fusion on ``data/dev-gold/fusion/fusion-gold.json`` (integration)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from footprint.errors import EvalError, FootprintError
from footprint.eval import fusion as fe

GOLD = Path(__file__).resolve().parents[1] / "data" / "dev-gold" / "fusion" / "fusion-gold.json"


def _write_reports(folder: Path, names: list[str]) -> None:
    for n in names:
        (folder / n).write_text(f"---\ntitle: t\nsource: {n}.example\npublished: 2023-03-01\n---\n\n"
                                f"Gunmen attacked a market in a made-up town on Monday ({n}).\n", encoding="utf-8")


def _gold(folder: Path, **over) -> Path:
    _write_reports(folder, ["a.md", "b.md", "c.md"])
    data = {
        "docs_dir": ".",
        "incidents": [
            {"id": "one", "split": "dev", "group": "fight", "sources": 2, "mentions": [
                {"doc": "a.md", "evidence_any": ["attacked a market"], "voices": ["va"]},
                {"doc": "b.md", "evidence_any": ["attacked a market"], "voices": ["vb"]},
            ]},
            {"id": "two", "split": "heldout", "sources": 1, "mentions": [
                {"doc": "c.md", "evidence_any": ["attacked a market"], "voices": ["vc"]},
                {"doc": "a.md", "evidence_any": ["no such words"], "voices": ["vc"], "optional": True},
            ]},
        ],
        "places": {"x": {"country": "ML"}},
        "presence": [{"id": "p", "split": "dev", "actor_any": ["g"], "place": "x"}],
    }
    data.update(over)
    path = folder / "gold.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- loading and its errors -------------------------------------------------------------


def test_loads_a_valid_gold(tmp_path):
    gold = fe.load_gold(_gold(tmp_path))
    assert [i.id for i in gold.incidents] == ["one", "two"]
    assert gold.splits == ["dev", "heldout"]
    assert gold.docs == ["a.md", "b.md", "c.md"]
    assert gold.incidents[1].mentions[1].optional


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n", "empty"),
    (b"\x00\x01\x02{}", "binary"),
    (b"\xff\xfe{\"a\": 1}", "UTF-8"),
    (b"{\"incidents\": [", "invalid JSON"),
    (b"[1, 2]", "incidents"),
    (b"{\"incidents\": []}", "incidents"),
    (b"[" * 100000 + b"]" * 100000, ""),
])
def test_bad_gold_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(EvalError) as exc:
        fe.load_gold(path)
    assert str(path) in str(exc.value) and message in str(exc.value)


def test_missing_gold_file_and_folder(tmp_path):
    with pytest.raises(EvalError, match="no such file"):
        fe.load_gold(tmp_path / "nope.json")
    with pytest.raises(EvalError, match=str(tmp_path)):
        fe.load_gold(tmp_path)


def test_oversized_gold(tmp_path, monkeypatch):
    monkeypatch.setattr(fe, "MAX_GOLD_BYTES", 100)
    with pytest.raises(EvalError, match="over"):
        fe.load_gold(_gold(tmp_path))


def _incident(**over) -> dict:
    base = {"id": "one", "split": "dev", "sources": 1,
            "mentions": [{"doc": "a.md", "evidence_any": ["attacked"], "voices": ["va"]}]}
    base.update(over)
    return base


@pytest.mark.parametrize("incident, message", [
    (_incident(sources=3), "'sources' is 3 but the mentions give 1"),
    (_incident(sources=-1), "whole number"),
    (_incident(sources=True), "whole number"),
    (_incident(split=""), "split"),
    (_incident(mentions=[]), "mentions"),
    (_incident(colour="red"), "unknown keys"),
    (_incident(mentions=[{"doc": "zzz.md", "evidence_any": ["x"], "voices": ["v"]}]), "does not exist"),
    (_incident(mentions=[{"doc": "../a.md", "evidence_any": ["x"], "voices": ["v"]}]), "file name"),
    (_incident(mentions=[{"doc": "a.md", "evidence_any": [], "voices": ["v"]}]), "evidence_any"),
    (_incident(mentions=[{"doc": "a.md", "evidence_any": ["x"], "voices": [""]}]), "voices"),
    (_incident(mentions=[{"doc": "a.md", "evidence_any": ["x"], "voices": ["v"], "denied": "yes"}]), "denied"),
    (_incident(mentions=["a.md"]), "mention must be an object"),
    (_incident(mentions=[{"doc": "a" * 5000 + ".md", "evidence_any": ["x"], "voices": ["v"]}]), "does not exist"),
    (_incident(mentions=[{"doc": "a\x00.md", "evidence_any": ["x"], "voices": ["v"]}]), "does not exist"),
])
def test_malformed_incidents_name_file_and_incident(tmp_path, incident, message):
    path = _gold(tmp_path, incidents=[incident])
    with pytest.raises(EvalError) as exc:
        fe.load_gold(path)
    assert str(path) in str(exc.value) and message in str(exc.value)


def test_denied_mentions_add_no_voice_and_ids_are_unique(tmp_path):
    denied = _incident(sources=1, mentions=[
        {"doc": "a.md", "evidence_any": ["x"], "voices": ["va"]},
        {"doc": "b.md", "evidence_any": ["x"], "voices": ["vb"], "denied": True}])
    assert fe.load_gold(_gold(tmp_path, incidents=[denied])).incidents[0].sources == 1
    with pytest.raises(EvalError, match="repeat"):
        fe.load_gold(_gold(tmp_path, incidents=[_incident(), _incident()]))


def test_undefined_presence_place_and_unknown_split(tmp_path):
    with pytest.raises(EvalError, match="undefined place"):
        fe.load_gold(_gold(tmp_path, presence=[{"id": "p", "place": "nowhere"}]))
    with pytest.raises(EvalError, match="undefined place"):
        fe.load_gold(_gold(tmp_path, presence=[{"id": "p", "place": ["x"]}]))
    with pytest.raises(EvalError, match="no incidents in split"):
        fe.evaluate(_gold(tmp_path), splits=("test",), runner=lambda g: pytest.fail("must not run"))


# --- finding mentions and scoring --------------------------------------------------------


def _ev(id_, sentence, *, group="fight", trigger="", start=0, embedded=False):
    return {"id": id_, "type": "attack", "group": group, "sentence": sentence, "start": start,
            "embedded": embedded, "modality": "asserted", "trigger": trigger}


def test_find_event_prefers_the_trigger_inside_the_mention_words():
    s = "Militia killed six raiders on Monday, two days after raiders burned a village."
    evs = [_ev("e1", s, trigger="killed"), _ev("e2", s, trigger="burned")]
    first = fe.Mention("a.md", ("raiders burned a village",), ("v",))
    second = fe.Mention("a.md", ("Militia killed six",), ("v",))
    assert fe.find_event(first, "fight", evs)["id"] == "e2"
    assert fe.find_event(second, "fight", evs)["id"] == "e1"
    assert fe.find_event(fe.Mention("a.md", ("nothing like it",), ("v",)), "fight", evs) is None
    # quotes and spacing do not matter; the incident's group wins among other events of the sentence
    evs = [_ev("t", "They said “it   happened”.", group="talk"), _ev("f", "They said “it   happened”.")]
    assert fe.find_event(fe.Mention("a.md", ('said "it happened"',), ("v",)), "fight", evs)["id"] == "f"


def _view(gold: fe.FusionGold, clusters: dict[str, str], sources: dict[str, int], found=("a.md", "b.md", "c.md")):
    doc_ids = {d: f"doc-{d}" for d in gold.docs}
    events = {f"doc-{d}": [_ev(f"ev-{d}", "Gunmen attacked a market in a made-up town on Monday.")]
              for d in found}
    return fe.SystemView(doc_ids, events, clusters, sources, presences=[])


def test_scores_a_perfect_view(tmp_path):
    gold = fe.load_gold(_gold(tmp_path))
    view = _view(gold, {"ev-a.md": "c1", "ev-b.md": "c1", "ev-c.md": "c2"}, {"c1": 2, "c2": 1})
    row = fe.score(gold, view, None).to_row()
    assert row["mentions"] == 3 and row["found"] == 3 and row["extraction_recall"] == 1.0
    assert (row["gold_pairs"], row["system_pairs"]) == (1, 1)
    assert row["link_f1"] == 1.0 and row["bcubed_f1"] == 1.0 and row["sources_accuracy"] == 1.0
    assert row["presence_total"] == 1 and row["presence_held"] == 0  # no presence at all


def test_scores_a_merged_and_a_split_view(tmp_path):
    gold = fe.load_gold(_gold(tmp_path))
    merged = fe.score(gold, _view(gold, dict.fromkeys(["ev-a.md", "ev-b.md", "ev-c.md"], "c1"), {"c1": 3}), None)
    row = merged.to_row()
    assert row["link_p"] == round(1 / 3, 4) and row["link_r"] == 1.0
    assert row["bcubed_r"] == 1.0 and row["bcubed_p"] == round((2 / 3 + 2 / 3 + 1 / 3) / 3, 4)
    assert row["sources_accuracy"] == 0.0 and row["sources_mae"] == 1.5
    assert fe.merged_rows(merged)[0]["incident"] == "one + two"
    split = fe.score(gold, _view(gold, {"ev-a.md": "c1", "ev-b.md": "c2", "ev-c.md": "c3"},
                                 {"c1": 1, "c2": 1, "c3": 1}), "dev")
    row = split.to_row()
    assert row["link_r"] == 0.0 and row["link_p"] is None and row["bcubed_p"] == 1.0 and row["bcubed_r"] == 0.5
    assert any(r["error"] == "2 fused events" for r in fe.error_rows(split))


def test_unfound_mentions_count_for_extraction_only(tmp_path):
    gold = fe.load_gold(_gold(tmp_path))
    view = _view(gold, {"ev-a.md": "c1"}, {"c1": 1}, found=("a.md",))
    row = fe.score(gold, view, "dev").to_row()
    assert row["found"] == 1 and row["extraction_recall"] == 0.5
    assert row["gold_pairs"] == 0 and row["bcubed_f1"] == 1.0 and row["sources_accuracy"] == 0.0
    assert any(r["error"] == "not extracted" for r in fe.error_rows(fe.score(gold, view, "dev")))
    # an incident with nothing found has no sources
    assert fe.score(gold, view, "heldout").to_row()["sources_mae"] == 1.0


def test_evaluate_scores_each_split_then_all(tmp_path):
    path = _gold(tmp_path)
    runner = lambda g: _view(g, {"ev-a.md": "c1", "ev-b.md": "c1", "ev-c.md": "c2"}, {"c1": 2, "c2": 1})  # noqa: E731
    results = fe.evaluate(path, runner=runner)
    assert list(results) == ["dev", "heldout", "all"]
    assert list(fe.evaluate(path, splits=("dev",), runner=runner)) == ["dev"]


def test_cli_reports_bad_gold_in_one_line(tmp_path):
    from typer.testing import CliRunner

    from footprint.cli import app

    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "fusion", str(bad)])
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit)
    assert issubclass(EvalError, FootprintError)


# --- pinned scores (integration) ---------------------------------------------------------

#: measured minus about 0.02; never lowered silently (docs/fusion.md, "Evaluation")
PINS = {
    # link and B-cubed raised after event dating ("two days after", "the same day"; then an event in a relative
    # clause on a dated noun, with claimant folding in fuse/sources.py: docs/time.md)
    # then name blocks for placeless events with no registry actor (0.807 / 0.857)
    # then a places fix (link F1 0.885) and an outlet's uncited report counted as a reminder only when
    # published after its cited one, with no new numbers (sources 0.625 -> 0.75)
    # B-cubed pin raised with them (0.917)
    "dev": {"extraction_recall": 0.94, "link_p": 0.98, "link_f1": 0.865, "bcubed_f1": 0.89,
            "sources_accuracy": 0.73, "presence_held": 3},
    # dev-b (added later, tuned on like dev): measured minus about 0.03; raised after second-level regions placed
    # "Gourma province" and claimant folding (0.815 / 0.880 / 0.833)
    # then the army's statement and the group's claim in one report judged as two voices (0.915 / 0.928)
    "dev-b": {"extraction_recall": 0.92, "link_p": 0.98, "link_f1": 0.88, "bcubed_f1": 0.90,
              "sources_accuracy": 0.80, "presence_held": 2},
    # dev-c (added later, tuned on): measured minus about 0.03 (0.933 / 0.769 / 0.645 / 0.779); its sources
    # accuracy was 0.0 when pinned (a Mora report the places stage left unplaced sits in the Koza raid's fused
    # event and adds its voice there), so no sources pin yet
    # then a places fix: link F1 0.941; then a newspaper's name no longer read as a town that set the report's
    # country: link P / F1 / B-cubed / sources 1.0 / 1.0 / 1.0 / 1.0
    "dev-c": {"extraction_recall": 0.90, "link_p": 0.97, "link_f1": 0.97, "bcubed_f1": 0.97,
              "sources_accuracy": 0.97},
    # dev-d (added later, tuned on): first run 0.933 / 1.0 / 0.923 / 0.950 / 0.80, pinned about 0.03 under
    # then the front matter's time of day orders a same-day correction after its morning report: sources 1.0
    "dev-d": {"extraction_recall": 0.90, "link_p": 0.97, "link_f1": 0.89, "bcubed_f1": 0.92,
              "sources_accuracy": 0.97},
    # dev-e (added later, tuned on): first run 1.0 / 1.0 / 0.455 / 0.696 / 0.20; then a region report linked
    # to a town inside it (fuse/regions.py): 1.0 / 1.0 / 0.583 / 0.750 / 0.20; then a town spelled another way
    # in a placeless sentence (fuse/spelling.py): 1.0 / 1.0 / 0.692 / 0.800 / 0.40, pinned about 0.02 under
    # then a toll revised within two weeks of the day-dated attack (fuse/identity.py): 1.0 / 1.0 / 0.938 / 0.929 / 0.60
    "dev-e": {"extraction_recall": 0.97, "link_p": 0.97, "link_f1": 0.91, "bcubed_f1": 0.90,
              "sources_accuracy": 0.58},
    # dev-f (added later, tuned on): first run 0.941 / 0.778 / 0.583 / 0.793 / 0.50; then a town neither report
    # placed, named in both sentences (fuse/spelling.py): 0.941 / 0.818 / 0.692 / 0.831 / 0.667, pinned about 0.02 under
    "dev-f": {"extraction_recall": 0.92, "link_p": 0.80, "link_f1": 0.77, "bcubed_f1": 0.86,
              "sources_accuracy": 0.64},  # link F1 / B-cubed raised after the namesake-region rule (0.786 / 0.879)
    "heldout": {"extraction_recall": 0.90, "link_p": 0.98, "link_f1": 0.58, "bcubed_f1": 0.75,
                "sources_accuracy": 0.38, "presence_held": 2},
    # heldout-b (added later, totals only): first run 1.0 / 0.889 / 0.727 / 0.847 / 0.80, pinned about 0.03 under
    # then the two sides of one fight no longer veto (1.0 / 0.870 / 0.939), pinned about 0.03 under
    "heldout-b": {"extraction_recall": 0.97, "link_p": 0.97, "link_f1": 0.84, "bcubed_f1": 0.91,
                  "sources_accuracy": 0.77},
    # heldout-c (added later, totals only): first run 0.938 / 1.0 / 0.50 / 0.732 / 0.50, pinned about 0.02 under;
    # then a worker of a field read as the outlet's own reporting: sources 0.667
    "heldout-c": {"extraction_recall": 0.91, "link_p": 0.97, "link_f1": 0.48, "bcubed_f1": 0.71,
                  "sources_accuracy": 0.64},
    # dev-g (added later, tuned on): first run 0.9375 / 1.0 / 0.621 / 0.803 / 0.60; then one statement relayed
    # by two outlets one voice and a capture beside generic fighting one type: 0.9375 / 1.0 / 0.710 / 0.864 / 0.80,
    # pinned about 0.02 under (with the dates stage's weekly-summary rule merged: link F1 0.750, B-cubed 0.881)
    "dev-g": {"extraction_recall": 0.91, "link_p": 0.97, "link_f1": 0.69, "bcubed_f1": 0.84,
              "sources_accuracy": 0.78},
    # heldout-d (added later, totals only): first run 1.0 / 1.0 / 0.690 / 0.824 / 0.80, pinned about 0.02 under
    "heldout-d": {"extraction_recall": 0.97, "link_p": 0.97, "link_f1": 0.67, "bcubed_f1": 0.80,
                  "sources_accuracy": 0.78},
    # dev-h (added later, tuned on): first run 1.0 / 1.0 / 0.417 / 0.722 / 0.20; then a toll update with no date of
    # its own dated by the month up to its telling: 1.0 / 1.0 / 0.538 / 0.767 / 0.20; then one statement relayed
    # by two outlets one voice: sources 0.40; then a registry speaker telling generic fighting a party to it:
    # 1.0 / 1.0 / 0.643 / 0.819 / 0.40, pinned about 0.02 under
    # then a party's undated claim dated by its telling: 1.0 / 1.0 / 0.774 / 0.876 / 0.40, pinned about 0.02 under
    "dev-h": {"extraction_recall": 0.97, "link_p": 0.97, "link_f1": 0.75, "bcubed_f1": 0.85,
              "sources_accuracy": 0.38},
    # heldout-e (added later, totals only): first run 1.0 / 1.0 / 0.417 / 0.702 / 0.60, pinned about 0.02 under
    # then a party's undated claim dated by its telling: 1.0 / 1.0 / 0.480 / 0.725 / 0.60 (pins left as set)
    "heldout-e": {"extraction_recall": 0.97, "link_p": 0.97, "link_f1": 0.40, "bcubed_f1": 0.68,
                  "sources_accuracy": 0.58},
    # dev-i (added later, tuned on): first run 1.0 / 0.571 / 0.25 / 0.629 / 0.333, pinned about 0.02 under
    # then a place with no country blocked beside its country's towns and a small area's own reach:
    # 1.0 / 1.0 / 0.571 / 0.771 / 0.667, pinned about 0.02 under
    "dev-i": {"extraction_recall": 0.97, "link_p": 0.98, "link_f1": 0.55, "bcubed_f1": 0.75,
              "sources_accuracy": 0.64},
    # heldout-f (added later, totals only): first run 0.8125 / 1.0 / 1.0 / 1.0 / 0.60, pinned about 0.02 under
    "heldout-f": {"extraction_recall": 0.79, "link_p": 0.97, "link_f1": 0.97, "bcubed_f1": 0.97,
                  "sources_accuracy": 0.58},
}


@pytest.fixture(scope="module")
def measured(pipeline_installed):
    return {k: v.to_row() for k, v in fe.evaluate(GOLD).items()}


@pytest.mark.integration
@pytest.mark.parametrize("split", sorted(PINS))
def test_pinned_scores(measured, split):
    got = measured[split]
    low = {k: (got[k], v) for k, v in PINS[split].items() if got[k] is None or got[k] < v}
    assert not low, f"{split} below its pinned minimum (got, pin): {low}"


def test_only_dev_splits_are_read_incident_by_incident():
    assert fe.tuned("dev") and fe.tuned("dev-b")
    assert not any(fe.tuned(s) for s in ("heldout", "heldout-b", "test", "development", "devb", ""))
