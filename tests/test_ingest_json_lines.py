"""One parse of a JSON line for the two JSON Lines readers, ``ingest.jsonl`` (reports) and ``ingest.records``
(records to tag): the same bad line gets the same message, naming ``FILE:LINE``, from both."""

from __future__ import annotations

import pytest

from footprint.errors import MalformedInput
from footprint.ingest.base import Failure, json_object
from footprint.ingest.jsonl import read_jsonl
from footprint.ingest.records import each_record

BAD = [
    ("{not json", "invalid JSON: Expecting property name enclosed in double quotes (column 2)"),
    ('{"text": "a"', "invalid JSON: Expecting ',' delimiter (column 13)"),
    ("[" * 100_000 + "]" * 100_000, "invalid JSON: nested too deeply"),
    ('["text", "x"]', "expected a JSON object, got list"),
    ('"text"', "expected a JSON object, got str"),
    ("12", "expected a JSON object, got int"),
    ("null", "expected a JSON object, got NoneType"),
]


def test_an_object_is_returned_as_it_is():
    assert json_object('{"id": 1, "text": "Gao", "x": [1]}', "f.jsonl:1") == {"id": 1, "text": "Gao", "x": [1]}


@pytest.mark.parametrize("line,message", BAD)
def test_a_bad_line_is_one_message_naming_it(line, message):
    with pytest.raises(MalformedInput) as err:
        json_object(line, "in/f.jsonl:4")
    assert str(err.value) == f"in/f.jsonl:4: {message}"


@pytest.mark.parametrize("line,message", BAD)
def test_both_readers_say_it_the_same_way(line, message):
    good = '{"id": "a", "text": "Troops left Kidal on 3 May."}'
    raw = f"{good}\n{line}\n".encode()
    reports = list(read_jsonl(raw, source_name="r.jsonl"))
    records = list(each_record(raw.decode(), "r.jsonl"))
    for items in (reports, records):
        assert len(items) == 2 and not isinstance(items[0], Failure)
        bad = items[1]
        assert isinstance(bad, Failure) and isinstance(bad.error, MalformedInput)
        assert (bad.source, bad.reason) == ("r.jsonl:2", message)


def test_what_each_reader_asks_of_an_object_is_its_own():
    # reports take "content" or "body" for the text; records to tag need "text" itself
    line = '{"id": "a", "body": "Troops left Kidal."}'
    assert not isinstance(next(iter(read_jsonl(line.encode(), source_name="r.jsonl"))), Failure)
    rec = next(iter(each_record(line, "r.jsonl")))
    assert isinstance(rec, Failure) and '"text" string' in rec.reason
