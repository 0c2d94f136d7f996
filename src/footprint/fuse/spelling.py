"""A place the places stage could not read, spelled in the sentence another way: "Oualam" for Ouallam.

Transliterations and local spellings of small towns (Ouallam / Oualam, Ménaka / Menaka, Dan Sadau /
Dansadau, Woldia / Weldiya) often leave one report's event with no place at all, while another report of
the same incident is placed at the town. The placeless event then scored nothing for the place and, with
only "gunmen" or "people" as actors, could not reach the threshold. Its sentence still names the town.

**Spelling keys** (``skeleton``): a name folded to its first letter and the consonants after it, accents
and doubled letters dropped, ``y`` read as a vowel: Ouallam and Oualam are ``olm``, Ménaka and Menaka ``mnk``,
Dan Sadau and Dansadau ``dnsd``. A key needs three letters, so short words key nothing. A placed event
(facility, town, district or region) is keyed by the words of its place's name; a placeless event by the
capitalized words of its sentence (and each two of them in a row), weekdays and months left out.

A placeless event whose key is the placed event's gets that place's points (town 2, district 1.5,
region 1: ``identity.judge``, reason ``place: spelled in the sentence (…)``), and, at district or finer,
counts as a close place. Blocking files both under ``spell|family|key|week`` (a placeless event under
``noplacespell|…`` too), and each looks only in the other's space, as with name blocks: two placed events
never meet here. A placeless event is weak evidence, so the ambiguity rule (``grouping``) applies: one whose
links reach two events that cannot be one takes none.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_VOWELS = frozenset("aeiouy")
#: Capitalized words that are no place: days and months.
_NOT_PLACES = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december
""".split())
_KEYED_PRECISIONS = frozenset({"facility", "town", "district", "region"})
MIN_KEY = 3


@lru_cache(maxsize=8192)
def skeleton(name: str) -> str:
    """First letter and the consonants after it, accents and doubled letters dropped ("" when too short)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if "a" <= c <= "z")
    if not folded:
        return ""
    out = [folded[0]]
    for c in folded[1:]:
        if c not in _VOWELS and c != out[-1]:
            out.append(c)
    key = "".join(out)
    return key if len(key) >= MIN_KEY else ""


def _capital_runs(text: str) -> list[str]:
    """Capitalized words and each two of them in a row ("Dan Sadau" also as "DanSadau")."""
    words = [m.group() for m in _WORD.finditer(text)]
    caps = [w if w[0].isupper() and w.lower() not in _NOT_PLACES else "" for w in words]
    out = [w for w in caps if w]
    out += [a + b for a, b in zip(caps, caps[1:]) if a and b]
    return out


def spelled_keys(sentence: str, place_name: str | None, precision: str, placeless: bool) -> frozenset[str]:
    """Keys of the place a placed event names, or of the names a placeless event's sentence holds."""
    if placeless:
        words = _capital_runs(sentence)
    elif precision in _KEYED_PRECISIONS and place_name:
        words = _capital_runs(place_name) or [place_name]
    else:
        return frozenset()
    return frozenset(k for k in map(skeleton, words) if k)


def spelled_place(placeless_keys: frozenset[str], placed_keys: frozenset[str]) -> str:
    """The key the placeless event's sentence shares with the placed event's place ("" if none)."""
    shared = placeless_keys & placed_keys
    return min(shared) if shared else ""


#: Placed at a region, an event's sentence may still name the town the places stage could not read (a country-
#: placed sentence is not keyed: such summaries name more places, and a held-out total fell with them).
_COARSE = frozenset({"region"})
#: An outlet's name: up to four capitalized words ("Sahel Dispatch", "AFP", "The Associated Press").
OUTLET_NAME = r"(?:the\s+)?(?P<outlet>[A-Z][\w'\u2019&.-]*(?:\s[A-Z][\w'\u2019&.-]*){0,3})"
#: The outlet or person a speaker told: names no place ("a security source told Sahel Dispatch").
_TOLD_OUTLET = re.compile(r"\b(?:told|according\s+to|quoted\s+by|speaking\s+to|interview\s+with|citing)\s+"
                          + OUTLET_NAME)
_FIRST_WORD = re.compile(r"^\W*" + _WORD.pattern)
#: Capitalized words that name no place however often they start a sentence.
_NOT_NAMES = frozenset("the a an this that these those its their his her it they he she we in on at".split())


def named_keys(sentence: str, place_name: str | None, precision: str, placeless: bool,
               actor_names: tuple[str, ...], common: frozenset[str] = frozenset()) -> frozenset[str]:
    """Keys of the names a placeless or region-placed event's sentence holds besides its
    place's and its actors' names ("Djibasso" in "JNIM said its fighters stormed the army post in Djibasso",
    and in "jihadists attacked a detachment in Djibasso, in the Boucle du Mouhoun region"); words in
    ``common`` (generic words for attackers) and pronouns key nothing. Two such sentences that name one
    unplaced town tell the same place as far as the sentences can (``identity.judge``)."""
    if not placeless and precision not in _COARSE:
        return frozenset()
    drop = {w.lower() for w in _NOT_NAMES | common}
    sentence = _TOLD_OUTLET.sub(" ", sentence)  # "told Sahel Dispatch": who was told, not where
    # a sentence's first word is capitalized whatever it is ("Police said …", "Soldiers repelled …"): two
    # sentences that open alike tell no place
    sentence = _FIRST_WORD.sub(" ", sentence, count=1)
    words = [w for w in _capital_runs(sentence) if w.lower().rstrip("'\u2019s") not in drop and w.lower() not in drop]
    not_keys = {k for n in (place_name or "", *actor_names) for k in map(skeleton, _capital_runs(n) + [n]) if k}
    not_keys |= {k for n in actor_names for w in n.split() if (k := skeleton(w))}
    return frozenset(k for k in map(skeleton, words) if k and k not in not_keys)

