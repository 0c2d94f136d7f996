"""HTML pages (``.html``): main text and metadata through trafilatura.

The page's main text (no navigation, footer or comments) becomes the body;
title, site name (else the domain), canonical URL and the publication date come
from the page's metadata. Only dates stated in the markup are used: a date
guessed from the article text is left to the dates stage. A page trafilatura
finds no article in still gives its visible text when there is any.
"""

from __future__ import annotations

import html as html_mod
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from ..errors import EmptyInput, MalformedInput
from ..model import Document
from .base import build_document, decode_bytes, decoded_meta
from .language import declared_in_html

# Each of these patterns, searched for, would retry its unbounded ``[^>]``/``.*?`` from every
# candidate start when the closing ``>`` or ``</title>`` is missing ("<a<a<a…"): quadratic. But a
# later start can only match if the first one (the first within the same ``>``) does, so each
# is tried once, anchored, at the first candidate start (``_first_match``).
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_META_START = re.compile(rb"<meta", re.IGNORECASE)
_TAG = re.compile(r"<\s*[a-zA-Z!/?][^>]*>")
_TAG_START = re.compile(r"<\s*[a-zA-Z!/?]")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_START = re.compile(r"<title", re.IGNORECASE)

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "section", "article", "header", "footer", "figure", "figcaption", "pre", "hr", "dd", "dt",
}
_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def _first_match(pattern: re.Pattern, start: re.Pattern, text):
    """``pattern.search(text)``, in one pass: ``pattern`` tried at the first ``start`` only.

    For the three patterns above, a start whose ``[^>]`` or ``.*?`` runs to the end of the text
    without a match shares that run with every later start, which then fails too.
    """
    m = start.search(text)
    return pattern.match(text, m.start()) if m else None


def declared_charset(head: bytes) -> str | None:
    """The charset a ``<meta>`` tag in ``head`` names, as ``_META_CHARSET.search`` finds it, in one pass.

    The greedy ``[^>]+`` ends at the tag's ``>``: tags that share it share every place the
    match could be, so only the first ``<meta`` before each ``>`` is tried.
    """
    pos = 0
    while (m := _META_START.search(head, pos)) is not None:
        hit = _META_CHARSET.match(head, m.start())
        if hit:
            return hit.group(1).decode("ascii", "replace")
        end = head.find(b">", m.end())
        if end < 0:
            return None
        pos = end + 1
    return None


def has_markup(html: str) -> bool:
    """Whether ``html`` holds a tag (``_TAG.search``), in one pass."""
    return _first_match(_TAG, _TAG_START, html) is not None


def title_markup(html: str) -> str | None:
    """What the first ``<title>…</title>`` holds (``_TITLE.search``), in one pass."""
    m = _first_match(_TITLE, _TITLE_START, html)
    return m.group(1) if m else None


def _fed(parser: HTMLParser, fragment: str) -> HTMLParser:
    """``parser`` after reading all of ``fragment``, with every ``<`` after the last ``>`` written as
    ``&lt;``: no construct can be completed there, and ``html.parser`` would otherwise read to the end
    from each such ``<`` before treating it as text (quadratic on a page of unclosed tags)."""
    last = fragment.rfind(">")
    if fragment.find("<", last + 1) >= 0:
        fragment = fragment[: last + 1] + fragment[last + 1 :].replace("<", "&lt;")
    parser.feed(fragment)
    parser.close()
    return parser


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment, one paragraph per block element, in time linear in its length.

    No construct can be completed after the last ``>``: every ``<`` there is text, as ``html.parser``
    reads it at the end of its input. But it finds that out by reading to the end from each such ``<``
    (a page ending in 80,000 unclosed ``<a`` took 19 s); written as ``&lt;`` it reads as the same text."""
    parser = _fed(_TextParser(), fragment)
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def domain(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def read_html(
    raw: bytes,
    *,
    source_name: str,
    path: str | None = None,
    published: str | None = None,
    url: str | None = None,
    declared: str | None = None,
) -> Document:
    import trafilatura

    if declared is None:
        declared = declared_charset(raw[:4096])
    decoded = decode_bytes(raw, source_name, declared=declared)
    html = decoded.text
    meta = decoded_meta(decoded)
    if lang := declared_in_html(html):
        meta["declared_language"] = lang
    if not has_markup(html):
        # a file saved as .html that holds plain text: say how to have it read
        hint = "; if it is plain text, name it .txt" if path and not url else ""
        raise MalformedInput(f"no HTML markup found{hint}", source=source_name)
    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura raises assorted lxml/parser errors on broken markup
        result = None
        meta["extraction_error"] = f"{type(exc).__name__}: {exc}"[:200]
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if text:
        meta["extractor"] = "trafilatura"
    else:
        # no article found: fall back to all visible text, so short pages still come through
        try:
            text = html_to_text(html)
        except Exception as exc:  # html.parser is lenient; this is a last guard
            raise MalformedInput(f"HTML could not be parsed: {type(exc).__name__}", source=source_name) from None
        meta["extractor"] = "visible-text"
        if not text:
            raise EmptyInput("HTML page has no text", source=source_name)
    title = getattr(result, "title", None) if result is not None else None
    page_url = (getattr(result, "url", None) if result is not None else None) or url
    site = getattr(result, "sitename", None) if result is not None else None
    date = getattr(result, "date", None) if result is not None else None
    if result is not None:
        for key in ("author", "description", "categories", "tags", "language"):
            value = getattr(result, key, None)
            if value:
                meta[key] = value
    if title is None:
        markup = title_markup(html)
        title = html_to_text(markup) if markup is not None else None
    return build_document(
        inert_markup(html),
        raw=raw,
        source_name=source_name,
        fmt="html",
        body=text,
        title=title,
        source=site or domain(page_url),
        url=page_url,
        published_meta=date,
        published=published,
        path=path,
        meta=meta,
    )


# --- markup as received, minus what could run: what raw_text keeps of a page or feed entry ---

#: Elements dropped with all they hold: their content runs, styles the page, or loads another document.
_ACTIVE = frozenset({
    "script", "style", "template", "iframe", "frameset", "object", "applet", "svg", "math",
})
#: Void elements dropped: they redirect (meta refresh), rebase every link, load styles and scripts, or embed
#: a plug-in or a document. They have no end tag, so they must not open a skipped stretch: after an
#: ``<embed>`` counted among ``_ACTIVE`` nothing of the page was kept.
_ACTIVE_VOID = frozenset({"base", "meta", "link", "embed", "frame"})
#: Tag and attribute names written back; anything else (a quote or "<" in a name) is dropped.
_NAME = re.compile(r"[a-z][a-z0-9-]*(?::[a-z][a-z0-9-]*)?\Z")
#: URL schemes that run script or embed a document; browsers ignore spaces and controls inside them. Searched
#: anywhere in a value, not only at its start: "<javascript:…" or a scheme behind other junk is dropped too.
_ACTIVE_URL = re.compile(r"(?:javascript|vbscript|data|livescript):")
_IGNORED_IN_URL = re.compile(r"[\x00-\x20\x7f]+")


class _InertParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def _tag(self, tag: str, attrs: list[tuple[str, str | None]], close: str) -> None:
        kept = []
        for name, value in attrs:
            if not _NAME.match(name) or name.startswith("on") or name in ("style", "srcdoc", "formaction"):
                continue
            if value is not None and _ACTIVE_URL.search(_IGNORED_IN_URL.sub("", value).lower()):
                continue
            kept.append(f" {name}" if value is None else f' {name}="{html_mod.escape(value, quote=True)}"')
        self.out.append(f"<{tag}{''.join(kept)}{close}>")

    def handle_starttag(self, tag, attrs):
        if tag in _ACTIVE:
            self.skip += 1
        elif not self.skip and tag not in _ACTIVE_VOID and _NAME.match(tag):
            self._tag(tag, attrs, "")

    def handle_startendtag(self, tag, attrs):
        if not self.skip and tag not in _ACTIVE and tag not in _ACTIVE_VOID and _NAME.match(tag):
            self._tag(tag, attrs, " /")

    def handle_endtag(self, tag):
        if tag in _ACTIVE:
            self.skip = max(0, self.skip - 1)
        elif not self.skip and tag not in _ACTIVE_VOID and _NAME.match(tag):
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(html_mod.escape(data, quote=False))

    # comments, CDATA sections, doctypes and processing instructions are dropped: the
    # default handlers do nothing with them


def inert_markup(fragment: str) -> str:
    """``fragment`` rebuilt without anything that could run or load: elements in ``_ACTIVE``
    with their content, ``_ACTIVE_VOID`` elements, comments, CDATA sections and declarations,
    ``on*``/``style``/``srcdoc``/``formaction`` attributes and attributes holding a
    ``javascript:``, ``vbscript:`` or ``data:`` URL. Text is re-escaped, attribute values quoted;
    the rest of the markup (paragraphs, links, images) stays as provenance.

    Linear in the length, as ``html.html_to_text``: every ``<`` after the last ``>`` is
    text, written as ``&lt;`` so the parser does not read to the end from each of them."""
    return "".join(_fed(_InertParser(), fragment).out)
