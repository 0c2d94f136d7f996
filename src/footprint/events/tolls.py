"""Casualties told apart from their attack: in a clause or a sentence of their own after it ("Nine soldiers were
wounded and evacuated", "Three passengers died."). They are the attack's numbers, not an event of their own."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..model import Quantity
from .syntax import TOLL_LEMMAS, lem, own_words

#: Entity labels that give a clause a day or a place of its own: told so, casualties are news of their own.
ANCHOR_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
#: Quantity kinds a sentence of casualties counts.
TOLL_KINDS = frozenset({"fatalities", "injured"})
#: Verbs that tell a casualty with no one doing it ("died"): no trigger of their own.
DEATH_LEMMAS = frozenset({"die"})
#: Words that keep a death from being told ("may die", "did not die", "no one died").
UNTOLD = frozenset({"not", "n't", "never", "no", "may", "might", "could", "would", "will", "should", "can"})
#: Causes of a death ("died of his wounds", "died from injuries") that keep it a toll of violence; any other cause
#: told with "of" or "from" (a disease, hunger, cold, an accident) is a death of its own.
VIOLENT_CAUSES = frozenset({"wound", "injury", "gunshot", "bullet", "shot", "shrapnel", "blast", "explosion", "attack",
                            "bomb", "bombing", "strike", "shelling", "stab", "burn", "beating", "torture", "ambush"})
#: Words that say how a cause is told before naming it ("died as a result of", "from complications of").
CAUSE_LINKS = frozenset({"result", "consequence", "complication", "effect"})
#: Sentence openers that turn to other news ("Meanwhile, twelve people died of cholera"): no attack's toll.
ASIDE_OPENERS = frozenset({"meanwhile", "separately", "elsewhere"})
#: "In a separate incident", "in an unrelated development".
ASIDE_WORDS = frozenset({"separate", "unrelated", "different"})


def casualty_detail(tok: Token, actor_toks, actors, *, own_clause: bool = False) -> bool:
    """"Nine soldiers were wounded and evacuated", "about 30 people had been wounded": casualties with no
    author, date or place of their own, told after an attack, are that attack's numbers."""
    if tok.pos_ not in ("VERB", "AUX") or lem(tok) not in TOLL_LEMMAS or actor_toks:
        return False
    if lem(tok) != "die" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) and tok.dep_ != "conj":
        return False
    if any(c.dep_ == "agent" for c in tok.children) or any(a.role == "actor" for a in actors):
        return False
    # ``own_clause``: only the verb's own words count, not those of a clause the parser hung below it (the
    # attack itself, "a drone struck a truck on 12 September; the driver was killed")
    words = own_words(tok) if own_clause else tok.subtree
    return not any(t.ent_type_ in ANCHOR_LABELS for t in words)


def bare_toll(sent: Span, quantities: list[Quantity]) -> list[Quantity]:
    """The casualties a sentence with no event of its own counts when its verb is a death with no day or place of
    its own ("Three passengers died.", "He died and eleven traders were wounded."): told after an attack, they are
    its toll. A death still to come or denied counts none."""
    counted = [q for q in quantities if q.kind in TOLL_KINDS]
    if not counted:
        return []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or lem(tok) not in DEATH_LEMMAS or tok.dep_ not in ("ROOT", "conj"):
            continue
        if any(c.lower_ in UNTOLD for c in tok.children) or any(
                c.lower_ == "no" for s in tok.children if s.dep_ == "nsubj" for c in s.subtree):
            return []
        if any(t.ent_type_ in ANCHOR_LABELS for t in own_words(tok)):
            return []
        if _aside(sent) or other_cause(tok):
            return []
        return counted
    return []


def _aside(sent: Span) -> bool:
    """A sentence that opens on other news ("Meanwhile, …", "Separately, …", "In a separate incident, …")."""
    words = [t.lower_ for t in sent if not t.is_punct][:4]
    if not words:
        return False
    return words[0] in ASIDE_OPENERS or (words[0] == "in" and any(w in ASIDE_WORDS for w in words[1:]))


def other_cause(tok: Token, links=("of", "from"), violent: frozenset[str] = VIOLENT_CAUSES) -> bool:
    """A death told with a cause that is no wound or attack ("died of cholera", "died from the cold"): the objects
    of ``tok``'s prepositions in ``links``, none of whose words is ``violent``."""
    causes = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in links
              for o in p.children if o.dep_ == "pobj"]
    # "as a result of hunger": the cause is named after the link word
    causes += [o for p in tok.children if p.dep_ == "prep" for x in p.children if x.dep_ == "pobj" and lem(x) in CAUSE_LINKS
               for q in x.children if q.dep_ == "prep" and q.lower_ == "of" for o in q.children if o.dep_ == "pobj"]
    causes = [c for c in causes if lem(c) not in CAUSE_LINKS]
    if not causes:
        return False
    return not any(lem(t) in violent for c in causes for t in c.subtree)


#: Types that tell who holds a place after the fighting.
CAPTURE_TYPES = frozenset({"territory_regained", "territory_overtaken"})


def toll_of_capture(capture, other) -> bool:
    """"Troops recaptured the town and killed 17 militants": the killing is the toll of the capture, which keeps
    its type (what the fight changed) whatever weapon the casualty verb was typed by."""
    return capture.etype.name in CAPTURE_TYPES and other.cand.token.pos_ in ("VERB", "AUX") and (
        lem(other.cand.token) in TOLL_LEMMAS)
