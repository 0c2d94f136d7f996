"""The text around a temporal expression: sentences and the tense of its clause.

A year-less date or a bare weekday takes its year or week from the tense of
the clause it sits in. Without a parser the tense comes from cue words: modal
and planning words for the future ("will", "planned", "as early as"), past
auxiliaries, past forms and "-ed" verbs for the past. The governing verb of an
English clause usually comes before its date adjunct ("talks will resume on
Monday", "the king met Bush on Thursday"), so the nearest cue on the left
decides; the right side is read only when the left has none ("On Monday,
gunmen attacked …"). An "-ed" word right after an auxiliary is a participle
("will be named", "has been delayed"): the auxiliary carries the tense.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
import re
from datetime import date

from .grammar import DAYN
from .lexicon import AUXILIARIES, FUTURE_CUES, MONTH_RE, PAST_CUES, WEEKDAY_RE

# "next to" is a place, not a time to come.
_FUT = re.compile(r"(?i)(?:\b(?:" + "|".join(re.escape(c) for c in FUTURE_CUES if c[0] != "'") + r")\b(?<!next(?=\s+to\b))|'ll\b)")
# "would have to pay" is an obligation still to meet, not the past modal of "would have paid"
_PAST = re.compile(r"(?i)\b(?:" + "|".join(re.escape(c) for c in sorted(PAST_CUES, key=len, reverse=True)) + r")\b"
                   r"(?<!have(?=\s+to\b))")
# A plan points ahead even when told in the past, as the verb before its date: "planned to leave on
# Thursday", "planned a march on Saturday" (not "a service planned for Saturday", nor after the date).
# A plan that "had" been made is told as overtaken: no cue.
_PLANNED = re.compile(r"(?i)(?<!\bhad\s)\bplanned\s+(?:to|a|an)\b")
# A plan told in the past perfect was overtaken by the time of the report: "had been due to expire Friday",
# "had previously been scheduled to expire at midnight Friday" name the day before the report, not the next.
# Weekdays only: a month can be overtaken ahead of its time ("the vote had been due in October", told in June).
# The weekday must be in the plan's own clause: "talks, which had been scheduled for Monday, will now take place
# on Friday" and "had been scheduled for Monday and is now set for Friday" tell the new day ahead.
_OVERTAKEN = re.compile(r"(?i)\bhad\s+(?:\w+ly\s+)?been\s+(?:\w+ly\s+)?(?:due|scheduled|set|slated)\b"
                        r"(?:(?!\b(?:will|would|shall|now)\b)[^.;:,])*$")
_ED = re.compile(r"(?i)\b(\w{3,}ed)\b")
# "-ed" words after a determiner, or with the prefix "un-", are adjectives ("a still unspecified date").
_ADJ_LEFT = re.compile(r"(?i)\b(?:a|an|the|its|their|his|her|our|this|that|these|those|still|already|newly|recently)\s+(?:\w+ly\s+)?$")
# Present wording stops the search for a cue: "said it is pressing for … on Nov. 4" reads as now.
_PRESENT = re.compile(r"(?i)\b(?:is|are|am|remains?|continues?)\b")
# Past cue words that are auxiliaries or adverbs themselves, not participles.
_FINITE = frozenset({"was", "were", "had", "did", "ago", "last", "earlier", "previously", "since", "back in", "been",
                     "would have", "could have", "might have", "should have"})
# A word right before the date that fixes its direction: "payable Dec. 15",
# "until March", "a mandate that ends on 31 December" look ahead; "since May" looks back.
_AHEAD = re.compile(r"(?i)\b(?:payable|effective|due|starting|beginning|as\s+early\s+as|"
                    r"as\s+soon\s+as|no\s+later\s+than|expires?|expiring|ends|maturing|matures?|ahead\s+of|in\s+time\s+for)\s+(?:on\s+|in\s+)?$")
# A scheduled event told in the present, its verb right before the date: "the two envoys meet
# separately Monday", "the talks resume on Tuesday". Third-person "-s" forms stay out ("says Monday"),
# and so do nouns after a determiner ("a vote on Friday").
_SCHEDULED = re.compile(r"(?i)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthis\s)(?<!\bnext\s)"
                        r"\b(?:meet|resume|open|begin|start|vote|visit|return|arrive|leave|hold|travel|fly)"
                        r"\s+(?:\w+ly\s+)?(?:on\s+)?$")
# The same verbs in the third person, with their object between verb and date, and a schedule told with
# a copula: "parliament votes on the budget Friday", "the envoy is due in Bamako on Friday", "the vote, set
# for Friday, …". Only when no tense cue stands between them and the date ("visits Niger and said Friday").
_SCHEDULED_FAR = re.compile(r"(?i)(?:(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthis\s)(?<!\bnext\s)"
                            r"(?<!\bhis\s)(?<!\bher\s)"
                            r"\b(?:meet|resume|open|begin|start|vote|visit|return|arrive|leave|hold|travel|fly|play|face|host)(?:s|es)?"
                            r"|\b(?:tee|kick)s?\s+off"
                            r"|\b(?:is|are)\s+(?:due|set|slated|scheduled)"
                            r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:set|slated|scheduled)\s+for)"
                            r"((?:\s+[\w'’:.-]+){0,4}?)\s+(?:on\s+)?$")
# What may happen on a weekday is still to come: "the storm could come ashore early Saturday", "the river
# might crest on Sunday". "be" and "have" stay out: "could be located Wednesday" and "may have fled on Friday" tell of the past.
# Lower case, so the month "May" is no modal.
_MAYBE = re.compile(r"\b(?:may|might|could)\s+(?:not\s+)?(?:\w+ly\s+)?(?!be\b|have\b)[a-z]+\b((?:\s+[\w'’-]+){0,4}?)"
                    r"\s+(?:on\s+|in\s+)?$")
# A postponement or an extension reaches forward: "postponed the vote until Tuesday", "extended its
# deadline until Friday", "has given them until Monday".
_DEFERRED = re.compile(r"(?i)\b(?:extend(?:s|ed)?|postpone[sd]?|delay(?:s|ed)?|defer(?:s|red)?|adjourn(?:s|ed)?|"
                       r"put\s+off|deadline|given|gave|give[sn]?)\b[^.;:]{0,80}?\b(?:until|till|through)\s+$")
# Words that tell what happens as a rule, not once.
_HABITUAL = re.compile(r"(?i)\b(?:usually|typically|normally|generally|ordinarily|customarily|traditionally|as\s+a\s+rule|"
                       r"in\s+(?:most|normal|typical|an?\s+(?:normal|typical|average))\s+years?|tends?\s+to)\b")
_POSSESSIVE = re.compile(r"['’]s\s+\w")
# A possessive date whose event is told as upcoming in a clause on it: "into Saturday's final, where they
# will meet", "Sunday's vote, when voters will choose".
_POSSESSIVE_AHEAD = re.compile(r"(?i)['’]s\s+[\w -]{1,40}?,?\s+(?:where|when|at\s+which|in\s+which)\s+[^.;:]{0,60}?"
                               r"\b(?:will|shall|is\s+to|are\s+to)\b|['’]s\s+[\w -]{1,40}?,?\s+(?:where|when)\s+[^.;:]{0,60}?'ll\b")
# A deadline on what someone meant, asked or agreed to do is still to come for them, even told in the
# past: "hoped to restore power by Sunday", "agreed to withdraw by March", "ordered them to leave by noon".
# A perfect infinitive ("found to have fled by Sunday") is done by then.
_INTENT_BY = re.compile(r"(?i)\b(?:hop|agree|promis|pledg|vow|aim|want|decid|plan|intend|expect|seek|sought|ask|order|told|tell|urg|"
                        r"undert(?:ook|ake)|commit|tr(?:y|ie)|attempt|offer|propos|threat(?:en)?|prepar|demand|call(?:ed|s)?\s+on)"
                        r"\w*\s+(?:[\w'’-]+\s+){0,3}?to\s+(?!have\b)[a-z]+\b[^.;:]{0,70}?\bby\s+$")
# What someone was urged, warned or told to do until a day is still to do on that day: "urged people to
# stay off the roads until Sunday", "warned residents not to return till Friday".
_URGED_UNTIL = re.compile(r"(?i)\b(?:urg|warn|advis|told|tell|ask|order|instruct|appeal|call(?:ed|s)?\s+on)"
                          r"\w*\s+(?:[\w'’-]+\s+){0,3}?(?:not\s+)?to\s+(?!have\b)[a-z]+\b[^.;:]{0,70}?\b(?:until|till)\s+$")
# A passive infinitive right before its date is told as planned: "a dividend, to be paid on May 17",
# "elections to be held in June".
_TO_BE_DONE = re.compile(r"(?i)\bto\s+be\s+[a-z]+(?:\s+(?:in|out|up|off|back|over))?\s+(?:on\s+|in\s+)?$")
_UPCOMING = re.compile(r"(?i)\b(?:ahead\s+of|upcoming|coming|until|await(?:s|ing)?|for)\s+$")
_BY = re.compile(r"(?i)\bby\s+$")
# "until" (or "through": "are closed through Monday") after the clause's verb; opening the clause ("Until Thursday, they had not …") the verb comes after
# (one word character and its trailing commas: the same matches as a whole word, read once, not once per letter)
_UNTIL = re.compile(r"(?i)\w,*\s+(?:until|till|through)\s+$")
# Verbs of telling: after a date they tell when it was said, not when its clause happened
_TELLING = frozenset({"said", "told", "reported", "added", "announced", "stated", "claimed", "confirmed", "wrote"})
# A day newly named for something is still to come, even when the naming is told in the past: "unions
# called a strike for Wednesday", "they announced a rally for Sunday" (weekdays only: "a record for
# March" names a past month).
_NAMED_FOR = re.compile(r"(?i)\b(?:a|an)\s+(?:[\w'’-]+\s+){1,4}?for\s+$")
_WEEKDAY_WORD = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
# The first day of a pair or a range right before a bare day number: "June 6-9", "April 24 and 25". The second
# day is told in the same clause, so it takes the first one's tense (and with it the same year).
_FIRST_DAY = re.compile(r"(?P<first>(?:" + MONTH_RE + r")\s*" + DAYN + r")"
                        r"(?:[-–]|\s+(?:and|or|to|through|until)\s+)$")
_BACK = re.compile(r"(?i)\b(?:since|ago|last\s+seen)\s+(?:on\s+|in\s+)?$")
# An "-ed" word after a linking verb in its bare form is a state, not a past verb: "will stay closed until
# Monday", "to remain shut"; "stayed closed" keeps its past in "stayed".
# "stays closed until May 31" is the same state told now, in the third person
_LINKING = re.compile(r"(?i)\b(?:stay|remain|keep|get|become|seem)s?\s+(?:\w+ly\s+)?$")
_MODAL_LEFT = re.compile(r"(?i)\b(?:will|would|shall|should|could|may|might|must)\s+(?:not\s+)?(?:\w+ly\s+)?$|'ll\s+$")
_AUX = re.compile(r"(?i)\b(?:" + "|".join(re.escape(a) for a in AUXILIARIES if a[0] != "'") + r")\s+(?:\w+ly\s+)?$|'[sr]e?\s+$")
# Not verbs, though they end in -ed.
_NOT_VERBS = frozenset({"need", "needed", "speed", "seed", "feed", "deed", "steed", "creed", "breed", "indeed", "hundred",
                        "red", "bed", "shed", "united", "limited", "related", "based", "armed", "detailed",
                        "proposed", "expected", "scheduled", "planned", "supposed", "advanced", "alleged",
                        "so-called", "unidentified", "unnamed", "wounded", "injured", "combined", "sacred"})
SENTENCE = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“(`']*[A-Z0-9])|\n\s*\n|\n(?=[A-Z`\"“])")
# A period after a title or an initial ("Mr.", "U.S.", "J. P.") ends no sentence, nor one after a
# month abbreviation before its day ("Sept. 30").
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Maj",
                     "Adm", "Prof", "Rev", "Ft", "Mt", "Jr", "Sr", "No", "vs"})
_MONTH_ABBR = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})
_LAST_WORD = re.compile(r"(\w+)\.$")


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start (0 first)."""
    starts = [0]
    for m in SENTENCE.finditer(text):
        if text[m.start() - 1 : m.start()] == "." and "\n" not in m.group(0):
            w = _LAST_WORD.search(text, max(0, m.start() - 6), m.start())
            if w and (w.group(1) in _TITLES or (len(w.group(1)) == 1 and w.group(1).isupper())
                      or (w.group(1) in _MONTH_ABBR and text[m.end() : m.end() + 1].isdigit())):
                continue
        starts.append(m.end())
    return starts


WINDOW = 120
_LISTED_DEPTH = 3


class Context:
    """What grounding needs besides the hit: the text, its sentences and the anchor."""

    def __init__(self, text: str, anchor: date | None):
        self.text = text
        self.anchor = anchor
        self._starts = sentence_starts(text)
        # start -> the clause's own label and, for a weekday with none, the weekday told before it there: a
        # weekday's own label never depends on other lookups, so the cache holds the same whatever the order
        self._own: dict[int, tuple[str, tuple[int, int] | None]] = {}
        self._habitual: dict[int, tuple[list[int], list[int]]] = {}  # sentence start -> its cues' starts, ends

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._starts, pos) - 1
        s = self._starts[i]
        e = self._starts[i + 1] if i + 1 < len(self._starts) else len(self.text)
        return s, e

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self._starts, pos) - 1

    def tense(self, start: int, end: int) -> str:
        """'future', 'past' or '' for the clause around ``start:end``."""
        # a weekday with no cue of its own takes the label of the weekday told before it in its clause, and
        # that one of the one before it, ``_LISTED_DEPTH`` weekdays back at most, counted afresh per lookup
        for _ in range(_LISTED_DEPTH + 1):
            own = self._own.get(start)
            if own is None:
                own = self._own[start] = self._own_tense(start, end)
            label, prev = own
            if label or prev is None:
                return label
            start, end = prev
        return ""

    def _own_tense(self, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
        s, e = self.sentence(start)
        lo = max(s, start - WINDOW)
        first = _FIRST_DAY.search(self.text, max(lo, start - 24), start) if self.text[start:end].isdigit() else None
        if first is not None:
            return self.tense(first.start(), first.end("first")), None
        left = self.text[lo:start]
        right = self.text[end : min(e, end + WINDOW)]
        cut = max(left.rfind(";"), left.rfind(" but "))
        if cut >= 0:
            left = left[cut + 1 :]
        cut = right.find(";")
        if cut >= 0:
            right = right[:cut]
        weekday = _WEEKDAY_WORD.fullmatch(self.text, start, end) is not None
        if _OVERTAKEN.search(left) and _WEEKDAY_WORD.search(self.text, start, end):
            return "past", None  # "Friday evening", "midnight Friday" as well as a bare weekday
        if _maybe(left) and _WEEKDAY_WORD.search(self.text, start, end):
            return "future", None  # weekdays only: a month told with "could" is as often past ability
        label = _window_label(left, right, _POSSESSIVE.match(self.text, end) is not None,
                              _POSSESSIVE_AHEAD.match(self.text, end) is not None, weekday)
        if not label and weekday and _told_present(left):
            return "future", None
        if not label and weekday:
            return "", self._listed(start - len(left), start)
        return label, None

    def _listed(self, lo: int, start: int) -> tuple[int, int] | None:
        """The weekday told last before ``start`` in the clause, whose tense a weekday with no cue of its own
        goes on with: "starts at 7 p.m. on Friday, and the second on Saturday"."""
        last = None
        for last in _WEEKDAY_WORD.finditer(self.text, lo, start):
            pass
        return None if last is None else last.span()

    def habitual(self, start: int, end: int) -> bool:
        """Whether the clause around ``start:end`` tells what happens as a rule ("the rains usually come
        in June", "in most years the peak comes in February"): its months and seasons are of no year."""
        s, e = self.sentence(start)
        cues = self._habitual.get(s)
        if cues is None:
            # the sentence's cues found once: a search of the clause per date is quadratic in a long sentence.
            # Cues do not overlap, and a date's edges are no word characters, so a cue lies within a part of
            # the clause exactly when a search of that part alone finds one.
            found = [m.span() for m in _HABITUAL.finditer(self.text, s, e)]
            cues = self._habitual[s] = ([a for a, _ in found], [b for _, b in found])
        if not cues[0]:
            return False
        cut = max(self.text.rfind(";", s, start), self.text.rfind(" but ", s, start))
        lo = cut + 1 if cut >= 0 else s
        cut = min((i for i in (self.text.find(";", end, e), self.text.find(" but ", end, e)) if i >= 0), default=e)
        return self._cue_within(cues, lo, start) or self._cue_within(cues, end, cut)

    @staticmethod
    def _cue_within(cues: tuple[list[int], list[int]], lo: int, hi: int) -> bool:
        k = bisect.bisect_left(cues[0], lo)  # the first cue starting in the part: it ends first, too
        return k < len(cues[0]) and cues[1][k] <= hi

    def before(self, start: int, n: int = 24) -> str:
        return self.text[max(0, start - n) : start]

    def after(self, end: int, n: int = 24) -> str:
        return self.text[end : end + n]


@lru_cache(maxsize=4096)
def _window_label(left: str, right: str, possessive: bool, possessive_ahead: bool, weekday: bool) -> str:
    """The tense the clause window around a date tells: a pure function of the window, so the windows a long
    sentence of listed months or feasts repeats ("in March, … in June, …") are searched once."""
    if possessive and not _UPCOMING.search(left) and not possessive_ahead:
        # "Wednesday's ruling", "Friday's close": a known event, named as past; the clause's verb
        # governs another phrase ("would look for ways around Wednesday's ruling")
        return "past"
    if (_AHEAD.search(left) or _SCHEDULED.search(left) or _DEFERRED.search(left) or _scheduled_far(left)
            or _TO_BE_DONE.search(left) or _INTENT_BY.search(left) or _URGED_UNTIL.search(left) or possessive_ahead
            or (_NAMED_FOR.search(left) and weekday)):
        return "future"
    if _BACK.search(left):
        return "past"
    label = _nearest(left, from_end=True)
    if not label and _UNTIL.search(left) and not (label is None and _past_verb_after(right)):
        # an end with no past tense before it to place it: "lawmakers have until May 31", "the season runs until
        # Nov. 30, officials said" (a reporting verb after the date tells when it was said, not the end); with no
        # verb before it, a past verb of the clause after it places the end ("the truce until May 31 collapsed")
        return "future"
    if label is None:
        label = _nearest(right, from_end=False) or ""
    if not label and _BY.search(left):
        label = "future"  # a deadline with no tense to place it: "to pay the loan down by February"
    return label


def _past_verb_after(right: str) -> bool:
    """The first tense cue after the date is past and no verb of telling ("collapsed", not "officials said")."""
    cues = _cues(right)
    if not cues:
        return False
    s, e, label = min(cues, key=lambda c: (c[0], c[0] - c[1]))
    return label == "past" and right[s:e].lower() not in _TELLING


# A clause reported after a past verb of telling and its day: "officials said Tuesday that the deadline is
# Friday". Its present tense is not shifted back: what it tells still holds, so its weekday is the coming one.
_TOLD_THAT = re.compile(r"(?i)\b(?:said|told\s+\w+|announced|stated|confirmed|added)\s+(?:on\s+)?" + WEEKDAY_RE
                        + r"\s+that\s+")


def _told_present(left: str) -> bool:
    m = None
    for m in _TOLD_THAT.finditer(left):
        pass
    return m is not None and _nearest(left[m.end():], from_end=True) == ""


def _maybe(left: str) -> bool:
    m = _MAYBE.search(left)
    return m is not None and not _cues(m.group(1))


def _scheduled_far(left: str) -> bool:
    m = _SCHEDULED_FAR.search(left)
    return m is not None and not _cues(m.group(1))


@lru_cache(maxsize=4096)
def _cues(span: str, left: bool = False) -> tuple[tuple[int, int, str], ...]:
    # a pure function of the clause window: the windows of a sentence that lists many months or feasts repeat
    # ("in March, … in June, …"), and each would be searched again with a dozen patterns
    out = [(m.start(), m.end(), "future") for m in _FUT.finditer(span)]
    if left:
        out += [(m.start(), m.end(), "future") for m in _PLANNED.finditer(span)]
    for m in _PAST.finditer(span):
        if m.group(0).lower() in _FINITE or not _AUX.search(span[: m.start()]):
            out.append((m.start(), m.end(), "past"))
    for m in _ED.finditer(span):
        w = m.group(1).lower()
        if w in _NOT_VERBS or w.startswith("un") or _AUX.search(span[: m.start()]) or _ADJ_LEFT.search(span[: m.start()]) \
                or _LINKING.search(span[: m.start()]):
            continue
        out.append((m.start(), m.end(), "past"))
    # "will remain", "would continue": the modal before the verb carries the tense, as with "-ed" forms
    out += [(m.start(), m.end(), "") for m in _PRESENT.finditer(span) if not _MODAL_LEFT.search(span[: m.start()])]
    # a past modal form ("would have", "could have") outranks the bare modal inside it
    past_spans = [(a, b) for a, b, lab in out if lab == "past"]
    return tuple(c for c in out if not (c[2] == "future" and any(a <= c[0] and c[1] <= b for a, b in past_spans)))


def _nearest(span: str, *, from_end: bool) -> str | None:
    cues = _cues(span, left=from_end)
    if not cues:
        return None
    # the longest cue wins among those ending at the same place ("is expected to" is future)
    if from_end:
        return max(cues, key=lambda c: (c[1], c[1] - c[0]))[2]
    return min(cues, key=lambda c: (c[0], c[0] - c[1]))[2]
