"""One name per document in messages: its path or URL, else its id (``Document.label``); a document
from standard input or given as raw text is called ``<stdin>`` / ``<text>`` only while it is read."""

from __future__ import annotations

import io
import json
import sys

import pytest

import footprint.ingest.base as base
from footprint.errors import EmptyInput, InputTooLarge
from footprint.ingest import RAW_TEXT, STDIN, Failure, iter_inputs, read_text_document

TEXT = "Armed men attacked a market in Mopti on Monday, residents said.\n"


def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_a_too_long_document_from_stdin_is_named_by_its_label(monkeypatch):
    _stdin(monkeypatch, TEXT.encode())
    (doc,) = list(iter_inputs(["-"]))
    assert doc.path is None and doc.url is None and doc.label == doc.id
    _stdin(monkeypatch, TEXT.encode())
    monkeypatch.setattr(base, "MAX_CHARS", 10)
    (fail,) = list(iter_inputs(["-"]))
    assert isinstance(fail, Failure) and isinstance(fail.error, InputTooLarge)
    assert fail.source == doc.id and "<text>" not in str(fail)


def test_a_too_long_record_from_stdin_adds_its_record_id(monkeypatch):
    _stdin(monkeypatch, (json.dumps({"id": "r1", "text": TEXT}) + "\n").encode())
    monkeypatch.setattr(base, "MAX_CHARS", 10)
    (fail,) = list(iter_inputs(["-"]))
    assert isinstance(fail, Failure) and fail.source.endswith("#r1") and not fail.source.startswith("<")


def test_a_file_keeps_its_path_as_name(tmp_path, monkeypatch):
    p = tmp_path / "r.txt"
    p.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(base, "MAX_CHARS", 10)
    (fail,) = list(iter_inputs([str(p)]))
    assert fail.source == str(p)


def test_while_read_stdin_and_raw_text_have_their_own_names(monkeypatch):
    _stdin(monkeypatch, b"   \n")
    (fail,) = list(iter_inputs(["-"]))
    assert fail.source == STDIN == "<stdin>" and isinstance(fail.error, EmptyInput)
    with pytest.raises(EmptyInput) as err:
        read_text_document("   ")
    assert err.value.source == RAW_TEXT == "<text>"
    assert read_text_document(TEXT).label == read_text_document(TEXT).id
