"""A place the places stage could not read, spelled in the sentence another way: "Oualam" for Ouallam.

Transliterations and local spellings of small towns (Ouallam / Oualam, Ménaka / Menaka, Dan Sadau /
Dansadau, Woldia / Weldiya) often leave one report's event with no place at all, while another report of
the same incident is placed at the town. The placeless event then scored nothing for the place and, with
only "gunmen" or "people" as actors, could not reach the threshold. Its sentence still names the town.

**Spelling keys** (``skeleton``): a name folded to its first letter and the consonants after it, accents
and doubled letters dropped, ``y`` read as a vowel: Ouallam and Oualam are ``olm``, Ménaka and Menaka ``mnk``,
Dan Sadau and Dansadau ``dnsd``. A key needs three letters, so short words key nothing. A placed event
(facility, town, district or region) is keyed by the words of its place's name; a placeless event by the
capitalized words its sentence gives in a place slot (``slot_names``: "in Oualam", "the village of Oualam"),
and each two of them in a row, weekdays and months left out; a name outside a slot ("Reuters reported") keys
nothing.

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
        # only names in a place slot: "Reuters reported" or "told Sahel Dispatch" names no town
        words = _slot_words(sentence)
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
#: Capitalized words that name no place however often they start a sentence.
_NOT_NAMES = frozenset("the a an this that these those its their his her it they he she we in on at".split())
#: A capitalized word (accents, hyphens and apostrophes inside: "Ménaka", "N'Djamena", "Bir-Hakeim").
_CAP = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019-]*"
#: Names of up to three capitalized words, more after "and" / "or" ("in Inates and Abala").
_NAME = rf"{_CAP}(?:\s(?:(?:du|de|des|del|la|el)\s)?{_CAP}){{0,2}}"  # "Boucle du Mouhoun"
_RUN = rf"(?P<run>{_NAME}(?:\s(?:and|or)\s{_NAME})*)"
_POINTS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
_SETTLEMENT = (r"(?:village|town|city|commune|locality|hamlet|settlement|district|area|region|province|department"
               r"|municipality|outskirts|suburbs?|vicinity|environs|cent(?:re|er)|heart|edge)")
#: A place slot: after a place preposition ("in", "at", "near", "outside", "north of", "20 km from"), with a
#: determiner and a word or two before the name ("in the remote village of Inates", "near the Inates
#: area"), or after "the village/town of"; a leading capital allowed ("In Inates, …").
_SLOTS = tuple(re.compile(p) for p in (
    r"(?<![\w'\u2019-])(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round|[Ii]nside|[Bb]eyond|[Cc]lose\s+to|[Ff]rom"
    rf"|{_POINTS}\s+of|\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:{_POINTS}\s+)?(?:of|from))\s+"
    # lower-case words only after a determiner: "at least five Christians" gives no slot
    rf"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?)?(?:{_SETTLEMENT}\s+of\s+(?:the\s+)?)?{_RUN}",
    rf"\b{_SETTLEMENT}\s+of\s+{_RUN}",
    # "Niger's Tillabéri region": a region of a named country
    # the owner starts a word ("al-Anbar's", "d'Ivoire's" too) and is bounded: a start inside a long capitalized
    # run rescanned the rest of the run from every letter
    rf"(?<!\w)[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019-]{{0,40}}['\u2019]s\s+{_RUN}"
    r"\s+(?:region|province|state|district|department|county|area)\b",
))


def _known_not_place(name: str) -> bool:
    """The registries know ``name`` as something other than a town: an actor, outlet or organisation
    ("Reuters", "Red Cross", "JNIM"), a country or its people ("Mali", "Malian", "Malians"). A capital
    is a place and stays."""
    return _registry_reads(" ".join(name.split()))


@lru_cache(maxsize=16384)
def _registry_reads(name: str) -> bool:
    try:
        from ..actors.registry import normalize_tokens, registry  # noqa: PLC0415 - the actors stage is optional here
    except ImportError:  # pragma: no cover - the actors stage ships with the package
        return False
    reg = registry()
    if reg.lookup(name) is not None:
        return True
    keys, _ = normalize_tokens(name)
    return any(kind != "capital" for _, kind, _ in reg.country_terms.get(keys, ()))


_POSSESSIVE = re.compile(r"['\u2019]s?\b")


def slot_names(sentence: str) -> list[str]:
    """The capitalized names a sentence gives in a place slot ("Inates" in "stormed the army post in
    Inates"; "Djibasso" in "the village of Djibasso"), each run split at "and"/"or", with what the
    registries know as no town left out ("near Mali's border", "at Red Cross offices")."""
    out: list[str] = []
    for m in (m for slot in _SLOTS for m in slot.finditer(sentence)):
        for run in re.split(r"\s(?:and|or)\s", m.group("run")):
            run = _POSSESSIVE.sub("", run)  # "Kidal's outskirts": the town is Kidal
            if not _known_not_place(run):
                out.append(" ".join(w for w in run.split()
                                    if w.lower() not in _NOT_NAMES and not _known_not_place(w)))
    return list(dict.fromkeys(n for n in out if n))


@lru_cache(maxsize=4096)
def _slot_words(sentence: str) -> tuple[str, ...]:
    """The capitalized words (``_capital_runs``) of the names ``sentence`` gives in a place slot, the outlet a
    speaker told left out ("told Sahel Dispatch": who was told, not where); cached, as ``spelled_keys`` and
    ``named_keys`` both read one event's sentence."""
    return tuple(w for n in slot_names(_TOLD_OUTLET.sub(" ", sentence)) for w in _capital_runs(n))


def named_keys(sentence: str, place_name: str | None, precision: str, placeless: bool,
               actor_names: tuple[str, ...], common: frozenset[str] = frozenset()) -> frozenset[str]:
    """Keys of the names a placeless or region-placed event's sentence gives in a place slot
    (``slot_names``) besides its place's and its actors' names ("Djibasso" in "JNIM said its fighters
    stormed the army post in Djibasso", and in "jihadists attacked a detachment in Djibasso, in the Boucle
    du Mouhoun region"); words in ``common`` (generic words for attackers) and pronouns key nothing. Two
    such sentences that name one unplaced town tell the same place as far as the sentences can
    (``identity.judge``). A capitalized word outside a place slot ("Reuters reported", "a Malian official
    said", "Christians", "Red Cross staff said") is no place: two same-day reports sharing one linked
    on it."""
    if not placeless and precision not in _COARSE:
        return frozenset()
    drop = {w.lower() for w in _NOT_NAMES | common}
    words = [w for w in _slot_words(sentence) if w.lower().rstrip("'\u2019s") not in drop and w.lower() not in drop]
    not_keys = {k for n in (place_name or "", *actor_names) for k in map(skeleton, _capital_runs(n) + [n]) if k}
    not_keys |= {k for n in actor_names for w in n.split() if (k := skeleton(w))}
    return frozenset(k for k in map(skeleton, words) if k and k not in not_keys)
