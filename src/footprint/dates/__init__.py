"""Time: every temporal expression grounded on the calendar, relative to its report.

``tag(text, dct)`` finds DATE, TIME, DURATION and SET expressions and gives
each a TIMEX3 value and an inclusive interval with a precision; with no report
date it infers bounds from the text. The spaCy factory ``footprint.dates.v1``
(registered as ``footprint_dates_v1``)
sets ``doc._.fp_timexes``; ``event_date`` dates one event. Rules: docs/time.md.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import EventDate
from ..nlp import doc_text
from .anchor import InferredDate, infer
from .eventparse import parse_view
from .events import BACKGROUND_DAYS, TimexIndex, date_event, date_event_cut
from .tagger import MAX_CHARS, Tagged, in_text_order, parse_dct, tag

__all__ = ["tag", "Tagged", "InferredDate", "infer", "parse_dct", "event_date", "date_event", "date_event_cut", "doc_cut",
           "TimexIndex", "timex_index", "CUES_KEY",
           "DatesComponent",
           "MAX_CHARS", "BACKGROUND_DAYS", "FACTORY"]


class DatesComponent:
    """Tags ``doc.text``; fills ``doc._.fp_timexes`` and, with no report date, ``fp_meta["dct_inferred"]``."""

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.fp_meta if doc._.fp_meta is not None else {}
        dct = meta.get("dct")
        text = doc_text(doc)  # built once per Doc (the stages before read it too); ``Doc.text`` joins every token again
        items = _item_starts(doc)
        try:
            result = tag(text, parse_dct(dct, source=str(meta.get("doc_id") or "dct")), items=items,
                         title=meta.get("title"))
        except Exception:
            # a malformed report date must not sink the document: infer instead
            result = tag(text, None, items=items)
        doc._.fp_timexes = list(result.timexes)
        doc.user_data[CUES_KEY] = list(result.cues)
        if not dct and result.inferred is not None:
            meta["dct_inferred"] = result.inferred.to_meta()
            doc._.fp_meta = meta
        return doc


def _item_starts(doc: Doc) -> tuple[int, ...]:
    """Where the stories of a roundup start (``places.items``; the places stage runs first): none for one story."""
    from ..places.items import items  # the places package loads the gazetteer: only when a Doc is tagged

    found = items(doc)
    return tuple(i.start for i in found) if len(found) > 1 else ()


#: spaCy refuses "." in factory names (error E853), so the registered name of
#: "footprint.dates.v1" spells its dots as underscores.
FACTORY = "footprint_dates_v1"


@Language.factory(FACTORY, assigns=["doc._.fp_timexes"])
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent()


def doc_cut(doc: Doc, start: int, end: int) -> str:
    """``doc.text[start:end]`` from the tokens that cover it: ``Doc.text`` rebuilds the whole document."""
    if end <= start:
        return ""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return doc.text[start:end]
    s, e = span.start, span.end
    if s > 0 and doc[s].idx > start:  # ``start`` in the whitespace after the token before
        s -= 1
    if e < len(doc) and doc[e - 1].idx + len(doc[e - 1].text_with_ws) < end:
        e += 1
    offset = doc[s].idx
    out = doc[s:e].text_with_ws[start - offset : end - offset]
    return out if len(out) == end - start else doc.text[start:end]


def event_date(doc: Doc, sent_start: int, sent_end: int, trigger_start: int, trigger_end: int) -> tuple[EventDate | None, bool]:
    """The date of the event whose trigger is ``trigger_start:trigger_end`` (character offsets)
    in the sentence ``sent_start:sent_end``, and whether it is background. See ``events``."""
    parse = parse_view(doc)
    index = timex_index(doc, parse)
    # slices of the text built once per Doc: ``doc_cut`` maps offsets to tokens on each of the many cuts
    # an event's dating takes (datelines, clause breaks, lead phrases); the strings are the same
    text = doc_text(doc)
    return date_event_cut(lambda a, b: text[a:b], index.timexes, dict(doc._.fp_meta or {}),
                          sent_start, sent_end, trigger_start, trigger_end, parse=parse, index=index)


#: ``Doc.user_data`` key of the time cues that TimeML leaves untagged but that date events ("was recently
#: retaken"): kept beside ``fp_timexes``, which holds the timexes only.
CUES_KEY = "footprint.dates.cues"

#: ``Doc.user_data`` key of the page's ``TimexIndex``, with the timex list it was built from: every event of
#: the page is dated from it (a scan of all the page's timexes per event is quadratic).
TIMEX_INDEX_KEY = "footprint.dates.timex_index"


def timex_index(doc: Doc, parse=None) -> TimexIndex:
    """The ``TimexIndex`` of ``doc._.fp_timexes``, built once per Doc (again if the list is replaced or grows)."""
    timexes = doc._.fp_timexes or []
    cues = doc.user_data.get(CUES_KEY) or []
    cached = doc.user_data.get(TIMEX_INDEX_KEY)
    if cached is None or cached[0] is not timexes or len(cached[1].timexes) != len(timexes) + len(cues):
        merged = in_text_order(timexes, cues)
        cached = doc.user_data[TIMEX_INDEX_KEY] = (timexes, TimexIndex.build(merged, parse))
    return cached[1]
