"""``ingest.strict_text`` / ``read_source``: the one reader of text written for footprint itself
(``footprint timex``, ``footprint geoparse``, whole-file gold files)."""

from __future__ import annotations

import io
import sys

import pytest

from footprint.errors import BinaryInput, EmptyInput, EvalError, InputError, InputTooLarge
from footprint.ingest import STDIN, read_source, strict_text


def test_text_and_a_byte_order_mark():
    assert strict_text("Niamey, 3 May".encode(), "a.txt", max_bytes=100) == "Niamey, 3 May"
    assert strict_text(b"\xef\xbb\xbfGao", "a.txt", max_bytes=100) == "Gao"


@pytest.mark.parametrize("raw,kind,needle", [
    (b"", EmptyInput, "empty"),
    (b" \n\t\r\n", EmptyInput, "empty"),
    ("\u3000\u00a0\n".encode(), EmptyInput, "whitespace"),  # blank once decoded, not as bytes
    (b"\xef\xbb\xbf", EmptyInput, "whitespace"),
    (b"\x00\x01\x02PK\x03\x04", BinaryInput, "binary"),
    (b"a" * 10_000 + b"\x00", BinaryInput, "binary"),  # a NUL far in is as binary as one at the start
    ("caf\xe9".encode("latin-1"), BinaryInput, "UTF-8"),
    (b"\xff\xfe{}", BinaryInput, "UTF-8"),
    (b"x" * 20_001, InputTooLarge, "limit"),
])
def test_every_refusal_names_the_input(raw, kind, needle):
    with pytest.raises(kind) as err:
        strict_text(raw, "in/put.txt", max_bytes=20_000)
    assert needle in str(err.value) and str(err.value).startswith("in/put.txt: ")
    assert isinstance(err.value, InputError)


def test_one_error_class_for_gold_files():
    for raw in (b"", b"\x00", b"\xff", b"{}" * 100):
        with pytest.raises(EvalError, match="gold.json"):
            strict_text(raw, "gold.json", max_bytes=100, error=EvalError)


def test_hostile_text_is_read_as_it_is():
    # markup, control-looking escapes and right-to-left marks are text, not the reader's business
    raw = "<script>alert(1)</script> \u202e[/b] \\x00 {\"a\": 1}".encode()
    assert strict_text(raw, "h.txt", max_bytes=1000) == raw.decode()


def test_read_source_from_stdin_is_cut_at_the_limit(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"y" * 5000)))
    raw, name = read_source("-", 100)
    assert name == STDIN == "<stdin>" and len(raw) == 101
    with pytest.raises(InputTooLarge, match="<stdin>"):
        strict_text(raw, name, max_bytes=100)


def test_read_source_from_a_file(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes(b"Kidal")
    assert read_source(str(p), 100) == (b"Kidal", str(p))
    with pytest.raises(InputError, match="folder"):
        read_source(str(tmp_path), 100)
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"), 100)


def test_read_source_with_one_error_class(tmp_path):
    # gold files: every refusal of the reading itself is the caller's class too, still naming the file
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * 101)
    for path, needle in ((tmp_path, "folder"), (tmp_path / "nope.json", "no such file"), (big, "over the limit")):
        with pytest.raises(EvalError) as err:
            read_source(str(path), 100, error=EvalError)
        msg = str(err.value)
        assert err.value.source == str(path) and msg.startswith(f"{path}: ") and needle in msg
        assert str(path) not in msg.removeprefix(f"{path}: ")  # named once, not "PATH: PATH: …"
