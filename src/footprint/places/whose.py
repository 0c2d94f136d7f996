"""Names that say who, not where the event was: a town's name before a noun of its people ("Luba youths") or of its
offices ("Marvo police"), and the place where the wounded were treated or the dead buried (text alone); a country
that modifies a noun ("US forces"), is the party of an agreement ("a deal with Russia") or the object of a verb of
accusing ("accusing Washington of …") (the parse). The event's place choice (``locate.event_location``) passes such
names over."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..model import PlaceMention
from ..nlp import doc_parsed
from .spans import span_of

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


def country_root(doc: Doc, m: PlaceMention, *, capital: bool = False):
    """The head token of a literal country mention in a parsed Doc (None otherwise); with ``capital``, of a
    national capital's mention too."""
    if m.kind != "literal" or not doc_parsed(doc) or not (
            m.place.precision == "country" or (capital and m.place.feature == "P.PPLC")):
        return None
    span = span_of(doc, m.start, m.end)
    return None if span is None else span.root


def modifier(doc: Doc, m: PlaceMention) -> bool:
    """A country name used as an adjective ("three US soldiers", "the US military"): it says whose, not where."""
    root = country_root(doc, m)
    if root is None:
        return False
    # "French and US forces": a later item of a list modifies the noun the list's first item modifies
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ in {"NOUN", "PROPN"} \
        and root.head.i > root.i


#: nouns and verbs whose "with X" names a party, not a place: "an agreement with the United States"
PARTY_WORDS = frozenset(
    """agreement agreements deal deals accord accords pact treaty talks negotiations negotiation partnership
    alliance memorandum ties relations cooperation dialogue contract sign negotiate agree ally cooperate
    meet""".split()
)


def party(doc: Doc, m: PlaceMention) -> bool:
    """A country that is the other party of an agreement or talks ("signed a deal with the United States",
    "talks with Russia"): it says with whom, not where."""
    root = country_root(doc, m)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "with":
        return False
    head = root.head.head
    # "ended cooperation agreements with the EU and, in March, with the United States": the parser hangs a
    # "with" set off by commas on the verb whose object is the agreement
    return head.lemma_.lower() in PARTY_WORDS or (head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in PARTY_WORDS for c in head.children))


#: verbs whose object is addressed, judged or pressed: "accusing Washington of …", "urged Paris to …"; a country
#: or its capital there is its government, not where anything happened
ADDRESS_VERBS = frozenset(
    """accuse blame urge criticise criticize condemn warn thank praise summon sanction pressure lobby
    implore reproach denounce""".split()
)


def addressed(doc: Doc, m: PlaceMention) -> bool:
    """A country or national capital that is the object of a verb of accusing, urging or condemning ("accusing
    Washington of a condescending attitude"): it names a government, as the verb's subject would."""
    root = country_root(doc, m, capital=True)
    return root is not None and root.dep_ == "dobj" and root.head.lemma_.lower() in ADDRESS_VERBS
