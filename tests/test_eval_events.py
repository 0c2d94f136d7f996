"""Tests for ``footprint eval events``: gold parsing, criteria, scores, and pinned minimums."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.errors import EvalError
from footprint.eval.events import (
    actors_match,
    alias_match,
    check,
    evaluate,
    load_gold,
    main_event,
    score_facts,
    score_snippets,
    weighted_f1,
)
from footprint.model import Attribution, Event, EventActor, EventDate, EventLocation, Evidence, Quantity

ROOT = Path(__file__).parents[1]
SHARED = Path(__file__).parents[2] / "shared"
DEV_GOLD = ROOT / "data" / "dev-gold" / "snippets.jsonl"
FRESH_GOLD = ROOT / "data" / "dev-gold" / "snippets-fresh.jsonl"
FRESH_B_GOLD = ROOT / "data" / "dev-gold" / "snippets-fresh-b.jsonl"
C_DEV_GOLD = ROOT / "data" / "dev-gold" / "snippets-c-dev.jsonl"
C_TEST_GOLD = ROOT / "data" / "dev-gold" / "snippets-c-test.jsonl"
D_DEV_GOLD = ROOT / "data" / "dev-gold" / "snippets-d-dev.jsonl"
E_DEV_GOLD = ROOT / "data" / "dev-gold" / "snippets-e-dev.jsonl"
F_DEV_GOLD = ROOT / "data" / "dev-gold" / "snippets-f-dev.jsonl"

#: Pinned minimums: raise them when the extractor improves, never lower them silently.
MIN_SEEDS_RECALL = 1.0
MIN_DEV_F1 = 0.95
MIN_TEST_F1 = 0.86  # 0.808 -> 0.867 with the rules measured on snippets-c-dev
MIN_DEV_TYPE_ACCURACY = 0.95
#: Role accuracy changed definition (docs/events.md, "Role accuracy"): a gold actor now matches only an
#: extracted one with the same normalized name or the same registry entry (an unnamed gold actor also
#: matches the same words with modifiers before them); the old substring/fuzzy test let "Russia" count
#: for "Russian Armed Forces". Measured with the new matcher: dev 0.719 -> 0.732, test 0.646 -> 0.659,
#: fresh a 0.713 -> 0.656, fresh b 0.638 -> 0.613. The fresh drops are the metric, not a regression.
MIN_ROLE_ACCURACY = 0.87  # dev 0.876 after the role rules of docs/events.md "Roles"; 0.882 -> 0.889 when gold
#: names are resolved as the actors stage composes them ("Israeli forces" is armed_forces.il; "Role accuracy")
#: Fresh held-out files (never tuned on): totals only.
MIN_FRESH_F1 = 0.93  # 0.896 -> 0.924 -> 0.932 -> 0.949 with the wire-style rules of file e
MIN_FRESH_B_F1 = 0.83  # 0.829 -> 0.851 -> 0.837: a date is no longer a place, so a capture whose object the
# stage cannot tell is a place is no longer taken as one because "on <day>" follows (docs/events.md)
#: Files c: c-dev is tuned on (0.756 before its rules, 0.978 after), c-test held out (0.830, totals only).
MIN_C_DEV_F1 = 0.97
MIN_C_TEST_F1 = 0.86  # 0.830 -> 0.864 -> 0.887 with the type rules of file f (held out, totals only)
#: File d (dev, tuned on): 0.738 before its rules, 0.859 after (docs/events.md).
MIN_D_DEV_F1 = 0.93  # 0.738 -> 0.859 -> 0.937 -> 0.947
#: File e (dev, tuned on; wire and press styles): first run 0.765 F1, role accuracy 0.575; after its rules
#: 0.959 and 0.730 (docs/events.md).
MIN_E_DEV_F1 = 0.94
#: File f (dev, tuned on; regional and translated press, bulletin lines, headline + lead): first run 0.611 F1,
#: role accuracy 0.343; after its type rules 0.872 and 0.457 (docs/events.md).
MIN_F_DEV_F1 = 0.91  # first run 0.611 -> 0.872 -> 0.910 -> 0.927 (people in hit vehicles, split sit-ins, "N held")
MIN_F_DEV_ROLE_ACCURACY = 0.64  # 0.343 -> 0.474 -> 0.549 (headline verbs read as nouns, bare passives with "by") -> 0.583
#: -> 0.600 -> 0.657 (doers and victims told beside the trigger: docs/events.md, fourth f-dev pass)
MIN_E_DEV_ROLE_ACCURACY = 0.81  # 0.731 -> 0.808 with the role rules of docs/events.md "Roles: crowds, things, sides"
#: -> 0.826 (people in a hit vehicle, blasts under a vehicle)
MIN_D_DEV_ROLE_ACCURACY = 0.79  # 0.604 -> 0.698 -> 0.736 with the doer and claim rules of docs/events.md;
#: 0.736 -> 0.761 with gold names resolved by composition; 0.767 -> 0.805 with "Roles: crowds, things, sides"
MIN_C_DEV_ROLE_ACCURACY = 0.87  # 0.808 -> 0.887 with "Roles: crowds, things, sides"
MIN_FRESH_ROLE_ACCURACY = 0.75  # the lower of the two files: 0.750 (file b; a 0.780 -> 0.785 by composition);
#: 0.750 -> 0.775 (file b) with the role rules of file e


def event(**kw) -> Event:
    base = dict(
        id="e1", doc_id="d", type="base_expansion", plover="MOBILIZE",
        acled={"event_type": "Strategic developments", "sub_event_type": "Headquarters or base established"},
        actors=(EventActor(name="Russian Armed Forces", role="actor", text="Russian forces"),),
        location=EventLocation(name="Airport", lat=12.53, lon=-7.95, country="ML", precision="facility"),
        date=EventDate(start="2024-09-01", end="2024-09-30", precision="month"),
        quantities=(Quantity(kind="capacity", min=400, max=500),),
        attribution=Attribution(publisher="x.com", claimant="CSIS", modality="reported"),
        background=False, evidence=Evidence(sentence="They expanded the base at the Airport.", start=0, end=38),
        confidence=0.8, extractor_version="t",
    )
    base.update(kw)
    return Event(**base)


GOLD = {
    "actor_aliases": {"russia": ["Russia", "Russian forces"], "csis": ["CSIS"]},
    "places": {"apt": {"lat": 12.5335, "lon": -7.9499, "radius_km": 15}, "mali": {"country": "ML"},
               "far": {"lat": 0.0, "lon": 0.0, "radius_km": 10}},
}


def test_every_criterion_can_pass_and_fail():
    ev = event()
    ok = {"actor_any": ["russia"], "actor_all": ["russia"], "place": "apt", "plover_any": ["MOBILIZE"],
          "acled_sub_any": ["Headquarters or base established"], "acled_type_any": ["Strategic developments"],
          "claimant_any": ["csis"], "quantity": {"min": 400, "max": 500, "kind_any": ["capacity"]},
          "date_within": ["2024-09-01", "2024-09-30"], "date_overlaps": ["2024-01-01", "2024-12-31"],
          "background": False, "location_if_present": {"country": "ML", "min_lat_unless_country_precision": 10},
          "evidence_contains": "Airport"}
    assert check(ev, ok, GOLD) == []
    bad = {"actor_any": ["csis"], "place": "far", "plover_any": ["FIGHT"], "acled_sub_any": ["Grenade"],
           "acled_type_any": ["Battles"], "claimant_any": ["russia"], "quantity": {"min": 1, "kind_any": ["personnel"]},
           "date_within": ["2024-09-02", "2024-09-30"], "date_overlaps": ["2020-01-01", "2020-12-31"],
           "background": True, "location_if_present": {"country": "NE"}, "evidence_contains": "Timbuktu"}
    assert sorted(check(ev, bad, GOLD)) == sorted(bad)
    assert check(event(location=None), {"location_if_present": {"country": "NE"}}, GOLD) == []
    assert check(event(), {"place": "mali"}, GOLD) == []


def test_an_alias_group_matches_the_registry_entry_it_names():
    ids = {"Myanmar military": "armed_forces.mm", "Myanmar junta": "government.mm"}.get
    army = EventActor(name="Burmese Armed Forces", role="actor", text="It", id="armed_forces.mm")
    assert actors_match([army], ["Myanmar military", "army"], lookup=ids)
    assert not actors_match([army], ["Myanmar junta"], lookup=ids)  # another entry of the same state
    unnamed = EventActor(name="gunmen", role="actor", text="gunmen")
    assert not actors_match([unnamed], ["Myanmar military"], lookup=ids)  # no id: words only
    assert actors_match([unnamed], ["gunmen"], lookup=ids)
    assert not actors_match([], ["Myanmar military"], lookup=ids)


def test_alias_matching_is_whole_word():
    assert alias_match(["the Russian forces in Mali"], ["Russian forces"])
    assert not alias_match(["Prussian forces"], ["Russian forces"])
    assert not alias_match([None, ""], ["Russia"])


def test_score_facts_reports_nearest_candidate_and_negatives():
    gold = dict(GOLD, events=[{"id": "a", "doc": "f.txt", "actor_any": ["russia"], "plover_any": ["FIGHT"]}],
                negatives=[{"id": "n1", "no_evidence_contains": "Airport"},
                           {"id": "n2", "no_event_within": {"lat": -30, "lon": 22, "radius_km": 100}}])
    rep = score_facts(gold, {"f.txt": [event()]})
    assert rep.recall == 0.0
    assert rep.results[0].failing == ["plover_any"] and rep.results[0].nearest["type"] == "base_expansion"
    assert [p for _, p, _ in rep.negatives] == [False, True]
    assert rep.field_accuracy == {"actor_any": 1.0, "plover_any": 0.0}


def test_weighted_f1():
    assert weighted_f1(["a", "a", "b"], ["a", "a", "b"], ["a", "b"]) == 1.0
    assert weighted_f1(["a", "b"], ["b", "b"], ["a", "b"]) == pytest.approx(0.5 * 0 + 0.5 * (2 * 0.5 * 1 / 1.5))
    assert weighted_f1(["none"], ["a"], ["a"]) == 0.0


def test_main_event_prefers_violence_and_first_sentence():
    talk = event(type="statement", plover=None, confidence=0.9)
    fight = event(type="armed_clash", plover="FIGHT", confidence=0.5,
                  evidence=Evidence(sentence="x", start=50, end=60))
    assert main_event([talk, fight]).type == "armed_clash"
    assert main_event([]) is None


def test_score_snippets_counts_negatives_roles_and_types():
    rows = [{"id": "1", "text": "t", "events": [{"type": "base_expansion", "acled": ["Strategic developments",
             "Headquarters or base established"], "actors": [{"name": "Russian Armed Forces", "role": "actor"}]}]},
            {"id": "2", "text": "u", "events": []}]
    rep = score_snippets(rows, [[event()], [event()]])
    assert rep.type_accuracy == 0.5 and rep.role_accuracy == 1.0
    assert (rep.negatives_passed, rep.negatives_total) == (0, 1)
    assert rep.acled_f1 == pytest.approx(2 / 3)


@pytest.mark.parametrize("content,expect", [
    (b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"\xff\xfe{", "UTF-8"),
    (b"{not json", "invalid JSON"), (b'{"events": [{"id": 1}]}', "no 'doc'"),
    (b'{"text": 1}\n', "'events'"), (b'{"text": 1}\n' + b" " * (51 * 2**20), "over the limit"), (b"[1,2]\n", "line 1"), (b"\n\n", "empty"),
])
def test_bad_gold_files_raise_eval_error_naming_the_file(tmp_path, content, expect):
    p = tmp_path / "gold.json"
    p.write_bytes(content)
    with pytest.raises(EvalError) as err:
        load_gold(p)
    assert expect in str(err.value) and str(p) in str(err.value)


def test_missing_gold_file_and_missing_document(tmp_path):
    with pytest.raises(EvalError):
        load_gold(tmp_path / "nope.json")
    p = tmp_path / "g.json"
    p.write_text(json.dumps({"events": [{"id": "x", "doc": "absent.txt"}]}))
    with pytest.raises(EvalError, match="absent.txt"):
        evaluate(p, docs_dir=tmp_path, extract_fn=lambda docs: [[] for _ in docs])


def test_oversized_hostile_snippets_are_scored_without_crashing(tmp_path):
    p = tmp_path / "s.jsonl"
    rows = [{"id": "big", "text": "<script>" * 20000, "events": []}, {"id": "n", "text": "\u202e\u0000", "events": []}]
    p.write_text("\n".join(json.dumps(r) for r in rows))
    reps = evaluate(p, extract_fn=lambda docs: [[] for _ in docs], splits=("all",))
    assert reps[0].negatives_passed == 2


def test_cli_reports_bad_gold_in_one_line(tmp_path):
    p = tmp_path / "bad.json"
    p.write_bytes(b"\x00\x00")
    result = CliRunner().invoke(app, ["eval", "events", str(p)])
    assert result.exit_code == 1
    assert "binary" in result.output


@pytest.mark.integration
def test_seeds_every_gold_event_and_negative():
    gold = SHARED / "eval" / "seeds-gold.json"
    if not gold.exists():
        pytest.skip("../shared not present: seeds gold unavailable")
    rep = evaluate(gold)
    unmatched = [(r.id, r.failing) for r in rep.results if not r.matched]
    assert rep.recall >= MIN_SEEDS_RECALL, unmatched
    assert rep.negatives_passed == len(rep.negatives)


@pytest.mark.integration
def test_dev_gold_pinned_minimums():
    reps = {r.split: r for r in evaluate(DEV_GOLD, splits=("dev", "test"))}
    assert reps["dev"].acled_f1 >= MIN_DEV_F1
    assert reps["test"].acled_f1 >= MIN_TEST_F1
    assert reps["dev"].type_accuracy >= MIN_DEV_TYPE_ACCURACY
    assert reps["dev"].role_accuracy >= MIN_ROLE_ACCURACY
    assert reps["dev"].negatives_passed >= reps["dev"].negatives_total - 2


@pytest.mark.integration
def test_fresh_gold_pinned_minimums():
    [a] = [r for r in evaluate(FRESH_GOLD, splits=("fresh",))]
    [b] = [r for r in evaluate(FRESH_B_GOLD, splits=("fresh",))]
    assert a.acled_f1 >= MIN_FRESH_F1
    assert b.acled_f1 >= MIN_FRESH_B_F1
    assert min(a.role_accuracy, b.role_accuracy) >= MIN_FRESH_ROLE_ACCURACY
    assert a.negatives_passed == a.negatives_total


@pytest.mark.integration
def test_c_gold_pinned_minimums():
    [dev] = evaluate(C_DEV_GOLD, splits=("dev",))
    [test] = evaluate(C_TEST_GOLD, splits=("test",))
    assert dev.acled_f1 >= MIN_C_DEV_F1
    assert test.acled_f1 >= MIN_C_TEST_F1
    assert dev.role_accuracy >= MIN_C_DEV_ROLE_ACCURACY
    assert dev.negatives_passed == dev.negatives_total


@pytest.mark.integration
def test_d_gold_pinned_minimum():
    [dev] = evaluate(D_DEV_GOLD, splits=("dev",))
    assert dev.acled_f1 >= MIN_D_DEV_F1
    assert dev.role_accuracy >= MIN_D_DEV_ROLE_ACCURACY
    assert dev.negatives_passed >= dev.negatives_total - 1


@pytest.mark.integration
def test_e_gold_pinned_minimum():
    [dev] = evaluate(E_DEV_GOLD, splits=("dev",))
    assert dev.acled_f1 >= MIN_E_DEV_F1
    assert dev.role_accuracy >= MIN_E_DEV_ROLE_ACCURACY
    assert dev.negatives_passed == dev.negatives_total


@pytest.mark.integration
def test_f_gold_pinned_minimum():
    [dev] = evaluate(F_DEV_GOLD, splits=("dev",))
    assert dev.acled_f1 >= MIN_F_DEV_F1
    assert dev.role_accuracy >= MIN_F_DEV_ROLE_ACCURACY


def test_f_gold_is_well_formed():
    kind, rows = load_gold(F_DEV_GOLD)
    assert kind == "snippets" and len(rows) >= 100
    assert {r["split"] for r in rows} == {"dev"}
    assert sum(1 for r in rows if not r["events"]) >= 5


def test_e_gold_is_well_formed():
    kind, rows = load_gold(E_DEV_GOLD)
    assert kind == "snippets" and len(rows) >= 100
    assert {r["split"] for r in rows} == {"dev"}
    assert sum(1 for r in rows if not r["events"]) >= 5


def test_d_gold_is_well_formed():
    kind, rows = load_gold(D_DEV_GOLD)
    assert kind == "snippets" and len(rows) >= 100
    assert {r["split"] for r in rows} == {"dev"}
    assert sum(1 for r in rows if not r["events"]) >= 5


def test_c_gold_is_well_formed():
    from footprint.events import ACLED_SUBS, vocabulary

    seen = set()
    for path, split, at_least in ((C_DEV_GOLD, "dev", 90), (C_TEST_GOLD, "test", 60)):
        kind, rows = load_gold(path)
        assert kind == "snippets" and len(rows) >= at_least
        assert {r["split"] for r in rows} == {split}
        assert any(not r["events"] for r in rows)  # negatives too
        assert all(e["type"] in vocabulary() for r in rows for e in r["events"])
        seen |= {r["events"][0]["acled"][1] for r in rows if r["events"] and r["events"][0]["acled"]}
    assert set(ACLED_SUBS) - seen == {"Chemical weapon"}
    ids = [r["id"] for p in (DEV_GOLD, FRESH_GOLD, FRESH_B_GOLD, C_DEV_GOLD, C_TEST_GOLD) for r in load_gold(p)[1]]
    assert len(ids) == len(set(ids))


def test_fresh_gold_is_well_formed():
    from footprint.events import ACLED_SUBS, vocabulary

    for path, per_type, at_least in ((FRESH_GOLD, 4, 100), (FRESH_B_GOLD, 2, 50)):
        kind, rows = load_gold(path)
        assert kind == "snippets" and len(rows) >= at_least
        assert {r["split"] for r in rows} == {"fresh"}
        subs = [r["events"][0]["acled"][1] for r in rows if r["events"] and r["events"][0]["acled"]]
        assert all(subs.count(s) >= per_type for s in ACLED_SUBS)
        assert all(e["type"] in vocabulary() for r in rows for e in r["events"])
    ids = [r["id"] for p in (DEV_GOLD, FRESH_GOLD, FRESH_B_GOLD) for r in load_gold(p)[1]]
    assert len(ids) == len(set(ids))


def test_split_values_are_free_form(tmp_path):
    from footprint.eval.events import split_names

    rows = [{"id": "1", "split": "fresh", "text": "a", "events": []}, {"id": "2", "split": "test", "text": "b", "events": []},
            {"id": "3", "text": "c", "events": []}]
    assert split_names(rows) == ("dev", "test", "fresh")
    p = tmp_path / "s.jsonl"
    p.write_text("\n".join(json.dumps(r) for r in rows))
    reps = evaluate(p, extract_fn=lambda docs: [[] for _ in docs])
    assert [r.split for r in reps] == ["dev", "test", "fresh", "all"]
    assert [r.n for r in reps] == [1, 1, 1, 3]


def test_main_event_prefers_an_asserted_event_over_an_embedded_one():
    said = event(type="diplomatic_protest", plover="DISAPPROVE", acled={"event_type": None, "sub_event_type": None})
    told = event(type="deployment", plover="MOBILIZE", embedded=True, confidence=0.95)
    assert main_event([told, said]).type == "diplomatic_protest"
    assert main_event([told]).type == "deployment"


def test_dev_gold_is_well_formed():
    kind, rows = load_gold(DEV_GOLD)
    assert kind == "snippets" and len(rows) >= 150
    from footprint.events import ACLED_SUBS, vocabulary

    subs = [r["events"][0]["acled"][1] for r in rows if r["events"] and r["events"][0]["acled"]]
    assert all(subs.count(s) >= 4 for s in ACLED_SUBS)
    assert {e["type"] for r in rows for e in r["events"]} == set(vocabulary())
    assert sum(1 for r in rows if not r["events"]) >= 10
    assert {r["split"] for r in rows} == {"dev", "test"}


def facts_file(tmp_path, **over) -> Path:
    data = {"actor_aliases": {"russia": ["Russia"]}, "places": {"apt": {"lat": 12.5, "lon": -7.9}, "mali": {"country": "ML"}},
            "events": [{"id": "e1", "doc": "a.txt", "actor_any": ["russia"], "place": "apt",
                        "date_within": ["2024-09-01", "2024-09-30"]}],
            "negatives": [{"id": "n1", "no_evidence_contains": "Read more"}], "presence": [{"other": "stages"}]}
    for key, value in over.items():
        if key in ("events", "places", "negatives"):
            data[key] = value
        else:
            data["events"] = [dict(data["events"][0], **{key: value})]
    p = tmp_path / "gold.json"
    p.write_text(json.dumps(data))
    return p


def test_a_valid_facts_file_loads_with_other_stages_sections(tmp_path):
    kind, data = load_gold(facts_file(tmp_path))
    assert kind == "facts" and data["events"][0]["place"] == "apt"


@pytest.mark.parametrize("over,expect", [
    ({"place": "airport"}, "event 0 (id 'e1'): place: unknown place key 'airport'"),
    ({"actor_any": ["wagner"]}, "event 0 (id 'e1'): actor_any: unknown actor alias key(s) ['wagner']"),
    ({"claimant_any": ["csis"]}, "claimant_any: unknown actor alias key"),
    ({"date_within": ["2024-13-01", "2024-12-31"]}, "event 0 (id 'e1'): date_within.0"),
    ({"date_within": ["2024-09-30", "2024-09-01"]}, "starts after it ends"),
    ({"date_overlaps": ["2024-09", "2024-10"]}, "not an ISO day"),
    ({"plover_any": ["FIGHTING"]}, "unknown label"),
    ({"acled_sub_any": ["Grenades"]}, "unknown label"),
    ({"quantity": {"min": "many"}}, "quantity.min"),
    ({"places": {"apt": {"name": "x"}, "mali": {"radius_km": 3}}}, "place 'apt'"),
    ({"places": {"apt": {"radius_km": 3}}}, "needs lat+lon or a country"),
    ({"places": {"apt": {"lat": 12.5}}}, "needs both lat and lon"),
    ({"places": {"apt": {"lat": 95, "lon": 0}}}, "place 'apt': lat"),
    ({"negatives": [{"id": "n1"}]}, "negative 0 (id 'n1'): a negative needs"),
    ({"negatives": [{"id": "n2", "no_event_within": {"lat": 1, "lon": 2}}]}, "no_event_within.radius_km"),
])
def test_malformed_facts_entries_are_named(tmp_path, over, expect):
    p = facts_file(tmp_path, **over)
    with pytest.raises(EvalError) as err:
        load_gold(p)
    assert expect in str(err.value) and str(p) in str(err.value)


def test_unknown_facts_keys_are_reported_and_the_rest_is_scored(tmp_path):
    p = facts_file(tmp_path, actor_anyy=["russia"])
    with pytest.warns(UserWarning, match=r"not scored, unknown key\(s\) \['actor_anyy'\]"):
        _, gold = load_gold(p)
    assert gold["events"][0]["actor_anyy"] == ["russia"]


def snippet_row(**over) -> dict:
    ev = {"type": "armed_clash", "acled": ["Battles", "Armed clash"], "plover": "FIGHT",
          "actors": [{"name": "JNIM", "role": "actor"}], "place": "Gao", "date": "2024-05", "quantities": [],
          "claimant": None, "modality": "asserted"}
    row = {"id": "s1", "split": "dev", "published": "2024-05-03", "text": "t", "events": [ev]}
    for key, value in over.items():
        (row if key in row else ev)[key] = value
    return row


@pytest.mark.parametrize("over,expect", [
    ({"published": "3 May 2024"}, "line 1 (id 's1'): published: '3 May 2024' is not an ISO day"),
    ({"published": "2024-02-30"}, "not a calendar date"),
    ({"date": "2024-5"}, "events.0.date"),
    ({"actors": [{"name": "JNIM", "role": "perpetrator"}]}, "events.0.actors.0.role"),
    ({"actors": [{"name": "", "role": "actor"}]}, "events.0.actors.0.name"),
    ({"type": "battle"}, "type 'battle' is not in the event vocabulary"),
    ({"acled": ["Battles", "Grenade"]}, "not an ACLED event type"),
    ({"modality": "certain"}, "modality 'certain'"),
    ({"quantities": [{"kind": "deaths", "min": 1, "max": 1}]}, "events.0.quantities.0.kind"),
])
def test_malformed_snippets_are_named(tmp_path, over, expect):
    p = tmp_path / "s.jsonl"
    p.write_text(json.dumps(snippet_row(**over)) + "\n")
    with pytest.raises(EvalError) as err:
        load_gold(p)
    assert expect in str(err.value) and str(p) in str(err.value)


def test_unknown_snippet_keys_are_reported(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text(json.dumps(snippet_row(sub_type="x")) + "\n")
    with pytest.warns(UserWarning, match=r"events.0.sub_type"):
        load_gold(p)


def test_pipeline_errors_are_not_reported_as_malformed_gold(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text(json.dumps(snippet_row()) + "\n")

    def broken(docs):
        raise KeyError("a stage lost its key")

    with pytest.raises(KeyError, match="a stage lost its key"):
        evaluate(p, extract_fn=broken)

    def refuses(docs):
        raise ValueError("the parser refused a document")

    with pytest.raises(ValueError, match="the parser refused"):
        evaluate(p, extract_fn=refuses)


def test_role_names_match_exactly_or_by_registry_entry():
    from footprint.eval.events import _name_match

    ids = {"Malian Armed Forces": "armed_forces.ml", "FAMa": "armed_forces.ml", "Russia": "government.ru"}.get

    def actor(name, text=None, id=None):
        return EventActor(name=name, role="actor", text=text or name, id=id)

    assert _name_match("Malian Armed Forces", actor("malian  armed forces"), ids)
    assert _name_match("Malian Armed Forces", actor("Malian Armed Forces", "Malian troops", "armed_forces.ml"), ids)
    assert _name_match("Malian Armed Forces", actor("FAMa"), ids)  # an alias of the entry, no id on the mention
    assert _name_match("protesters", actor("anti-government protesters"), ids)  # an unnamed actor with modifiers
    # a generic or partial text is not the named actor, nor a country its army
    assert not _name_match("Malian Armed Forces", actor("forces"), ids)
    assert not _name_match("Malian Armed Forces", actor("Malian forces"), ids)
    assert not _name_match("Russian Armed Forces", actor("Government of Russia", "Russia", "government.ru"), ids)
    assert not _name_match("Malian Armed Forces", actor("Wagner Group", id="wagner_group"), ids)
    assert not _name_match("anti-government protesters", actor("protesters"), ids)
    assert not _name_match("", actor("x"), ids)


def test_role_names_use_the_actors_registry():
    from footprint.eval.events import registry_id

    assert registry_id("FAMa") == registry_id("Malian Armed Forces") is not None
    assert registry_id("forces") is None


def test_national_gold_names_resolve_as_the_actors_stage_composes_them():
    from footprint.eval.events import _name_match, registry_id

    assert registry_id("Israeli forces") == "armed_forces.il"
    assert registry_id("Mali's junta") == "government.ml"
    # a descriptor gives the scorer no country: the snippet's places are not read here
    assert registry_id("junta troops") is None and registry_id("the army") is None

    def actor(name, text=None, id=None, role="actor"):
        return EventActor(name=name, role=role, text=text or name, id=id)

    idf = actor("Israel Defense Forces", "Israeli troops", "armed_forces.il")
    assert _name_match("Israeli forces", idf)
    assert _name_match("Cameroonian army", actor("Cameroonian Armed Forces", "soldiers", "armed_forces.cm"))
    assert _name_match("Malian soldiers", actor("FAMa"))  # no id on the mention: its alias names the entry
    assert not _name_match("Israeli forces", actor("Government of Israel", "Israel", "government.il"))
    assert not _name_match("Malian soldiers", actor("forces"))
    assert not _name_match("junta troops", actor("Government of Mali", "the junta", "government.ml"))

    rows = [{"id": "x1", "text": "Invented text.", "events": [
        {"type": "attack", "acled": ["Violence against civilians", "Attack"],
         "actors": [{"name": "Israeli forces", "role": "actor"}, {"name": "junta troops", "role": "target"}]}]}]
    ev = event(type="attack", actors=(idf, actor("Government of Mali", "the junta", "government.ml", "target")),
               acled={"event_type": "Violence against civilians", "sub_event_type": "Attack"})
    rep = score_snippets(rows, [[ev]])
    assert rep.role_accuracy == 0.5  # the national phrase is found, the descriptor cannot be
    assert actors_match([idf], ["Israeli forces"]) and not actors_match([idf], ["Lebanese forces"])


# --- exhaustive documents: precision ---------------------------------------------------------------------------

REPORTS_GOLD = ROOT / "data" / "dev-gold" / "reports" / "reports-gold.json"
#: Pinned minimums on the multi-paragraph reports (docs/events.md, "Full reports"): dev reports 1-8 were
#: tuned on, held-out reports 9-13 are read as totals only.
#: Measured: dev recall 9/36 = 0.250 (events found 0.944), precision 1.000 of 43; held out recall 8/25 =
#: 0.320 (found 0.840), precision 0.879 of 33. Strict recall is low because every field of a fact counts
#: (places and claimants come from other stages); "found" reads the identity criteria only.
MIN_REPORTS_DEV_RECALL = 0.95  # 0.70 -> 0.90 -> 0.95: 34/36 = 0.944 (rules up to "dev-e") -> 35/36 = 0.972 (rules of
#: docs/events.md "Recall on whole reports")
MIN_REPORTS_DEV_FOUND = 0.95
MIN_REPORTS_DEV_PRECISION = 0.98
MIN_REPORTS_HELDOUT_RECALL = 0.62  # 0.46 -> 0.58: 13/25 -> 15/25 = 0.600 -> 16/25 = 0.640
MIN_REPORTS_HELDOUT_FOUND = 0.94  # 0.86 -> 0.90: 0.880 -> 0.920 -> 0.960
MIN_REPORTS_HELDOUT_PRECISION = 0.90  # 0.886 -> 0.914 (raids on villages, arrests where a place was taken)
#: Reports 14-18 (split heldout-b), written after the first rule changes and never looked at one by one.
MIN_REPORTS_HELDOUT_B_RECALL = 0.67  # 0.34 -> 0.58 -> 0.67: 18/33 -> 20/33 -> 23/33 = 0.697
MIN_REPORTS_HELDOUT_B_FOUND = 0.88  # 0.909
MIN_REPORTS_HELDOUT_B_PRECISION = 0.85  # 0.77 -> 0.83 -> 0.85: 0.836 -> 0.852 -> 0.870
#: Later dev reports (19-24 dev-c, 25-28 dev-d, 33-37 dev-e), each written and committed before the extractor
#: ran on it; first runs 20/41, 12/24, 11/29.
MIN_REPORTS_LATER_DEV_RECALL = {"dev-c": 0.89, "dev-d": 0.92, "dev-e": 0.76}  # 34/41 -> 35/41 -> 36/41 -> 37/41, 23/24, 23/29
#: Reports 29-32 (split heldout-c), written with dev-d and never looked at one by one: first run 10/26,
#: found 0.808, precision 0.743 of 35.
MIN_REPORTS_HELDOUT_C_RECALL = 0.48  # 11/26 = 0.423 -> 12/26 = 0.462 -> 13/26 = 0.500
MIN_REPORTS_HELDOUT_C_FOUND = 0.78  # 0.808
MIN_REPORTS_HELDOUT_C_PRECISION = 0.75  # 0.735 of 34 -> 0.743 of 35 -> 0.765 of 34 (a fight's own parts)
#: Reports 43-47 (split dev-g: rival armed groups, roles), committed before the extractor ran on them: first run
#: 7/25, roles 0.500.
MIN_REPORTS_DEV_G_RECALL = 0.74  # 9/25 = 0.360 -> 17/25 = 0.680 -> 18/25 = 0.720 -> 19/25 = 0.760
MIN_REPORTS_DEV_G_ROLES = 0.84  # 0.727 -> 0.864
#: Reports 38-42 (split dev-f: places told by commune/LGA/territory, distance and bearing, roads, shared names),
#: committed before the extractor ran on them: first run 5/24, place 0.458.
MIN_REPORTS_DEV_F_RECALL = 0.82  # 8/24 = 0.333 -> 12/24 -> 19/24 = 0.792 -> 20/24 = 0.833 (a robbed truck is looting)
MIN_REPORTS_DEV_F_PLACE = 0.77  # 0.625 -> 0.792
#: Reports 48-52 (split dev-h: background, forecasts, hypotheticals, denials, repeated claims, metaphors, talks),
#: committed before the extractor ran on them: first run 15/33, found 0.727, precision 0.674 of 46, negatives 27/33.
MIN_REPORTS_DEV_H_RECALL = 0.71  # 17/33 = 0.515 -> 22/33 = 0.667 -> 24/33 = 0.727 (one-person tolls, lists summed)
MIN_REPORTS_DEV_H_FOUND = 0.90  # 0.818 -> 0.939
MIN_REPORTS_DEV_H_PRECISION = 0.95  # 0.872 of 39 -> 0.975 of 40
#: Reports 53-60 (split dev-i: aid situation reports, think-tank weeklies, wire stories with updates, translated
#: communiques, local press, dated timelines, court hearings, monthly roundups), committed before the extractor ran
#: on them: first run 17/44, found 0.864, precision 0.803 of 66, negatives 15/18.
MIN_REPORTS_DEV_I_RECALL = 0.71  # -> 32/44 = 0.727 (tolls read and attached); 17/44 = 0.386 -> 19/44 = 0.432 -> 27/44 = 0.614 (camps, towns placed by the text)
# -> 29/44 = 0.659 (towns written as one word)
#: -> 28/44 = 0.636 (a side's own statement) -> 30/44 = 0.682 (bodies found tell a killing)
MIN_REPORTS_DEV_I_FOUND = 0.92  # 0.864 -> 0.886 -> 0.932
MIN_REPORTS_DEV_I_NEGATIVES = 18  # 15/18 -> 17/18 -> 18/18
#: Reports 61-68 (split dev-j: a radio transcript, an armed group's statement, a protection-monitoring report with a
#: table, a feature, a liveblog, a parliamentary answer, translated local press, violent words that are no events),
#: committed before the extractor ran on them: first run 4/25, found 0.760, precision 0.528 of 53, negatives 26/35.
MIN_REPORTS_DEV_J_RECALL = 0.55  # -> 13/25 = 0.520 (tolls) -> 14/25 = 0.560 (both men, numbers written twice); 4/25 = 0.160 -> 7/25 = 0.280 ("our battalions" in a side's own statement)
#: -> 11/25 = 0.440 (bombers who blow themselves up, demolitions, strikes on infrastructure, "junta jets")
MIN_REPORTS_DEV_J_FOUND = 0.94  # 0.760 -> 0.960
MIN_REPORTS_DEV_J_PRECISION = 0.85  # 0.528 of 53 -> 0.560 of 50 (table rows of figures) -> 0.667 of 42 (patterns,
#: lists of totals, terms of a truce, figures of speech, rankings) -> 0.805 of 41 (types and roles of dev-j)
#: -> 0.825 of 40 (weapons seized in an ambush are its spoils) -> 0.868 of 38 (a fight's own parts)
MIN_REPORTS_DEV_J_NEGATIVES = 32  # 26/35 -> 28/35 -> 33/35
#: Reports 74-78 (split dev-k: a correction notice, an interview, an analysis with a dated timeline, a morning brief of
#: villages, a wire story with an update), committed before the extractor ran on them: first run 8/24, found 0.708,
#: precision 0.705 of 44, place 0.583.
MIN_REPORTS_DEV_K_RECALL = 0.65  # -> 16/24 = 0.667 (revised and bare tolls); 8/24 = 0.333 -> 13/24 -> 14/24 = 0.583 -> 15/24 = 0.625 (types of raids, retakes, arrests; camps near a town)
MIN_REPORTS_DEV_K_FOUND = 0.94  # 0.708 -> 0.958
MIN_REPORTS_DEV_K_PRECISION = 0.85  # 0.705 of 44 -> 0.822 of 45 -> 0.841 of 44 -> 0.861 of 43 (a fight's own parts)
MIN_REPORTS_DEV_K_PLACE = 0.70  # 0.583 -> 0.708 (a name glossed by a relative place far from its namesake)
#: Reports 69-73 (split heldout-d: a police press release, an NGO incident log, a wire story with an update, a
#: political piece, a daily brief), never looked at one by one: first run 6/18, found 0.944, precision 0.649 of 37.
MIN_REPORTS_HELDOUT_D_RECALL = 0.44  # 6/18 = 0.333 -> 7/18 = 0.389 -> 8/18 = 0.444 (later rules tuned on other splits)
MIN_REPORTS_HELDOUT_D_FOUND = 0.92  # 0.944
MIN_REPORTS_HELDOUT_D_PRECISION = 0.62  # 0.649 of 37 -> 0.667 of 36
#: Reports 83-86 (split dev-l: hijacked vehicles, bodies found dumped, a town held for hours and retaken, participial
#: accusations, weapons seized in raids, troops arriving, trend sentences), committed before the extractor ran on
#: them: first run 5/18, found 0.611, precision 0.697 of 33, negatives 16/19.
MIN_REPORTS_DEV_L_RECALL = 0.60  # -> 11/18 = 0.611; 5/18 = 0.278 -> 7/18 = 0.389 (bodies found tell a killing, counted as deaths) -> 8/18 = 0.444 (one body is one death) -> 10/18 = 0.556 (accusations in an aside, passengers counted as taken)
MIN_REPORTS_DEV_L_FOUND = 0.87  # 0.611 -> 0.889 (the same; a hijacked vehicle's passengers taken into the hills)
MIN_REPORTS_DEV_L_PRECISION = 0.76  # 0.697 of 33 -> 0.737 of 38 -> 0.778 of 36 (a raid's spoils, details told back)
#: Reports 79-82 (split heldout-e, the same kinds of text), never looked at one by one: first run 2/12, found 0.750,
#: precision 0.655 of 29, negatives 12/18.
MIN_REPORTS_HELDOUT_E_RECALL = 0.24  # 2/12 = 0.167 -> 3/12 = 0.250 (rules tuned on dev-l, dev-m)
MIN_REPORTS_HELDOUT_E_FOUND = 0.74  # 0.750 -> 1.000 (rules tuned on dev-l)
MIN_REPORTS_HELDOUT_E_PRECISION = 0.75  # 0.655 of 29 -> 0.697 of 33 -> 0.742 of 31 (rules tuned on dev-l, dev-m, dev-n)
#: -> 0.767 of 30 (a fight's own parts, tuned on dev-i, dev-j, dev-o)
#: Reports 91-94 (split dev-m: curfews and condemnations after attacks, habits and trends, a single body found, places
#: that fell and were retaken, denials, participial accusations, displacement), committed before the extractor ran on
#: them: first run 7/17, found 0.941, precision 0.636 of 44, negatives 14/18.
MIN_REPORTS_DEV_M_RECALL = 0.57  # 7/17 = 0.412 -> 8/17 = 0.471 (a retaking without a fight is ground retaken) -> 10/17 = 0.588
MIN_REPORTS_DEV_M_FOUND = 0.92  # 0.941
MIN_REPORTS_DEV_M_PRECISION = 0.69  # 0.636 of 44 -> 0.674 of 43 -> 0.707 of 41 ("both attacks", a killing's spoils)
#: Reports 87-90 (split heldout-f, the same kinds of text), never looked at one by one: first run 6/12, found 0.917,
#: precision 0.724 of 29, negatives 14/17.
MIN_REPORTS_HELDOUT_F_RECALL = 0.57  # 6/12 = 0.500 -> 7/12 = 0.583 (totals only; tolls)
MIN_REPORTS_HELDOUT_F_FOUND = 0.90  # 0.917
MIN_REPORTS_HELDOUT_F_PRECISION = 0.70  # 0.724 of 29
#: Reports 99-102 (split dev-n: attacks told in summary then in a survivor's quote, tolls revised later, two attacks on
#: different days, claims and denials, curfews and emergency decrees, raids with arrests, lootings, kidnappings released
#: later, displacement, background years), committed before the extractor ran on them: first run 11/18, found 0.889,
#: precision 0.714 of 35, negatives 11/12.
MIN_REPORTS_DEV_N_RECALL = 0.59  # 11/18 = 0.611
MIN_REPORTS_DEV_N_FOUND = 0.87  # 0.889
MIN_REPORTS_DEV_N_PRECISION = 0.87  # 0.714 of 35 -> 0.893 of 28 (raids told by their arrests, histories, asides)
#: Reports 95-98 (split heldout-g, the same kinds of text), never looked at one by one: first run 5/15, found 0.933,
#: precision 0.667 of 33, negatives 13/15.
MIN_REPORTS_HELDOUT_G_RECALL = 0.31  # 5/15 = 0.333
MIN_REPORTS_HELDOUT_G_FOUND = 0.91  # 0.933
MIN_REPORTS_HELDOUT_G_PRECISION = 0.69  # 0.667 of 33 -> 0.710 of 31 (rules tuned on dev-l, dev-m, dev-n)
#: Reports 107-110 (split dev-o: an attack told by a local official and then by the army with another toll, attackers
#: named by a vehicle or a weapon, goods taken from vehicles, kidnappings released after talks, local officials as
#: targets, houses burned, a "last week's attack" line, a protest dispersed), committed before the extractor ran on
#: them: first run 9/24, found 0.750, precision 0.714 of 35, negatives 2/2.
MIN_REPORTS_DEV_O_RECALL = 0.49  # 9/24 = 0.375 -> 12/24 = 0.500 (goods from travellers, vigilantes hit, a march held)
MIN_REPORTS_DEV_O_FOUND = 0.90  # 0.750 -> 0.917
MIN_REPORTS_DEV_O_PRECISION = 0.87  # 0.714 of 35 -> 0.838 of 37 -> 0.882 of 34 (a fight's own parts)
#: Reports 103-106 (split heldout-h, the same kinds of text), never looked at one by one: first run 9/20, found 0.750,
#: precision 0.759 of 29, negatives 4/4.
MIN_REPORTS_HELDOUT_H_RECALL = 0.44  # 9/20 = 0.450
MIN_REPORTS_HELDOUT_H_FOUND = 0.73  # 0.750
MIN_REPORTS_HELDOUT_H_PRECISION = 0.74  # 0.759 of 29
#: Reports 111-118 (dev-p: a dateline wire, a radio bulletin, an aid flash update, an army media wing's statement with
#: the group's claim and denial; hedged numbers, two events in one sentence, tolls revised later), committed before
#: the extractor ran on them: first run 6/15, found 0.933, precision 0.786 of 28, negatives 12/13 (13/13 after a
#: negative whose sentence tells a fact was dropped).
MIN_REPORTS_DEV_P_RECALL = 0.46  # 6/15 = 0.400 -> 7/15 = 0.467 (a day from the clause joined before)
MIN_REPORTS_DEV_P_FOUND = 0.91  # 0.933
MIN_REPORTS_DEV_P_PRECISION = 0.77  # 0.786 of 28
#: Reports 115-118 (split heldout-i, the same kinds of text), never looked at one by one: first run 7/23, found 0.826,
#: precision 0.744 of 39, negatives 11/13.
MIN_REPORTS_HELDOUT_I_RECALL = 0.30  # 7/23 = 0.304
MIN_REPORTS_HELDOUT_I_FOUND = 0.80  # 0.826
MIN_REPORTS_HELDOUT_I_PRECISION = 0.73  # 0.744 of 39
#: Reports 119-122 (dev-q: revised tolls that name their attack, two events in one sentence, "last week's attack ...
#: in which" lines, a communiqué listing strikes, claims and denials, abductions village by village), committed before
#: the extractor ran on them: first run 2/18, found 0.778, precision 0.857 of 28, negatives 14/14.
MIN_REPORTS_DEV_Q_RECALL = 0.22  # 2/18 = 0.111 -> 3/18 = 0.167 (two joined verbs placed apart, vigilantes hit)
#                                    -> 4/18 = 0.222 (a revision that names its attack)
MIN_REPORTS_DEV_Q_FOUND = 0.88  # 0.778 -> 0.889
MIN_REPORTS_DEV_Q_PRECISION = 0.85  # 0.857 of 28 -> 0.897 of 29
#: Reports 123-126 (split heldout-j, the same kinds of text), never looked at one by one: first run 4/22, found 0.773,
#: precision 0.812 of 32, negatives 10/11.
MIN_REPORTS_HELDOUT_J_RECALL = 0.27  # 4/22 = 0.182 -> 6/22 = 0.273 (a revision that names its attack)
MIN_REPORTS_HELDOUT_J_FOUND = 0.77  # 0.773
MIN_REPORTS_HELDOUT_J_PRECISION = 0.81  # 0.812 of 32


def exhaustive_gold(**doc) -> dict:
    return dict(GOLD, ignore_types=["statement"], documents={"f.txt": dict({"exhaustive": True, "split": "dev"}, **doc)},
                events=[{"id": "base", "doc": "f.txt", "type_any": ["base_expansion"], "evidence_any": ["expanded"],
                         "roles": {"actor": ["russia"]}, "place": "far"},
                        {"id": "talk", "doc": "f.txt", "optional": True, "type_any": ["accusation"],
                         "evidence_any": ["accused"]}],
                negatives=[{"id": "n", "doc": "f.txt", "no_evidence_contains": "Timbuktu"}])


def test_precision_counts_every_extracted_event_of_an_exhaustive_document():
    noise = event(type="armed_clash", evidence=Evidence(sentence="They expanded the base at the Airport.", start=0, end=38))
    talk = event(type="accusation", evidence=Evidence(sentence="Mali accused France.", start=40, end=60))
    said = event(type="statement", evidence=Evidence(sentence="Mali said so.", start=61, end=74))
    rep = score_facts(exhaustive_gold(), {"f.txt": [event(), noise, talk, said]})
    # the base event is identified (its place is wrong), the clash is noise, the optional accusation is no
    # noise, the statement is not counted at all (ignored type)
    assert rep.recall == 0.0 and rep.results[0].failing == ["place"]
    assert len(rep.extracted) == 3 and rep.precision == pytest.approx(2 / 3)
    assert rep.recall_identified == 1.0  # the base event is there, with a wrong place
    assert rep.precision_strict == pytest.approx(1 / 3)
    data = rep.to_json()
    assert [x["summary"]["type"] for x in data["unmatched_extracted"]] == ["armed_clash"]
    assert data["splits"]["dev"]["extracted"] == 3 and data["optional_total"] == 1
    # ignore_types of the document replaces the file's default
    rep2 = score_facts(dict(exhaustive_gold(ignore_types=["armed_clash"])), {"f.txt": [event(), noise, said]})
    assert rep2.precision == 0.5


def test_a_document_not_marked_exhaustive_has_no_precision():
    gold = dict(GOLD, events=[{"id": "a", "doc": "f.txt", "type_any": ["base_expansion"]}])
    rep = score_facts(gold, {"f.txt": [event(), event(type="armed_clash")]})
    assert rep.extracted == [] and rep.precision == 0.0 and "splits" not in rep.to_json()


def test_role_type_modality_and_precision_criteria_can_pass_and_fail():
    ev = event()
    assert check(ev, {"roles": {"actor": ["russia"]}, "type_any": ["base_expansion"], "modality_any": ["reported"],
                      "place_precision_any": ["facility"], "evidence_any": ["nothing", "Airport"]}, GOLD) == []
    bad = {"roles": {"target": ["russia"]}, "type_any": ["armed_clash"], "modality_any": ["asserted"],
           "place_precision_any": ["area"], "evidence_any": ["Timbuktu"]}
    assert sorted(check(ev, bad, GOLD)) == sorted(bad)


def test_a_negative_with_types_is_broken_only_by_those_types():
    gold = dict(exhaustive_gold(), negatives=[{"id": "n", "doc": "f.txt", "no_evidence_contains": "Airport",
                                               "type_any": ["withdrawal"]}])
    assert score_facts(gold, {"f.txt": [event()]}).negatives_passed == 1
    assert score_facts(gold, {"f.txt": [event(type="withdrawal")]}).negatives_passed == 0


def test_negatives_of_one_document_look_only_at_it():
    gold = dict(exhaustive_gold(), documents={"f.txt": {}, "g.txt": {}})
    rep = score_facts(gold, {"f.txt": [], "g.txt": [event(evidence=Evidence(sentence="In Timbuktu.", start=0, end=12))]})
    assert rep.negatives_passed == 1


@pytest.mark.parametrize("top,expect", [
    ({"documents": {"a.txt": {"exhaustive": "yes"}}}, "document 'a.txt': exhaustive"),
    ({"documents": {"a.txt": {"ignore_types": ["chat"]}}}, "not in the event vocabulary"),
    ({"documents": {"a.txt": "x"}}, "document 'a.txt': expected a mapping"),
    ({"ignore_types": ["chat"]}, "top level: ignore_types"),
    ({"docs_dir": 3}, "docs_dir must be a folder name"),
    ({"negatives": [{"id": "n", "doc": "b.txt", "no_evidence_contains": "x"}]}, "negative 0 (id 'n'): doc: unknown document"),
    ({"events": [{"id": "e", "doc": "a.txt", "type_any": ["attack"]}]}, "type_any: not in the event vocabulary"),
    ({"events": [{"id": "e", "doc": "a.txt", "roles": {"actor": ["nobody"]}}]}, "roles.actor: unknown actor alias key"),
    ({"events": [{"id": "e", "doc": "a.txt", "roles": {"speaker": ["russia"]}}]}, "roles.speaker"),
    ({"events": [{"id": "e", "doc": "a.txt", "modality_any": ["certain"]}]}, "modality_any: unknown value"),
    ({"events": [{"id": "e", "doc": "a.txt", "place_precision_any": ["street"]}]}, "place_precision_any: unknown value"),
    ({"events": [{"id": "e", "doc": "a.txt", "optional": "maybe"}]}, "optional"),
    ({"negatives": [{"id": "n", "no_evidence_contains": "x", "type_any": ["raid"]}]}, "type_any: not in the event vocabulary"),
])
def test_malformed_exhaustive_gold_is_named(tmp_path, top, expect):
    data = json.loads(facts_file(tmp_path).read_text())
    data.update(top)
    p = tmp_path / "gold2.json"
    p.write_text(json.dumps(data))
    with pytest.raises(EvalError) as err:
        load_gold(p)
    assert expect in str(err.value) and str(p) in str(err.value)


def test_docs_dir_and_splits_pick_the_documents(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Russian forces expanded the base.")
    (tmp_path / "docs" / "b.txt").write_text("Nothing happened.")
    data = {"docs_dir": "docs", "actor_aliases": {"russia": ["Russian forces"]},
            "documents": {"a.txt": {"split": "dev", "exhaustive": True}, "b.txt": {"split": "heldout", "exhaustive": True}},
            "events": [{"id": "e", "doc": "a.txt", "type_any": ["base_expansion"]}],
            "negatives": [{"id": "n", "doc": "b.txt", "no_evidence_contains": "Nothing"}]}
    p = tmp_path / "gold.json"
    p.write_text(json.dumps(data))
    seen = []

    def fake(documents):
        seen.append([d.text for d in documents])
        return [[] for _ in documents]

    rep = evaluate(p, extract_fn=fake, splits=("heldout",))
    assert seen == [["Nothing happened."]] and rep.results == [] and rep.negatives_passed == 1
    rep = evaluate(p, extract_fn=fake)
    assert len(seen[-1]) == 2 and rep.recall == 0.0
    with pytest.raises(EvalError, match="of split nope"):
        evaluate(p, extract_fn=fake, splits=("nope",))


def test_reports_gold_is_well_formed_and_exhaustive():
    kind, gold = load_gold(REPORTS_GOLD)
    docs = gold["documents"]
    assert kind == "facts" and len(docs) >= 12 and all(d["exhaustive"] for d in docs.values())
    assert {d["split"] for d in docs.values()} == {"dev", "dev-c", "dev-d", "dev-e", "dev-f", "dev-g", "dev-h", "dev-i",
                                                    "dev-j", "dev-k", "dev-l", "dev-m", "dev-n", "dev-o", "dev-p", "dev-q",
                                                    "heldout", "heldout-b", "heldout-c", "heldout-d", "heldout-e",
                                                    "heldout-f", "heldout-g", "heldout-h", "heldout-i", "heldout-j"}
    assert sum(d["split"] == "heldout" for d in docs.values()) >= 4
    assert sum(d["split"] == "heldout-b" for d in docs.values()) >= 5
    for name in docs:
        text = (REPORTS_GOLD.parent / name).read_text(encoding="utf-8")
        body = text.split("---", 2)[2]
        assert 200 <= len(body.split()) <= 400, name
        facts = [g for g in gold["events"] if g["doc"] == name]
        assert any(not g.get("optional") for g in facts), name
        for g in facts:
            assert any(e in text for e in g.get("evidence_any", [])), (name, g["id"])
    for n in gold["negatives"]:
        assert n["no_evidence_contains"] in (REPORTS_GOLD.parent / n["doc"]).read_text(encoding="utf-8"), n["id"]


@pytest.mark.integration
def test_reports_gold_pinned_minimums():
    rep = evaluate(REPORTS_GOLD)
    floors = [  # (split, measure, pinned minimum); "field X" is the accuracy of field X
        ("dev", "recall", MIN_REPORTS_DEV_RECALL),
        ("dev", "recall_identified", MIN_REPORTS_DEV_FOUND),
        ("dev", "precision", MIN_REPORTS_DEV_PRECISION),
        ("heldout", "recall", MIN_REPORTS_HELDOUT_RECALL),
        ("heldout", "recall_identified", MIN_REPORTS_HELDOUT_FOUND),
        ("heldout", "precision", MIN_REPORTS_HELDOUT_PRECISION),
        ("heldout-b", "recall", MIN_REPORTS_HELDOUT_B_RECALL),
        ("heldout-b", "recall_identified", MIN_REPORTS_HELDOUT_B_FOUND),
        ("heldout-b", "precision", MIN_REPORTS_HELDOUT_B_PRECISION),
        ("dev-g", "recall", MIN_REPORTS_DEV_G_RECALL),
        ("dev-g", "field roles", MIN_REPORTS_DEV_G_ROLES),
        ("dev-f", "recall", MIN_REPORTS_DEV_F_RECALL),
        ("dev-f", "field place", MIN_REPORTS_DEV_F_PLACE),
        ("dev-h", "recall", MIN_REPORTS_DEV_H_RECALL),
        ("dev-h", "recall_identified", MIN_REPORTS_DEV_H_FOUND),
        ("dev-h", "precision", MIN_REPORTS_DEV_H_PRECISION),
        ("dev-i", "recall", MIN_REPORTS_DEV_I_RECALL),
        ("dev-i", "recall_identified", MIN_REPORTS_DEV_I_FOUND),
        ("dev-i", "negatives_passed", MIN_REPORTS_DEV_I_NEGATIVES),
        ("dev-j", "recall", MIN_REPORTS_DEV_J_RECALL),
        ("dev-j", "recall_identified", MIN_REPORTS_DEV_J_FOUND),
        ("dev-j", "precision", MIN_REPORTS_DEV_J_PRECISION),
        ("dev-j", "negatives_passed", MIN_REPORTS_DEV_J_NEGATIVES),
        ("heldout-c", "recall", MIN_REPORTS_HELDOUT_C_RECALL),
        ("heldout-c", "recall_identified", MIN_REPORTS_HELDOUT_C_FOUND),
        ("heldout-c", "precision", MIN_REPORTS_HELDOUT_C_PRECISION),
        ("dev-k", "recall", MIN_REPORTS_DEV_K_RECALL),
        ("dev-k", "recall_identified", MIN_REPORTS_DEV_K_FOUND),
        ("dev-k", "precision", MIN_REPORTS_DEV_K_PRECISION),
        ("dev-k", "field place", MIN_REPORTS_DEV_K_PLACE),
        ("heldout-d", "recall", MIN_REPORTS_HELDOUT_D_RECALL),
        ("heldout-d", "recall_identified", MIN_REPORTS_HELDOUT_D_FOUND),
        ("heldout-d", "precision", MIN_REPORTS_HELDOUT_D_PRECISION),
        ("dev-l", "recall", MIN_REPORTS_DEV_L_RECALL),
        ("dev-l", "recall_identified", MIN_REPORTS_DEV_L_FOUND),
        ("dev-l", "precision", MIN_REPORTS_DEV_L_PRECISION),
        ("heldout-e", "recall", MIN_REPORTS_HELDOUT_E_RECALL),
        ("heldout-e", "recall_identified", MIN_REPORTS_HELDOUT_E_FOUND),
        ("heldout-e", "precision", MIN_REPORTS_HELDOUT_E_PRECISION),
        ("dev-m", "recall", MIN_REPORTS_DEV_M_RECALL),
        ("dev-m", "recall_identified", MIN_REPORTS_DEV_M_FOUND),
        ("dev-m", "precision", MIN_REPORTS_DEV_M_PRECISION),
        ("heldout-f", "recall", MIN_REPORTS_HELDOUT_F_RECALL),
        ("heldout-f", "recall_identified", MIN_REPORTS_HELDOUT_F_FOUND),
        ("heldout-f", "precision", MIN_REPORTS_HELDOUT_F_PRECISION),
        ("dev-n", "recall", MIN_REPORTS_DEV_N_RECALL),
        ("dev-n", "recall_identified", MIN_REPORTS_DEV_N_FOUND),
        ("dev-n", "precision", MIN_REPORTS_DEV_N_PRECISION),
        ("heldout-g", "recall", MIN_REPORTS_HELDOUT_G_RECALL),
        ("heldout-g", "recall_identified", MIN_REPORTS_HELDOUT_G_FOUND),
        ("heldout-g", "precision", MIN_REPORTS_HELDOUT_G_PRECISION),
        ("dev-o", "recall", MIN_REPORTS_DEV_O_RECALL),
        ("dev-o", "recall_identified", MIN_REPORTS_DEV_O_FOUND),
        ("dev-o", "precision", MIN_REPORTS_DEV_O_PRECISION),
        ("heldout-h", "recall", MIN_REPORTS_HELDOUT_H_RECALL),
        ("heldout-h", "recall_identified", MIN_REPORTS_HELDOUT_H_FOUND),
        ("heldout-h", "precision", MIN_REPORTS_HELDOUT_H_PRECISION),
        ("dev-p", "recall", MIN_REPORTS_DEV_P_RECALL),
        ("dev-p", "recall_identified", MIN_REPORTS_DEV_P_FOUND),
        ("dev-p", "precision", MIN_REPORTS_DEV_P_PRECISION),
        ("heldout-i", "recall", MIN_REPORTS_HELDOUT_I_RECALL),
        ("heldout-i", "recall_identified", MIN_REPORTS_HELDOUT_I_FOUND),
        ("heldout-i", "precision", MIN_REPORTS_HELDOUT_I_PRECISION),
        ("dev-q", "recall", MIN_REPORTS_DEV_Q_RECALL),
        ("dev-q", "recall_identified", MIN_REPORTS_DEV_Q_FOUND),
        ("dev-q", "precision", MIN_REPORTS_DEV_Q_PRECISION),
        ("heldout-j", "recall", MIN_REPORTS_HELDOUT_J_RECALL),
        ("heldout-j", "recall_identified", MIN_REPORTS_HELDOUT_J_FOUND),
        ("heldout-j", "precision", MIN_REPORTS_HELDOUT_J_PRECISION),
    ]
    for split, measure, least in floors:
        got = rep.only(split)
        value = got.field_accuracy[measure[6:]] if measure.startswith("field ") else getattr(got, measure)
        assert value >= least, (split, measure, value, least)
    assert rep.only("dev").negatives_passed == len(rep.only("dev").negatives)
    for split, least in MIN_REPORTS_LATER_DEV_RECALL.items():
        assert rep.only(split).recall >= least, split
