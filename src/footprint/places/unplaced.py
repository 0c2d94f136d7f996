"""A place the text names for an event that no installed list holds ("gunmen attacked Tarvelo, a farming settlement
in Zorva"): the gazetteer has no entry, so the event stands at the wider place the sentence or the document gives.
The name is kept beside that wider place and said to be unplaced, so that a reader sees the event happened in a
named locality the system could not put on the map, not in the region's or the country's centre."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from ..nlp import doc_text
from .phrases import PLACE_ADJECTIVES, _is_cap, name_end, settlement_of

#: prepositions that put an event in the named place ("in X", "at X", "near X"), not merely on the way to it
AT_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside"})
#: entity labels that say a capitalised name is no place ("in Parliament", "at Christmas", "in March")
NOT_PLACE_LABELS = frozenset(
    {"PERSON", "ORG", "NORP", "DATE", "TIME", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE", "MONEY",
     "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"}
)
#: calendar words the small model may leave unlabelled ("in May", "on Friday")
CALENDAR_WORDS = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))
#: festivals and holy days ("at Eid", "on Tabaski", "during Ramadan"): a time, not a locality. The dates stage's
#: holiday grammar knows only the fixed Western holidays, whose names are here too, so the places stage keeps the
#: list. Hyphenated names ("Eid-al-Fitr") need no entry: the tokenizer splits them and "eid" answers
FESTIVAL_WORDS = frozenset(
    """eid tabaski korite korité ramadan ramzan ashura muharram mawlid maulid mouloud
    maouloud moulid milad sallah nowruz navruz norouz christmas easter lent pentecost whitsun epiphany timkat meskel
    diwali deepavali holi dussehra navratri vesak hanukkah passover pesach purim sukkot kippur rosh shavuot songkran
    tet thanksgiving halloween""".split()
)
#: a name with any of these words is a time, not a place
TIME_WORDS = CALENDAR_WORDS | FESTIVAL_WORDS
#: an apposition that says the name before it is a settlement: "X, a farming settlement in Y", "X, the village"
_SETTLEMENT_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:village|town|settlement|locality|hamlet|community|market\s+town"
    r"|fishing\s+village|district\s+town|camp)\b")
#: the longest name read (tokens)
LONGEST_NAME = 4


def _after_at(doc: Doc, i: int) -> bool:
    """Token ``i`` follows "in", "at", "near" … (an article or a place adjective between) or "the village of"."""
    k = i - 1
    if k >= 0 and doc[k].lower_ in PLACE_ADJECTIVES:
        k -= 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return (k >= 0 and doc[k].lower_ in AT_PREPS) or settlement_of(doc, i)


def unplaced_name(doc: Doc, start: int, end: int, taken: Callable[[int, int], bool]) -> tuple[int, int, str] | None:
    """The first of ``unplaced_names``, or None."""
    return next(unplaced_names(doc, start, end, taken), None)


def unplaced_names(doc: Doc, start: int, end: int, taken: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str]]:
    """Each name in characters ``start:end``, in text order, that a locative preposition or "the village of" puts
    an event in (or that an apposition calls a village, town or settlement: "attacked X, a farming settlement"),
    that no span ``taken`` answers for (the document's place mentions, resolved or not, and its actors) overlaps,
    and that the entity labels do not call a person, an organisation, a date or the like: ``(start, end, text)``.
    A name in capitals (a dateline), after a sentence's first word only, or with a month, weekday or festival in
    it ("at Eid", "at Christmas") is not read."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return
    tagged = doc.has_annotation("POS")  # it walks every token: asked once, not per capitalised word
    for tok in span:
        i = tok.i
        if i == span.start or not _is_cap(tok.text) or tok.text.isupper():
            continue
        if tagged and tok.pos_ not in {"PROPN", "NOUN", "X"}:
            continue
        j = name_end(doc, i, LONGEST_NAME)
        if j <= i or (j < len(doc) and _is_cap(doc[j].text)):
            continue  # a longer run of capitals than a place name: a title or an organisation
        words = doc[i:j]
        s, e = words.start_char, words.end_char
        if not _after_at(doc, i) and _SETTLEMENT_AFTER.match(doc_text(doc), e) is None:
            continue
        if taken(s, e) or any(t.ent_type_ in NOT_PLACE_LABELS for t in words) \
                or any(t.lower_ in TIME_WORDS for t in words):
            continue
        yield s, e, words.text
