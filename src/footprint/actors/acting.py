"""A state acting: a government or a country that is the subject of a military action ("the junta launched an
offensive", "Bamako deployed troops") stands for its armed forces, and troops with no determiner are the forces of the
state that sent them ("Chad deployed 1,000 troops")."""

from __future__ import annotations

from spacy.tokens import Doc

from . import lexicon as lx
from .matcher import Found
from .registry import Registry, normalize_tokens
from ..nlp import doc_parsed

#: A state's ruling bodies: the government whatever they do, also as the actor of a military act (the annotation
#: rules), so they never stand for its forces.
_RULING_HEADS = frozenset("government governments authorities junta juntas regime administration rulers state".split())
#: Verbs that are a military action by themselves, whatever their object.
_MILITARY_VERBS = frozenset("bomb bombard shell invade airstrike strafe recapture retake".split())
#: Verbs that are one with a military object: "launched an offensive", "carried out air strikes".
_ACTION_VERBS = frozenset("launch conduct carry mount stage begin start intensify step escalate resume wage unleash "
                          "fire".split())
_ACTION_OBJECTS = frozenset("""offensive counteroffensive attack strike airstrike raid assault bombardment shelling
    bombing incursion sortie missile rocket drone shell barrage salvo volley""".split())
#: "a military operation", "a counterterrorism operation": an operation is military only with such a word.
_OPERATION_WORDS = frozenset("""military counterterrorism counter-terrorism counterinsurgency counter-insurgency ground
    air security clearance combat""".split())
#: Verbs whose complement is the action itself: "began shelling", "continued to bomb".
_ASPECT_VERBS = frozenset("begin start continue resume keep".split())
#: Verbs that move forces: "deployed troops", "sent reinforcements".
_DEPLOY_VERBS = frozenset("deploy redeploy send dispatch station mass mobilise mobilize".split())
_DEPLOY_OBJECTS = frozenset("""troop soldier force unit tank jet warplane drone reinforcement army military contingent
    battalion brigade helicopter gunship artillery commando paratrooper""".split())
#: "struck rebel positions", not "struck a deal".
_STRIKE_NOT = frozenset("deal agreement accord bargain compromise pact tone note balance chord chord".split())
_STRIKE_VERBS = frozenset({"strike", "attack", "hit", "pound", "target"})
#: What "attacked"/"hit" must be aimed at to be a military action ("the junta attacked the press" is not).
_MILITARY_TARGETS = frozenset(lx.FORCE_POSTS | set("""position convoy fighter rebel militant jihadist insurgent
    stronghold hideout target town village city base camp post outpost""".split()))


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def _acting_forces(f: Found, doc: Doc, reg: Registry) -> Found:
    """ "Mali deployed troops", "the French carried out air strikes": a state's name or its people as the subject
    (or passive agent) of a military action stands for its armed forces. A ruling body ("the junta launched an
    offensive", "the regime shelled") stays the government whatever it does, and so does a capital or a seat of
    government ("Bamako deployed troops"), as the annotation rules code them."""
    if not doc_parsed(doc):
        return f
    span = doc[f.start:f.end]
    head = span.root
    if head.lower_ in _RULING_HEADS:
        return f
    if not (f.actor.type == "country" or (f.metonymy and _names_country(span, reg))):
        return f
    while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "Mali and Burkina Faso launched ...": the first conjunct is the subject
    if head.dep_ == "nsubj":
        verb = head.head
    elif head.dep_ == "pobj" and head.head.dep_ == "agent":
        verb = head.head.head  # "rebel positions were shelled by the government"
    else:
        return f
    if not _military_action(verb):
        return f
    forces = reg.get(f"armed_forces.{f.actor.country.lower()}")
    if forces is None:
        return f
    return Found(f.start, f.end, forces, via=f.via, metonymy=True)


def _names_country(span, reg: Registry) -> bool:
    """Whether the words are a country's name ("Mali", "Burkina Faso"), not its capital or seat."""
    keys = normalize_tokens(span.text)[0]
    return any(kind == "name" for _, kind, _ in reg.country_terms.get(keys, ()))


def _military_action(verb) -> bool:
    lemma = _lemma(verb)
    if verb.pos_ not in ("VERB", "AUX", "") and verb.dep_ not in ("ROOT", "conj", "advcl", "ccomp", "relcl"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "the junta did not launch an offensive": it stays the one that denies it
    if lemma in _MILITARY_VERBS:
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    # "began shelling": the action is the verb's complement; never after "denied sending", "refused to deploy"
    if lemma in _ASPECT_VERBS:
        objects += [c for c in verb.children if c.dep_ == "xcomp"]
    for o in objects:
        ol = _lemma(o)
        if o.dep_ == "xcomp":
            if _military_action(o):
                return True
            continue
        if lemma in _ACTION_VERBS:
            if ol in _ACTION_OBJECTS:
                return True
            if ol == "operation" and any(_lemma(c) in _OPERATION_WORDS for c in o.children
                                         if c.dep_ in ("amod", "compound")):
                return True
        if lemma in _DEPLOY_VERBS and ol in _DEPLOY_OBJECTS:
            return True
        if lemma in _STRIKE_VERBS and ol not in _STRIKE_NOT and (lemma == "strike" or ol in _MILITARY_TARGETS):
            return True
    return False


def _sender(f: Found, doc: Doc, explicit: dict[int, list[Found]]) -> str | None:
    """The country whose state is the subject of the verb that has these forces as its object."""
    if not doc_parsed(doc):
        return None
    tok = doc[f.end - 1]
    if tok.dep_ != "dobj":
        return None
    for subj in tok.head.children:
        if subj.dep_ != "nsubj":
            continue
        for start in range(subj.left_edge.i, subj.i + 1):
            for e in explicit.get(start, ()):
                if e.actor is not None and e.actor.country and e.actor.type in ("country", "government") \
                        and e.start <= subj.i < e.end:
                    return e.actor.country
    return None
