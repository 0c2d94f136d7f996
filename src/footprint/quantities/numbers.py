"""Reading numbers: digits, spelled-out numbers, ranges ("150–200", "between 200 and 300"), vague amounts
("dozens") and the qualifiers before them ("at least", "about") that make a count a bound or approximate."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..nlp import token_lowers, token_texts

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
    return [w.replace("’", "'") for w in token_lowers(doc)]


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


def _number_at(texts: list[str], words: list[str], i: int) -> tuple[float | None, float | None, int]:
    """(lo, hi, end) of a number starting at token ``i`` (``texts``: the Doc's words), or (None, None, i)."""
    text = texts[i]
    m = _RANGE.match(text)
    if m:
        lo, hi = _to_float(m.group(1)), _to_float(m.group(2))
        end = i + 1
        if end < len(texts) and words[end] in _SCALES:
            lo, hi, end = lo * _SCALES[words[end]], hi * _SCALES[words[end]], end + 1
        return lo, hi, end
    if _NUM.match(text):
        value, end = _to_float(text), i + 1
        if end < len(texts) and words[end] in ("million", "billion", "thousand"):
            value, end = value * _SCALES[words[end]], end + 1
        return value, value, end
    if words[i] in _UNITS or words[i] in _TENS or (words[i] in ("a", "one") and i + 1 < len(texts)
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
    words, texts = _lower(doc), token_texts(doc)
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
        lo, hi, end = _number_at(texts, words, i)
        if lo is None:
            i += 1
            continue
        start = i
        # a change "from 4,000 to 6,500 troops" is two counts, the later one current; "ranging from" is a range
        if (end + 1 < n and words[end] == "to" and i and words[i - 1] == "from"
                and any(words[k].startswith(CHANGE_STEMS) for k in range(max(0, i - 4), i - 1))):
            lo2, _, end2 = _number_at(texts, words, end + 1)
            if lo2 is not None:
                out.append(_Num(i, i, end, lo, hi, False, then=end2))
                i = end + 1
                continue
        # "between 400 and 500", "400 to 500", "400 - 500"
        if end + 1 < n and words[end] in ("to", "and", "-", "–", "—", "or"):
            lo2, hi2, end2 = _number_at(texts, words, end + 1)
            if lo2 is not None and lo2 >= lo and (words[end] != "and" or (i and words[i - 1] == "between")):
                hi, end = hi2, end2
                if i and words[i - 1] in ("between", "from"):
                    start = i - 1
        end = _echo_end(doc, words, i, end, lo, hi)
        out.append(_Num(start, i, end, lo, hi, False))
        i = end
    return out


def _echo_end(doc: Doc, words: list[str], i: int, end: int, lo: float | None, hi: float | None) -> int:
    """The end of a number written twice, in words and then in digits in brackets: "nineteen (19)" is one
    count of 19, its span running to the closing bracket; any other number keeps ``end``."""
    if lo != hi or not doc[i].is_alpha or end + 2 >= len(doc) or words[end] != "(" or words[end + 2] != ")":
        return end
    again = doc[end + 1].text
    return end + 3 if _NUM.match(again) and _to_float(again) == lo else end


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
