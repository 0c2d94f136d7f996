"""Integration: the tagger's pinned TempEval-3 scores, and the seed reports' dates from the gold file."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import spacy

from footprint import nlp as nlp_mod
from footprint.dates import DatesComponent, event_date

SHARED = Path(__file__).parents[2] / "shared"

# Pinned minimum on TimeBank + AQUAINT (TBAQ-cleaned); raise it when the tagger improves, never lower it silently.
MIN_VALUE_F1 = 0.832  # 0.8298 -> 0.8330 (clock time before its day, "one day" after a modal, "Now,", focus words, "recently" after an auxiliary)
MIN_RELAXED_F1 = 0.949


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


# Pinned minimum on the TimeML dev set written for this repository (data/dev-gold/timex/dev, invented news).
DEV_SET = Path(__file__).parents[1] / "data" / "dev-gold" / "timex"
MIN_DEV_VALUE_F1 = 0.945  # 0.8955 -> 0.9353 (datelines, sets of a part of the day, short stretches, the telling day) -> 0.9395 -> 0.9603 (schedules, habitual months, ranges)
MIN_DEV_RELAXED_F1 = 0.975
# data/dev-gold/timex/dev-b: general news (results, markets, elections, courts, sport, weather, science)
MIN_DEV_B_VALUE_F1 = 0.940  # 0.8985 -> 0.9154 (steps at their unit's precision, days a week, every summer, "earlier than") -> 0.9552 (schedules, deadlines, clock "on" a day, "from now")
MIN_DEV_B_RELAXED_F1 = 0.959  # 0.9707 -> 0.9741
# data/dev-gold/timex/dev-c: short 2010s wire stories (politics, economy, disasters, sport, courts, conflict)
MIN_DEV_C_VALUE_F1 = 0.940  # 0.9038 (first run) -> 0.9231 (clock times told at a telling, GMT no year, 1999-00, "would have to") -> 0.9427 (the new year, a half a year earlier, urged until, need weeks)
MIN_DEV_C_RELAXED_F1 = 0.954  # 0.9744
# data/dev-gold/timex/dev-d and heldout-d: recent newswire (results, elections, courts, storms, datelines,
# anniversaries, sets, ranges, clock times with zones); the held-out one is read as totals only
MIN_DEV_D_VALUE_F1 = 0.935  # 0.9011 (first run) -> 0.9319 (clock time inside a schedule, a day named for something, listed weekdays) -> 0.9430 (hyphen day ranges, "should") -> 0.9453 (two gold slips put right) -> 0.9476 (through the night)
MIN_DEV_D_RELAXED_F1 = 0.960  # 0.9670
MIN_HELDOUT_D_VALUE_F1 = 0.900  # 0.9021 (first run) -> 0.9095 (totals only)
MIN_HELDOUT_D_RELAXED_F1 = 0.968  # 0.9749
# data/dev-gold/timex/dev-e and heldout-e: newswire registers the earlier sets had little of (results with fiscal
# periods, sport, courts, polling days, storm and quake timelines with local and GMT clock times, obituaries,
# retrospectives over decades); the held-out one is read as totals only
MIN_DEV_E_VALUE_F1 = 0.900  # 0.8870 (first run) -> 0.9070 (straight weeks, hours a day, rates of people and mm, a linking verb's state) -> 0.9157 (three gold slips put right)
MIN_DEV_E_RELAXED_F1 = 0.970  # 0.9661 -> 0.9746
MIN_HELDOUT_E_VALUE_F1 = 0.860  # 0.8483 (first run, totals only) -> 0.8660
MIN_HELDOUT_E_RELAXED_F1 = 0.950  # 0.9474 -> 0.9533
# data/dev-gold/timex/dev-f and heldout-f: conflict and humanitarian reports (truces, ceasefires, midnight and dawn,
# the early hours, Ramadan, anniversaries, UN reporting periods); the held-out one is read as totals only
MIN_DEV_F_VALUE_F1 = 0.885  # 0.8317 (first run) -> 0.8265 (two gold slips put right) -> 0.8726 (a step finer than its frame, a named time "on" a day, a night from one day to the next, "ends on", "financial year") -> 0.8896 (festivals, previous quarter, reporting period)
MIN_DEV_F_RELAXED_F1 = 0.955  # 0.9397 -> 0.9618
MIN_HELDOUT_F_VALUE_F1 = 0.898  # 0.8580 (first run, totals only) -> 0.8854 -> 0.9034
MIN_HELDOUT_F_RELAXED_F1 = 0.942  # 0.9338 -> 0.9490
# data/dev-gold/timex/dev-g and heldout-g: communiqués, ministry statements, UN briefings, court timelines and
# election calendars (clock times with zones, "D+3", "as of", "the week to Sunday", "within 30 days of")
MIN_DEV_G_VALUE_F1 = 0.940  # 0.8811 (first run) -> 0.8935 (five gold slips) -> 0.9210 (reporting period, quarter of last year, schedule year) -> 0.9310 -> 0.9485 (a day counted from a stated D-Day)
MIN_DEV_G_RELAXED_F1 = 0.960  # 0.9650 (first run)
MIN_HELDOUT_G_VALUE_F1 = 0.905  # 0.9104 (first run, totals only)
MIN_HELDOUT_G_RELAXED_F1 = 0.970  # 0.9749 (first run)
# data/dev-gold/timex/dev-h and heldout-h: wire copy dated 1995-2014 in the TempEval-3 test register (results,
# courts, budgets, diplomacy, an outbreak, a hurricane, Olympic races, an obituary, an election night)
MIN_DEV_H_VALUE_F1 = 0.970  # 0.9251 (first run) -> 0.9256 (three gold slips) -> 0.9545 (lengths in parts, zones in words, "until") -> 0.9805
MIN_DEV_H_RELAXED_F1 = 0.985  # 0.9772 -> 1.0
MIN_HELDOUT_H_VALUE_F1 = 0.970  # 0.9548 (first run, totals only) -> 0.9648 -> 0.9798
MIN_HELDOUT_H_RELAXED_F1 = 0.985  # 0.9950 -> 1.0
# data/dev-gold/timex/dev-i and heldout-i: broadcast transcripts and radio bulletins dated 1996-2012
MIN_DEV_I_VALUE_F1 = 0.940  # 0.8739 (first run) -> 0.8824 ("through" a weekday told in the present) -> 0.9328
# -> 0.9426 (hours spelled out: "seven o'clock", "ten thirty Eastern")
MIN_DEV_I_RELAXED_F1 = 0.980  # 0.9496 (first run) -> 0.9580 -> 0.9836
MIN_HELDOUT_I_VALUE_F1 = 0.940  # 0.9167 (first run, totals only) -> 0.9271 -> 0.9436
MIN_HELDOUT_I_RELAXED_F1 = 0.980  # 0.9688 (first run) -> 0.9846

# Every own set, its documents and gold timexes: a set that loses a file or a tag fails here, not silently
OWN_SETS = {"dev": (12, 243), "dev-b": (12, 289), "dev-c": (10, 160), "dev-d": (12, 227),
            "heldout": (6, 128), "heldout-b": (6, 146), "heldout-c": (10, 147), "heldout-d": (12, 221),
            "dev-e": (6, 179), "heldout-e": (6, 159), "dev-f": (6, 160), "heldout-f": (6, 164),
            "dev-g": (6, 146), "heldout-g": (6, 139), "dev-h": (10, 154), "heldout-h": (6, 99),
            "dev-i": (8, 122), "heldout-i": (6, 98)}


@pytest.mark.integration
def test_timeml_dev_set_pinned_scores():
    from footprint.eval.timex import evaluate

    if not (DEV_SET / "dev").exists():
        pytest.skip(f"the TimeML dev set is missing: {DEV_SET / 'dev'} (it is part of the repository)")
    rows = evaluate(DEV_SET)
    scores = rows["dev"].scores()
    assert scores["value_f1"] >= MIN_DEV_VALUE_F1, scores
    assert scores["relaxed_f1"] >= MIN_DEV_RELAXED_F1, scores
    if "dev-b" not in rows:
        pytest.skip(f"the general-news TimeML dev set is missing: {DEV_SET / 'dev-b'} (it is part of the repository)")
    scores = rows["dev-b"].scores()
    assert scores["value_f1"] >= MIN_DEV_B_VALUE_F1, scores
    assert scores["relaxed_f1"] >= MIN_DEV_B_RELAXED_F1, scores
    if "dev-c" not in rows:
        pytest.skip(f"the wire-story TimeML dev set is missing: {DEV_SET / 'dev-c'} (it is part of the repository)")
    scores = rows["dev-c"].scores()
    assert scores["value_f1"] >= MIN_DEV_C_VALUE_F1, scores
    assert scores["relaxed_f1"] >= MIN_DEV_C_RELAXED_F1, scores
    for name, (value_f1, relaxed_f1) in {"dev-d": (MIN_DEV_D_VALUE_F1, MIN_DEV_D_RELAXED_F1),
                                         "heldout-d": (MIN_HELDOUT_D_VALUE_F1, MIN_HELDOUT_D_RELAXED_F1),
                                         "dev-e": (MIN_DEV_E_VALUE_F1, MIN_DEV_E_RELAXED_F1),
                                         "heldout-e": (MIN_HELDOUT_E_VALUE_F1, MIN_HELDOUT_E_RELAXED_F1),
                                         "dev-f": (MIN_DEV_F_VALUE_F1, MIN_DEV_F_RELAXED_F1),
                                         "heldout-f": (MIN_HELDOUT_F_VALUE_F1, MIN_HELDOUT_F_RELAXED_F1),
                                         "dev-g": (MIN_DEV_G_VALUE_F1, MIN_DEV_G_RELAXED_F1),
                                         "heldout-g": (MIN_HELDOUT_G_VALUE_F1, MIN_HELDOUT_G_RELAXED_F1),
                                         "dev-h": (MIN_DEV_H_VALUE_F1, MIN_DEV_H_RELAXED_F1),
                                         "heldout-h": (MIN_HELDOUT_H_VALUE_F1, MIN_HELDOUT_H_RELAXED_F1),
                                         "dev-i": (MIN_DEV_I_VALUE_F1, MIN_DEV_I_RELAXED_F1),
                                         "heldout-i": (MIN_HELDOUT_I_VALUE_F1, MIN_HELDOUT_I_RELAXED_F1)}.items():
        if name not in rows:
            pytest.skip(f"the newswire TimeML set is missing: {DEV_SET / name} (it is part of the repository)")
        scores = rows[name].scores()
        assert scores["value_f1"] >= value_f1, (name, scores)
        assert scores["relaxed_f1"] >= relaxed_f1, (name, scores)


def test_own_timeml_sets_are_all_there():
    from footprint.eval.timex import iter_tml, read_tml

    if not DEV_SET.exists():
        pytest.skip(f"the TimeML dev sets are missing: {DEV_SET} (they are part of the repository)")
    found = {p.name for p in DEV_SET.iterdir() if p.is_dir()}
    assert found == set(OWN_SETS), found
    for name, (docs, gold) in OWN_SETS.items():
        files = list(iter_tml(DEV_SET / name))
        assert len(files) == docs, name
        assert sum(len(read_tml(f).timexes) for f in files) == gold, name


def test_evaluate_pairs_each_document_once(tmp_path, monkeypatch):
    # the scores and the ids written with --write-tml come from one pairing per document
    from footprint.eval import timex as ev

    gold = tmp_path / "gold" / "a"
    gold.mkdir(parents=True)
    (gold / "d.tml").write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2020-01-10" functionInDocument="CREATION_TIME">x</TIMEX3>'
        '</DCT><TEXT>Talks ended on <TIMEX3 tid="t1" type="DATE" value="2020-01-06">Monday</TIMEX3>.</TEXT></TimeML>',
        encoding="utf-8")
    calls = []
    real = ev.pair_doc
    monkeypatch.setattr(ev, "pair_doc", lambda doc, system: calls.append(doc.path) or real(doc, system))
    out = ev.evaluate(tmp_path / "gold", write_tml=tmp_path / "sys")
    assert len(calls) == 1
    assert out["all"].scores()["value_f1"] == 1.0
    assert 'tid="t1"' in (tmp_path / "sys" / "a" / "d.tml").read_text(encoding="utf-8")


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


# --- the scorer itself: hand-built documents, no model --------------------------------------------


def _scored(text: str, gold: list[tuple[str, str, str]], system: list[tuple[str, str, str]]):
    from footprint.eval.timex import GoldTimex, TimeMLDoc, score_doc
    from footprint.model import Timex

    def at(needle: str) -> tuple[int, int]:
        i = text.index(needle)
        return i, i + len(needle)

    g = tuple(GoldTimex(*at(s), s, ty, v) for s, ty, v in gold)
    sy = [Timex(start=at(s)[0], end=at(s)[1], text=s, type=ty, value=v, interval_start=None, interval_end=None,
                precision="unknown") for s, ty, v in system]
    return score_doc(TimeMLDoc("t.tml", "2020-01-10", text, g), sy)


def test_scorer_strict_relaxed_and_value_f1():
    text = "Talks ended last Monday and resume in early March."
    c = _scored(text, [("last Monday", "DATE", "2020-01-06"), ("early March", "DATE", "2020-03")],
                [("Monday", "DATE", "2020-01-06"), ("early March", "DATE", "2020-04")])
    s = c.scores()
    assert (c.relaxed_r, c.strict_r, c.value_ok, c.type_ok) == (2, 1, 1, 2)
    assert s["relaxed_f1"] == 1.0 and s["strict_f1"] == 0.5
    assert s["value_accuracy"] == 0.5 and s["value_f1"] == 0.5


def test_scorer_matches_one_to_one():
    # one system span over two gold ones recalls only one of them, as id matching does
    text = "It rained June last year."
    c = _scored(text, [("June", "DATE", "2019-06"), ("last year", "DATE", "2019")],
                [("June last year", "DATE", "2019-06")])
    assert (c.relaxed_r, c.relaxed_p, c.value_ok) == (1, 1, 0)  # paired with "last year", the larger overlap
    # two system spans inside one gold span: one pairs, the other is unmatched
    text = "It rained Thursday, Jan. 6 again."
    c = _scored(text, [("Thursday, Jan. 6", "DATE", "2000-01-06")],
                [("Thursday", "DATE", "2000-01-06"), ("Jan. 6", "DATE", "2000-01-06")])
    assert (c.gold, c.system, c.relaxed_r, c.relaxed_p) == (1, 2, 1, 1)
    assert [e[0] for e in c.errors] == ["spurious"]


def test_scorer_spurious_and_missed():
    text = "Rain fell now and then, and again in 1999."
    c = _scored(text, [("1999", "DATE", "1999")], [("now", "DATE", "PRESENT_REF")])
    s = c.scores()
    assert s["relaxed_f1"] == 0.0 and s["value_f1"] == 0.0
    assert sorted(e[0] for e in c.errors) == ["missed", "spurious"]


def test_scorer_counts_blank_gold_and_compares_strict_as_written():
    # the reference scorer keeps a gold timex with blank text in its total but never pairs it,
    # and compares extents as the tagged strings, spaces included
    from footprint.eval.timex import GoldTimex, TimeMLDoc, score_doc
    from footprint.model import Timex

    text = "It rained on Monday  and on Tuesday."
    i = text.index("Monday")
    gold = (GoldTimex(i, i + 7, "Monday ", "DATE", "2020-01-06"), GoldTimex(2, 3, " ", "DATE", "X"))
    system = [Timex(i, i + 6, "Monday", "DATE", "2020-01-06", None, None, "day")]
    c = score_doc(TimeMLDoc("t.tml", "2020-01-10", text, gold), system)
    assert (c.gold, c.system, c.relaxed_r, c.strict_r, c.value_ok) == (2, 1, 1, 0, 1)


def test_read_tml_refuses_unbalanced_timex_tags(tmp_path):
    from footprint.errors import EvalError
    from footprint.eval.timex import read_tml

    head = '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-01-02" functionInDocument="CREATION_TIME">Jan 2</TIMEX3></DCT><TEXT>'
    unclosed = tmp_path / "unclosed.tml"
    unclosed.write_text(head + 'It rained <TIMEX3 tid="t1" type="DATE" value="2024-01-01">on Monday.</TEXT></TimeML>')
    with pytest.raises(EvalError, match="unclosed <TIMEX3>") as err:
        read_tml(unclosed)
    assert err.value.source == str(unclosed)
    stray = tmp_path / "stray.tml"
    stray.write_text(head + "It rained on Monday</TIMEX3>.</TEXT></TimeML>")
    with pytest.raises(EvalError, match="unbalanced"):
        read_tml(stray)
    fine = tmp_path / "fine.tml"
    fine.write_text(head + 'It rained <TIMEX3 tid="t1" type="DATE" value="2024-01-01">on Monday</TIMEX3>.</TEXT></TimeML>')
    assert [t.text for t in read_tml(fine).timexes] == ["on Monday"]


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b" \n\t\n", "empty"),
    (b"<TimeML>\x00\x01<TEXT>x</TEXT>", "binary"),
    (b"<TimeML><TEXT>caf\xe9</TEXT></TimeML>", "UTF-8"),
    (b"<TimeML><TEXT>" + b"x" * 2_000 + b"</TEXT></TimeML>", "over"),
    (b"<TimeML><p>no text element</p></TimeML>", "no <TEXT>"),
])
def test_read_tml_refuses_bad_files_with_one_error_naming_them(tmp_path, monkeypatch, content, needle):
    from footprint.errors import EvalError
    from footprint.eval import timex as te

    monkeypatch.setattr(te, "MAX_TML_BYTES", 1_000)
    path = tmp_path / "bad.tml"
    path.write_bytes(content)
    with pytest.raises(EvalError) as err:
        te.read_tml(path)
    assert err.value.source == str(path)
    assert needle in str(err.value) and "\n" not in str(err.value)


def test_read_tml_refuses_a_huge_file_before_reading_it(tmp_path, monkeypatch):
    from footprint.errors import EvalError
    from footprint.eval import timex as te

    monkeypatch.setattr(te, "MAX_TML_BYTES", 1_000)
    path = tmp_path / "huge.tml"
    with path.open("wb") as fh:
        fh.truncate(10 * 2**30)  # sparse: 10 GiB by its size, nothing on disk
    with pytest.raises(EvalError, match="over the limit"):
        te.read_tml(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_read_tml_does_not_hang_on_a_named_pipe_with_no_writer(tmp_path):
    from footprint.errors import EvalError
    from footprint.eval.timex import read_tml

    path = tmp_path / "pipe.tml"
    os.mkfifo(path)
    with pytest.raises(EvalError, match="named pipe"):
        read_tml(path)


def test_read_tml_reads_carriage_returns_as_newlines(tmp_path):
    from footprint.eval.timex import read_tml

    path = tmp_path / "crlf.tml"
    path.write_bytes(b'<TimeML><TEXT>Rain fell.\r\nIt stopped <TIMEX3 tid="t1" type="DATE" value="2024-01-01">'
                     b"on Monday</TIMEX3>.\r</TEXT></TimeML>")
    doc = read_tml(path)
    assert doc.text == "Rain fell.\nIt stopped on Monday.\n"
    assert (doc.timexes[0].start, doc.timexes[0].end) == (22, 31)


# the tag regex the tokenizer replaced: the reference its output must equal on ordinary and odd markup
_OLD_TOKEN = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>|([^<]+)", re.S)


@pytest.mark.parametrize("raw", [
    '<TimeML><DCT><TIMEX3 tid="t0" value="2024-01-02">Jan 2</TIMEX3></DCT><TEXT>It rained</TEXT></TimeML>',
    "a < b and c<d> e <<f>> <1x/> </g h> <",
    '<TIMEX3 a="x<y">z</TIMEX3><TIMEX3 ',
    "", "<", ">", "<>", "plain text only", "x<y z<w>v",
])
def test_tokens_equal_the_tag_regex(raw):
    from footprint.eval.timex import _tokens

    for start, end in [(0, len(raw)), (1, max(1, len(raw) - 2))]:
        want = [m.groups() for m in _OLD_TOKEN.finditer(raw, start, end)]
        assert list(_tokens(raw, start, end)) == want


def test_tokens_equal_the_tag_regex_on_random_markup():
    import random

    from footprint.eval.timex import _tokens

    rng = random.Random(7)
    for _ in range(2_000):
        raw = "".join(rng.choice(['<', '>', '/', 'T', 'x', ' ', '"', '=', '<TIMEX3 ', '</TEXT>']) for _ in range(rng.randint(0, 30)))
        assert list(_tokens(raw, 0, len(raw))) == [m.groups() for m in _OLD_TOKEN.finditer(raw)], raw


def test_read_tml_finishes_on_many_unclosed_tags(tmp_path):
    """Each "<TIMEX3 " with no ">" after it made the tag regex rescan the rest (quadratic: seconds at
    120 KB, far more within the 10 MiB limit); the file is read in one pass and its meaning kept."""
    from footprint.eval.timex import read_tml

    head = '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-01-02" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>'
    path = tmp_path / "hostile.tml"
    path.write_text(head + "<TEXT>Rain <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-01-01\">on Monday</TIMEX3>. "
                    + "<TIMEX3 " * 200_000 + "</TEXT></TimeML>", encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == "2024-01-02"
    assert [t.text for t in doc.timexes] == ["on Monday"]
    assert doc.text.count("TIMEX3 ") == 200_000  # every stray "<" dropped, its word kept, as before
    path.write_text("<TimeML>" + "<TIMEX3 " * 200_000 + '<TIMEX3 functionInDocument="CREATION_TIME" value="2020-05-06">'
                    + "<TEXT>a</TEXT></TimeML>", encoding="utf-8")
    assert read_tml(path).dct == "2020-05-06"  # the first tag runs to the first ">": its attributes, as before


def test_read_tml_creation_time_is_read_from_the_tag_attributes(tmp_path):
    from footprint.eval.timex import read_tml

    path = tmp_path / "dct.tml"
    path.write_text('<TimeML><TIMEX3 functionInDocument="NONE" value="1999-01-01">a</TIMEX3>'
                    '<DCT><TIMEX3 value="2021-03-04" tid="t0" functionInDocument="CREATION_TIME">b</TIMEX3></DCT>'
                    "<TEXT>It rained.</TEXT></TimeML>", encoding="utf-8")
    assert read_tml(path).dct == "2021-03-04"
