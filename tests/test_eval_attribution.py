"""``footprint eval attribution``: the scorer on hand-made claims, the gold reader on bad input, and the
pinned scores of the stage on ``data/dev-gold/attribution.jsonl`` (integration)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from footprint.errors import EvalError
from footprint.eval.attribution import (CLAIM_FIELDS, GoldClaimPassage, SystemClaim, evaluate, normalise,
                                        score_passage)
from footprint.eval.gold import read_jsonl
from footprint.model import Attribution

GOLD = Path(__file__).parents[1] / "data" / "dev-gold" / "attribution.jsonl"
TEXT = "The army said 12 rebels died. Residents denied it, and the toll could not be verified."
S1, S2 = (0, 29), (30, 86)


def _gold(*claims) -> GoldClaimPassage:
    return GoldClaimPassage.model_validate({"id": "p1", "text": TEXT, "split": "dev", "claims": [
        {"cue_text": TEXT[s:e], "cue_start": s, "cue_end": e, "claimant": who, "claimant_id": cid,
         "modality": mod, "evidence_type": ev} for s, e, who, cid, mod, ev in claims]})


SAID = (9, 13, "the army", None, "reported", "official statement")
DENIED = (40, 46, "residents", None, "denied", "witnesses")
HEDGE = (64, 85, None, None, "hedged", None)


def _sys(sent, cue, who=None, mod="reported", ev=None, cid=None) -> SystemClaim:
    return SystemClaim(sent[0], sent[1], cue[0], cue[1],
                       Attribution(claimant=who, claimant_id=cid, modality=mod, evidence_type=ev))


def test_offsets_of_the_fixture():
    assert TEXT[9:13] == "said" and TEXT[40:46] == "denied" and TEXT[64:85] == "could not be verified"
    assert TEXT[S1[0]:S1[1]].endswith("died.") and TEXT[S2[0]:S2[1]].startswith("Residents")


def test_perfect():
    t = score_passage(_gold(SAID, DENIED), [_sys(S1, (9, 13), "The army", "reported", "official statement"),
                                            _sys(S2, (40, 46), "residents", "denied", "witnesses")])
    s = t.scores(CLAIM_FIELDS)
    assert s["relaxed_f1"] == s["strict_f1"] == 1.0 and t.errors == []
    assert all(s[f"{f}_accuracy"] == 1.0 for f in CLAIM_FIELDS)


def test_empty_and_missed():
    assert score_passage(_gold(), []).scores(CLAIM_FIELDS)["relaxed_f1"] == 1.0
    s = score_passage(_gold(SAID, DENIED), []).scores(CLAIM_FIELDS)
    assert s["relaxed_r"] == 0.0 and s["relaxed_f1"] == 0.0
    s = score_passage(_gold(SAID, DENIED), [_sys(S1, (9, 13), "the army")]).scores(CLAIM_FIELDS)
    assert s["relaxed_p"] == 1.0 and s["relaxed_r"] == 0.5


def test_spurious():
    t = score_passage(_gold(SAID), [_sys(S1, (9, 13), "the army", ev="official statement"), _sys(S2, (-1, -1), "someone")])
    assert t.scores(CLAIM_FIELDS)["relaxed_p"] == 0.5
    assert [e["error"] for e in t.errors] == ["spurious"]


def test_one_sentence_covering_two_claims_takes_the_one_its_cue_overlaps():
    t = score_passage(_gold(DENIED, HEDGE), [_sys(S2, (64, 85), None, "hedged")])
    s = t.scores(CLAIM_FIELDS)
    assert s["relaxed_r"] == 0.5 and s["strict_p"] == 1.0 and s["modality_accuracy"] == 1.0
    assert [e["error"] for e in t.errors] == ["missed"] and "denied" in t.errors[0]["gold"]


def test_a_cue_elsewhere_in_the_sentence_is_relaxed_only_and_fields_are_checked():
    t = score_passage(_gold(DENIED), [_sys(S2, (-1, -1), "the residents", "hedged", None)])
    s = t.scores(CLAIM_FIELDS)
    assert s["relaxed_f1"] == 1.0 and s["strict_f1"] == 0.0
    assert s["claimant_accuracy"] == 1.0 and s["modality_accuracy"] == 0.0 and s["evidence_accuracy"] == 0.0


def test_claimant_by_id_when_the_gold_has_one():
    g = _gold((9, 13, "the army", "armed_forces.ml", "reported", "official statement"))
    right = score_passage(g, [_sys(S1, (9, 13), "Malian Armed Forces", cid="armed_forces.ml")])
    wrong = score_passage(g, [_sys(S1, (9, 13), "the army", cid=None)])
    assert right.fields["claimant"] == 1 and wrong.fields["claimant"] == 0
    none = score_passage(_gold(HEDGE), [_sys(S2, (64, 85), "residents", "hedged")])
    assert none.fields["claimant"] == 0


def test_normalise():
    assert normalise("The  Army,") == "army" == normalise("army")
    assert normalise("Russia’s defence ministry") == "russia's defence ministry"
    assert normalise(None) == ""


def _line(**over) -> str:
    row = {"id": "a1", "text": TEXT, "split": "dev", "claims": [
        {"cue_text": "said", "cue_start": 9, "cue_end": 13, "claimant": "the army", "claimant_id": None,
         "modality": "reported", "evidence_type": "official statement"}]}
    row.update(over)
    return json.dumps(row)


def _write(tmp_path: Path, data: bytes | str) -> Path:
    p = tmp_path / "claims.jsonl"
    p.write_bytes(data if isinstance(data, bytes) else data.encode())
    return p


@pytest.mark.parametrize("data, words", [
    (b"", "empty"), (b"\x00binary\x00", "binary"), (b"{oops", "claims.jsonl:1: malformed JSON"),
    (b'"a string"', "claims.jsonl:1: expected a JSON object"),
])
def test_reader_refuses_bad_files(tmp_path, data, words):
    with pytest.raises(EvalError, match=words):
        read_jsonl(_write(tmp_path, data), GoldClaimPassage)


@pytest.mark.parametrize("change, words", [
    ({"cue_end": 500}, "out of range"),
    ({"cue_start": 8}, "not 'said'"),
    ({"modality": "asserted"}, "modality 'asserted'"),
    ({"modality": "rumoured"}, "modality 'rumoured'"),
    ({"evidence_type": "gossip"}, "evidence_type 'gossip'"),
    ({"claimant": None, "claimant_id": "x"}, "claimant_id without claimant"),
])
def test_reader_refuses_bad_claims(tmp_path, change, words):
    row = json.loads(_line())
    row["claims"][0].update(change)
    with pytest.raises(EvalError, match="claims.jsonl:2") as exc:
        read_jsonl(_write(tmp_path, _line(id="ok") + "\n" + json.dumps(row)), GoldClaimPassage)
    assert words in str(exc.value)


def test_reader_refuses_a_10_mb_line(tmp_path):
    with pytest.raises(EvalError, match=r"claims.jsonl:1: line too long"):
        read_jsonl(_write(tmp_path, _line(text="y" * (10 * 1024 * 1024), claims=[])), GoldClaimPassage)


def test_evaluate_with_a_hand_made_system(tmp_path):
    path = _write(tmp_path, _line() + "\n" + _line(id="a2", split="heldout"))
    res = evaluate(path, system=lambda ps: [[_sys(S1, (9, 13), "the army", ev="official statement")], []])
    assert res["dev"].relaxed == 1 and res["heldout"].relaxed == 0 and res["all"].gold == 2


def test_the_gold_file_reads_and_is_split_in_halves():
    rows = read_jsonl(GOLD, GoldClaimPassage)
    splits = [r.split for r in rows]
    assert len(rows) >= 100 and set(splits) == {"dev", "heldout", "dev-b", "heldout-b", "dev-c", "heldout-c"}
    assert abs(splits.count("dev") - splits.count("heldout")) <= 1
    assert splits.count("dev-b") == splits.count("heldout-b") == 10
    assert splits.count("dev-c") == splits.count("heldout-c") == 10


#: measured minus about 0.02 (docs/events.md); never lowered silently
PINS = {
    "dev": {"relaxed_f1": 0.98, "strict_f1": 0.98, "claimant_accuracy": 0.91, "modality_accuracy": 0.98,
            "evidence_accuracy": 0.98},
    # held-out modality went 1.000 -> 0.974 (one claim of 38) when records became per clause; pinned below it
    "heldout": {"relaxed_f1": 0.93, "strict_f1": 0.85, "claimant_accuracy": 0.92, "modality_accuracy": 0.96,
                "evidence_accuracy": 0.92},
    # reminders, denials, document nouns, nested claims (README): dev-b pinned under its score after the
    # reminder and "described as" rules (first run: F1 0.957, claimant 0.818, evidence 0.909); heldout-b
    # first run F1 1.0, claimant 0.833, modality 1.0, evidence 0.833; after the rules claimant 1.000, evidence 0.917
    "dev-b": {"relaxed_f1": 0.98, "strict_f1": 0.98, "claimant_accuracy": 0.98, "modality_accuracy": 0.98,
              "evidence_accuracy": 0.98},
    "heldout-b": {"relaxed_f1": 0.98, "strict_f1": 0.98, "claimant_accuracy": 0.95, "modality_accuracy": 0.98,
                  "evidence_accuracy": 0.89},
    # no-claim sentences, hedges, claims through a channel, unnamed sources, denial and counter-claim (README):
    # first run dev-c F1 0.941, strict 0.824, claimant 1.0, modality 0.875, evidence 1.0; heldout-c F1 0.947,
    # strict 0.947, claimant 0.889, modality 0.889, evidence 0.889. After the no-claim, claimed-act and
    # unnamed-source rules dev-c 1.0 throughout, heldout-c F1 1.0, modality 1.0 (claimant and evidence unchanged)
    "dev-c": {"relaxed_f1": 0.98, "strict_f1": 0.98, "claimant_accuracy": 0.98, "modality_accuracy": 0.98,
              "evidence_accuracy": 0.98},
    "heldout-c": {"relaxed_f1": 0.98, "strict_f1": 0.98, "claimant_accuracy": 0.86, "modality_accuracy": 0.98,
                  "evidence_accuracy": 0.86},
}


@pytest.fixture(scope="module")
def measured(pipeline_installed):
    return {k: v.scores(CLAIM_FIELDS) for k, v in evaluate(GOLD).items()}


@pytest.mark.integration
@pytest.mark.parametrize("split", sorted(PINS))
def test_pinned_scores(measured, split):
    got = measured[split]
    low = {k: (round(got[k], 4), v) for k, v in PINS[split].items() if got[k] < v}
    assert not low, f"{split} below its pinned minimum (got, pin): {low}"
