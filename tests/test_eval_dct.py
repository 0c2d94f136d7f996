"""``footprint eval dct``: the report date inferred with the real one hidden, and its pinned minimum scores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from footprint.errors import EvalError, FootprintError
from footprint.eval.dct import error_rows, evaluate, listable, score_rows

ROOT = Path(__file__).parents[1]
SHARED = Path(__file__).parents[2] / "shared"
TEMPEVAL = SHARED / "eval" / "tempeval3"

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>{name}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="{dct}" functionInDocument="CREATION_TIME">{dct}</TIMEX3></DCT>
<TEXT>{text}</TEXT>
</TimeML>
"""


def write_tml(folder: Path, name: str, dct: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.tml"
    path.write_text(TML.format(name=name, dct=dct, text=text), encoding="utf-8")
    return path


# --- scoring on hand-made files --------------------------------------------------------------------


def test_scores_a_hand_made_folder(tmp_path):
    dev = tmp_path / "dev"
    write_tml(dev, "a", "2024-06-05",
              'Fighting resumed in <TIMEX3 tid="t1" type="DATE" value="2024-05">May 2024</TIMEX3>. On '
              '<TIMEX3 tid="t2" type="DATE" value="2024-06-03">3 June</TIMEX3> gunmen attacked a convoy.')
    write_tml(dev, "b", "2024-06-05", 'Gunmen attacked a convoy on <TIMEX3 tid="t1" type="DATE" '
              'value="2024-06-03">Monday</TIMEX3>, police said.')
    write_tml(tmp_path / "heldout", "c", "2020-01-10", "The army left the town in 2019.")
    res = evaluate(tmp_path)
    rows = {r["set"]: r for r in score_rows(res)}
    assert rows["dev"]["docs"] == 2 and rows["dev"]["coverage"] == 0.5
    assert rows["dev"]["bounds_hold"] == 0.5 and rows["dev"]["within_7"] == 0.5
    assert rows["dev"]["median_error_days"] == 2
    # "Monday" with no anchor keeps an unresolved value: 2 of 3 right, against 3 of 3 with the real date
    assert rows["dev"]["value_f1_true"] == 1.0 and rows["dev"]["value_f1_inferred"] == 0.6667
    assert rows["heldout"]["bounds_hold"] == 1.0 and rows["heldout"]["within_7"] == 0.0
    assert rows["all"]["docs"] == 3
    # per-document rows: development groups only, uncovered first
    listed = error_rows(res)
    assert [r["doc"] for r in listed] == ["b", "a"] and all(r["set"] == "dev" for r in listed)


def test_a_wrong_inference_costs_value_f1(tmp_path):
    write_tml(tmp_path / "dev", "a", "2024-06-05",
              'The town fell in <TIMEX3 tid="t1" type="DATE" value="2019">2019</TIMEX3>. '
              '<TIMEX3 tid="t2" type="DATE" value="2024-06-04">Yesterday</TIMEX3> gunmen returned.')
    row = {r["set"]: r for r in score_rows(evaluate(tmp_path))}["dev"]
    assert row["value_f1_true"] == 1.0 and row["value_f1_inferred"] == 0.5
    assert row["bounds_hold"] == 1.0 and row["within_365"] == 0.0


def test_bounds_fail_when_the_inference_is_after_the_true_date(tmp_path):
    write_tml(tmp_path / "dev", "a", "2020-01-10", "Elections took place in March 2021, observers said.")
    row = {r["set"]: r for r in score_rows(evaluate(tmp_path))}["dev"]
    assert row["coverage"] == 1.0 and row["bounds_hold"] == 0.0


def test_reports_gold_reads_front_matter_dates_per_split(tmp_path):
    (tmp_path / "one.md").write_text("---\ntitle: t\npublished: 2024-03-12\n---\n\nTroops left the base in "
                                     "February 2024, residents said.\n", encoding="utf-8")
    (tmp_path / "two.md").write_text("---\ntitle: t\n---\n\nTroops left in 2023.\n", encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"documents": {"one.md": {"split": "dev-x"}, "two.md": {"split": "dev-x"}},
                                "events": []}), encoding="utf-8")
    rows = {r["set"]: r for r in score_rows(evaluate(gold))}
    assert rows["dev-x"]["docs"] == 1  # no front matter date: nothing to score against
    # the bound is February 2024; a month written with its year puts the estimate in the next year (rule 6)
    assert rows["dev-x"]["bounds_hold"] == 1.0 and rows["dev-x"]["median_error_days"] == 295
    assert "value_f1_inferred" not in rows["dev-x"]


@pytest.mark.parametrize("group,ok", [("dev", True), ("dev-c", True), ("TimeBank", True), ("AQUAINT", False),
                                      ("heldout", False), ("heldout-b", False), ("test", False), ("fresh-b", False)])
def test_only_development_groups_are_listed(group, ok):
    assert listable(group) is ok


# --- bad input --------------------------------------------------------------------------------------


def test_missing_path_is_refused(tmp_path):
    with pytest.raises(EvalError, match="not found") as exc:
        evaluate(tmp_path / "nope")
    assert "nope" in str(exc.value)


def test_empty_folder_is_refused(tmp_path):
    with pytest.raises(EvalError, match="no document"):
        evaluate(tmp_path)


@pytest.mark.parametrize("content", [b"", b"\x00\xff\xfe binary", b"{not json", b"[1, 2]", b'{"documents": {}}',
                                     b'{"documents": "x"}', b'{"documents": {"a.md": "x"}, "events": []}',
                                     b'{"documents": ' + b"[" * 100_000])
def test_bad_reports_gold_is_refused(tmp_path, content):
    gold = tmp_path / "gold.json"
    gold.write_bytes(content)
    with pytest.raises(FootprintError) as exc:
        evaluate(gold)
    assert "gold.json" in str(exc.value) or "gold.json" in str(getattr(exc.value, "source", ""))


def test_gold_naming_a_missing_document_is_refused(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"documents": {"../../etc/passwd-nothere.md": {"split": "dev"}}}), encoding="utf-8")
    with pytest.raises(FootprintError):
        evaluate(gold)


@pytest.mark.parametrize("body", ["<TEXT>never closed", "no text element", "<TEXT><TIMEX3 tid='t1'>x</TEXT>",
                                  "<TEXT>" + "<" * 50_000 + "</TEXT>"])
def test_broken_timeml_is_refused_or_read(tmp_path, body):
    path = tmp_path / "dev" / "x.tml"
    path.parent.mkdir()
    path.write_text('<DCT><TIMEX3 value="2024-01-01" functionInDocument="CREATION_TIME"/></DCT>' + body,
                    encoding="utf-8")
    try:
        rows = score_rows(evaluate(tmp_path))
    except EvalError as exc:
        assert "x.tml" in str(exc) or "x.tml" in str(getattr(exc, "source", ""))
    else:
        assert rows[-1]["docs"] == 1


def test_binary_timeml_is_refused(tmp_path):
    path = tmp_path / "dev" / "x.tml"
    path.parent.mkdir()
    path.write_bytes(b"\x00\x01\x02\xff" * 100)
    with pytest.raises(FootprintError):
        evaluate(tmp_path)


# --- pinned minimum scores ----------------------------------------------------------------------------
# Scores at the time of pinning (docs/time.md "Report date when metadata has none"); raise them with the rules,
# never lower them silently.


def _all(source: Path) -> dict:
    return {r["set"]: r for r in score_rows(evaluate(source))}


@pytest.mark.integration
def test_pinned_on_tempeval3():
    if not TEMPEVAL.is_dir():
        pytest.skip("../shared not present: TimeBank + AQUAINT are needed")
    rows = _all(TEMPEVAL)
    assert rows["all"]["docs"] == 256
    assert rows["all"]["coverage"] >= 0.32
    assert rows["all"]["bounds_hold"] >= 0.257
    # within_365 0.082 -> 0.0938, value_f1_inferred 0.3109 -> 0.3125 (rule 6: the estimate after a written year)
    # -> 0.1016 and 0.3184 (rules 7 and 8: a peg after a background year; earnings wording), TimeBank 0.3362 -> 0.3449
    assert rows["all"]["within_365"] >= 0.101
    assert rows["all"]["value_f1_inferred"] >= 0.318
    assert rows["TimeBank"]["value_f1_inferred"] >= 0.344
    assert rows["all"]["value_f1_true"] >= 0.84  # the tagger with the real date, as `eval timex` scores it


# the own TimeML sets the "all" pins below were taken on; sets added later are pinned on their own rows
_PINNED_TIMEX_SETS = ("dev", "dev-b", "dev-c", "dev-d", "dev-e", "heldout", "heldout-b", "heldout-c", "heldout-d",
                      "heldout-e")


@pytest.mark.integration
def test_pinned_on_later_own_timex_sets():
    rows = _all(ROOT / "data" / "dev-gold" / "timex")
    assert rows["all"]["docs"] == 146  # 116 + dev-h (10) and heldout-h (6), the older wire copy, + dev-i (8), heldout-i (6)
    # dev-i, heldout-i (broadcast transcripts of 1996-2012, no dateline; first run, heldout-i as totals only):
    # value_f1_inferred 0.2616, 0.3351; coverage 0.625, 1.0
    # heldout-i 0.3351 -> 0.3299 and its pin 0.33 -> 0.32, on purpose: hours spelled out ("seven o'clock") raised
    # the tagger on the true date (heldout-i value F1 0.9271 -> 0.9436), but these transcripts have no dateline and
    # their inferred date is years off (median 4695 days), so each newly found clock time is valued on a wrong day.
    # The inference itself (coverage, bounds, median error) is unchanged.
    assert rows["dev-i"]["value_f1_inferred"] >= 0.26 and rows["heldout-i"]["value_f1_inferred"] >= 0.32
    # dev-h, heldout-h (wire copy of 1995-2014; heldout-h as totals only): value_f1_inferred 0.6104, 0.5859
    # heldout-h 0.5859 -> 0.6061 (rule 6: the estimate after a written year)
    assert rows["dev-h"]["value_f1_inferred"] >= 0.61 and rows["heldout-h"]["value_f1_inferred"] >= 0.60
    # dev-f, heldout-f (conflict and humanitarian reports; first run, heldout-f as totals only)
    assert rows["dev-f"]["coverage"] >= 1.0 and rows["dev-f"]["bounds_hold"] >= 0.83
    # within_365 0.1667 -> 0.3333 (eleventh round: "Ramadan, which began on June 6" fixes the year)
    # value_f1_inferred 0.3849 -> 0.4606 (thirteenth round: a dateline day before a guessed anchor takes the
    # year its lead's weekday agrees with)
    # 0.4606 -> 0.5741 (fourteenth round: planned dates are no lower bound; a year-less day inside the latest
    # explicit period is that day of it)
    # 0.5741 -> 0.6562 (rule 6: a dateline's day goes in the year after a written one)
    assert rows["dev-f"]["within_365"] >= 0.33 and rows["dev-f"]["value_f1_inferred"] >= 0.65
    assert rows["heldout-f"]["coverage"] >= 0.83 and rows["heldout-f"]["bounds_hold"] >= 0.33
    assert rows["heldout-f"]["within_365"] >= 0.5 and rows["heldout-f"]["value_f1_inferred"] >= 0.51


@pytest.mark.integration
def test_pinned_on_own_timex_sets(tmp_path):
    for name in _PINNED_TIMEX_SETS:
        (tmp_path / name).mkdir()
        for tml in (ROOT / "data" / "dev-gold" / "timex" / name).glob("*.tml"):
            (tmp_path / name / tml.name).symlink_to(tml)
    rows = _all(tmp_path)
    assert rows["all"]["docs"] == 92
    assert rows["all"]["coverage"] >= 0.94
    assert rows["all"]["bounds_hold"] >= 0.80
    assert rows["all"]["bounds_hold"] >= 0.815 and rows["all"]["within_31"] >= 0.228  # rule 6 and "by 31 March 2026"
    assert rows["all"]["within_365"] >= 0.423  # 0.358 -> 0.413 (rule 6) -> 0.4239 (rule 7)
    # 0.5247 -> 0.5878 (thirteenth round) -> 0.6142 (rule 6) -> 0.6195 (rule 7)
    assert rows["all"]["value_f1_inferred"] >= 0.619


@pytest.mark.integration
def test_pinned_on_reports():
    rows = _all(ROOT / "data" / "dev-gold" / "reports" / "reports-gold.json")
    assert rows["all"]["docs"] >= 110
    # the pins below were taken on the 94 reports before dev-n and heldout-g; splits added later have their own
    first = [r for name, r in rows.items() if name not in ("all", *_LATER_REPORT_SPLITS, *_REPORTS_119_126)]
    docs = sum(r["docs"] for r in first)
    assert docs == 94

    def share(measure: str) -> float:
        return sum(r[measure] * r["docs"] for r in first) / docs

    assert share("coverage") >= 0.87
    assert share("bounds_hold") >= 0.85
    assert share("within_31") >= 0.255  # 0.21 -> 0.2553 (rule 6)
    assert share("within_365") >= 0.393  # 0.319 -> 0.383 (rule 6) -> 0.3936 (rule 7)
    for name in _LATER_REPORT_SPLITS:  # first run: coverage and bounds 1.0 on each (held-out ones as totals)
        assert rows[name]["coverage"] >= 0.95 and rows[name]["bounds_hold"] >= 0.95
    for name, least in _REPORTS_119_126.items():  # their first run, coverage and bounds (held-out as totals)
        assert rows[name]["coverage"] >= least and rows[name]["bounds_hold"] >= least


_LATER_REPORT_SPLITS = ("dev-n", "heldout-g", "dev-o", "heldout-h", "dev-p", "heldout-i")
#: Reports 119-126, added after the pins above: out of the first 94's shares, pinned at their first run.
_REPORTS_119_126 = {"dev-q": 1.0, "heldout-j": 0.75}
