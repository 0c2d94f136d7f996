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
from .nlp import doc_text

KINDS = ("personnel", "capacity", "fatalities", "injured", "abducted", "detained", "displaced", "equipment", "other")
#: Kinds that count people struck by an event (never a strength).
CASUALTY_KINDS = frozenset({"fatalities", "injured", "abducted", "detained", "displaced"})

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
    specialists experts pilots crew reinforcements assailants attackers terrorists bandits raiders extremists
    separatists insurgent jihadist rebel gunman assailant attacker terrorist bandit""".split())
PEOPLE_NOUNS = frozenset("""people civilians villagers persons residents children women men passengers workers
    students miners herders farmers traders worshippers refugees migrants hostages individuals bodies suspects
    prisoners detainees captives schoolchildren schoolgirls schoolboys pupils boys girls journalists
    smugglers traffickers poachers protesters demonstrators""".split())
EQUIPMENT_NOUNS = frozenset("""vehicles vehicle trucks truck tanks tank aircraft helicopters helicopter drones drone
    jets jet planes plane warplanes rifles rifle weapons guns motorcycles motorbikes pickups pickup apcs artillery
    rockets rocket missiles missile mortars mortar boats boat launchers systems howitzers ammunition rounds
    armoured armored""".split())
#: Animals are never people: stolen cattle are kind ``other``.
ANIMAL_NOUNS = frozenset("""cattle cows cow goats goat sheep camels camel donkeys donkey horses horse livestock
    animals chickens oxen bulls heads""".split())
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
    massacred executed casualties perished tues morts neutralised neutralized neutralising neutralizing neutralise
    neutralize eliminated eliminating eliminate liquidated annihilated murdered slaughtered beheaded
    neutralises neutralizes eliminates""".split())
INJURED_CUES = frozenset("wounded wounding injured injuring injuries hurt blesses".split())
ABDUCT_CUES = frozenset("""abducted abducting abduction kidnapped kidnapping kidnap hostage hostages seized taken
    captive enleves rescued rescuing freed freeing liberated liberating""".split())
#: Arrests and captures: people held by the side that took them (the communiqué's "apprehended", "captured").
DETAIN_CUES = frozenset("""arrested arresting arrest arrests detained detaining detain detention apprehended
    apprehending apprehend captured capturing capture captures""".split())
#: Cues of several words, with their kind ("put out of action", "took out").
PHRASE_CUES = {("put", "out", "of", "action"): "fatalities", ("putting", "out", "of", "action"): "fatalities",
               ("took", "out"): "fatalities", ("taken", "out"): "fatalities", ("taking", "out"): "fatalities",
               ("shot", "dead"): "fatalities", ("gunned", "down"): "fatalities", ("taken", "prisoner"): "detained",
               ("rounded", "up"): "detained", ("in", "custody"): "detained", ("taken", "hostage"): "abducted"}
#: People set free are counted as held before: detainees were detained, anyone else was abducted.
FREED = frozenset("rescued rescuing freed freeing liberated liberating".split())
HELD_NOUNS = frozenset("prisoners detainees inmates suspects".split())
#: Words that open another clause: a casualty cue after them tells of other people.
CLAUSE_OPENERS = frozenset("""where when while after before because but although though whereas until whom
    whose""".split())
#: "lost nine men": a toll, only for people right after the verb.
LOSS_CUES = frozenset("lost lose loses losing".split())
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
    then: int | None = None  # "from 4,000 to 6,500 troops": where the shared counted noun is looked for


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
        # a change "from 4,000 to 6,500 troops" is two counts, the later one current; "ranging from" is a range
        if (end + 1 < n and words[end] == "to" and i and words[i - 1] == "from"
                and any(words[k].startswith(CHANGE_STEMS) for k in range(max(0, i - 4), i - 1))):
            lo2, _, end2 = _number_at(doc, words, end + 1)
            if lo2 is not None:
                out.append(_Num(i, i, end, lo, hi, False, then=end2))
                i = end + 1
                continue
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


#: Verbs of change before "from N to M": two counts, not a range ("grew from 4,000 to 6,500 troops").
CHANGE_STEMS = ("grow", "grew", "rise", "rose", "risen", "rising", "increas", "fall", "fell", "drop", "declin",
                "reduc", "cut", "shrink", "shrank", "shrunk", "swell", "swoll", "climb", "jump", "expand", "boost",
                "doubl", "tripl", "slash", "downsiz", "balloon", "surg", "soar", "plung", "plummet", "went", "gone",
                "chang", "dwindl", "trimm")


def _qualify(words: list[str], num: _Num) -> tuple[_Num, str]:
    """Apply "approximately", "at least", "more than", "up to" before ``num``; returns (num, unit hint)."""
    i = num.start
    for size in (3, 2, 1):
        if i - size < 0:
            continue
        q = " ".join(words[i - size:i])
        if q in APPROX:
            return _Num(i - size, num.num_start, num.end, num.lo, num.hi, True, num.then), ""
        if q in AT_LEAST:
            return _Num(i - size, num.num_start, num.end, num.lo, None, num.approximate, num.then), ""
        if q in MORE_THAN:
            lo = (num.hi + 1) if num.hi is not None and float(num.hi).is_integer() else num.hi
            return _Num(i - size, num.num_start, num.end, lo, None, num.approximate, num.then), ""
        if q in LESS_THAN:
            hi = (num.lo - 1) if num.lo is not None and float(num.lo).is_integer() else num.lo
            return _Num(i - size, num.num_start, num.end, None, hi, num.approximate, num.then), ""
        if q in UP_TO:
            return _Num(i - size, num.num_start, num.end, None, num.hi, num.approximate, num.then), ""
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
_COUNTABLE = PERSONNEL_NOUNS | PEOPLE_NOUNS | EQUIPMENT_NOUNS | ANIMAL_NOUNS
#: Words before a number that name the counted noun before them: "protesters numbering about 2,000".
NUMBERING = frozenset("numbering numbered totalling totaling totalled totaled".split())
#: Words after a number whose noun was said before: "250 of them", "fewer than 2,000 now".
_BACK_REF = frozenset("them whom those these".split())
_BARE_END = frozenset("now today left remain remained remaining still".split())


def _counted_noun(doc: Doc, words: list[str], j: int, s_hi: int) -> int | None:
    """The list noun counted by a number ending before token ``j``: up to three modifiers, model names skipped
    ("three T-72 tanks", "four BMP-2 vehicles"), and the last noun of a compound ("a dozen pickup trucks")."""
    k, seen = j, 0
    while k < s_hi and seen < 4:
        if words[k] in _COUNTABLE:
            while k + 1 < s_hi and words[k + 1] in _COUNTABLE and doc[k + 1].is_alpha:
                k += 1
            if doc.has_annotation("DEP") and doc[k].dep_ == "compound" and k < doc[k].head.i <= k + 2 \
                    and doc[k].head.pos_ == "NOUN" and all(doc[x].is_alpha for x in range(k, doc[k].head.i + 1)):
                k = doc[k].head.i
            return k
        if _MODEL.match(doc[k].text):
            k += 1
            continue  # "three Su-24 jets"
        if doc[k].is_alpha and k + 2 < s_hi and words[k + 1] == "-" and doc[k + 2].like_num \
                and doc[k].whitespace_ == "" and doc[k + 1].whitespace_ == "":
            k += 3
            continue  # a model name split by the tokenizer: "T - 72"
        if not doc[k].is_alpha or words[k] in ("and", "or", "were", "was", "had", "have", "of", "in"):
            return None
        k, seen = k + 1, seen + 1
    return None


def _antecedent(doc: Doc, words: list[str], num: _Num, s_lo: int, s_hi: int,
                last_noun: tuple[int, int] | None) -> int | None:
    """The counted noun said before a number with none after it: "protesters numbering about 2,000"; "had some
    5,000 members; today it has fewer than 2,000"; "600 refugees, 250 of them children"."""
    k = num.start - 1
    if k - 1 >= s_lo and words[k] in NUMBERING and words[k - 1] in _COUNTABLE:
        return k - 1
    if last_noun is None or last_noun[0] != s_lo:
        return None
    nxt = num.end
    if nxt < len(doc) and words[nxt] == "-" and doc[nxt - 1].whitespace_ == "":
        return None  # "a 19-year-old": a compound, no count
    if nxt >= s_hi or (nxt < len(doc) and (words[nxt] in _CLAUSE or doc[nxt].is_punct or words[nxt] in _BARE_END)) \
            or (nxt + 1 < s_hi and words[nxt] == "of" and words[nxt + 1] in _BACK_REF):
        return last_noun[1]
    return None


def _cue_word(words: list[str], j: int) -> tuple[str | None, int]:
    """(kind, length in tokens) of the casualty cue starting at token ``j``, or (None, 0)."""
    w = words[j]
    for parts, kind in PHRASE_CUES.items():
        if w == parts[0] and tuple(words[j:j + len(parts)]) == parts:
            return kind, len(parts)
    kind = ("fatalities" if w in FATAL_CUES else "injured" if w in INJURED_CUES
            else "detained" if w in DETAIN_CUES else "abducted" if w in ABDUCT_CUES
            else "displaced" if w in DISPLACED_CUES else "fatalities" if w in LOSS_CUES else None)
    return kind, (1 if kind else 0)


def _cue_kind(doc: Doc, words: list[str], lo: int, hi: int, sent_lo: int,
              sent_hi: int) -> tuple[str | None, int, int]:
    """The casualty kind whose cue is nearest to tokens lo..hi in the number's clause: (kind, distance, cue
    token). Before the number a cue is looked for five tokens back ("killed about 20"); after it, through the
    rest of the clause, across a list of counted groups ("three gendarmes, two drivers and nine attackers were
    killed"), up to a word that opens another clause ("after", "where")."""
    best, dist, at = None, 99, -1
    a, b = max(sent_lo, lo - 6), min(sent_hi, hi + 16)
    # a cue counts only inside the number's clause
    for j in range(lo - 1, a - 1, -1):
        if words[j] in _CLAUSE:
            a = j + 1
            break
    for j in range(hi + 1, b):
        nxt = j + 1 < len(doc) and (doc[j + 1].like_num or words[j + 1] in _UNITS or words[j + 1] in _TENS)
        if (words[j] in _CLAUSE and not (words[j] == "," and nxt)) or words[j] in CLAUSE_OPENERS:
            b = j
            break
    j = a
    while j < b:
        kind, size = _cue_word(words, j)
        if kind is None:
            j += 1
            continue
        last = j + size - 1
        d = lo - last if last < lo else max(0, j - hi)  # a cue in the span itself: "20 hostages"
        if d < dist:
            best, dist, at = kind, d, j
        j += size
    return best, dist, at


def _listed_before(doc: Doc, words: list[str], start: int, cue_at: int) -> bool:
    """Only other counted groups and a passive's auxiliaries lie between ``start`` and the cue after it:
    "two drivers and a nurse were wounded"."""
    if cue_at < start:
        return False
    run = 0
    for k in range(start, cue_at):
        w = words[k]
        if w in _LIST_WORDS or doc[k].like_num:
            run = 0
        elif doc[k].is_alpha and run < 2:
            run += 1
        else:
            return False
    return True


_LIST_WORDS = frozenset(""", and a an were was been being had have has at least about some nearly more than others
    other""".split()) | _QUALIFIER_WORDS


def _noun_guess(doc: Doc, words: list[str], num: _Num, s_hi: int) -> int | None:
    """The counted noun when no list word names it: the parser's head of the number, else the first plural
    word after it ("four smugglers")."""
    last = doc[num.end - 1]
    if doc.has_annotation("DEP") and last.dep_ == "nummod" and num.end <= last.head.i < min(num.end + 4, s_hi) \
            and last.head.pos_ in ("NOUN", "PROPN") and last.head.is_alpha:
        return last.head.i
    for k in range(num.end, min(num.end + 3, s_hi)):
        if not doc[k].is_alpha or words[k] in _STOP:
            return None
        if len(words[k]) > 3 and (words[k].endswith("s") and not words[k].endswith("ss") or words[k].endswith("men")):
            return k
    return None


_STOP = frozenset("""and or were was had have has of in at on to from by with the a an who which that are is been
    be near during after before""".split())


def _cited(words: list[str], start: int, end: int, s_hi: int) -> bool:
    """People quoted as sources ("according to two officers", "three residents who spoke to ...") are no count."""
    before = words[max(0, start - 3):start]
    if before[-2:] == ["according", "to"] or before == ["according", "to", "the"]:
        return True
    return end + 1 < s_hi and words[end] == "who" and words[end + 1] in ("spoke", "asked", "requested", "declined")


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
    last_noun: tuple[int, int] | None = None  # (sentence start, counted noun) of the last count with a noun
    for raw in find_numbers(doc):
        num, _ = _qualify(words, raw)
        if _skip(doc, words, num, date_spans):
            continue
        s_lo, s_hi = next(((a, b) for a, b in sents if a <= num.num_start < b), (0, len(doc)))
        # the counted noun: up to three modifiers after the number ("400 Malian soldiers"); for the first number
        # of a change ("from 4,000 to 6,500 troops") after the second one
        j, noun, unit = num.end, None, "personnel"
        if j < len(doc) and words[j] in OTHER_UNITS:
            unit = OTHER_UNITS[words[j]]
        elif num.num_start and words[num.num_start - 1] in OTHER_UNITS and words[num.num_start - 1] in "$€£":
            unit = "currency"
        else:
            noun = _counted_noun(doc, words, num.then if num.then is not None else j, s_hi)
        ante = None  # a counted noun before the number: "protesters numbering 2,000", "... fewer than 2,000"
        if noun is None and unit == "personnel":
            ante = _antecedent(doc, words, num, s_lo, s_hi, last_noun)
        guess = None if noun is not None or ante is not None or unit != "personnel" else \
            _noun_guess(doc, words, num, s_hi)
        end = noun + 1 if noun is not None and num.then is None else num.end  # the span's end
        if noun is None:
            noun = ante
        if unit != "personnel":
            kind = "other"
            end = num.end + 1
        else:
            cue, dist, cue_at = _cue_kind(doc, words, num.start, end - 1, s_lo, s_hi)
            guessed = cue is not None and guess is not None and (
                dist <= 3 or _listed_before(doc, words, guess + 1, cue_at))
            if guessed:
                # people we have no list word for, struck by the cue: "apprehended four smugglers"
                noun, end = guess, guess + 1
                cue, dist, cue_at = _cue_kind(doc, words, num.start, end - 1, s_lo, s_hi)
            head = words[noun] if noun is not None else None
            if cue is not None and words[cue_at] in LOSS_CUES and not (
                    head in PERSONNEL_NOUNS | PEOPLE_NOUNS and cue_at < num.start and dist <= 3):
                cue = None  # "lost nine men" is a toll; "lost three helicopters", "lost ground" are not
            if _capacity_before(words, num.start, s_lo):
                kind = "capacity"
            elif _cited(words, num.start, end, s_hi):
                kind, unit = "other", head or "people"  # "according to two officers"
            elif head in EQUIPMENT_NOUNS:
                kind, unit = "equipment", head  # seized tanks are equipment, never hostages
            elif head in ANIMAL_NOUNS:
                kind, unit = "other", head  # stolen cattle are no casualties
            elif cue == "displaced" and head in PERSONNEL_NOUNS:
                kind = "personnel"
            elif cue and (dist <= 3 or guessed or head in PERSONNEL_NOUNS | PEOPLE_NOUNS):
                kind = cue
                if words[cue_at] in FREED and head in HELD_NOUNS:
                    kind = "detained"
            elif head in PERSONNEL_NOUNS:
                kind = "personnel"
            elif head is not None:
                kind, unit = "other", head
            else:
                continue  # a number that counts nothing we can name
            if kind == "capacity" and head is not None:
                unit = "personnel" if head in PERSONNEL_NOUNS | PEOPLE_NOUNS else head
        if noun is not None and noun > num.start:
            last_noun = (s_lo, noun)
        span = doc[num.start:end]
        side = _side(doc, words, noun, end, actors, span.start_char, kind, num.end, num.start)
        out.append(Quantity(kind=kind, min=num.lo, max=num.hi, unit=unit, approximate=num.approximate,
                            text=span.text, start=span.start_char, end=span.end_char, side=side))
    out.extend(_single_casualties(doc, words, actors))
    return sorted(out, key=lambda q: q.start)


#: One person named by "a"/"an" right after a casualty verb: "killing a soldier", "abducted a nurse".
SINGLE_PEOPLE = frozenset("""soldier officer policeman policewoman gendarme civilian child woman man boy girl
    fighter militant peacekeeper journalist worker teacher student farmer herder trader driver passenger resident
    villager guard member person nurse doctor pupil chief imam priest official contractor instructor""".split())


def _single_casualties(doc: Doc, words: list[str], actors: list[ActorMention]) -> list[Quantity]:
    out = []
    for i in range(1, len(doc) - 1):
        if words[i] not in ("a", "an"):
            continue
        kind, size = _cue_word(words, i - 1)
        if kind is None or size != 1 or words[i - 1] in ("death", "toll", "deaths", "casualties", "dead"):
            continue
        noun = next((k for k in range(i + 1, min(i + 3, len(doc))) if words[k] in SINGLE_PEOPLE), None)
        if noun is None or any(not doc[k].is_alpha for k in range(i + 1, noun)):
            continue
        span = doc[i:noun + 1]
        side = _side(doc, words, noun, noun + 1, actors, span.start_char, kind, i + 1, i)
        out.append(Quantity(kind=kind, min=1, max=1, unit="personnel", approximate=False, text=span.text,
                            start=span.start_char, end=span.end_char, side=side))
    return out


#: Which kinds of actor a force noun can count ("fighters": an armed group or a PMC); also read by fusion.
SIDE_TYPES = {"soldiers": ("state_force",), "troops": ("state_force", "pmc", "igo"), "militants": ("armed_group",),
              "jihadists": ("armed_group",), "fighters": ("armed_group", "pmc"), "insurgents": ("armed_group",),
              "rebels": ("armed_group",), "mercenaries": ("pmc",), "contractors": ("pmc",),
              "gendarmes": ("state_force",), "peacekeepers": ("igo", "state_force"), "officers": ("state_force",),
              "personnel": ("state_force", "pmc", "igo"), "instructors": ("state_force", "pmc", "igo"),
              "trainers": ("state_force", "pmc", "igo"), "advisers": ("state_force", "pmc", "igo"),
              "advisors": ("state_force", "pmc", "igo"), "militiamen": ("armed_group",),
              "recruits": ("state_force", "armed_group"), "servicemen": ("state_force",),
              "paratroopers": ("state_force",), "commandos": ("state_force",), "marines": ("state_force",)}

#: Verbs by which an actor has or sends a force: "MINUSMA, which had 13,000 personnel", "Chad deployed 1,200 troops".
HOLD_VERBS = frozenset("""has have had having keeps kept keep maintains maintained maintain deployed deploys deploy
    deploying sent sends send sending dispatched dispatches stationed stations fielded fields committed commits
    contributed contributes contribute numbers numbered counts counted mobilised mobilized mobilises mobilizes
    pledged pledges brought brings flew flies moved moves positioned positions withdrew withdraws withdrawn
    pulled rotated redeployed airlifted""".split())
#: Words that may stand between that actor and its verb: "which had", "has now deployed", "had already sent".
_HOLD_GAP = frozenset("""which that who , has have had also now still already reportedly currently since then
    recently will would be been is was""".split())
_STRENGTH_KINDS = frozenset({"personnel", "capacity", "equipment"})


def _actor_ending_at(local: list[ActorMention], char: int) -> ActorMention | None:
    return next((m for m in reversed(local) if m.end == char), None)


def _side(doc: Doc, words, noun: int | None, end: int, actors: list[ActorMention], start_char: int,
          kind: str, num_end: int | None = None, num_start: int | None = None) -> str | None:
    """Whose the number is: the group the counted noun belongs to, never an actor merely near the number.

    In order: an actor named on the counted noun phrase ("400 Chadian recruits", "300 Wagner fighters"); after
    it ("members of X"); a possessor before it ("the EU mission's 700 personnel"); for a force, the actor that
    has or sends it ("MINUSMA, which had 13,000 personnel"; never for casualties: the people struck are the
    object's side, not the subject's); for a bare force noun, the last force of a fitting kind mentioned before
    it in the sentence; else the people the noun names, as an unknown group ("tens of thousands of civilian
    volunteers": "civilian volunteers"), a force noun without its descriptive words ("uniformed personnel":
    "personnel", which fusion reads by its kind of actor)."""
    if noun is None:
        return None
    n_start, n_end = doc[noun].idx, doc[noun].idx + len(doc[noun])
    sent = doc[noun].sent if doc.has_annotation("SENT_START") else doc[:]
    # actors are in text order: look only at those of this sentence
    lo = bisect.bisect_left(actors, sent.start_char, key=lambda m: m.start)
    hi = bisect.bisect_left(actors, sent.end_char, key=lambda m: m.start)
    local = actors[lo:hi]
    phrase_start = doc[num_end].idx if num_end is not None and num_end < len(doc) else n_start
    unnamed = None  # a mention the registry does not know ("armed militiamen") yields to the rules below
    for m in local:
        if m.start < n_end and phrase_start < m.end:
            if m.type == "country":
                if _made_in(doc, m):
                    continue  # "Russian-made drones": an origin, no owner
                # a nationality on forces or military equipment is the state's armed forces ("eight Ukrainian
                # tanks"); on anyone else ("three Chinese engineers") it names no party
                forces = _forces_of(m)
                if forces and (words[noun] in PERSONNEL_NOUNS or (kind == "equipment"
                                                                  and words[noun] not in CIVIL_EQUIPMENT)):
                    return forces
                continue
            if _grounded(doc, m, actors):
                return m.actor_id
            if m.actor_id is None:
                unnamed = unnamed or m
    military = words[noun] in PERSONNEL_NOUNS or (kind == "equipment" and words[noun] not in CIVIL_EQUIPMENT)
    if kind == "equipment":
        recipient = _recipient(doc, words, end, num_start if num_start is not None else noun, local)
        if recipient is not None:
            return recipient
    if military and num_end is not None:
        forces = _demonym_forces(doc, words, num_end, noun)
        if forces is not None:
            return forces
    if end + 1 < len(doc) and words[end] in ("of", "from"):
        k = end + 1 + (words[end + 1] == "the")
        if k < len(doc):
            at = doc[k].idx
            for m in local:
                if m.start == at:
                    return _grounded(doc, m, actors) or m.name
    first = num_start if num_start is not None else noun
    if first >= 1 and words[first - 1] in ("'s", "'"):
        m = _actor_ending_at(local, doc[first - 1].idx)
        if m is not None:
            return m.actor_id or m.name
    if kind in _STRENGTH_KINDS and kind != "capacity":
        holder = _holder(doc, words, first, local) or _parsed_holder(doc, noun, local)
        if holder is not None:
            return holder.actor_id or holder.name
    types = SIDE_TYPES.get(words[noun])
    if types:
        earlier = [m for m in local if m.start < start_char and m.type in types]
        if earlier:
            return _grounded(doc, earlier[-1], actors) or earlier[-1].name
    if words[noun] not in PERSONNEL_NOUNS | PEOPLE_NOUNS and kind not in CASUALTY_KINDS:
        return None
    if words[noun] in SIDE_TYPES:
        return words[noun]
    if unnamed is not None:
        return unnamed.name
    # the noun with the words between the number and it: "civilian volunteers", "armed men"
    first = noun
    while num_end is not None and first - 1 >= num_end and doc[first - 1].is_alpha \
            and words[first - 1] not in ("of", "and", "or", "the", "a", "an") and words[first - 1] not in _SCALES:
        first -= 1
    return doc[first:noun + 1].text


#: Equipment a nationality does not make military: "Ukrainian trucks" may be anyone's.
CIVIL_EQUIPMENT = frozenset("""vehicles vehicle trucks truck boats boat planes plane motorcycles motorbikes pickups
    pickup""".split())
#: Verbs of handing equipment over: "supplied 12 drones to X" makes them X's.
TRANSFER_VERBS = frozenset("""supplied supply supplies supplying delivered deliver delivers delivering sold sell sells
    selling donated donate donates donating transferred transfer transfers handed hands hand gave give gives
    giving shipped ship ships provided provide provides providing sent send sends sending""".split())


def _grounded(doc: Doc, m: ActorMention, actors: list[ActorMention]) -> str | None:
    """The registry id of ``m`` where the passage names that actor: a bare "soldiers" resolved from the places
    of the report alone ("eight soldiers" near Dori) is no side; one of the forces named elsewhere, or a
    descriptor that holds a name ("members of ISWAP"), is."""
    if not m.actor_id or m.via != "coref":
        return m.actor_id
    text, k = doc_text(doc), m.start
    while k > 0 and text[k - 1].isspace():  # the character before the mention, spaces skipped (no prefix copy)
        k -= 1
    if any(ch.isupper() for ch in m.text[1:]) or (m.text[:1].isupper() and k > 0 and text[k - 1] not in ".!?"):
        return m.actor_id
    named = any(o.via != "coref" and (o.actor_id == m.actor_id or (m.country and o.country == m.country and o.type in (
        "country", "government", "state_force"))) for o in actors)
    return m.actor_id if named else None


def _forces_of(m: ActorMention) -> str | None:
    """The armed forces of the state a nationality or country mention names, where the registry has them."""
    code = (m.country or (m.actor_id or "").rpartition(".")[2] or "").lower()
    if not code:
        return None
    try:
        from .actors import registry

        forces = f"armed_forces.{code}"
        return forces if forces in registry() else None
    except Exception:  # the registry is an optional refinement here; a side is never worth a crash
        return None


def _demonym_forces(doc: Doc, words: list[str], lo: int, hi: int) -> str | None:
    """The armed forces a nationality between the number and its noun names: "eight Ukrainian tanks"."""
    try:
        from .actors import registry

        reg = registry()
    except Exception:  # the registry is an optional refinement here; a side is never worth a crash
        return None
    for k in range(lo, hi):
        if not (doc[k].is_title and doc[k].is_alpha):
            continue
        codes = [cc for cc, kind, _ in reg.country_terms.get((words[k],), ()) if kind == "demonym"]
        if not codes or _made_in(doc, doc[k].idx + len(doc[k])):
            continue
        code = max(codes, key=lambda c: reg.populations.get(c, 0))  # "Congolese": the more populous state
        forces = f"armed_forces.{code.lower()}"
        if forces in reg:
            return forces
    return None


def _made_in(doc: Doc, m: ActorMention | int) -> bool:
    at = m if isinstance(m, int) else m.end
    rest = doc_text(doc)[at:at + 14].lower()
    return rest.startswith(("-made", "-built", "-designed", "-manufactured", "-supplied", "-origin", " made",
                            " built"))


def _recipient(doc: Doc, words: list[str], end: int, first: int, local: list[ActorMention]) -> str | None:
    """Whose equipment handed over is: "supplied at least 12 drones to the Malian armed forces"."""
    verb = next((k for k in range(first - 1, max(-1, first - 5), -1) if words[k] in TRANSFER_VERBS), None)
    if verb is None or any(words[k] in _CLAUSE for k in range(verb, first)):
        return None
    for k in range(end, min(end + 4, len(doc))):
        if words[k] in _CLAUSE:
            return None
        if words[k] == "to":
            at = k + 1 + (k + 1 < len(doc) and words[k + 1] == "the")
            if at >= len(doc):
                return None
            m = next((m for m in local if m.start == doc[at].idx), None)
            if m is None:
                return None
            if m.type in ("country", "government"):
                return _forces_of(m) or m.actor_id
            return m.actor_id or m.name
    return None


def _holder(doc: Doc, words: list[str], first: int, local: list[ActorMention]) -> ActorMention | None:
    """The actor that has or sends the force whose number starts at token ``first``: the mention ending just
    before a verb of holding or sending that precedes the number, with only "which", auxiliaries and adverbs
    between them. With a parse, the subject of the verb governing the counted noun counts too."""
    k = first - 1
    if k < 0 or words[k] not in HOLD_VERBS:
        return None
    k -= 1
    while k >= 0 and words[k] in _HOLD_GAP:
        k -= 1
    if k < 0:
        return None
    end_char = doc[k].idx + len(doc[k])
    return _actor_ending_at(local, end_char)


HOLD_LEMMAS = frozenset("""have keep maintain deploy send dispatch station field commit contribute number count
    mobilise mobilize pledge bring fly move position withdraw pull rotate redeploy airlift""".split())


def _parsed_holder(doc: Doc, noun: int, local: list[ActorMention]) -> ActorMention | None:
    """With a parse: the subject of the verb of holding or sending whose object is the counted noun, through
    coordinated verbs ("X, set up in 2013, has trained ... and has around 700 personnel")."""
    if not doc.has_annotation("DEP"):
        return None
    tok = doc[noun]
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "with":  # "deployed with 13,000 personnel"
        verb = verb.head
    elif tok.dep_ not in ("dobj", "obj"):
        return None
    if verb.lemma_.lower() not in HOLD_LEMMAS and verb.lower_ not in HOLD_VERBS:
        return None
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            a, b = doc[subj.left_edge.i].idx, doc[subj.i].idx + len(doc[subj.i])
            hits = [m for m in local if m.start < b and a < m.end and m.actor_id]
            return hits[-1] if hits else None
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


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
