"""What ``raw_text`` holds for markup inputs (a feed entry, an HTML page): the input as received,
markup included, with nothing that could run or load (``html.inert_markup``). Invented inputs, no model."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import example, given, settings, strategies as st

from footprint.ingest import read_bytes_as
from footprint.ingest.html import html_to_text, inert_markup
from footprint.model import Document

LEAD = "Gunmen attacked the market in Dorobé on Tuesday, a local official said."
SAY = "Soldiers reached the town two hours later, residents said."
#: What no stored raw text of a feed may hold, in any case.
ACTIVE = ("<script", "</script", "<style", "alert(", "onerror", "onload", "onclick", "javascript:", "<iframe", "<svg",
          "<![cdata[", "<!--", "<meta", "<base", "srcdoc", "expression(")


def rss(description: str, *, title: str = "Market attack") -> bytes:
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><link>https://desk.example.org/</link>'
            f"<item><title>{title}</title><link>https://desk.example.org/a</link>"
            f"<description>{description}</description></item></channel></rss>").encode("utf-8")


def esc(markup: str) -> str:
    return markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def read(raw: bytes) -> Document:
    items = list(read_bytes_as("feed", raw, source_name="hostile.rss"))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def assert_inert(raw_text: str) -> None:
    low = raw_text.lower()
    for bad in ACTIVE:
        assert bad not in low, (bad, raw_text[:300])


HOSTILE = {
    "script": esc(f"<p>{LEAD}</p><script>alert(document.cookie)</script><p>{SAY}</p>"
                  "<SCRIPT type=text/javascript>var s = '</p>';</SCRIPT><script/>"),
    "event handlers": esc(f'<p onclick="alert(1)">{LEAD}</p><img src="pic.jpg" onerror="alert(2)" alt="market">'
                          f'<div ONMOUSEOVER=\'alert(3)\' style="background:expression(alert(4))">{SAY}</div>'),
    "urls": esc(f'<p><a href="https://desk.example.org/b">{LEAD}</a></p><a href=" jav&#x09;ascript:alert(1)">x</a>'
                f'<a href="JaVaScRiPt:alert(2)">{SAY}</a><img src="data:text/html,alert(3)">'
                '<iframe srcdoc="&lt;script&gt;alert(4)&lt;/script&gt;">frame</iframe>'),
    "CDATA": f"<![CDATA[<p>{LEAD}</p><script>alert(1)</script><p>{SAY}</p>]]>",
    "CDATA inside the markup": esc(f"<p>{LEAD}</p><![CDATA[<script>alert(1)</script>]]><p>{SAY}</p>"),
    "comments, style, svg, meta": esc(f'<!-- <script>alert(1)</script> --><style>p {{ color: red }}</style><p>{LEAD}</p>'
                                      '<svg onload="alert(2)"><script>alert(3)</script></svg>'
                                      '<meta http-equiv="refresh" content="0;url=javascript:alert(4)">'
                                      f'<base href="https://elsewhere.example/"><p>{SAY}</p>'),
    "unclosed script": esc(f"<p>{LEAD}</p><p>{SAY}</p><script>alert(1)") + "&lt;a" * 500,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_entry_raw_text_keeps_the_markup_but_nothing_active(name):
    d = read(rss(HOSTILE[name]))
    assert_inert(d.raw_text)
    assert LEAD in d.text and SAY in d.text  # the text is read as before
    assert "<p>" in d.raw_text and LEAD in d.raw_text  # provenance: the entry's own markup stays
    assert d.raw_text.startswith("Market attack\n")


def test_raw_text_keeps_harmless_links_and_attributes():
    d = read(rss(HOSTILE["event handlers"] + HOSTILE["urls"]))
    assert 'href="https://desk.example.org/b"' in d.raw_text
    assert '<img src="pic.jpg" alt="market">' in d.raw_text
    assert "<a>x</a>" in d.raw_text  # the link lost only its script URL


def test_raw_sha256_hashes_the_entry_as_received():
    import feedparser

    raw = rss(HOSTILE["script"])
    d = read(raw)
    entry = feedparser.parse(raw, sanitize_html=False, resolve_relative_uris=False).entries[0]  # as the reader parses
    received = entry["title"] + "\n" + entry["summary"]
    assert "<script>alert(document.cookie)</script>" in received
    assert d.raw_sha256 == hashlib.sha256(received.encode("utf-8")).hexdigest()


def test_a_title_that_spells_markup_is_escaped_in_raw_text():
    # "&amp;lt;" in the XML is "&lt;" in the title's HTML is a literal "<" in its text
    d = read(rss(esc(f"<p>{LEAD}</p>"), title="Raid &amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt; at dawn"))
    assert d.title == "Raid <script>alert(1)</script> at dawn"
    assert d.raw_text.startswith("Raid &lt;script&gt;alert(1)&lt;/script&gt; at dawn\n")
    assert "<script" not in d.raw_text


def test_a_five_megabyte_entry():
    paragraph = (f"<p onclick=\"alert(1)\">{LEAD}</p><script>alert('{'x' * 200}')</script>"
                 f"<img src=x onerror=alert(2)><style>p {{}}</style><p>{SAY}</p>")
    body = paragraph * (5 * 1024 * 1024 // len(paragraph) + 1)
    assert len(body) > 5 * 1024 * 1024
    d = read(rss(esc(body)))
    assert_inert(d.raw_text)
    assert d.raw_text.count(LEAD) == body.count(LEAD) and d.text.count(SAY) == body.count(SAY)
    assert len(d.raw_text) < len(body)


# --- inert_markup itself -------------------------------------------------------------------


def test_inert_markup_drops_active_parts():
    assert inert_markup('<p onclick="x()">Hi <b>there</b></p><script>alert(1)</script>') == "<p>Hi <b>there</b></p>"
    assert inert_markup("a < b & c") == "a &lt; b &amp; c"
    assert inert_markup('<a"onmouseover=alert(1)>x</a>') == "x</a>"  # a tag name no browser reads as ours
    assert inert_markup("<script/>alert(1)</script>") == "alert(1)"  # left as text, in no element
    assert inert_markup("<p>x</p>" + "<a" * 3) == "<p>x</p>&lt;a&lt;a&lt;a"
    assert inert_markup("") == ""
    # a script scheme behind other characters is dropped as well: "<javascript:" holds no URL a reader needs
    assert inert_markup("<img href=<javascript:>") == "<img>"
    assert inert_markup('<a href="x javascript:alert(1)">k</a>') == "<a>k</a>"


def test_a_void_plug_in_element_is_dropped_and_the_page_after_it_kept():
    # <embed> and <frame> have no end tag: what follows them is still the page
    out = inert_markup('<p>a</p><embed src="x.swf"><p>b</p><frame src="javascript:x()"></frame><p>c</p></embed>')
    assert out == "<p>a</p><p>b</p><p>c</p>"


def _lxml_active(markup: str) -> list[str]:
    """Scripts, styles, handlers and script URLs a browser-like parser finds in ``markup``."""
    import lxml.html

    if not markup.strip():
        return []
    found = []
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else "#comment"
        if tag in ("script", "style", "iframe", "svg", "object", "embed", "meta", "base", "#comment"):
            found.append(tag)
        for name, value in el.attrib.items():
            if name.lower().startswith("on") or name.lower() in ("style", "srcdoc"):
                found.append(name)
            if "script:" in "".join(value.split()).lower() or value.strip().lower().startswith("data:"):
                found.append(value)
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "<", ">", "</", "<!--", "-->", "<!", "<?", "<a", " href=", '"', "'", "javascript:", " java\tscript:", "data:",
    "<p>", "</p>", "<script>", "</script>", "<script/>", "<style>", "</style>", "<svg", "</svg>", " onload=",
    " onerror=", " ONCLICK=", "alert(1)", "<![CDATA[", "]]>", "<img", " src=x", "<iframe", "</iframe>", "&lt;", "&",
    "&#x3c;", "=", "a", " ", "\n", "<meta", "<base", "<math>", "<template>", "</template>", "/>", "x>", "<embed",
    "<frame",
]), max_size=40).map("".join))
@example('<a href=" javascript:alert(1)">x</a>')
@example("<p onclick=alert(1)>x<script>y</script>")
@example("<svg><p onload=x>")
@example("&lt;script&gt;alert(1)&lt;/script&gt;")
def test_inert_markup_leaves_nothing_a_browser_would_run(fragment):
    out = inert_markup(fragment)
    assert _lxml_active(out) == [], (fragment, out)
    # nothing is invented: the letters and digits of the visible text kept come from the entry, in its order
    # (words are not compared: text on both sides of a dropped element joins into a new word, "a<svg>b</svg>c")
    kept = iter(c for c in fragment if c.isalnum())
    assert all(c in kept for c in html_to_text(out) if c.isalnum()), (fragment, out)


# --- HTML pages keep the same inert copy ----------------------------------------------------------


def page(body: str) -> Document:
    raw = ("<!doctype html><html><head><title>Market attack</title><meta http-equiv=refresh content=0>"
           "<script>track()</script><style>p{color:red}</style></head>"
           f"<body><article><h1>Market attack</h1><p>{LEAD}</p>{body}<p>{SAY}</p></article></body></html>").encode("utf-8")
    items = list(read_bytes_as("html", raw, source_name="hostile.html"))
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def test_page_raw_text_keeps_markup_but_nothing_that_runs():
    doc = page('<img src="x.png" onerror="alert(1)"><a href="javascript:alert(2)">more</a><!-- c -->'
               '<iframe srcdoc="<script>alert(3)</script>"></iframe>')
    kept = doc.raw_text.lower()
    for part in ACTIVE:
        assert part not in kept, (part, doc.raw_text)
    assert "<p>" in doc.raw_text and LEAD in doc.raw_text and '<img src="x.png">' in doc.raw_text
    assert LEAD in doc.text and SAY in doc.text


def test_page_hash_is_of_the_page_as_received():
    raw = b"<html><body><article><p>" + LEAD.encode() + b"</p><script>x()</script></article></body></html>"
    doc = next(iter(read_bytes_as("html", raw, source_name="p.html")))
    assert doc.raw_sha256 == hashlib.sha256(raw).hexdigest()
    assert "x()" not in doc.raw_text
