"""Argument phrases and the actors they name.

An argument token names a phrase (its subtree without clauses and conjuncts); these helpers find the phrase's
extent, tell whether its head names people or a thing, and make ``EventActor`` records from a mention or a word.
``roles.assign`` puts them together.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span, Token

from ..model import ActorMention, EventActor
from ..nlp import doc_text
from .arguments import temporal
from .syntax import agents, children, lem, noun_keys, prep_objects, with_conjuncts
from .vocabulary import CARRIERS, CARRY_VERBS, Lexicon, lexicon


CUT = {"conj", "cc", "relcl", "acl", "advcl", "punct", "ccomp", "parataxis"}
#: Prepositions that only say where the phrase's head is: "gunmen near Djibo" names no actor Djibo.
LOCATIVE = frozenset("""in on near at outside around inside across along into towards toward through within throughout
    beside behind beyond""".split())
PEOPLE_CLASSES = ("civilian", "force", "armed_agent", "crowd", "analyst", "institution", "person", "leader")
#: "hundreds of women", "a group of fighters": the people are named after "of"
QUANTIFIERS = {"hundred", "thousand", "dozen", "score", "group", "number", "crowd", "band", "handful", "hundreds",
               "thousands", "dozens", "scores", "element", "elements"}
#: Quantifiers that name a body acting as one: "a crowd of residents" acts as the crowd.
CROWD_BODIES = frozenset({"crowd", "mob"})


def phrase(tok: Token, *, doers: bool = True) -> list[Token]:
    """The tokens of ``tok``'s phrase, stopping at clauses and conjuncts; without ``doers``, also at a "by"
    on a noun (a target "women by soldiers": the parser hung the doer on the victims)."""
    out = [tok]
    stack = [c for c in tok.children if _kept(c, doers)]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if _kept(c, doers))
    return sorted(out, key=lambda t: t.i)


#: People named by where they live: "residents of Beledweyne" names no actor Beledweyne.
RESIDENTS = frozenset({"resident", "inhabitant", "villager", "citizen", "people", "population", "townspeople",
                       "dweller", "native"})


def _kept(c: Token, doers: bool = True) -> bool:
    if c.dep_ == "prep" and c.lower_ == "of" and lem(c.head) in RESIDENTS:
        return False
    if c.dep_ in ("conj", "cc") and c.head.dep_ == "pobj" and c.head.head.lower_ == "of":
        return True  # "representatives of the army and the RSF": the list after "of" is one phrase
    # "a journalist critical of the junta", "villagers opposed to the group": what an adjective after the
    # noun is about is no part of who the noun is ("loyal to X", "linked to X" are: LINK_WORDS)
    if c.dep_ == "prep" and c.head.pos_ == "ADJ" and c.head.dep_ == "amod" and c.head.i > c.head.head.i and (
            c.head.lower_ not in LINK_WORDS):
        return False
    if not doers and c.dep_ == "prep" and c.lower_ == "by" and c.head.pos_ in ("NOUN", "PROPN"):
        return False
    if c.dep_ == "prep" and any(temporal(o) for o in c.children if o.dep_ == "pobj"):
        return False  # "a convoy of the mission on the anniversary of the coup": when, not who
    return c.dep_ not in CUT and not (c.dep_ == "prep" and c.lower_ in LOCATIVE)


def mentions_in(toks: list[Token], mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that share a character with one of ``toks``: a token starts inside the mention, or the
    mention starts inside a token. Bisection over the tokens' offsets: a phrase of a long sentence is long."""
    if not toks:
        return []
    spans = sorted((t.idx, t.idx + len(t.text)) for t in toks)
    starts = [a for a, _ in spans]
    out = []
    for m in mentions:
        k = bisect.bisect_left(starts, m.start)
        if (k < len(starts) and starts[k] < m.end) or (
                (j := bisect.bisect_right(starts, m.start) - 1) >= 0 and spans[j][1] > m.start):
            out.append(m)
    return out


def _modifiers(tok: Token) -> list[Token]:
    """The words before a noun that say what it is, with their own modifiers: "bomb disposal squad",
    "government-aligned troops", "women's groups" (a possessor that is a common noun, not "its")."""
    out: list[Token] = []
    for c in tok.children:
        if c.i < tok.i and (c.dep_ in ("compound", "amod", "nmod") or (c.dep_ == "poss" and c.pos_ == "NOUN")):
            out += [t for t in c.subtree if t.i < tok.i and t.dep_ not in ("det", "predet", "nummod")]
    return out


#: Bodies named by the groups they gather: "a coalition of armed movements", "an alliance of militias".
BODY_NOUNS = frozenset({"coalition", "alliance", "federation", "confederation", "platform",
                        "collective", "grouping"})


def compact(tok: Token) -> tuple[str, int, int]:
    """Head noun with its modifiers: "armed men", "suspected cattle rustler"."""
    toks = [tok] + _modifiers(tok)
    for p in tok.children:
        # "men in uniform", "members of X"; "supporters in Dakar" are only where they are
        if p.dep_ == "prep" and p.lower_ in ("in", "of") and p.i == tok.i + 1:
            objs = [o for o in p.children if o.dep_ == "pobj"]
            # "men in uniform" is who they are; "a man in Bryansk" only where he is (a name after "in" is a place)
            dress = p.lower_ == "in" and objs and objs[0].pos_ == "NOUN" and not objs[0].ent_type_
            # "a coalition of armed movements": a body named by what it gathers
            body = p.lower_ == "of" and lem(tok) in BODY_NOUNS and objs and objs[0].tag_ in ("NNS", "NNPS")
            if objs and ((lem(tok) == "man" and (dress or p.lower_ == "of")) or body or (
                    p.lower_ == "of" and lem(tok) in ("member", "supporter", "leader"))):
                toks += [p] + phrase(objs[0])
    toks.sort(key=lambda t: t.i)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return tok.doc[toks[0].i : toks[-1].i + 1].text, start, end


#: Things, not people: equipment, vehicles and formations of them. With the lexicon's base, weapon, place and
#: property classes they never make an unknown actor ("the drones arrived", "an earlier convoy was attacked");
#: their owner is an actor only when the text names it ("Turkish drones", "a Nigerien patrol").
EQUIPMENT = frozenset("""vehicle truck lorry pickup car motorcycle motorbike tank aircraft plane airplane jet warplane
    helicopter gunship drone uav boat ship vessel convoy column fleet batch shipment delivery system""".split())
THING_CLASSES = ("base", "weapon", "place", "property")
#: Words for groups of people that the property and place classes also hold: kept as people.
PEOPLE_GROUPS = frozenset({"crowd", "community", "family", "household", "congregation", "population"})
#: Words that name a person only by the body they belong to: "a member of the village council".
MEMBER_WORDS = frozenset({"member"})
#: Places where people are, kept out of targets as actors (the people there are named when they count).
GATHERINGS = frozenset({"wedding", "gathering", "funeral", "market", "dozen", "hundred"})


def _key(tok: Token) -> str:
    """The lemma; for a capitalised plural the parser took for a name ("Gendarmes detained ..."), the
    singular common noun."""
    key = lem(tok)
    if tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and key == tok.lower_ and key.endswith("s"):
        return key[:-1]
    return key


#: Words for a body of people that say whose only by a force word before them: "a police party", "an army team".
FORCE_GROUPS = frozenset({"party", "team", "escort", "delegation", "section", "platoon", "company", "crew"})


def names_people(tok: Token, lex: Lexicon) -> bool:
    """Whether a noun names a person or a group of people (never equipment, a place or a building)."""
    key = _key(tok)
    if key in PEOPLE_GROUPS or key in MEMBER_WORDS:
        return True
    if key in EQUIPMENT or key in GATHERINGS or any(key in lex.classes.get(c, ()) for c in THING_CLASSES):
        # "European countries", "the state": a place word that also names an institution acts as one
        if not (key in lex.classes.get("place", ()) and key in lex.classes.get("institution", ())
                and key not in lex.classes.get("property", ())):
            return False
    if tok.lower_ in EQUIPMENT:
        return False
    # "intelligence services", "air defences": a two-word entry of a people class; "a police party", "an army
    # team": a group named by the force it is of
    keys = [key] + noun_keys(tok)[1:]
    if any(k in lex.classes.get(c, ()) for k in keys for c in PEOPLE_CLASSES):
        return True
    if key in FORCE_GROUPS and any(c.dep_ == "compound" and c.i < tok.i and c.pos_ == "NOUN" and lem(c) in lex.classes.get(
            "force", ()) and not any(lem(c) in lex.classes.get(k, ()) for k in THING_CLASSES) for c in tok.children):
        return True
    return tok.ent_type_ in ("NORP", "ORG", "PERSON")


#: Participles that name who holds a thing: "a convoy escorted by army units", "positions held by the group".
HOLD_VERBS = frozenset("""escort guard man hold use operate control occupy run own carry belong""".split())



def carried(thing: Token, lex: Lexicon) -> list[Token]:
    """The people inside a vehicle, convoy, boat or building that was hit: "a convoy of engineers", "a tricycle
    transporting traders", "a bus carrying pilgrims". Hitting the thing hits them, so they are its targets."""
    key = lem(thing)
    if not (key in EQUIPMENT or key in CARRIERS or thing.lower_ in EQUIPMENT or any(
            key in lex.classes.get(c, ()) for c in ("base", "property"))):
        return []
    out = [t for t in prep_objects(thing, "of") if t.pos_ in ("NOUN", "PROPN") and names_people(t, lex)]
    for c in thing.children:
        if c.dep_ in ("acl", "relcl", "amod") and c.i > thing.i and lem(c) in CARRY_VERBS:
            out += [o for o in children(c, "dobj") if o.pos_ in ("NOUN", "PROPN") and names_people(o, lex)]
    return with_conjuncts(out)


def holders(tok: Token) -> list[Token]:
    """The agents of a participle on ``tok`` that says who holds it ("escorted by X", "belonging to X")."""
    out: list[Token] = []
    # "the convoy of 150 trucks, escorted by ...": the participle may hang on the counted things
    for c in [k for t in [tok] + prep_objects(tok, "of") for k in t.children]:
        if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and lem(c) in HOLD_VERBS:
            out += with_conjuncts(agents(c) + (prep_objects(c, "to") if lem(c) == "belong" else []))
        elif c.dep_ == "acl" and lem(c) == "belong":
            out += with_conjuncts(prep_objects(c, "to"))
    if lem(tok) in EQUIPMENT and not out:
        # "a kamikaze drone of the occupiers", "helicopters of the air force": the force the machine is of
        lex = lexicon()
        out += [o for o in with_conjuncts(prep_objects(tok, "of")) if o.pos_ == "NOUN" and lem(o) not in EQUIPMENT and (
            lex.in_class(lem(o), "force") or lex.in_class(lem(o), "armed_agent"))]
    return out


def generic_actor(tok: Token, role: str, lex: Lexicon) -> EventActor | None:
    """A phrase with no known actor whose head names people: kept as found ("gunmen", "villagers")."""
    if tok.pos_ not in ("NOUN", "PROPN") or not names_people(tok, lex):
        return None
    return word_actor(tok, role)


def word_actor(tok: Token, role: str) -> EventActor:
    """An unnamed actor kept as the words of ``tok`` with its modifiers ("police", "air force")."""
    text, start, end = compact(tok)
    return EventActor(name=text, role=role, text=text, start=start, end=end)


#: "X-backed", "X-led": the words after a hyphen that make X a supporter of the noun they modify.
BACKER_WORDS = frozenset("backed led aligned allied linked affiliated sponsored supported funded armed trained".split())


_HYPHEN_WORD = re.compile("[-\u2010\u2011] ?([A-Za-z]+)")


def backer(m: ActorMention, sent: Span) -> bool:
    doc = sent.doc
    hit = _HYPHEN_WORD.match(doc_text(doc), m.end)
    return bool(hit) and hit.group(1).lower() in BACKER_WORDS


def to_actor(m: ActorMention, role: str) -> EventActor:
    return EventActor(name=m.name, role=role, text=m.text, id=m.actor_id, wikidata=m.wikidata, type=m.type,
                      country=m.country, start=m.start, end=m.end)


def inferred_actor(actor_id: str, role: str, text: str, start: int, end: int) -> EventActor | None:
    """The registry entry ``actor_id`` in ``role``, written with the words it is read from (``text`` at
    ``start:end``), marked ``inferred``; None when the registry has no such entry."""
    from ..actors.registry import registry

    actor = registry().get(actor_id)
    if actor is None:
        return None
    return EventActor(name=actor.name, role=role, text=text, id=actor.id, wikidata=actor.wikidata, type=actor.type,
                      country=actor.country, start=start, end=end, inferred=True)


#: Participles and adjectives that make people members of an organisation: "insurgents linked to the
#: Islamic State", "fighters affiliated with JNIM", "militiamen loyal to the general".
LINK_WORDS = frozenset({"link", "linked", "affiliate", "affiliated", "ally", "allied", "loyal", "tie", "tied",
                        "connect", "connected", "associate", "associated", "attach", "attached", "belong"})
