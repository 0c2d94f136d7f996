"""Rules for measures taken by an authority (ACLED's "Strategic developments / Other": curfews, states of
emergency, bans, internet cuts, suspensions) and for sanctions: from a trigger, its frame and the parse to a
typed candidate (see ``rules.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import trigger_args
from .candidate import filled as _fill
from .candidate import typed as _cand
from .filters import is_modifier
from .syntax import agents, lem, noun_keys, objects, phrase_has_class, prep_objects, preps, subjects, with_conjuncts


def r_sanction(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "sanction")
    objs = objects(tok)
    if key in ("expel",) and not any(lem(o) in ("ambassador", "envoy", "diplomat", "attaché", "mission", "representative") for o in objs):
        return None
    if key in ("freeze",) and not any(lem(o) in ("asset", "account", "fund") for o in objs):
        return None
    if tok.pos_ == "NOUN":
        if not (tok.dep_ in ("dobj",) and lem(tok.head) in ("impose", "announce", "slap", "adopt", "extend")):
            return None
        actor = subjects(tok.head)
        target = preps(tok).get("on", []) + preps(tok.head).get("on", [])
    else:
        target = objs + preps(tok).get("on", [])
    return _fill(_cand("sanction", "sanction", tok, weight=0.55), actor, target, assoc)


#: What "impose", "declare", "lift" act on to make ACLED's "Strategic developments / Other"; read from the
#: object's head noun and its compound or adjective ("martial law"), never from a modifier ("emergency aid").
MEASURE_NOUNS = frozenset({"curfew", "state of emergency", "emergency", "martial law", "blockade", "restriction", "ban",
                           "lockdown"})
SANCTION_NOUNS = frozenset({"sanction", "embargo"})
#: Verbs that put a measure in force or end it, read with a measure noun as object or passive subject.
MEASURE_VERBS = frozenset({"impose", "declare", "lift", "extend", "announce", "order", "institute", "decree",
                           "enforce", "reimpose"})
#: What an authority cuts or shuts down as a measure ("cut mobile internet across the region").
NETWORK_NOUNS = frozenset({"internet", "network", "telecommunication", "communication", "phone", "service"})
#: What an authority suspends as a measure ("suspended the activities of all political parties").
ACTIVITY_NOUNS = frozenset({"activity", "party", "association", "newspaper", "broadcast", "broadcaster", "media",
                            "station", "ngo", "organisation", "organization"})


def _measure_keys(objs: list[Token]) -> set[str]:
    """Head nouns of the objects (with conjuncts) as lemma keys: "curfew", "martial law", "state of emergency"."""
    out: set[str] = set()
    for o in with_conjuncts(objs):
        out.update(noun_keys(o))
        out.update(f"{lem(o)} of {lem(x)}" for x in prep_objects(o, "of"))
    return out


def r_other(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "other")
    objs = objects(tok)
    heads = _measure_keys(objs)
    if tok.pos_ == "NOUN":
        if is_modifier(tok) and lem(tok) != "curfew":
            return None
        if tok.dep_ == "dobj" and lem(tok.head) in MEASURE_VERBS:
            return _fill(_cand("other", "other", tok, weight=0.55), subjects(tok.head), [], assoc)
        # "a curfew is instituted from 20h to 6h", "a curfew was imposed on the town": the measure told in the passive
        if tok.dep_ == "nsubjpass" and lem(tok.head) in MEASURE_VERBS and not tok.head.dep_.startswith("acl"):
            return _fill(_cand("other", "other", tok, weight=0.55), agents(tok.head), [], assoc)
        return None
    if key in ("ban", "prohibit", "suspend", "cut", "shut down"):
        # "the junta banned political activities", "prohibited the circulation of motorcycles", "suspended the
        # activities of all parties", "cut mobile internet": a measure taken by an authority (a team or a club
        # bans players; a company cuts jobs)
        if not (ctx.is_state(actor) or phrase_has_class(actor, "institution", ctx.lex)) or not objs:
            return None
        if key in ("cut", "shut down") and not any(lem(o) in NETWORK_NOUNS for o in with_conjuncts(objs)):
            return None
        if key == "suspend" and not any(lem(o) in ACTIVITY_NOUNS for o in with_conjuncts(objs)):
            return None
        return _fill(_cand("other", "other", tok, weight=0.55), actor, [], assoc)
    if key == "impose" and heads & SANCTION_NOUNS:
        return _fill(_cand("sanction", "other", tok, weight=0.55), actor, preps(tok).get("on", []), assoc)
    if heads & MEASURE_NOUNS:
        return _fill(_cand("other", "other", tok, weight=0.55), actor, [], assoc)
    return None
