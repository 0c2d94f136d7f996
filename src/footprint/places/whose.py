"""Names that say who, not where the event was: a town's name before a noun of its people ("Luba youths") or of its
offices ("Marvo police"), and the place where the wounded were treated or the dead buried. Text alone; the event's
place choice (``locate.event_location``) passes such names over when the sentence names another place."""

from __future__ import annotations

import re

from ..model import PlaceMention

#: a locative word just before a name: the name is where, whatever noun follows it
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|inside|into|from|to)\s+(?:the\s+)?$", re.I)


#: plural (and collective) nouns of people that a people's or community's name modifies ("Luba youths", "Twa
#: militiamen", "Fulani herders"); "residents" of a town are its people, and are not here
GROUP_NOUNS = frozenset(
    """youths militiamen militia militias herders herdsmen fighters hunters warriors elders clans""".split()
)
_GROUP_AFTER = re.compile(r"[ \t]+(" + "|".join(sorted(GROUP_NOUNS, key=len, reverse=True)) + r")\b")


def community(text: str, m: PlaceMention) -> bool:
    """A town's name right before a noun of people ("Luba youths attacked … in Manono"): where the sentence
    names another place, the name says who (a people, a community), and the town of that name says nothing of
    where. The mention stays a place for the geoparser; only the event's place passes it over."""
    return m.kind == "literal" and m.place.precision == "town" and _GROUP_AFTER.match(text, m.end) is not None


#: nouns of a town's own offices ("Marvo police", "Kelby officials"): the name says whose police, not where the
#: police acted, once the sentence names another town or finer place
OFFICE_NOUNS = frozenset(
    """police policemen gendarmes gendarmerie officials authorities governor mayor prefect council councillors
    administration""".split()
)
_OFFICE_AFTER = re.compile(r"[ \t]+(" + "|".join(sorted(OFFICE_NOUNS, key=len, reverse=True)) + r")\b")


def office(text: str, m: PlaceMention) -> bool:
    """A town's name right before a noun of its offices, the name not after a locative word ("in Marvo police
    custody" keeps Marvo)."""
    return m.kind == "literal" and m.place.precision == "town" and _OFFICE_AFTER.match(text, m.end) is not None \
        and _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start) is None


#: where the wounded were treated, the dead kept or buried: "died in hospital in X", "evacuated to X", "the morgue
#: of X", "buried in X", "buried together in X" (an adverb between). Such a place is far from the attack as often
#: as not
_TREATED_BEFORE = re.compile(
    r"\b(?:(?:hospitals?|clinics?|health\s+(?:centre|center|post)|morgue|mortuary|cemetery|graveyard)"
    r"\s+(?:in|at|of)"
    r"|(?:evacuated|airlifted|flown|transferred|rushed|taken|brought|buried|laid\s+to\s+rest|treated|admitted)"
    r"\s+(?:(?:together|jointly|later|quickly|immediately|urgently|then|there)\s+)?"
    r"(?:(?:to|in|at)\s+(?:a\s+|the\s+)?(?:hospital|clinic)\s+)?(?:to|in|at))\s+(?:the\s+)?$",
    re.I,
)


def treated_at(text: str, m: PlaceMention) -> bool:
    """``m`` names where the wounded were treated or the dead buried, not where the violence was."""
    return _TREATED_BEFORE.search(text, max(0, m.start - 60), m.start) is not None
