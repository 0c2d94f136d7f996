"""The record loop ``footprint geoparse`` and ``footprint timex`` share for a ``.jsonl`` of
``{id, text}``: one output line per good record, one error line naming each bad one, the rest done,
exit status 2 when any failed; a file that is no text at all is refused whole (exit 1)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from footprint.cli import app
from footprint.ingest.base import Failure
from footprint.ingest.records import Record, each_record

runner = CliRunner()

GOOD_A = {"id": "a", "text": "Talks in Bamako began on 3 May 2021."}
GOOD_B = {"id": 7, "text": "Nothing to see."}
BAD_LINES = [
    ("{not json", "invalid JSON"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('["text", "x"]', "expected a JSON object, got list"),
    ('{"id": "n", "body": "no text key"}', '"text" string'),
    ('{"id": "n", "text": 12}', '"text" string'),
    ('{"id": {"deep": [1, 2, 3]}, "text": "x"}', '"id" must be'),
    ('{"id": true, "text": "x"}', '"id" must be'),
    ('{"id": "[/b][red]markup", "text": 5}', '"text" string'),
]


def _mixed(tmp_path, name="in.jsonl"):
    lines = [json.dumps(GOOD_A), ""] + [b for b, _ in BAD_LINES] + [json.dumps(GOOD_B)]
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_each_record_reads_every_line_and_names_each_bad_one():
    text = "\n".join([json.dumps(GOOD_A), "   "] + [b for b, _ in BAD_LINES] + [json.dumps(GOOD_B)])
    items = list(each_record(text, "f.jsonl"))
    assert [type(i) for i in items] == [Record] + [Failure] * len(BAD_LINES) + [Record]
    assert (items[0].id, items[0].line, items[0].where) == ("a", 1, "f.jsonl:1")
    assert items[-1].id == 7 and items[-1].text == GOOD_B["text"]
    for item, (_, why), n in zip(items[1:-1], BAD_LINES, range(3, 100)):
        assert item.source == f"f.jsonl:{n}" and why in item.reason


def test_a_text_over_the_limit_is_one_bad_record():
    items = list(each_record(json.dumps({"id": "x", "text": "y" * 101}) + "\n" + json.dumps(GOOD_A), "f", max_chars=100))
    assert isinstance(items[0], Failure) and "over the 100 limit" in items[0].reason
    assert isinstance(items[1], Record)


def _fake_geoparse(monkeypatch):
    import footprint.places as places

    seen = []

    def fake(texts):
        for t in texts:
            seen.append(t)
            yield []

    monkeypatch.setattr(places, "geoparse_many", fake)
    return seen


def _check_mixed(r, path, ids):
    assert r.exit_code == 2, r.output
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ids
    errors = r.stderr.strip().splitlines()
    assert len(errors) == len(BAD_LINES)
    for line, (_, why), n in zip(errors, BAD_LINES, range(3, 100)):
        assert line.startswith(f"failed: {path}:{n}: ") and why in line


def test_geoparse_and_timex_agree_on_a_mixed_file(tmp_path, monkeypatch):
    seen = _fake_geoparse(monkeypatch)
    p = _mixed(tmp_path)
    r = runner.invoke(app, ["geoparse", str(p)])
    _check_mixed(r, p, ["a", "7"])  # geoparse writes ids as strings
    assert seen == [GOOD_A["text"], GOOD_B["text"]]
    r = runner.invoke(app, ["timex", str(p), "--dct", "2021-05-04"])
    _check_mixed(r, p, ["a", 7])  # timex echoes the id as given
    assert json.loads(r.stdout.splitlines()[0])["timexes"][0]["value"] == "2021-05-03"


def test_all_good_exits_zero_and_a_record_without_id_is_named_by_its_line(tmp_path, monkeypatch):
    _fake_geoparse(monkeypatch)
    p = tmp_path / "ok.jsonl"
    p.write_text(json.dumps(GOOD_A) + "\n\n" + json.dumps({"text": "x"}) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["geoparse", str(p)])
    assert r.exit_code == 0 and r.stderr == ""
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["a", "3"]


def test_a_timex_record_with_a_bad_date_is_one_error(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"id": "x", "text": "in 2020", "dct": "not a date"}) + "\n" + json.dumps(GOOD_A) + "\n",
                 encoding="utf-8")
    r = runner.invoke(app, ["timex", str(p)])
    assert r.exit_code == 2 and f"{p}:1" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["a"]


def test_a_geoparse_record_too_long_for_the_pipeline_is_one_error(tmp_path, monkeypatch):
    from footprint.ingest import MAX_CHARS

    _fake_geoparse(monkeypatch)
    p = tmp_path / "long.jsonl"
    p.write_text(json.dumps({"id": "big", "text": "z" * (MAX_CHARS + 1)}) + "\n" + json.dumps(GOOD_A) + "\n",
                 encoding="utf-8")
    r = runner.invoke(app, ["geoparse", str(p)])
    assert r.exit_code == 2 and f"{p}:1" in r.stderr and "limit" in r.stderr
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["a"]


@pytest.mark.parametrize("raw,needle", [
    (b"", "empty"), (b"\n \n", "empty"), (b'{"id": "a", "text": "x"}\n\x00\x01', "binary"),
    (b'{"id": "a", "text": "caf\xe9"}\n', "UTF-8"),
])
def test_a_file_that_is_no_text_is_refused_whole(tmp_path, monkeypatch, raw, needle):
    _fake_geoparse(monkeypatch)
    p = tmp_path / "x.jsonl"
    p.write_bytes(raw)
    for cmd in ("geoparse", "timex"):
        r = runner.invoke(app, [cmd, str(p)])
        assert r.exit_code == 1 and r.stdout == "", (cmd, r.output)
        assert len(r.stderr.strip().splitlines()) == 1 and str(p) in r.stderr and needle in r.stderr


def test_an_oversized_file_is_refused_whole(tmp_path, monkeypatch):
    from footprint.cli import places as places_cli
    from footprint.dates import cli as dates_cli

    _fake_geoparse(monkeypatch)
    monkeypatch.setattr(places_cli, "MAX_INPUT", 100)
    monkeypatch.setattr(dates_cli, "MAX_BYTES", 100)
    p = tmp_path / "big.jsonl"
    p.write_text((json.dumps(GOOD_A) + "\n") * 10, encoding="utf-8")
    for cmd in ("geoparse", "timex"):
        r = runner.invoke(app, [cmd, str(p)])
        assert r.exit_code == 1 and "big.jsonl" in r.stderr and "limit" in r.stderr


def test_a_plain_text_too_long_for_the_pipeline_is_refused_by_geoparse(tmp_path, monkeypatch):
    from footprint.ingest import MAX_CHARS

    seen = _fake_geoparse(monkeypatch)
    p = tmp_path / "long.txt"
    p.write_text("z" * (MAX_CHARS + 1), encoding="utf-8")
    r = runner.invoke(app, ["geoparse", str(p)])
    assert r.exit_code == 1 and "long.txt" in r.stderr and "limit" in r.stderr and seen == []


def test_a_failure_line_prints_markup_like_names_as_they_are(capsys):
    from footprint.cli.records import report_failure
    from footprint.errors import EmptyInput
    from footprint.process import InputFailure

    report_failure(Failure.of("[/b]x[red].txt", EmptyInput("empty", source="[/b]x[red].txt")))
    report_failure(InputFailure("a[/i].jsonl:3", "[bold]no text[/bold]"))
    assert capsys.readouterr().err.splitlines() == ["failed: [/b]x[red].txt: empty",
                                                    "failed: a[/i].jsonl:3: [bold]no text[/bold]"]
