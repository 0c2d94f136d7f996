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
``footprint_quantities_v1``) sets ``doc._.fp_quantities``. The package reads
numbers and ranges in ``numbers``, what each counts in ``kinds`` and whose it
is in ``sides``; this module puts them together.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import ActorMention, Quantity
from .numbers import (
    APPROX, AT_LEAST, CHANGE_STEMS, LESS_THAN, MONTHS, MORE_THAN, UP_TO, VAGUE, _Num, find_numbers, _lower, _qualify,
)
from .kinds import (
    ABDUCT_CUES, ANIMAL_NOUNS, CAPACITY_CUES, CASUALTY_KINDS, CONTAINER_NOUNS, CLAUSE_OPENERS, DETAIN_CUES, DISPLACED_CUES,
    BUILDING_NOUNS, EQUIPMENT_NOUNS, FATAL_CUES, FREED, HELD_NOUNS, INJURED_CUES, KINDS, LIVES_LOST, LOSS_CUES,
    NAME_BEFORE, NUMBERING,
    OTHER_UNITS, PEOPLE_NOUNS, PERSONNEL_NOUNS, PHRASE_CUES, POSSESSIVE_MARKS, SENT_WORDS, _antecedent, _capacity_before, _cited,
    _counted_noun, _cue_kind, _cue_word, _listed_before, _noun_guess, _skip, doers, lives_lost,
)
from .sides import (
    CIVIL_EQUIPMENT, HOLD_LEMMAS, HOLD_VERBS, SIDE_TYPES, TRANSFER_VERBS, _side,
)

#: Everything the stage offers, whichever module of the package holds it.
__all__ = [
    "ABDUCT_CUES", "ANIMAL_NOUNS", "APPROX", "AT_LEAST", "BODY_NOUNS", "BUILDING_NOUNS", "CAPACITY_CUES",
    "CASUALTY_KINDS", "CHANGE_STEMS", "CIVIL_EQUIPMENT", "CONTAINER_NOUNS", "CLAUSE_OPENERS", "DETAIN_CUES", "DISPLACED_CUES",
    "EQUIPMENT_NOUNS", "FACTORY", "FATAL_CUES", "FREED", "HELD_NOUNS", "HOLD_LEMMAS", "HOLD_VERBS", "INJURED_CUES",
    "KINDS", "LESS_THAN", "LIVES_LOST", "LOSS_CUES", "MONTHS", "MORE_THAN", "NAME_BEFORE", "NUMBERING",
    "OTHER_UNITS", "PAIR_NOUNS", "PEOPLE_NOUNS", "PERSONNEL_NOUNS", "PHRASE_CUES", "QuantitiesComponent",
    "SENT_WORDS", "SIDE_TYPES", "SINGLE_PEOPLE", "TRANSFER_VERBS", "UP_TO", "VAGUE", "find_numbers",
    "find_quantities", "make_quantities",
]


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
    for raw in sorted(find_numbers(doc) + _both_numbers(words), key=lambda n: n.start):
        both = words[raw.num_start] == "both"
        num = raw if both else _qualify(words, raw)[0]
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
        if both:
            noun = _both_noun(words, num.end, noun) if unit == "personnel" else None
            if noun is None:
                continue
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
            if both and head == "them":
                head = "people"  # "both of them": two people named before
            lost_lives = lives_lost(words, cue_at)
            if cue is not None and words[cue_at] in LOSS_CUES and not lost_lives and not (
                    head in PERSONNEL_NOUNS | PEOPLE_NOUNS and cue_at < num.start and dist <= 3):
                cue = None  # "lost nine men" is a toll; "lost three helicopters", "lost ground" are not
            if head in BUILDING_NOUNS:
                continue
            if _capacity_before(words, num.start, s_lo):
                kind = "capacity"
            elif _cited(words, num.start, end, s_hi):
                kind, unit = "other", head or "people"  # "according to two officers"
            elif head in EQUIPMENT_NOUNS:
                kind, unit = "equipment", head  # seized tanks are equipment, never hostages
            elif head in ANIMAL_NOUNS or head in CONTAINER_NOUNS:
                kind, unit = "other", head  # stolen cattle, seized sacks of grain are no casualties
            elif cue == "displaced" and head in PERSONNEL_NOUNS:
                kind = "personnel"
            elif cue and cue != "displaced" and doers(doc, noun, cue_at):  # "20,000 people fled their homes": theirs
                # "Two gunmen on foot shot dead a trader": the attackers counted, not their victims
                kind, unit = ("personnel", unit) if head in PERSONNEL_NOUNS | PEOPLE_NOUNS or head is None else (
                    "other", head)
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
            if both and words[noun] == "them" and kind not in CASUALTY_KINDS:
                continue  # "both of them" may be two trucks: people only where a casualty verb strikes them
            if kind == "capacity" and head is not None:
                unit = "personnel" if head in PERSONNEL_NOUNS | PEOPLE_NOUNS else head
        if noun is not None and noun > num.start:
            last_noun = (s_lo, noun)
        span = doc[num.start:end]
        side = _side(doc, words, noun, end, actors, span.start_char, kind, num.end, num.start)
        out.append(Quantity(kind=kind, min=num.lo, max=num.hi, unit=unit, approximate=num.approximate,
                            text=span.text, start=span.start_char, end=span.end_char, side=side))
        extra = _listed_with(doc, words, num, noun, end) if kind in CASUALTY_KINDS and num.then is None else None
        if extra is not None:
            # "two militants and a constable were killed": the militants stay the militants' count, and the
            # list is a count of its own, three, of no one side
            added, start, end = extra
            span = doc[start:end]
            out.append(Quantity(kind=kind, min=num.lo + added, max=num.hi + added if num.hi is not None else None,
                                unit=unit, approximate=num.approximate, text=span.text, start=span.start_char,
                                end=span.end_char, side=None))
    out.extend(_single_casualties(doc, words, actors, out, sents, date_spans))
    return sorted(out, key=lambda q: q.start)


def _both_numbers(words: list[str]) -> list[_Num]:
    """Every "both" read as a number of two; ``_both_noun`` keeps those that count people."""
    return [_Num(i, i, i + 1, 2, 2, False) for i, w in enumerate(words) if w == "both"]


#: Nouns of bodies, not of people: "both forces" are two forces, not two men.
_COLLECTIVE = frozenset("forces personnel staff crew reinforcements troops troop".split())


def _plural_person(word: str) -> bool:
    return word[-1:] == "s" and word[:-1] in SINGLE_PEOPLE


def _both_noun(words: list[str], j: int, noun: int | None) -> int | None:
    """The people "both" ending before token ``j`` counts: "both men", "both of the guards", "both of them" (the
    pronoun), or None: "both sides", "both in Mali and Niger", and "both soldiers and civilians", where "both"
    pairs two groups and counts neither."""
    if words[j:j + 2] == ["of", "them"]:
        return j + 1
    if noun is None:  # a plural of one person's noun: "both drivers", "both of the nurses"
        k = j + 2 if words[j:j + 2] in (["of", "the"], ["of", "their"]) else j
        k += words[k:k + 1] in (["the"], ["their"])
        noun = k if k < len(words) and _plural_person(words[k]) else None
    if noun is None or words[noun] in _COLLECTIVE or not (
            words[noun] in PERSONNEL_NOUNS | PEOPLE_NOUNS or _plural_person(words[noun])):
        return None
    return None if words[noun + 1:noun + 2] in (["and"], ["or"], [","]) else noun


#: One person named by "a"/"an" right after a casualty verb: "killing a soldier", "abducted a nurse".
SINGLE_PEOPLE = frozenset("""soldier officer policeman policewoman gendarme civilian child woman man boy girl
    fighter militant peacekeeper journalist worker teacher student farmer herder trader driver passenger resident
    villager guard member person nurse doctor pupil chief imam priest official contractor instructor elder
    constable fisherman shepherd pilgrim motorist vendor merchant engineer activist lawyer mayor councillor
    baby infant teenager couple son daughter brother sister nephew niece cousin wife husband father mother uncle
    aunt""".split())


#: Words that name one person each when they open a listed victim: "killing the driver and a passenger".
ONE_PERSON_DETS = ("a", "an", "the", "his", "her", "their", "its")
#: Nouns of one person that count two: "wounding a married couple".
PAIR_NOUNS = frozenset({"couple"})
#: Nouns before "of a/the <person>" that tell a death: "the body of a herder was found".
BODY_NOUNS = frozenset("body corpse remains".split())
#: Auxiliaries between a single person and a passive casualty verb: "a nurse was wounded", "a guard has been shot".
_PASSIVE_AUX = frozenset("was were is has had been got later also".split())


def _age_end(doc: Doc, words: list[str], k: int) -> int:
    """The token after an age compound opening at ``k`` ("64-year-old", "a 7 - year - old"), else ``k``."""
    if k + 4 < len(doc) and doc[k].like_num and words[k + 1:k + 5] == ["-", "year", "-", "old"]:
        return k + 5
    return k


def _one_person(doc: Doc, words: list[str], i: int) -> int | None:
    """The person noun of "a/the (adjective) driver" opening at token ``i``, or None."""
    if i >= len(doc) or words[i] not in ONE_PERSON_DETS:
        return None
    lo = _age_end(doc, words, i + 1)
    # up to two modifiers: "a young shepherd", "a traffic police constable"
    noun = next((k for k in range(lo, min(lo + 3, len(doc))) if words[k] in SINGLE_PEOPLE), None)
    if noun is None or any(not doc[k].is_alpha or words[k] in _NOT_MODIFIERS for k in range(lo, noun)):
        return None
    if noun + 1 < len(doc) and words[noun + 1] in POSSESSIVE_MARKS:
        return None  # "seized the driver's licence": the person owns the thing struck
    return noun


#: Words that end a single person's noun phrase before its noun: "a car and a driver" is no "car ... driver".
_NOT_MODIFIERS = frozenset("""and or of the a an with who which that was were is are has had in at on to by from for
    as after before near""".split())
#: Verbs whose subject is the one who died: "a shepherd died", never "a soldier killed two men".
_DEATH_VERBS = frozenset("died dies perished succumbed".split())


def _passive_cue(words: list[str], noun: int, s_hi: int) -> str | None:
    """The casualty kind of a passive right after a single person ("a health worker was killed", "a nurse was
    reportedly abducted", "a guard got shot"), or of a death told of that person ("a shepherd died", "a guard
    lost his life")."""
    k = noun + 1
    if k < s_hi and (words[k] in _DEATH_VERBS or lives_lost(words, k)):
        return "fatalities"
    if k >= s_hi or words[k] not in ("was", "is", "has", "had", "got"):
        return None
    while k < s_hi and k < noun + 4 and (words[k] in _PASSIVE_AUX or _adverb(words[k])):
        k += 1
    if k >= s_hi:
        return None
    kind, _ = _cue_word(words, k)
    return kind if kind not in (None, "displaced") and words[k] not in LOSS_CUES else None


def _adverb(word: str) -> bool:
    """An adverb between an auxiliary and its verb: "was reportedly killed", "was badly wounded"."""
    return len(word) > 4 and word.endswith("ly") and word.isalpha()


#: Verbs whose presence before "and a nurse was wounded" makes that a clause of its own, not a list's tail.
_CLAUSE_VERBS = frozenset("was were is are has have had".split())


def _clause_before(words: list[str], s_lo: int, j: int) -> bool:
    """Whether tokens s_lo..j hold a verb: "a soldier was killed and ..." is a clause, "two militants and" a list."""
    return any(w in _CLAUSE_VERBS or _cue_word(words, k)[0] is not None
               for k, w in enumerate(words[s_lo:j], start=s_lo))


def _single_casualties(doc: Doc, words: list[str], actors: list[ActorMention], counted: list[Quantity],
                       sents: list[tuple[int, int]], date_spans: list[tuple[int, int]]) -> list[Quantity]:
    out = []
    for i in range(len(doc) - 1):
        if words[i] not in ONE_PERSON_DETS:
            continue
        noun = _one_person(doc, words, i)
        if noun is None:
            continue
        a, b = doc[i].idx, doc[noun].idx + len(doc[noun])
        if any(q.start < b and a < q.end for q in counted) or any(s < b and a < e for s, e in date_spans):
            continue  # "a couple of villagers" is counted as a number already; "a couple of days ago" is a time
        s_lo, s_hi = next(((a, b) for a, b in sents if a <= i < b), (0, len(doc)))
        kind, size = _cue_word(words, i - 1) if i else (None, 0)
        passive = False
        if kind is not None and size == 1 and words[i - 1] in ("death", "toll", "deaths", "casualties", "dead"):
            kind = None
        if kind is None and i >= 2 and _cue_word(words, i - 2)[1] == 2:
            kind = _cue_word(words, i - 2)[0]  # a cue of two words: "took away a nurse", "gunned down a trader"
        if kind is None and i >= 2 and words[i - 1] == "of" and words[i - 2] in BODY_NOUNS:
            kind = "fatalities"  # "the body of a fisherman"
        if kind is None:
            kind, passive = _passive_cue(words, noun, s_hi), True
        if kind is None:
            continue
        # people listed one by one after the verb are counted together ("the driver and a passenger" is two);
        # a lone definite person ("killing the driver") may be one counted already: it counts only where its
        # sentence counts no one else struck the same way
        count, last = (2 if words[noun] in PAIR_NOUNS else 1), noun
        while not passive and last + 2 < len(doc):
            last = _of_phrase_end(doc, words, last)  # "a member of a peace committee and his nephew"
            if last + 2 >= len(doc) or words[last + 1] not in ("and", ","):
                break
            nxt = _one_person(doc, words, last + 2)
            if nxt is None:
                break
            count, last = count + (2 if words[nxt] in PAIR_NOUNS else 1), nxt
        if passive and i > s_lo and words[i - 1] in ("and", ",") and not _clause_before(words, s_lo, i - 1):
            continue  # "two militants and a constable was killed": the last of a list, not one alone
        sent = doc[s_lo:s_hi]
        if count == 1 and words[i] not in ("a", "an") and any(
                q.kind == kind and sent.start_char <= q.start < sent.end_char for q in counted):
            continue
        span = doc[i:last + 1]
        side = _side(doc, words, noun, noun + 1, actors, span.start_char, kind, i + 1, i)
        out.append(Quantity(kind=kind, min=count, max=count, unit="personnel", approximate=False, text=span.text,
                            start=span.start_char, end=span.end_char, side=side))
    return out


def _listed_with(doc: Doc, words: list[str], num: _Num, noun: int | None,
                 end: int) -> tuple[int, int, int] | None:
    """Single people listed with a counted noun in one phrase: (how many, first token, token after the last), or
    None. "two militants and a police constable", "the driver and two passengers": the list is a count of its
    own; the single person's own reading stands aside for it (``_single_casualties``)."""
    if noun is None or noun < num.start or end != noun + 1:
        return None
    added, last = 0, noun
    while last + 2 < len(doc) and words[last + 1] == "and":  # a comma may open the speaker: "seven men, an official said"
        nxt = _one_person(doc, words, last + 2)
        if nxt is None:
            break
        added, last = added + (2 if words[nxt] in PAIR_NOUNS else 1), _of_phrase_end(doc, words, nxt)
    start = num.start
    if start >= 3 and words[start - 1] == "and" and words[start - 2] in SINGLE_PEOPLE:
        first = next((i for i in range(max(0, start - 5), start - 2) if _one_person(doc, words, i) == start - 2),
                     None)
        if first is not None:  # "killing the driver and two passengers"
            added, start = added + 1, first
    return (added, start, last + 1) if added else None


def _of_phrase_end(doc: Doc, words: list[str], noun: int) -> int:
    """The last token of a short "of" phrase that names what a person belongs to ("a member of a local peace
    committee"), so that a person listed after it ("and his nephew") is counted with them; ``noun`` if none."""
    if noun + 2 >= len(doc) or words[noun + 1] != "of":
        return noun
    k = noun + 2
    while k < min(noun + 7, len(doc)) and doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN") and words[k] not in (
            "and", "or"):
        k += 1
    return k - 1 if k > noun + 2 and doc[k - 1].pos_ in ("NOUN", "PROPN") else noun


def _date_spans(doc: Doc) -> list[tuple[int, int]]:
    timexes = doc._.fp_timexes if Doc.has_extension("fp_timexes") and doc._.fp_timexes else []
    # durations and sets too: "several days", "two weeks" measure time, they count nothing
    return [(t.start, t.end) for t in timexes if getattr(t, "type", "DATE") in ("DATE", "TIME", "DURATION", "SET")]


class QuantitiesComponent:
    def __call__(self, doc: Doc) -> Doc:
        from .. import nlp as nlp_mod

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
