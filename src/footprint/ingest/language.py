"""Which language a document is in: the one its markup declares, checked against its words.

The extractor reads English only. A page in another language is still stored (its text is evidence),
but its ``language`` must say so, so that the zero events it gives are explained and not silent.
A declaration alone is not trusted: site templates often keep ``lang="fr"`` over English wire copy.
"""

from __future__ import annotations

import re
from collections import Counter

# Words that make up a large share of any running English text and are rare as words of other languages.
_ENGLISH = frozenset(
    "the of and to in is was were that for on with as by at from it its be been has have had this which "
    "said who are not an or but they their after were would will also than".split()
)
_WORD = re.compile(r"[^\W\d_]+")
# the tag first, then its attribute: one pattern for both retried its lazy ``[^>]*?`` from every "<html" of a
# page with no ">" ("<html<html…"), quadratic; tags found without overlap are read once each
_HTML_TAG = re.compile(r"<html\b[^>]*", re.IGNORECASE)
_LANG_ATTR = re.compile(r"\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})", re.IGNORECASE)
_CODE = re.compile(r"[a-z]{2,3}")
# Both numbers measured on 40 short invented texts (tests/fixtures/language/samples.json, docs/ingest.md#language):
# 20 English ones of every register (headlines, bullet lists, name lists, figures, a French quote) share 18.8-50 %
# English function words; 20 in French, Spanish, Portuguese, Hausa, Swahili, German, Italian, or English framing
# a long French quote, 0-11.1 % (German's "was", "in", "an" are the highest). Cut to their first 30 words the
# groups still part (20.0 % against 13.3 %); at 25 words they meet.
#: Enough words to call a text not English without a declaration; fewer and it is taken as English.
_MIN_WORDS = 30
#: Share of English function words below which a text is not English: in the gap between the groups.
_ENGLISH_SHARE = 0.15


def declared_in_html(html: str) -> str | None:
    """The primary subtag of the ``lang`` attribute on the ``<html>`` element, lower-cased, if any."""
    for tag in _HTML_TAG.finditer(html[:20000]):
        if m := _LANG_ATTR.search(tag.group()):
            return m.group(1).lower()
    return None


def primary_subtag(value: object) -> str | None:
    """``"fr-FR"`` → ``"fr"``; anything that is not a language tag → None."""
    if not isinstance(value, str):
        return None
    head = re.split(r"[-_\s]", value.strip().lower(), maxsplit=1)[0]
    return head if _CODE.fullmatch(head) else None


def english_share(text: str) -> tuple[float, int]:
    """Share of English function words among the first 2,000 words of ``text``, and the word count."""
    words = [w.lower() for w in _WORD.findall(text[:20000])][:2000]
    if not words:
        return 0.0, 0
    return sum(1 for w in words if w in _ENGLISH) / len(words), len(words)


def document_language(text: str, declared: str | None) -> str:
    """``"en"`` when the words read as English, else the declared language, else ``"und"`` (undetermined).

    A short text with no declaration is taken as English: too few words to tell, and the extractor
    has always read such texts."""
    share, n = english_share(text)
    if n >= 10 and share >= _ENGLISH_SHARE:
        return "en"
    if declared and declared != "en":
        return declared if n else "en"
    if n >= _MIN_WORDS:
        return "und"
    return "en"


def other_languages(found: list[tuple[str, int]]) -> str | None:
    """One line on the documents not in English, from (language, events) pairs; None when all are English.
    ``ingest``, ``extract`` and the web's upload results all print this line.

    The extractor reads English only: such a document is stored, but gives few or no events, and the
    user must learn that here rather than from an unexplained zero."""
    others = [(lang, n) for lang, n in found if lang != "en"]
    if not others:
        return None
    langs = Counter(lang for lang, _ in others)
    named = ", ".join(f"{'undetermined' if lang == 'und' else lang} {k}" for lang, k in sorted(langs.items()))
    events = sum(n for _, n in others)
    doc_s = "document" if len(others) == 1 else "documents"
    return (f"{len(others)} {doc_s} not in English ({named}) stored and read by the English-only extractor: "
            f"{events} {'event' if events == 1 else 'events'} from {'it' if len(others) == 1 else 'them'}")
