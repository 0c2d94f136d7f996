"""Quantities stage: numbers with what they count, their range, how exact they
are, and whose they are.

"a hangar able to house 150–200 troops" is a capacity (150–200),
never a head count; "about 800 members of Africa Corps" is
personnel 800–800, approximate, side Africa Corps; "killed 12 soldiers" is
fatalities, side the soldiers' force. Vague words get the documented bounds
in ``VAGUE`` (see docs/actors.md). Years, dates (``doc._.fp_timexes``),
weapon model names ("Su-24") and numbered names ("Resolution 2100") are not
quantities; percentages, money and distances are kind ``other``.

The spaCy factory ``footprint.quantities.v1`` (registered as
``footprint_quantities_v1``) sets ``doc._.fp_quantities``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .model import ActorMention, Quantity

KINDS = ("personnel", "capacity", "fatalities", "injured", "abducted", "displaced", "equipment", "other")

#: Vague amounts -> (min, max). Documented in docs/actors.md; all are approximate.
VAGUE: dict[str, tuple[float | None, float | None]] = {
    "a couple": (2, 2),
    "a couple of": (2, 2),
    "a few": (2, 5),
    "a handful": (2, 5),
    "a handful of": (2, 5),
    "several": (3, 9),
    "a dozen": (12, 12),
    "dozen": (12, 12),
    "a few dozen": (24, 60),
    "several dozen": (36, 99),
    "dozens": (24, 99),
    "dozens of": (24, 99),
    "scores": (40, 199),
    "scores of": (40, 199),
    "hundreds": (200, 999),
    "hundreds of": (200, 999),
    "a few hundred": (200, 500),
    "several hundred": (300, 900),
    "thousands": (2000, 9999),
    "thousands of": (2000, 9999),
    "a few thousand": (2000, 5000),
    "several thousand": (3000, 9000),
    "tens of thousands": (20000, 99999),
    "hundreds of thousands": (200000, 999999),
    "millions": (2_000_000, 9_999_999),
}

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}

_NUM = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_RANGE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)[–—-](\d[\d,]*(?:\.\d+)?)$")

MONTHS = frozenset("""january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec janvier fevrier mars avril mai juin juillet aout septembre octobre
    novembre decembre""".split())

#: Qualifiers before a number -> effect.
APPROX = frozenset({"approximately", "about", "around", "some", "roughly", "nearly", "almost", "estimated",
                    "an estimated", "close to", "circa", "approx", "an approximate", "upwards of", "environ", "quelque"})
AT_LEAST = frozenset({"at least", "no fewer than", "no less than", "a minimum of"})
MORE_THAN = frozenset({"more than", "over", "in excess of", "upwards of", "above", "plus de"})
LESS_THAN = frozenset({"fewer than", "less than", "under", "below", "moins de"})
UP_TO = frozenset({"up to", "as many as", "at most", "a maximum of", "no more than", "jusqu'a"})

PERSONNEL_NOUNS = frozenset("""troops troop soldiers soldier personnel members member fighters fighter mercenaries
    mercenary contractors contractor men instructors instructor trainers advisers advisors officers officer
    peacekeepers militants militant jihadists insurgents rebels servicemen commandos gendarmes policemen recruits
    staff operatives operative paratroopers marines guards gunmen combatants militiamen volunteers forces
    specialists experts pilots crew reinforcements""".split())
PEOPLE_NOUNS = frozenset("""people civilians villagers persons residents children women men passengers workers
    students miners herders farmers traders worshippers refugees migrants hostages individuals bodies""".split())
EQUIPMENT_NOUNS = frozenset("""vehicles vehicle trucks truck tanks tank aircraft helicopters helicopter drones drone
    jets jet planes plane warplanes rifles rifle weapons guns motorcycles motorbikes pickups pickup apcs artillery
    rockets rocket missiles missile mortars mortar boats boat launchers systems howitzers ammunition rounds
    armoured armored""".split())
OTHER_UNITS = {"%": "percent", "percent": "percent", "per": "percent", "pourcent": "percent", "km": "km",
               "kilometres": "km", "kilometers": "km", "miles": "miles", "dollars": "currency", "euros": "currency",
               "francs": "currency", "$": "currency", "€": "currency", "usd": "currency", "eur": "currency",
               "cfa": "currency", "£": "currency", "tonnes": "tonnes", "tons": "tonnes", "hectares": "hectares",
               "kg": "kg", "years": "years", "days": "days", "months": "months", "weeks": "weeks", "hours": "hours",
               "minutes": "minutes", "metres": "m", "meters": "m"}

CAPACITY_CUES = ("capable of housing", "capable of hosting", "capable of accommodating", "capacity of",
                 "capacity for", "can accommodate", "can house", "can hold", "able to accommodate", "able to house",
                 "room for", "accommodate", "accommodating", "house up to", "housing", "designed for",
                 "built for", "space for", "beds for")
FATAL_CUES = frozenset("""killed killing kill kills dead died die dies deaths death toll fatalities slain lives
    massacred executed casualties perished tues morts""".split())
INJURED_CUES = frozenset("wounded wounding injured injuring injuries hurt blesses".split())
ABDUCT_CUES = frozenset("""abducted abducting abduction kidnapped kidnapping kidnap hostage hostages captured
    capturing seized taken captive enleves""".split())
DISPLACED_CUES = frozenset("displaced displacing fled flee fleeing refugees idps uprooted deplaces".split())
SENT_WORDS = frozenset("""sent deployed dispatched stationed based arrived deploy deployment send""".split())

#: Words before a number that make it part of a name ("Resolution 2100", "Route 7").
NAME_BEFORE = frozenset("""resolution article route highway no no. number chapter section camp sector brigade
    battalion regiment division unit flight page decree law code room level phase""".split())


@dataclass
class _Num:
    start: int  # token index of the first token (qualifier included)
    num_start: int
    end: int  # token after the number
    lo: float | None
    hi: float | None
    approximate: bool


def _to_float(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _lower(doc: Doc) -> list[str]:
    return [t.lower_.replace("’", "'") for t in doc]


def _spelled(words: list[str], i: int) -> tuple[float | None, int]:
    """Parse "twenty-five", "two hundred and fifty", "one thousand" from token ``i``."""
    total, current, j, seen = 0.0, 0.0, i, False
    n = len(words)
    while j < n:
        w = words[j]
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _SCALES and seen:
            scale = _SCALES[w]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
        elif w in ("-", "and") and seen and j + 1 < n and (words[j + 1] in _UNITS or words[j + 1] in _TENS
                                                           or (w == "and" and words[j + 1] in _SCALES)):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None, i
    return total + current, j


def _number_at(doc: Doc, words: list[str], i: int) -> tuple[float | None, float | None, int]:
    """(lo, hi, end) of a number starting at token ``i``, or (None, None, i)."""
    text = doc[i].text
    m = _RANGE.match(text)
    if m:
        lo, hi = _to_float(m.group(1)), _to_float(m.group(2))
        end = i + 1
        if end < len(doc) and words[end] in _SCALES:
            lo, hi, end = lo * _SCALES[words[end]], hi * _SCALES[words[end]], end + 1
        return lo, hi, end
    if _NUM.match(text):
        value, end = _to_float(text), i + 1
        if end < len(doc) and words[end] in ("million", "billion", "thousand"):
            value, end = value * _SCALES[words[end]], end + 1
        return value, value, end
    if words[i] in _UNITS or words[i] in _TENS or (words[i] in ("a", "one") and i + 1 < len(doc)
                                                    and words[i + 1] in ("hundred", "thousand", "million")):
        if words[i] == "a":
            value, end = _spelled(["one"] + words[i + 1:i + 8], 0)
            return (value, value, i + end) if value is not None else (None, None, i)
        value, end = _spelled(words, i)
        return value, value, end
    return None, None, i


_VAGUE_BY_FIRST: dict[str, list[list[str]]] = {}
for _p in VAGUE:
    _VAGUE_BY_FIRST.setdefault(_p.split()[0], []).append(_p.split())


def _match_vague(words: list[str], i: int) -> int:
    """Length in tokens of the longest ``VAGUE`` phrase starting at ``i`` (0 if none)."""
    best = 0
    for parts in _VAGUE_BY_FIRST.get(words[i], ()):
        if len(parts) > best and words[i:i + len(parts)] == parts:
            best = len(parts)
    return best


def find_numbers(doc: Doc) -> list[_Num]:
    words = _lower(doc)
    out: list[_Num] = []
    n = len(doc)
    i = 0
    while i < n:
        # vague amounts first: "several hundred", "dozens of"
        vague = _match_vague(words, i)
        if vague and not (words[i] in ("dozen",) and i and words[i - 1] in ("a", "half")):
            phrase = " ".join(words[i:i + vague])
            lo, hi = VAGUE[phrase]
            end = i + vague
            if end < n and words[end] == "of" and not phrase.endswith("of"):
                end += 1
            out.append(_Num(i, i, end, lo, hi, True))
            i = end
            continue
        lo, hi, end = _number_at(doc, words, i)
        if lo is None:
            i += 1
            continue
        start = i
        # "between 400 and 500", "400 to 500", "400 - 500"
        if end + 1 < n and words[end] in ("to", "and", "-", "–", "—", "or"):
            lo2, hi2, end2 = _number_at(doc, words, end + 1)
            if lo2 is not None and lo2 >= lo and (words[end] != "and" or (i and words[i - 1] == "between")):
                hi, end = hi2, end2
                if i and words[i - 1] in ("between", "from"):
                    start = i - 1
        out.append(_Num(start, i, end, lo, hi, False))
        i = end
    return out


def _qualify(words: list[str], num: _Num) -> tuple[_Num, str]:
    """Apply "approximately", "at least", "more than", "up to" before ``num``; returns (num, unit hint)."""
    i = num.start
    for size in (3, 2, 1):
        if i - size < 0:
            continue
        q = " ".join(words[i - size:i])
        if q in APPROX:
            return _Num(i - size, num.num_start, num.end, num.lo, num.hi, True), ""
        if q in AT_LEAST:
            return _Num(i - size, num.num_start, num.end, num.lo, None, num.approximate), ""
        if q in MORE_THAN:
            lo = (num.hi + 1) if num.hi is not None and float(num.hi).is_integer() else num.hi
            return _Num(i - size, num.num_start, num.end, lo, None, num.approximate), ""
        if q in LESS_THAN:
            hi = (num.lo - 1) if num.lo is not None and float(num.lo).is_integer() else num.lo
            return _Num(i - size, num.num_start, num.end, None, hi, num.approximate), ""
        if q in UP_TO:
            return _Num(i - size, num.num_start, num.end, None, num.hi, num.approximate), ""
    return num, ""


def _skip(doc: Doc, words: list[str], num: _Num, date_spans: list[tuple[int, int]]) -> bool:
    first = doc[num.num_start]
    a, b = doc[num.start].idx, doc[num.end - 1].idx + len(doc[num.end - 1])
    if any(s < b and a < e for s, e in date_spans):
        return True
    prev = words[num.num_start - 1] if num.num_start else ""
    nxt = words[num.end] if num.end < len(doc) else ""
    if prev in MONTHS or nxt in MONTHS:
        return True
    # model names and numbered names: "Su-24", "MiG 29", "Resolution 2100"
    if prev == "-" and num.num_start >= 2 and doc[num.num_start - 2].is_alpha:
        return True
    if num.num_start and doc[num.num_start - 1].whitespace_ == "" and doc[num.num_start - 1].is_alpha:
        return True
    if prev.rstrip(".") in NAME_BEFORE:
        return True
    if (num.num_start and doc[num.num_start - 1].is_title and doc[num.num_start - 1].is_alpha
            and not doc[num.num_start - 1].is_sent_start and prev not in _QUALIFIER_WORDS):
        return True
    if num.end < len(doc) and doc[num.end].text in (":", "/") and num.end + 1 < len(doc) and doc[num.end + 1].like_num:
        return True  # times and fractions
    # a bare year: four digits 1800-2100 that count nothing
    if re.fullmatch(r"1[89]\d\d|20\d\d|2100", first.text) and num.lo == num.hi and nxt not in _COUNTABLE:
        return True
    return False


_MODEL = re.compile(r"^[A-Za-z]+-?\d+[A-Za-z]*$")
_CLAUSE = frozenset(";,:—–()")
_QUALIFIER_WORDS = frozenset(w for p in (APPROX | AT_LEAST | MORE_THAN | LESS_THAN | UP_TO) for w in p.split())
_COUNTABLE = PERSONNEL_NOUNS | PEOPLE_NOUNS | EQUIPMENT_NOUNS


def _cue_kind(words: list[str], lo: int, hi: int, sent_lo: int, sent_hi: int) -> tuple[str | None, int]:
    """The casualty kind whose cue is nearest to tokens lo..hi in the sentence (kind, distance)."""
    best, dist = None, 99
    a, b = max(sent_lo, lo - 5), min(sent_hi, hi + 7)
    # a cue counts only inside the number's clause
    for j in range(lo - 1, a - 1, -1):
        if words[j] in _CLAUSE:
            a = j + 1
            break
    for j in range(hi + 1, b):
        if words[j] in _CLAUSE:
            b = j
            break
    for j in range(a, b):
        w = words[j]
        kind = ("fatalities" if w in FATAL_CUES else "injured" if w in INJURED_CUES
                else "abducted" if w in ABDUCT_CUES else "displaced" if w in DISPLACED_CUES else None)
        if kind is None:
            continue
        d = lo - j if j < lo else j - hi
        if d < dist:
            best, dist = kind, d
    return best, dist


def _capacity_before(words: list[str], start: int, sent_lo: int) -> bool:
    window = " ".join(words[max(sent_lo, start - 6):start])
    return any(window.endswith(c) or f"{c} " in window + " " for c in CAPACITY_CUES)


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    if doc.has_annotation("SENT_START"):
        return [(s.start, s.end) for s in doc.sents]
    return [(0, len(doc))]


def find_quantities(doc: Doc, actors: list[ActorMention] | None = None,
                    date_spans: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Quantities of ``doc`` in text order."""
    if len(doc) == 0:
        return []
    words = _lower(doc)
    actors = sorted(actors or [], key=lambda m: m.start)
    date_spans = list(date_spans or [])
    sents = _sentence_bounds(doc)
    out: list[Quantity] = []
    for raw in find_numbers(doc):
        num, _ = _qualify(words, raw)
        if _skip(doc, words, num, date_spans):
            continue
        s_lo, s_hi = next(((a, b) for a, b in sents if a <= num.num_start < b), (0, len(doc)))
        # the counted noun: up to three modifiers after the number ("400 Malian soldiers")
        j, noun, unit = num.end, None, "personnel"
        if j < len(doc) and words[j] in OTHER_UNITS:
            unit = OTHER_UNITS[words[j]]
        elif num.num_start and words[num.num_start - 1] in OTHER_UNITS and words[num.num_start - 1] in "$€£":
            unit = "currency"
        else:
            for k in range(j, min(j + 4, s_hi)):
                if words[k] in _COUNTABLE:
                    noun = k
                    break
                if _MODEL.match(doc[k].text):
                    continue  # "three Su-24 jets"
                if not doc[k].is_alpha or words[k] in ("and", "or", "were", "was", "had", "have", "of", "in"):
                    break
        end = noun + 1 if noun is not None else num.end
        if unit != "personnel":
            kind = "other"
            end = num.end + 1
        else:
            cue, dist = _cue_kind(words, num.start, end - 1, s_lo, s_hi)
            if _capacity_before(words, num.start, s_lo):
                kind = "capacity"
            elif cue == "displaced" and noun is not None and words[noun] in PERSONNEL_NOUNS:
                kind = "personnel"
            elif cue and (dist <= 3 or (noun is not None and words[noun] in PERSONNEL_NOUNS | PEOPLE_NOUNS)):
                kind = cue
            elif noun is not None and words[noun] in PERSONNEL_NOUNS:
                kind = "personnel"
            elif noun is not None and words[noun] in EQUIPMENT_NOUNS:
                kind, unit = "equipment", words[noun]
            elif noun is not None:
                kind, unit = "other", words[noun]
            else:
                continue  # a number that counts nothing we can name
            if kind == "capacity" and noun is not None:
                unit = "personnel" if words[noun] in PERSONNEL_NOUNS | PEOPLE_NOUNS else words[noun]
        span = doc[num.start:end]
        side = _side(doc, words, noun, end, actors, span.start_char, kind, num.end)
        out.append(Quantity(kind=kind, min=num.lo, max=num.hi, unit=unit, approximate=num.approximate,
                            text=span.text, start=span.start_char, end=span.end_char, side=side))
    return out


#: Which kinds of actor a force noun can count ("fighters": an armed group or a PMC); also read by fusion.
SIDE_TYPES = {"soldiers": ("state_force",), "troops": ("state_force", "pmc"), "militants": ("armed_group",),
              "jihadists": ("armed_group",), "fighters": ("armed_group", "pmc"), "insurgents": ("armed_group",),
              "rebels": ("armed_group",), "mercenaries": ("pmc",), "contractors": ("pmc",),
              "gendarmes": ("state_force",), "peacekeepers": ("igo", "state_force"), "officers": ("state_force",),
              "personnel": ("state_force", "pmc")}


def _side(doc: Doc, words, noun: int | None, end: int, actors: list[ActorMention], start_char: int,
          kind: str, num_end: int | None = None) -> str | None:
    """Whose the number is: the group the counted noun belongs to. The actor named on the counted noun,
    after it ("members of X"); for a bare "12 soldiers", the last force of that kind mentioned before it in
    the sentence; else the people the noun names, as an unknown group ("tens of thousands of civilian
    volunteers": "civilian volunteers"). Never an actor merely near the number."""
    if noun is None:
        return None
    n_start, n_end = doc[noun].idx, doc[noun].idx + len(doc[noun])
    sent = doc[noun].sent if doc.has_annotation("SENT_START") else doc[:]
    # actors are in text order: look only at those of this sentence
    lo = bisect.bisect_left(actors, sent.start_char, key=lambda m: m.start)
    hi = bisect.bisect_left(actors, sent.end_char, key=lambda m: m.start)
    local = actors[lo:hi]
    for m in local:
        if m.start < n_end and n_start < m.end:
            return m.actor_id or m.name
    if end + 1 < len(doc) and words[end] in ("of", "from"):
        k = end + 1 + (words[end + 1] == "the")
        if k < len(doc):
            at = doc[k].idx
            for m in local:
                if m.start == at:
                    return m.actor_id or m.name
    types = SIDE_TYPES.get(words[noun])
    if types:
        earlier = [m for m in local if m.start < start_char and m.type in types]
        if earlier:
            return earlier[-1].actor_id or earlier[-1].name
    if words[noun] not in PERSONNEL_NOUNS | PEOPLE_NOUNS:
        return None
    # the noun with the words between the number and it: "civilian volunteers", "armed men"
    first = noun
    while num_end is not None and first - 1 >= num_end and doc[first - 1].is_alpha \
            and words[first - 1] not in ("of", "and", "or", "the", "a", "an") and words[first - 1] not in _SCALES:
        first -= 1
    return doc[first:noun + 1].text


def _date_spans(doc: Doc) -> list[tuple[int, int]]:
    timexes = doc._.fp_timexes if Doc.has_extension("fp_timexes") and doc._.fp_timexes else []
    # durations and sets too: "several days", "two weeks" measure time, they count nothing
    return [(t.start, t.end) for t in timexes if getattr(t, "type", "DATE") in ("DATE", "TIME", "DURATION", "SET")]


class QuantitiesComponent:
    def __call__(self, doc: Doc) -> Doc:
        from . import nlp as nlp_mod

        nlp_mod.register_extensions()
        actors = doc._.fp_actors or []
        doc._.fp_quantities = find_quantities(doc, actors, _date_spans(doc))
        return doc


#: spaCy refuses "." in factory names (error E853): "footprint.quantities.v1" is
#: registered with underscores.
FACTORY = "footprint_quantities_v1"


@Language.factory(FACTORY, assigns=["doc._.fp_quantities"], requires=["doc._.fp_actors"])
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    return QuantitiesComponent()
