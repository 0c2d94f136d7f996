"""TimeML output: ``footprint timex --format timeml`` and ``eval timex --write-tml``; the writer round-trips."""

from __future__ import annotations

from xml.dom import minidom

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from footprint.cli import app
from footprint.dates.timeml import text_with_tags, to_timeml
from footprint.errors import MalformedInput
from footprint.eval.timex import read_tml
from footprint.model import Timex

runner = CliRunner()


def _tx(text: str, needle: str, ty: str = "DATE", value: str = "2021-03", nth: int = 0) -> Timex:
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    return Timex(i, i + len(needle), needle, ty, value, None, None, "month")


def _roundtrip(tmp_path, text: str, timexes: list[Timex], dct: str | None = "2021-03-20"):
    p = tmp_path / "out.tml"
    p.write_text(to_timeml(text, timexes, dct=dct, docid="d1"), encoding="utf-8")
    minidom.parse(str(p))  # well-formed XML, as the official scorer parses it
    return read_tml(p)


def test_roundtrip_keeps_text_offsets_and_attributes(tmp_path):
    text = "Fighting near Ségou in März—no, in March 2021 & again <later> in 2022.\r\nDone."
    ts = [_tx(text, "March 2021"), _tx(text, "2022", value="2022")]
    doc = _roundtrip(tmp_path, text, ts)
    assert doc.text == text and doc.dct == "2021-03-20"
    assert [(g.start, g.end, g.text, g.type, g.value) for g in doc.timexes] == [
        (t.start, t.end, t.text, t.type, t.value) for t in ts]
    assert [g.tid for g in doc.timexes] == ["t1", "t2"]


def test_escapes_markup_characters():
    body = text_with_tags("a < b & c > d in 2020", [_tx("a < b & c > d in 2020", "2020", value="2020")])
    assert body.startswith("a &lt; b &amp; c &gt; d in <TIMEX3 ")
    assert '<TIMEX3 tid="t1" type="DATE" value="2020">2020</TIMEX3>' in body


def test_timex_text_with_ampersand_and_quoted_value(tmp_path):
    text = "Q&A held 2020"
    t = Timex(0, 3, "Q&A", "DATE", 'odd"value', None, None, "day")
    doc = _roundtrip(tmp_path, text, [t])
    assert doc.timexes[0].text == "Q&A" and doc.text == text


def test_empty_text_and_text_without_timex(tmp_path):
    assert _roundtrip(tmp_path, "", []).text == ""
    doc = _roundtrip(tmp_path, "Nothing dated here.", [], dct=None)
    assert doc.text == "Nothing dated here." and doc.timexes == () and doc.dct is None


def test_overlapping_timexes_are_not_nested():
    text = "on Monday morning"
    body = text_with_tags(text, [_tx(text, "Monday morning", "TIME"), _tx(text, "Monday")])
    assert body.count("<TIMEX3") == 1 and "Monday morning</TIMEX3>" in body


def test_given_ids_kept_and_new_ones_do_not_collide():
    text = "in 2020 and 2021"
    body = text_with_tags(text, [_tx(text, "2020"), _tx(text, "2021")], {1: "t1"})
    assert 'tid="t2" type="DATE" value="2021-03">2020<' in body and 'tid="t1"' in body


def test_bad_offsets_and_xml_forbidden_characters_fail_clearly():
    with pytest.raises(MalformedInput, match="not at that place"):
        text_with_tags("in 2020", [Timex(0, 2, "2020", "DATE", "2020", None, None, "year")], source="doc7")
    with pytest.raises(MalformedInput, match="U\\+000C") as e:
        to_timeml("page\x0cbreak in 2020", [], source="doc8")
    assert "doc8" in str(e.value)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x0b\x0c\ufffe\uffff"
                                      + "".join(map(chr, range(1, 9))) + "".join(map(chr, range(14, 32)))),
               max_size=80),
       st.integers(0, 80), st.integers(1, 10))
def test_roundtrip_property(tmp_path_factory, text, a, n):
    a = min(a, len(text))
    b = min(len(text), a + n)
    ts = [Timex(a, b, text[a:b], "DATE", "2020", None, None, "year")] if text[a:b].strip() else []
    p = tmp_path_factory.mktemp("rt") / "x.tml"
    p.write_text(to_timeml(text, ts), encoding="utf-8")
    doc = read_tml(p)
    assert doc.text == text
    assert [(g.start, g.end) for g in doc.timexes] == [(t.start, t.end) for t in ts]


def test_cli_timeml_for_a_text(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Gunmen attacked the camp on 6 January.", encoding="utf-8")
    r = runner.invoke(app, ["timex", str(p), "--dct", "2022-01-10", "--format", "timeml"])
    assert r.exit_code == 0, r.output
    assert '<TIMEX3 tid="t0" type="DATE" value="2022-01-10"' in r.stdout
    assert '<TIMEX3 tid="t1" type="DATE" value="2022-01-06">6 January</TIMEX3>' in r.stdout
    minidom.parseString(r.stdout.encode("utf-8"))


def test_cli_timeml_for_records(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text('{"id": "a1", "text": "It ended in 2019.", "dct": "2020-02-02"}\n'
                 '{"id": "b2", "text": "Nothing here."}\n', encoding="utf-8")
    r = runner.invoke(app, ["timex", str(p), "--format", "timeml"])
    assert r.exit_code == 1 and "--out-dir" in r.stderr
    r = runner.invoke(app, ["timex", str(p), "--format", "timeml", "--out-dir", str(tmp_path / "o")])
    assert r.exit_code == 0, r.output
    a = read_tml(tmp_path / "o" / "a1.tml")
    assert a.dct == "2020-02-02" and [g.value for g in a.timexes] == ["2019"]
    assert read_tml(tmp_path / "o" / "b2.tml").timexes == ()


def test_cli_timeml_bad_records(tmp_path):
    for name, body, needle, code in [
        ("climb.jsonl", '{"id": "../x", "text": "in 2020"}\n', "climb.jsonl", 1),
        ("dup.jsonl", '{"id": "a", "text": "in 2020"}\n{"id": "a", "text": "in 2021"}\n', "dup.jsonl", 1),
        ("broken.jsonl", '{"id": "a", "text": \n', "broken.jsonl:1", 2),  # a bad line: the rest are done, exit 2
    ]:
        p = tmp_path / name
        p.write_text(body, encoding="utf-8")
        r = runner.invoke(app, ["timex", str(p), "--format", "timeml", "--out-dir", str(tmp_path / "o")])
        assert r.exit_code == code and needle in r.stderr, r.output
    b = tmp_path / "bin.jsonl"
    b.write_bytes(b"\x00\x01\x02" * 30)
    r = runner.invoke(app, ["timex", str(b), "--format", "timeml", "--out-dir", str(tmp_path / "o")])
    assert r.exit_code == 1 and "bin.jsonl" in r.stderr


GOLD = ('<?xml version="1.0" ?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1999-03-10" '
        'functionInDocument="CREATION_TIME">March 10</TIMEX3></DCT>\n<TEXT>\nThe talks ended '
        '<TIMEX3 tid="t7" type="DATE" value="1999-03-09">yesterday</TIMEX3> after '
        '<TIMEX3 tid="t9" type="DURATION" value="P3D">three days</TIMEX3> &amp; more.\n</TEXT></TimeML>\n')


def test_eval_write_tml_uses_gold_ids(tmp_path):
    (tmp_path / "g" / "sub").mkdir(parents=True)
    (tmp_path / "g" / "sub" / "d.tml").write_text(GOLD, encoding="utf-8")
    r = runner.invoke(app, ["eval", "timex", str(tmp_path / "g"), "--format", "jsonl",
                            "--write-tml", str(tmp_path / "sys")])
    assert r.exit_code == 0, r.output
    out = read_tml(tmp_path / "sys" / "sub" / "d.tml")
    gold = read_tml(tmp_path / "g" / "sub" / "d.tml")
    assert out.text == gold.text and out.dct == "1999-03-10"
    assert {g.tid for g in out.timexes} == {"t7", "t9"}
    r = runner.invoke(app, ["eval", "timex", str(tmp_path / "g"), "--write-tml", str(tmp_path / "g" / "x")])
    assert r.exit_code == 1 and "outside" in r.stderr
