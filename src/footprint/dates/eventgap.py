"""A clock time counted from a named event: "seen at the checkpoint at 7 a.m. three days before the raid".

TIMEX3 tags the clock time and the gap as one ``TIME`` on the day the gap reaches. The event is named by a
noun; its day is the one the text tells with the noun's verb ("was shot dead on the ridge road last Feb. 9") or
with the noun itself ("the shooting on Feb. 9"). With no such day in the text the hit is dropped, and the
clock time and the gap are tagged apart as before.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from weakref import WeakKeyDictionary

from .grammar import PATTERNS, Hit
from .resolve import KINDS, Grounded, _grounded, number
from .tense import Context

# Past forms that are not the stem plus "-ed", by the stem left when "-ing" is cut ("shooting" -> "shoot")
_IRREGULAR = {"shoot": ("shot",), "strik": ("struck",), "strike": ("struck",), "fight": ("fought",),
              "slay": ("slain", "slew"), "sink": ("sank", "sunk"), "break": ("broke", "broken"),
              "blow": ("blew", "blown"), "fall": ("fell", "fallen"), "steal": ("stole", "stolen"), "tak": ("took", "taken")}
# "-ing" nouns that are no verb's: times of day and season, not events
_NOT_DEVERBAL = frozenset({"morning", "evening", "spring", "ceiling", "building"})
# nouns that name a point of another stretch ("the end of the talks"), not an event
_POINT_WORDS = frozenset({"end", "start", "beginning", "close", "middle", "outset"})
# Events of news in general that no verb suffix shows: votes and meetings, trials, contests and shows,
# storms and quakes, accidents, visits. Deverbal nouns ("evacuation", "arrival") are found by their suffix.
EVENT_NOUNS = frozenset({
    "election", "elections", "vote", "referendum", "ballot", "poll", "polls", "primary", "runoff", "summit",
    "meeting", "talks", "conference", "session", "trial", "verdict", "ceremony", "inauguration", "funeral",
    "match", "game", "final", "race", "tournament", "concert", "festival", "parade", "storm", "flood",
    "floods", "earthquake", "quake", "hurricane", "typhoon", "cyclone", "tornado", "eruption", "landslide",
    "crash", "accident", "collision", "blaze", "fire", "visit", "tour", "trip", "launch", "speech", "debate",
    "interview", "murder", "robbery", "heist", "riot", "invasion", "siege", "uprising", "outbreak", "incident",
    "disaster", "attack", "attacks", "coup", "war", "holiday", "birthday", "anniversary", "sale", "auction",
})
_DAY_KINDS = frozenset({"iso", "mdy", "dmy", "md", "dm", "numeric", "weekday"})
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
# A nominalising suffix and how its verb's past form is spelt from what precedes it: "evacuation" ->
# evacuated, "election" -> elected, "invasion" -> invaded, "deployment" -> deployed, "arrival" -> arrived,
# "departure" -> departed, "appearance" -> appeared. The verb's stem must keep four letters ("station",
# "relation" have none that a verb of the text could be).
_SUFFIXES = (("ation", ("ated", "ed")), ("ition", ("ed", "ited")), ("tion", ("ted",)), ("sion", ("ded", "sed")),
             ("ment", ("ed", "d")), ("al", ("ed",)), ("ure", ("ed",)), ("ance", ("ed",)), ("ence", ("ed",)))


def _verb_pasts(noun: str) -> tuple[str, ...]:
    """The past forms of the verb a nominalisation names ("evacuation" -> evacuated), none for other nouns."""
    for suffix, endings in _SUFFIXES:
        if noun.endswith(suffix):  # the longest suffix decides ("relation" is no "-tion" of "relate")
            stem = noun[: -len(suffix)]
            return tuple(stem + e for e in endings) if len(stem) >= 4 else ()
    return ()


def _forms(noun: str) -> tuple[str, ...]:
    """The noun and the past forms of its verb: "shooting" -> shot; "raid" -> raided; "evacuation" -> evacuated."""
    stem = noun[:-3] if noun.endswith("ing") and len(noun) > 5 else noun
    return tuple(sorted({noun, stem + "ed", stem + "d", *_IRREGULAR.get(stem, ()), *_verb_pasts(noun)}))


def _words(text: str) -> frozenset[str]:
    """The text's words, lower-cased: a past form is told in the text when it is one of them."""
    return frozenset(w.lower() for w in re.findall(r"\w+", text))


def _names_event(noun: str, text: str = "", words: frozenset[str] | None = None) -> bool:
    """Whether ``noun`` names an event whose day the text can tell: a deverbal "-ing" form ("shooting"), an
    event noun of the trigger lexicon ("raid", "massacre") or of news in general ("the election"), a noun
    with an irregular past ("strike"), or a nominalisation whose verb the text tells in the past ("the
    evacuation" where the town "was evacuated"). Another word after "days before the" ("the house", "the
    deadline") names no event of its own, and the words that name a point of another stretch ("the end")
    name no day without it. ``words`` is the text's word set (``_words``) when the caller keeps one per text."""
    if noun in _POINT_WORDS:
        return False
    if noun in _IRREGULAR or noun in EVENT_NOUNS or (noun.endswith("ing") and len(noun) > 5 and noun not in _NOT_DEVERBAL):
        return True
    pasts = _verb_pasts(noun)
    if pasts and not set(pasts).isdisjoint(_words(text) if words is None else words):
        return True
    from ..events.vocabulary import lexicon  # here: the events stage imports this package

    return noun in lexicon().nouns


# What each Context has learnt per event noun, so a text with many clock gaps scans it once per noun, not
# once per gap (a long run of "9 p.m. ten days before the evacuation" was quadratic)
_LEARNT: WeakKeyDictionary[Context, dict[tuple[str, date | None], _Told]] = WeakKeyDictionary()


class _Told:
    """For one noun in one text: whether it names an event, and the sentences that tell its day."""

    __slots__ = ("names", "days", "_ctx", "_noun", "_indices")

    def __init__(self, noun: str, ctx: Context):
        self._ctx, self._noun = ctx, noun
        self.names = _names_event(noun, ctx.text, _text_words(ctx))
        self._indices: list[int] | None = None
        self.days: dict[int, date] = {}

    def sentences(self) -> list[int]:
        """The sentences (ascending) that name the event and tell a day, found on first use."""
        if self._indices is None:
            rx = re.compile(r"(?i)\b(?:" + "|".join(re.escape(f) for f in _forms(self._noun)) + r")\b")
            found: dict[int, int] = {}  # sentence index -> a position in it; each sentence scanned once
            for m in rx.finditer(self._ctx.text):
                found.setdefault(self._ctx.sentence_index(m.start()), m.start())
            for i, pos in found.items():
                d = _sentence_day(pos, self._ctx)
                if d is not None:
                    self.days[i] = d
            self._indices = sorted(self.days)
        return self._indices


# Each text's words, indexed once: each new noun of a text is then looked up, not searched for in the whole text
_WORDS: WeakKeyDictionary[Context, frozenset[str]] = WeakKeyDictionary()


def _text_words(ctx: Context) -> frozenset[str]:
    words = _WORDS.get(ctx)
    if words is None:
        words = _WORDS[ctx] = _words(ctx.text)
    return words


def _learnt(noun: str, ctx: Context) -> _Told:
    per_ctx = _LEARNT.setdefault(ctx, {})
    key = (noun, ctx.anchor)
    if key not in per_ctx:
        per_ctx[key] = _Told(noun, ctx)
    return per_ctx[key]


def _sentence_day(pos: int, ctx: Context) -> date | None:
    """The first day told in the sentence around ``pos``, by the grammar's order of day patterns."""
    s, e = ctx.sentence(pos)
    for _, kind, prx in PATTERNS:
        if kind not in _DAY_KINDS:
            continue
        for dm in prx.finditer(ctx.text, s, e):
            groups = {k: v for k, v in dm.groupdict().items() if v}
            g = KINDS[kind](Hit(kind, dm.start(), dm.end(), groups, 0), groups, ctx)
            if g is not None and _DAY_VALUE.match(g.value) and g.start is not None:
                return g.start
    return None


def _event_day(noun: str, hit: Hit, ctx: Context) -> date | None:
    """The day the text tells for the event ``noun`` names, in a sentence other than the hit's: the nearest
    such sentence before the hit, else the nearest after it (a report tells the event before counting
    from it; an earlier event of the same kind is another one)."""
    told = _learnt(noun, ctx)
    told_in = told.sentences()
    here = ctx.sentence_index(hit.start)
    k = bisect.bisect_left(told_in, here)
    if k > 0:
        return told.days[told_in[k - 1]]
    k = bisect.bisect_right(told_in, here)
    return told.days[told_in[k]] if k < len(told_in) else None


def _k_clockgap(hit, g, ctx):
    n = number(g["num"])
    if n is None or n != int(n) or ctx.anchor is None:
        return None
    noun = g["ev"].lower()
    day = _event_day(noun, hit, ctx) if _learnt(noun, ctx).names else None
    if day is None:
        return None
    days = int(n) * (7 if g["unit"].lower().startswith("week") else 1)
    day = day + timedelta(days=-days if g["dir"].lower() == "before" else days)
    h = int(g["h"]) % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
    value = f"{day.isoformat()}T{h:02d}:{int(g.get('min') or 0):02d}"
    gr = _grounded(day.isoformat(), anchor="previous")
    return Grounded("TIME", value, gr.start, gr.end, "day", "previous", False, None)


KINDS.update({"clockgap": _k_clockgap})
