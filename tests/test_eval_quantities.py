"""``footprint eval quantities``: the scorer on hand-made lists, the gold reader on bad input, and the
pinned scores of the stage on ``data/dev-gold/quantities.jsonl`` (integration)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from footprint.errors import EvalError, FootprintError
from footprint.eval.gold import read_jsonl
from footprint.eval.quantities import (KINDS, GoldPassage, QUANTITY_FIELDS, Tally, align, evaluate, overlap,
                                       score_passage)
from footprint.model import Quantity

GOLD = Path(__file__).parents[1] / "data" / "dev-gold" / "quantities.jsonl"
TEXT = "Gunmen killed 12 villagers and abducted about 30 women near the town in 2021."
IDS = {"jnim"}.__contains__


def _gold(*items) -> GoldPassage:
    return GoldPassage.model_validate({"id": "p1", "text": TEXT, "split": "dev", "quantities": [
        {"text": TEXT[s:e], "start": s, "end": e, "kind": k, "min": lo, "max": hi, "approximate": ap, "side": side}
        for s, e, k, lo, hi, ap, side in items]})


def _q(s, e, kind, lo, hi, ap=False, side=None, unit="personnel") -> Quantity:
    return Quantity(kind=kind, min=lo, max=hi, unit=unit, approximate=ap, text=TEXT[s:e], start=s, end=e, side=side)


V = (14, 26, "fatalities", 12, 12, False, None)  # "12 villagers"
W = (40, 54, "abducted", 30, 30, True, "jnim")  # "about 30 women"


def test_offsets_of_the_fixture():
    assert TEXT[14:26] == "12 villagers" and TEXT[40:54] == "about 30 women"


def test_kinds_agree_with_the_stage():
    from footprint.quantities import KINDS as STAGE_KINDS

    assert tuple(KINDS) == tuple(STAGE_KINDS)


def test_perfect():
    t = score_passage(_gold(V, W), [_q(14, 26, "fatalities", 12, 12), _q(40, 54, "abducted", 30, 30, True, "jnim")], IDS)
    s = t.scores(QUANTITY_FIELDS)
    assert s["relaxed_f1"] == s["strict_f1"] == 1.0
    assert all(s[f"{f}_accuracy"] == 1.0 for f in QUANTITY_FIELDS)
    assert t.errors == []


def test_empty_both_sides_is_perfect_and_empty_system_misses_all():
    assert score_passage(_gold(), [], IDS).scores(QUANTITY_FIELDS)["relaxed_f1"] == 1.0
    t = score_passage(_gold(V, W), [], IDS)
    s = t.scores(QUANTITY_FIELDS)
    assert s["relaxed_r"] == 0.0 and s["relaxed_f1"] == 0.0 and s["kind_accuracy"] == 0.0
    assert [e["error"] for e in t.errors] == ["missed", "missed"]


def test_missed_one():
    s = score_passage(_gold(V, W), [_q(14, 26, "fatalities", 12, 12)], IDS).scores(QUANTITY_FIELDS)
    assert s["relaxed_p"] == 1.0 and s["relaxed_r"] == 0.5


def test_spurious_year_counts_against_precision_but_a_measure_is_set_aside():
    year = _q(72, 76, "other", 2021, 2021, unit="things")
    money = _q(72, 76, "other", 2021, 2021, unit="currency")
    t = score_passage(_gold(V), [_q(14, 26, "fatalities", 12, 12), year, money], IDS)
    s = t.scores(QUANTITY_FIELDS)
    assert s["system"] == 2 and s["set_aside"] == 1 and s["relaxed_p"] == 0.5
    assert [e["error"] for e in t.errors] == ["spurious"]


def test_animals_and_a_bare_article_are_set_aside_as_the_rules_leave_them_out():
    text = "Raiders killed a herder, stole 30 cattle and seized a dozen men and an officer."
    gold = GoldPassage.model_validate({"id": "p2", "text": text, "split": "dev", "quantities": [
        {"text": "a dozen men", "start": 52, "end": 63, "kind": "abducted", "min": 12, "max": 12,
         "approximate": True, "side": None}]})
    assert text[52:63] == "a dozen men"

    def q(words, kind, lo, hi, unit="personnel"):
        i = text.index(words)
        return Quantity(kind=kind, min=lo, max=hi, unit=unit, approximate=False, text=words, start=i,
                        end=i + len(words), side=None)

    herder, cattle = q("a herder", "fatalities", 1, 1), q("30 cattle", "other", 30, 30, unit="cattle")
    dozen, officer = q("a dozen men", "abducted", 12, 12), q("an officer", "abducted", 1, 1)
    t = score_passage(gold, [herder, cattle, dozen, officer], IDS)
    s = t.scores(QUANTITY_FIELDS)
    assert s["system"] == 1 and s["set_aside"] == 3 and s["relaxed_p"] == 1.0
    # a people count of other words is still spurious, and a set-aside kind that overlaps the gold is matched
    men = q("30 cattle", "other", 30, 30, unit="men")
    assert score_passage(gold, [men, dozen], IDS).scores(QUANTITY_FIELDS)["relaxed_p"] == 0.5
    aside = Quantity(kind="abducted", min=1, max=1, unit="personnel", approximate=False, text="a dozen men",
                     start=52, end=63, side=None)
    assert score_passage(gold, [aside], IDS).scores(QUANTITY_FIELDS)["relaxed_r"] == 1.0


def test_animal_units_agree_with_the_stage():
    from footprint.eval.quantities import ANIMAL_UNITS
    from footprint.quantities import ANIMAL_NOUNS

    assert ANIMAL_UNITS == ANIMAL_NOUNS


def test_partial_overlap_is_relaxed_not_strict_and_fields_are_checked():
    t = score_passage(_gold(V, W), [_q(14, 16, "injured", 12, 12), _q(46, 54, "abducted", 30, None, False, "women")],
                      IDS)
    s = t.scores(QUANTITY_FIELDS)
    assert s["relaxed_f1"] == 1.0 and s["strict_f1"] == 0.0
    assert s["kind_accuracy"] == 0.5 and s["bounds_accuracy"] == 0.5 and s["approximate_accuracy"] == 0.5
    assert s["side_accuracy"] == 0.5  # a group name is no id: right for a null side, wrong for "jnim"


def test_one_span_covering_two_gold_matches_one():
    t = score_passage(_gold(V, W), [_q(14, 54, "fatalities", 12, 12)], IDS)
    s = t.scores(QUANTITY_FIELDS)
    assert s["relaxed_p"] == 1.0 and s["relaxed_r"] == 0.5
    assert sorted(e["error"] for e in t.errors) == ["missed", "wrong"]


def test_align_is_one_to_one_and_prefers_the_largest_overlap():
    gold = [(0, 10), (12, 20)]
    system = [(0, 20), (14, 18)]
    pairs = align(gold, system, lambda g, s: overlap(g, s))
    assert pairs == {0: 0, 1: 1}
    assert align([(0, 5)], [(6, 9)], lambda g, s: overlap(g, s)) == {}


def test_tallies_add_up():
    a = score_passage(_gold(V), [_q(14, 26, "fatalities", 12, 12)], IDS)
    b = score_passage(_gold(W), [], IDS)
    total = Tally()
    total.add(a)
    total.add(b)
    assert (total.passages, total.gold, total.system, total.relaxed) == (2, 2, 1, 1)


# --- the reader --------------------------------------------------------------------------------


def _line(**over) -> str:
    row = {"id": "x1", "text": TEXT, "split": "dev", "quantities": [
        {"text": "12 villagers", "start": 14, "end": 26, "kind": "fatalities", "min": 12, "max": 12,
         "approximate": False, "side": None}]}
    row.update(over)
    return json.dumps(row)


def _write(tmp_path: Path, data: bytes | str) -> Path:
    p = tmp_path / "gold.jsonl"
    p.write_bytes(data if isinstance(data, bytes) else data.encode())
    return p


def test_reader_reads_a_good_file(tmp_path):
    rows = read_jsonl(_write(tmp_path, _line() + "\n\n" + _line(id="x2") + "\n"), GoldPassage)
    assert [r.id for r in rows] == ["x1", "x2"]


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"  \n\n", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    (b'{"id": "x1", "text": ', "gold.jsonl:1: malformed JSON"),
    (b"[1, 2]", "gold.jsonl:1: expected a JSON object"),
    (b"\xff\xfe{}", "gold.jsonl:1: not UTF-8"),
    (b"[" * 100_000, "gold.jsonl:1: malformed JSON (nested too deeply)"),
    (b'{"a":' * 50_000, "gold.jsonl:1: malformed JSON (nested too deeply)"),
])
def test_reader_refuses_bad_files(tmp_path, data, words):
    with pytest.raises(EvalError) as exc:
        read_jsonl(_write(tmp_path, data), GoldPassage)
    assert words in str(exc.value) and isinstance(exc.value, FootprintError)


def test_reader_names_the_line_of_a_bad_entry(tmp_path):
    bad = json.loads(_line(id="x2"))
    bad["quantities"][0]["end"] = 999
    with pytest.raises(EvalError, match=r"gold.jsonl:2: .*out of range"):
        read_jsonl(_write(tmp_path, _line() + "\n" + json.dumps(bad)), GoldPassage)
    bad["quantities"][0].update(end=25)
    with pytest.raises(EvalError, match=r"gold.jsonl:2: .*not '12 villagers'"):
        read_jsonl(_write(tmp_path, _line() + "\n" + json.dumps(bad)), GoldPassage)


@pytest.mark.parametrize("change, words", [
    ({"kind": "casualties"}, "kind 'casualties'"),
    ({"min": 20, "max": 10}, "min 20.0 is above max"),
    ({"approximate": "yes"}, "approximate"),
    ({"colour": "red"}, "colour"),
])
def test_reader_refuses_bad_quantities(tmp_path, change, words):
    row = json.loads(_line())
    row["quantities"][0].update(change)
    with pytest.raises(EvalError, match="gold.jsonl:1") as exc:
        read_jsonl(_write(tmp_path, json.dumps(row)), GoldPassage)
    assert words in str(exc.value)


def test_reader_refuses_duplicate_ids_and_missing_fields(tmp_path):
    with pytest.raises(EvalError, match="gold.jsonl:2: id 'x1' already used on line 1"):
        read_jsonl(_write(tmp_path, _line() + "\n" + _line()), GoldPassage)
    with pytest.raises(EvalError, match="gold.jsonl:1: split"):
        read_jsonl(_write(tmp_path, json.dumps({"id": "a", "text": "t", "quantities": []})), GoldPassage)


def test_reader_refuses_a_10_mb_line_naming_it(tmp_path):
    huge = _line(text="x" * (10 * 1024 * 1024), quantities=[])
    with pytest.raises(EvalError, match=r"gold.jsonl:2: line too long"):
        read_jsonl(_write(tmp_path, _line() + "\n" + huge + "\n"), GoldPassage)


def test_reader_missing_file_and_folder(tmp_path):
    with pytest.raises(EvalError, match="cannot read"):
        read_jsonl(tmp_path / "nope.jsonl", GoldPassage)
    with pytest.raises(EvalError, match="not a file"):
        read_jsonl(tmp_path, GoldPassage)


def test_evaluate_with_a_hand_made_system(tmp_path):
    path = _write(tmp_path, _line() + "\n" + _line(id="x2", split="heldout"))
    res = evaluate(path, system=lambda ps: [[_q(14, 26, "fatalities", 12, 12)], []], is_id=IDS)
    assert list(res) == ["dev", "heldout", "all"]
    assert res["dev"].relaxed == 1 and res["heldout"].relaxed == 0 and res["all"].gold == 2
    with pytest.raises(EvalError, match="no passages of split"):
        evaluate(path, system=lambda ps: [], is_id=IDS, splits=["test"])


def test_the_gold_file_reads_and_is_split_in_halves():
    rows = read_jsonl(GOLD, GoldPassage)
    splits = [r.split for r in rows]
    assert len(rows) >= 80 and set(splits) == {"dev", "heldout"}
    assert abs(splits.count("dev") - splits.count("heldout")) <= 1
    for r in rows:
        for q in r.quantities:
            assert r.text[q.start:q.end] == q.text


# --- pinned scores (the stage on the gold file) -----------------------------------------------------

#: measured minus about 0.02 (docs/events.md); never lowered silently
PINS = {
    "dev": {"relaxed_f1": 0.98, "strict_f1": 0.98, "kind_accuracy": 0.98, "bounds_accuracy": 0.98,
            "approximate_accuracy": 0.98, "side_accuracy": 0.96},
    "heldout": {"relaxed_f1": 0.95, "strict_f1": 0.93, "kind_accuracy": 0.89, "bounds_accuracy": 0.98,
                "approximate_accuracy": 0.98, "side_accuracy": 0.94},
}


@pytest.fixture(scope="module")
def measured(pipeline_installed):
    return {k: v.scores(QUANTITY_FIELDS) for k, v in evaluate(GOLD).items()}


@pytest.mark.integration
@pytest.mark.parametrize("split", sorted(PINS))
def test_pinned_scores(measured, split):
    got = measured[split]
    low = {k: (round(got[k], 4), v) for k, v in PINS[split].items() if got[k] < v}
    assert not low, f"{split} below its pinned minimum (got, pin): {low}"
