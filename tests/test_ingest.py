"""File readers and every bad-input case. No network, no model."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint.errors import (
    BinaryInput,
    ConfigError,
    EmptyInput,
    InputError,
    InputTooLarge,
    MalformedInput,
)
from footprint.ingest import Failure, iter_inputs, read_text_document, walk
from footprint.ingest.base import decode_bytes, normalize, parse_date, text_id, validate_published
from footprint.model import Document

BODY = (
    "Gunmen on motorcycles attacked an army post near Djibo on 4 March, killing nine soldiers, the army said.\n\n"
    "Witnesses told reporters the attackers withdrew towards the border after two hours of fighting.\n"
)


def one(inputs, **kw):
    items = list(iter_inputs([str(i) for i in inputs], **kw))
    assert len(items) == 1, items
    return items[0]


def doc(path, **kw) -> Document:
    item = one([path], **kw)
    assert isinstance(item, Document), item
    return item


def failure(path, error_type, **kw) -> Failure:
    item = one([path], **kw)
    assert isinstance(item, Failure), item
    assert isinstance(item.error, error_type), item
    assert str(path) in item.source and item.reason
    return item


# --- plain text ---------------------------------------------------------------


def test_seed_shaped_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("sahelwire.example.net\n\nSoldiers killed in attack on army post near Djibo\n\n" + BODY + "\nRead more")
    d = doc(p)
    assert d.source == "sahelwire.example.net"
    assert d.title == "Soldiers killed in attack on army post near Djibo"
    assert d.segment_texts("source") == ["sahelwire.example.net"]
    assert d.segment_texts("title") == [d.title]
    assert d.segment_texts("boilerplate") == ["Read more"]
    assert d.format == "text" and d.path == str(p) and d.published is None
    assert "Gunmen on motorcycles" in d.body_mask_text() and "Read more" not in d.body_mask_text()


def test_text_with_title_and_no_domain(tmp_path):
    p = tmp_path / "b.txt"
    p.write_text("Soldiers killed in attack near Djibo\n" + BODY + "Header: File photo of an army patrol in 2020\n")
    d = doc(p)
    assert d.source is None and d.title == "Soldiers killed in attack near Djibo"
    assert d.segment_texts("caption") == ["Header: File photo of an army patrol in 2020"]


def test_text_without_title(tmp_path):
    p = tmp_path / "c.txt"
    p.write_text(BODY)
    d = doc(p)
    assert d.title is None and d.source is None
    assert {s.kind for s in d.segments} == {"body"}


def test_normalized_text_and_raw_kept(tmp_path):
    p = tmp_path / "d.txt"
    raw = "Cafe\u0301 attack\r\nin\u00a0Gao\u200b killed  three.\x07\r\n\r\n\r\n\r\nMore later, officials said."
    p.write_bytes(raw.encode("utf-8"))
    d = doc(p)
    assert d.text == "Café attack\nin Gao killed three.\n\nMore later, officials said."
    assert d.raw_text == raw
    assert d.raw_sha256 == __import__("hashlib").sha256(raw.encode()).hexdigest()
    assert d.meta["encoding"] == "utf-8"


def test_markdown_links_reduced_to_label(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text("The army [said in a statement](https://army.example.ml/news/1) that four soldiers died.")
    d = doc(p)
    assert d.text == "The army said in a statement that four soldiers died."
    assert d.meta["links"] == ["https://army.example.ml/news/1"]


# --- ids ----------------------------------------------------------------------


def test_ids_are_idempotent_and_ignore_whitespace(tmp_path):
    a, b, c = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    a.write_text(BODY)
    b.write_bytes(BODY.replace("\n", "\r\n").replace(" ", "  ").encode() + b"\n\n  ")
    c.write_text(BODY.replace("nine", "ten"))
    da, db, dc = (doc(x) for x in (a, b, c))
    assert da.id == doc(a).id == db.id
    assert da.raw_sha256 != db.raw_sha256
    assert dc.id != da.id


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(alphabet="abc xyz\n\t", min_size=1, max_size=30), min_size=1, max_size=5))
def test_id_depends_only_on_words(parts):
    text = " ".join(parts)
    assert text_id(normalize(text)) == text_id(normalize("  \n".join(text.split())))


# --- encodings and bad bytes -----------------------------------------------------


def test_utf8_bom_and_utf16(tmp_path):
    text = "Troops reached Ménaka on Tuesday, the army said, after a week on the road."
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + text.encode())
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "u16nobom.txt").write_bytes(text.encode("utf-16-le"))
    for name in ("bom.txt", "u16.txt", "u16nobom.txt"):
        assert doc(tmp_path / name).text == text


def test_cp1252_file(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes("Le convoi a quitté Gao – selon l’armée.".encode("cp1252"))
    d = doc(p)
    assert d.text == "Le convoi a quitté Gao – selon l’armée."
    assert d.meta["encoding"] == "cp1252"


def test_mixed_encodings_repaired_and_noted(tmp_path):
    p = tmp_path / "m.txt"
    p.write_bytes("Forces entered Ségou’s camp. ".encode() + "Then Tombouctou – é.".encode("cp1252"))
    d = doc(p)
    assert d.text == "Forces entered Ségou’s camp. Then Tombouctou – é."
    assert d.meta["encoding"] == "utf-8" and d.meta["encoding_repaired"] == 2


def test_mojibake_repaired(tmp_path):
    p = tmp_path / "mj.txt"
    p.write_text("Mali\u00e2\u20ac\u2122s army said the convoy reached Gao.")
    d = doc(p)
    assert d.text == "Mali’s army said the convoy reached Gao."
    assert d.meta["mojibake_repaired"] == 1


@pytest.mark.parametrize(
    "content,error",
    [
        (b"", EmptyInput),
        (b"   \n\t\r\n  ", EmptyInput),
        (codecs.BOM_UTF8 + b"  \n", EmptyInput),
        (b"\x00\x01\x02\x03binary\x00\xff\xfe\x00" * 20, BinaryInput),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInput),
        (b"\x89PNG\r\n\x1a\n\x00\x00", BinaryInput),
        (bytes(range(1, 32)) * 30, BinaryInput),
        ("Header: Photo of a checkpoint\nShare this article".encode(), EmptyInput),
    ],
    ids=["empty", "whitespace", "bom-only", "nul-bytes", "pdf", "png", "control-chars", "only-residue"],
)
def test_bad_text_files(tmp_path, content, error):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    f = failure(p, error)
    assert f.source == str(p)


def test_over_max_bytes_checked_before_reading(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(BODY * 10)
    f = failure(p, InputTooLarge, max_bytes=100)
    assert "over the limit of 100 bytes" in f.reason
    assert isinstance(doc(p, max_bytes=10_000), Document)


def test_decode_reports_source_name():
    with pytest.raises(BinaryInput, match=r"^x\.bin: "):
        decode_bytes(b"\x00" * 50, "x.bin")


# --- unreadable inputs and folders ------------------------------------------------


def test_missing_file_and_folder_given_as_file(tmp_path):
    failure(tmp_path / "nope.txt", InputError)


def test_broken_symlink_in_folder_does_not_stop_batch(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "c.txt").write_text(BODY.replace("nine", "five"))
    items = list(iter_inputs([tmp_path]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Document", "Failure", "Document"]
    assert items[1].source == str(tmp_path / "b.txt") and "broken symbolic link" in items[1].reason


def test_unreadable_file(tmp_path):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("running as root: permissions do not stop root from reading")
    p = tmp_path / "secret.txt"
    p.write_text(BODY)
    p.chmod(0)
    try:
        f = failure(p, InputError)
        assert "permission denied" in f.reason
    finally:
        p.chmod(0o644)


def test_folder_given_where_a_file_is_expected(tmp_path):
    from footprint.ingest import read_file

    d = tmp_path / "dir.txt"
    d.mkdir()
    with pytest.raises(InputError, match="is a folder"):
        list(read_file(d))


def test_folder_walk_is_sorted_recursive_and_skips(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(BODY)
    (tmp_path / "a.md").write_text("---\ntitle: A\n---\n" + BODY)
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(BODY)
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "README.md").write_text("# Corpus\nAbout these files.")
    (tmp_path / "license_plates.txt").write_text(BODY)
    skipped = []
    found = list(walk(tmp_path, on_skip=lambda p, why: skipped.append((Path(p).name, why))))
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.md", "b/z.txt", "license_plates.txt"]
    assert ("image.png", "unsupported file type .png") in skipped and ("README.md", "documentation file") in skipped


def test_unknown_extension_given_explicitly_is_sniffed(tmp_path):
    p = tmp_path / "report"
    p.write_text("<!DOCTYPE html><html><head><title>T</title></head><body><p>" + BODY + "</p></body></html>")
    assert doc(p).format == "html"


# --- published ------------------------------------------------------------------


def test_published_argument_and_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.md").write_text("---\npublished: 2023-04-02\n---\n" + BODY.replace("nine", "six"))
    a, b = list(iter_inputs([tmp_path / "a.txt", tmp_path / "b.md"], published="2024-01-05"))
    assert a.published == "2024-01-05" and a.meta["published_from"] == "argument"
    assert b.published == "2023-04-02" and b.meta["published_from"] == "metadata"


@pytest.mark.parametrize("value", ["yesterday", "2024-13-01", "05/01/2024", "2024-02-30"])
def test_bad_published_argument_is_config_error(tmp_path, value):
    with pytest.raises(ConfigError):
        list(iter_inputs([tmp_path], published=value))


def test_validate_and_parse_dates():
    assert validate_published("2024-03-01T10:00:00") == "2024-03-01"
    assert parse_date("Tue, 10 Jun 2023 04:00:00 GMT") == "2023-06-10"
    assert parse_date("12 March 2024") == "2024-03-12"
    assert parse_date("March 2024") is None
    assert parse_date("not a date") is None


# --- markdown ---------------------------------------------------------------------


def test_markdown_front_matter(tmp_path):
    p = tmp_path / "r.md"
    p.write_text(
        "---\ntitle: Drone strike hits convoy\nsource: desertpost.example.org\nurl: https://desertpost.example.org/1\n"
        "published: 2022-11-03\nauthor: Staff\ntags: [Mali, drones]\nid: dp-1\n---\n\n"
        "# Drone strike hits convoy\n\nA **drone** strike hit a convoy near *Anefis*, residents said. " + BODY
    )
    d = doc(p)
    assert (d.title, d.source, d.url, d.published, d.record_id) == (
        "Drone strike hits convoy", "desertpost.example.org", "https://desertpost.example.org/1", "2022-11-03", "dp-1",
    )
    assert d.meta["author"] == "Staff" and d.meta["tags"] == ["Mali", "drones"]
    assert "---" not in d.text and "title:" not in d.text and "**" not in d.text and "#" not in d.text
    assert d.segment_texts("title") == ["Drone strike hits convoy"]
    assert d.format == "markdown"


@pytest.mark.parametrize("stamp, kept", [
    ("2022-11-03T17:45:00+03:00", "2022-11-03T17:45:00+03:00"),
    ("2022-11-03 08:10", "2022-11-03 08:10"),  # no seconds: YAML leaves it text, kept as written
    ("2022-11-03", None),  # a day alone orders nothing within the day
])
def test_markdown_front_matter_keeps_the_time_of_day(tmp_path, stamp, kept):
    from footprint.fuse.clusters import moment

    p = tmp_path / "r.md"
    p.write_text(f"---\ntitle: Correction\nsource: desertpost.example.org\npublished: {stamp}\n---\n\n"
                 "A drone strike hit a convoy near Anefis, residents said. " + BODY)
    d = doc(p)
    assert d.published == "2022-11-03" and d.meta.get("published_at") == kept
    # fusion orders two reports of one day by it (a correction after the morning report)
    assert (moment(d.published, d.meta.get("published_at")) is None) is (kept is None)


def test_markdown_heading_is_title_without_front_matter(tmp_path):
    p = tmp_path / "h.md"
    p.write_text("# Junta names new prime minister\n\n" + BODY)
    assert doc(p).title == "Junta names new prime minister"


@pytest.mark.parametrize(
    "front", ["---\ntitle: [unclosed\n---\n", "---\n- a list\n- not a mapping\n---\n", "---\ntitle: a: b: c\n---\n"]
)
def test_markdown_bad_front_matter(tmp_path, front):
    p = tmp_path / "bad.md"
    p.write_text(front + BODY)
    failure(p, MalformedInput)


# --- HTML -------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Army says convoy ambushed near Gao | Sahel Monitor</title>
<meta property="og:title" content="Army says convoy ambushed near Gao">
<meta property="og:site_name" content="Sahel Monitor">
<meta property="article:published_time" content="2023-05-14T09:00:00Z">
<link rel="canonical" href="https://sahelmonitor.example.org/news/convoy-gao"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/africa">Africa</a></li></ul></nav>
<article><h1>Army says convoy ambushed near Gao</h1>
<p>A Malian army supply convoy was ambushed on Saturday about 40 kilometres east of Gao, the army said in a statement
on Sunday, adding that seven soldiers were killed and twelve wounded.</p>
<p>The convoy was travelling from Gao to Ansongo when it struck an improvised explosive device and came under fire from
gunmen on motorcycles, according to two local officials who asked not to be named.</p>
<p>Photo: Malian soldiers on patrol near Gao in 2021</p>
<p>No group has claimed responsibility. The area has seen repeated attacks attributed to the Islamic State Sahel
Province in the past year.</p></article>
<footer><p>Subscribe to our newsletter</p><p>© 2023 Sahel Monitor. All rights reserved.</p></footer></body></html>"""


def test_html_page(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE)
    d = doc(p)
    assert d.title == "Army says convoy ambushed near Gao"
    assert d.source == "Sahel Monitor"
    assert d.url == "https://sahelmonitor.example.org/news/convoy-gao"
    assert d.published == "2023-05-14"
    assert "seven soldiers were killed" in d.text and "Home" not in d.text and "All rights reserved" not in d.text
    assert d.segment_texts("caption") == ["Photo: Malian soldiers on patrol near Gao in 2021"]
    assert d.format == "html"


def test_malformed_html_gives_best_effort_text(tmp_path):
    p = tmp_path / "broken.html"
    p.write_text("<html><body><div><p>Soldiers left the camp at Ber on Sunday, the army said.<p>Residents fled.</div></span></i>")
    d = doc(p)
    assert "Soldiers left the camp at Ber" in d.text


@pytest.mark.parametrize(
    "content,error",
    [
        ("just text, no markup at all", MalformedInput),
        ("<html><head><script>var x = 1;</script></head><body>  </body></html>", EmptyInput),
    ],
)
def test_bad_html(tmp_path, content, error):
    p = tmp_path / "bad.html"
    p.write_text(content)
    failure(p, error)


def test_html_declared_charset(tmp_path):
    p = tmp_path / "w.html"
    p.write_bytes(b'<html><head><meta charset="windows-1252"></head><body><p>'
                  + "Les soldats ont quitté Ménaka, selon l’armée malienne.".encode("cp1252") + b"</p></body></html>")
    assert "quitté Ménaka" in doc(p).text


# --- JSON Lines ---------------------------------------------------------------------


def test_jsonl_records_and_bad_lines(tmp_path):
    p = tmp_path / "r.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": BODY, "title": "Post attacked", "source": "wire.example.com",
                    "url": "https://wire.example.com/1", "published": "2021-06-05", "lang": "en"}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": BODY.replace("nine", "three"), "id": 7}),
    ]
    p.write_text("\n".join(lines) + "\n")
    items = list(iter_inputs([p]))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Failure", "Failure", "Failure", "Document"]
    first, last = items[0], items[-1]
    assert (first.record_id, first.title, first.source, first.published) == ("r1", "Post attacked", "wire.example.com", "2021-06-05")
    assert first.meta["lang"] == "en" and first.format == "jsonl" and first.path == str(p)
    assert last.record_id == "7" and last.title is None
    assert items[1].source == f"{p}:2" and isinstance(items[1].error, MalformedInput) and "invalid JSON" in items[1].reason
    assert items[2].source == f"{p}:4" and isinstance(items[4].error, EmptyInput)


def test_jsonl_empty_file(tmp_path):
    p = tmp_path / "e.jsonl"
    p.write_text("\n\n")
    failure(p, EmptyInput)


# --- feeds --------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Sahel Wire</title><link>https://sahelwire.example.com/</link>
<item><title>Troops leave base near Menaka</title><link>https://sahelwire.example.com/a</link>
<guid>sw-a</guid><pubDate>Tue, 13 Jun 2023 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Soldiers left the base near Menaka on Monday, &lt;b&gt;officials&lt;/b&gt; said.&lt;/p&gt;&lt;p&gt;The handover took two days.&lt;/p&gt;</description></item>
<item><title>Empty entry</title><link>https://sahelwire.example.com/b</link><description></description></item>
<item><title>Drone strike reported</title><link>https://sahelwire.example.com/c</link>
<description>A drone strike hit a market near Anefis on Sunday, residents said.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desert Post</title><link href="https://desertpost.example.org/"/>
<id>urn:dp</id><updated>2024-02-01T00:00:00Z</updated>
<entry><title>Convoy ambushed</title><link href="https://desertpost.example.org/x"/><id>urn:dp:x</id>
<published>2024-01-30T10:00:00Z</published><updated>2024-01-31T10:00:00Z</updated>
<summary>short summary</summary>
<content type="html">&lt;p&gt;A convoy was ambushed near Tessalit on Monday, the army said.&lt;/p&gt;&lt;p&gt;Four soldiers died.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_feed(tmp_path):
    p = tmp_path / "f.rss"
    p.write_text(RSS)
    items = list(iter_inputs([p]))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Document"]
    a = items[0]
    assert a.title == "Troops leave base near Menaka" and a.url == "https://sahelwire.example.com/a"
    assert a.source == "sahelwire.example.com" and a.published == "2023-06-13" and a.record_id == "sw-a"
    assert a.text == "Soldiers left the base near Menaka on Monday, officials said.\n\nThe handover took two days."
    assert a.meta["feed_title"] == "Sahel Wire" and a.format == "feed"
    assert items[1].source == f"{p}#2" and isinstance(items[1].error, EmptyInput)


def test_atom_feed_prefers_content(tmp_path):
    p = tmp_path / "f.atom"
    p.write_text(ATOM)
    d = doc(p)
    assert d.text.startswith("A convoy was ambushed near Tessalit") and "<p>" not in d.text
    assert d.published == "2024-01-30" and d.source == "desertpost.example.org"


@pytest.mark.parametrize(
    "content,error",
    [
        ("<rss><channel><item><title>x</ti", MalformedInput),
        ("<?xml version='1.0'?><notafeed><a>b</a></notafeed>", MalformedInput),
        ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>', EmptyInput),
    ],
    ids=["truncated", "not-a-feed", "no-entries"],
)
def test_bad_feeds(tmp_path, content, error):
    p = tmp_path / "bad.xml"
    p.write_text(content)
    failure(p, error)


def test_broken_feed_with_entries_read_best_effort(tmp_path):
    p = tmp_path / "half.rss"
    p.write_text(RSS.replace("</channel></rss>", "<item><title>cut off"))
    items = [i for i in iter_inputs([p]) if isinstance(i, Document)]
    assert items and "feed_error" in items[0].meta


# --- text given directly ----------------------------------------------------------------


def test_read_text_document():
    d = read_text_document("example.com\nA title for this report\n" + BODY, published="2024-05-01")
    assert d.source == "example.com" and d.title == "A title for this report" and d.published == "2024-05-01"
    with pytest.raises(EmptyInput):
        read_text_document("  \n ")
    with pytest.raises(ConfigError):
        read_text_document(BODY, published="soon")


def test_stdin(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("example.net\nA headline for stdin\n" + BODY).encode())))
    (d,) = list(iter_inputs(["-"]))
    assert d.source == "example.net" and d.path is None


def test_stdin_too_large(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode() * 5)))
    (f,) = list(iter_inputs(["-"], max_bytes=50))
    assert isinstance(f.error, InputTooLarge) and f.source == "<stdin>"
