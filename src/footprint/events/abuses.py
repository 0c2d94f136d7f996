"""Rules for violence done to people one by one and to property: abductions, sexual violence, arrests and looting.

Split from ``violence.py`` (attacks, protests, riots), whose cue lists these rules share.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..model import Quantity
from ..nlp import doc_text

from .arguments import trigger_args
from .candidate import filled as _fill
from .candidate import typed as _cand
from .context import SentenceContext
from .filters import awaited
from .syntax import (
    children, hangs_on, has_class, is_place, lem, phrase_has_class, placed_apart, preps, with_conjuncts)
from .tolls import DEATH_LEMMAS, VIOLENT_CAUSES, other_cause
from .violence import RIOTING_CROWD, VEHICLES, _riot_cue, goods_objects, mob_told, stopped_vehicle

#: Means of crowd control that, with a dispersal, tell a protest broken up ("dispersed with tear gas").
DISPERSAL_MEANS = ("tear gas", "teargas", "water cannon", "baton", "rubber bullet")


PERSON_PRONOUNS = {"he", "she", "him", "her", "they", "them"}


#: Where captors lead the people they take ("into the bush", "to the hills", "into captivity").
WILDS = frozenset({"bush", "forest", "hill", "hills", "mountain", "jungle", "hideout", "captivity", "wilderness",
                   "desert", "swamp"})


#: Those on the road whom robbers take goods from ("from the passengers", "the driver's money").
TRAVELLERS = VEHICLES | {"driver", "passenger", "trader", "trucker", "transporter"}


def _goods_from_travellers(ctx: SentenceContext, tok: Token, actor: list[Token]) -> bool:
    """Armed men, not the state's forces, taking only goods from a vehicle or the people in it ("took the fuel and
    the driver's money from a lorry", "took cash and phones from the passengers"): a looting. A sentence that stops
    the vehicle first is left to the robbery ``r_attack`` reads there; police taking fuel from a truck is a seizure."""
    objs = goods_objects(tok)
    if tok.pos_ != "VERB" or not objs:
        return False
    owners = [c for o in objs for c in children(o, "poss")] + preps(tok).get("from", [])
    if not any(lem(w) in TRAVELLERS for w in owners):
        return False
    if not phrase_has_class(actor, "armed_agent", ctx.lex) or ctx.is_state(actor):
        return False
    return not any(stopped_vehicle(t, ctx.lex) is not None for t in ctx.sent)


def r_abduct(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "abduct")
    if key == "take" and _goods_from_travellers(ctx, tok, actor):
        return _fill(_cand("looting", "loot", tok), actor, target, assoc)
    if key in ("take", "take away", "drag", "drag away", "lead away", "whisk away", "carry off", "pick up"):
        # "taken from his home by men in plain clothes": a person removed by force
        if not phrase_has_class(target, "civilian", ctx.lex) and not any(
                t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS for t in target):
            return None
        # the parser may hang "from X" on the object or on another phrase ("took 12 people, among them six
        # children, from X"): through prepositions, objects and conjuncts, not inside a clause of its own
        taken_from = preps(tok).get("from") or any(t.lower_ == "from" and children(t, "pobj") and hangs_on(
            t, tok, FROM_PATH_DEPS) for t in tok.subtree)
        missing = ctx.has("missing", "whereabouts", "unknown location", "disappear", "not been heard",
                          "not heard from", "no word")
        # "took its passengers into the hills": people led off to where their captors hide
        led_off = any(lem(o) in WILDS for p in ("into", "to") for o in preps(tok).get(p, []))
        if key == "pick up":
            # "picked up by men in plain clothes ... not heard from since": taken with no word of where; the
            # state's forces picking up suspects they name arrest them
            if not missing:
                return None if not ctx.is_state(actor) else _fill(_cand("arrest", "abduct", tok), actor, target, assoc)
        elif not (taken_from or led_off or any(c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("away", "off"))
                                               for c in tok.children) or key != "take" or missing):
            return None
        if ctx.has("to hospital", "to a hospital", "to safety"):
            return None
    if key == "disappear" and not ctx.has("forcibly", "forced"):
        return None
    return _fill(_cand("abduction", "abduct", tok, civilian_target=True), actor, target, assoc)


def r_sexual(ctx, tok, key):
    if key == "abuse" and not ctx.has("sexual"):
        return None  # "abused their power", "verbal abuse": only "sexually abused" is this frame
    actor, target, assoc = trigger_args(ctx, tok, "sexual")
    return _fill(_cand("sexual_violence", "sexual", tok, civilian_target=True), actor, target, assoc)


def r_arrest(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "arrest")
    lex = ctx.lex
    # soldiers detaining a head of state is a coup
    if phrase_has_class(target, "leader", lex) and any(lem(t) in ("president", "prime") or
            any(lem(c) in ("president", "minister") for c in t.children) for t in with_conjuncts(target)) and (
            ctx.has("soldier", "army", "officer", "mutin", "guard", "special forces", "junta", "military")):
        return _fill(_cand("coup", "arrest", tok), actor, target, assoc)
    if (ctx.is_state(actor) is False or phrase_has_class(actor, "armed_agent", lex)) and not _holds_ground(ctx, tok):
        return _fill(_cand("abduction", "arrest", tok, civilian_target=True), actor, target, assoc)
    # arrests made at a protest are ACLED's "protest with intervention"; a protest only planned is none
    # "dispersed with tear gas the supporters who had gathered; thirty were held": a crowd broken up is a protest
    dispersed = ctx.has("dispers") and ctx.has(*DISPERSAL_MEANS)
    if dispersed and tok.pos_ == "VERB" and not _riot_cue(ctx):
        return _fill(_cand("protest_intervention", "arrest", tok), actor, target, assoc)
    if _protest_held(ctx) and tok.pos_ == "VERB" and (phrase_has_class(target, "protester", lex) or ctx.has(
            "during a protest", "during a demonstration", "during the protest", "during the demonstration",
            "demonstration", "protest", "rally", "march") and not _riot_cue(ctx)):
        return _fill(_cand("protest_intervention", "arrest", tok), actor, target, assoc)
    return _fill(_cand("arrest", "arrest", tok), actor, target, assoc)


#: Verbs of taking a place: a side that has just taken one and arrests people there acts as its authority.
GROUND_VERBS = frozenset({"take", "seize", "capture", "overrun", "retake", "recapture", "occupy", "storm"})
#: Places held that make their taker the authority there (besides named places).
HELD_PLACES = frozenset({"town", "village", "city", "checkpoint", "base", "camp", "post", "garrison", "district",
                         "crossing", "airport", "port", "locality", "outpost", "hamlet"})


def _holds_ground(ctx: SentenceContext, tok: Token) -> bool:
    """The arrest is told with a place taken by the same subject ("said its forces had taken the checkpoint and
    arrested eleven members of X"): ACLED codes detentions by a side in control of a place as arrests, whoever the
    side is."""
    near = [tok.head] if tok.dep_ == "conj" else []
    near += children(tok, "conj")
    return any(lem(v) in GROUND_VERBS and v.pos_ == "VERB" and any(
        lem(o) in HELD_PLACES or is_place(o, ctx.lex, ctx.place_starts) for o in with_conjuncts(children(v, "dobj")))
        for v in near)


#: Arcs by which a "from" may hang on a verb of taking through its object or another phrase.
FROM_PATH_DEPS = ("prep", "conj", "pobj", "dobj", "appos", "npadvmod")
#: Words that make what they govern suspected, not done.
SUSPICION = frozenset({"suspicion", "suspect", "charge", "allegation"})


#: A march as a noun is a protest ("dispersed a march by opposition supporters").
PROTEST_NOUNS = ("protest", "demonstration", "rally", "march", "sit-in", "picket", "vigil")


def _protest_held(ctx: SentenceContext) -> bool:
    """A protest told as held in the sentence: a protest word that is not only planned or awaited ("detained
    leaders ahead of a planned rally" tells no protest), or a march named as a noun."""
    words = [t for t in ctx.sent if t.pos_ in ("NOUN", "VERB") and (
        lem(t) in PROTEST_NOUNS or any(t.lower_.startswith(w) for w in ("protest", "demonstrat", "marcher",
                                                                          "rioter")))]
    if not words:
        return False
    return any(not _awaited(t) and not _intended(ctx, t) for t in words)


def _intended(ctx: SentenceContext, tok: Token) -> bool:
    """A protest that is what someone plans or is suspected of planning ("arrested on suspicion of planning to
    disrupt the protests"): an intent word above it in the parse."""
    words = ctx.lex.classes.get("intent", frozenset()) | SUSPICION
    return tok.pos_ == "NOUN" and any(lem(a) in words for a in tok.ancestors)


def _awaited(tok: Token) -> bool:
    # "ahead of a planned rally", "before the march": the protest is still to come
    return tok.pos_ == "NOUN" and (awaited(tok) or (tok.dep_ == "pobj" and tok.head.lower_ == "before"))


#: Verbs of violence done to people that a run of coordinated verbs may continue with damage to property.
PEOPLE_HARM = frozenset({"kill", "shoot", "massacre", "execute", "behead", "slaughter", "murder", "rape"})


def subjects_of_own_clause(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def r_loot(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "loot")
    lex = ctx.lex
    if key in ("destroy", "burn", "torch", "set fire", "set ablaze", "set on fire", "set alight", "raze", "demolish",
               "burn down", "sabotage", "destruction"):
        if phrase_has_class(target, "weapon", lex) or _materiel(ctx, target + preps(tok).get("to", [])):
            return None  # weapons and military vehicles destroyed in fighting belong to the fight
        if key in ("destroy", "destruction") and not phrase_has_class(target, "property", lex):
            return None
        # "used drones against a truck; the truck was destroyed": with no one said to destroy it, damage told
        # beside a strike by a weapon is what the strike did, not a destruction of its own
        if not actor and ctx.mode:
            return None
        # "drones struck a fuel depot, setting two tanks on fire": damage hung on a strike by a weapon is what the
        # strike did
        if ctx.mode and ((tok.dep_ == "advcl" and tok.tag_ == "VBG") or (
                tok.dep_ == "conj" and not subjects_of_own_clause(tok))):
            return None
    if key in ("steal", "theft") and not (phrase_has_class(target, "property", lex) or ctx.has("cattle", "livestock")):
        return None
    # property burnt by those who harm people in one run of verbs is part of that attack: "shot men in the market
    # and burnt the water point" (the burning with no subject of its own), "they set fire to twenty houses and shot
    # dead six people" (the same doers, the killing told after with no subject of its own); not where each verb
    # has a place of its own ("burned houses in the village of A and killed a guard at a post near B")
    if tok.pos_ == "VERB":
        shared = not subjects_of_own_clause(tok)
        if any(lem(c) in PEOPLE_HARM and (shared or (c.head.i == tok.i and not subjects_of_own_clause(c)))
               and not placed_apart(tok, c) for c in tok.conjuncts):
            return None
    if ctx.protest and (phrase_has_class(actor, "protester", lex) or phrase_has_class(actor, "crowd", lex) or ctx.has("rioter")):
        return _fill(_cand("riot", "loot", tok), actor, target, assoc)
    # "dispersed them when they set tyres on fire": tyres burned by those the protest names are the protest's
    burnt = [t for t in with_conjuncts(target) if lem(t) not in ("fire", "flame")]
    if ctx.protest and burnt and all(lem(t) in ("tyre", "tire") for t in burnt):
        return None
    # students, youths or a crowd ransacking or burning: a riot, whatever the cause
    if any(lem(a) in RIOTING_CROWD for a in with_conjuncts(actor)) and not phrase_has_class(actor, "armed_agent", lex):
        return _fill(_cand("riot", "loot", tok), actor, target, assoc)
    if mob_told(ctx):
        return _fill(_cand("mob_violence", "loot", tok), actor, target, assoc)
    return _fill(_cand("looting", "loot", tok), actor, target, assoc)


#: Buildings a force word may qualify ("a police station", "army offices"): property, not materiel.
BUILDINGS = frozenset({"station", "office", "building", "house", "home", "school", "hospital", "clinic", "court",
                       "prison", "residence", "headquarters", "hq", "barracks"})
MILITARY_MODIFIERS = frozenset({"armoured", "armored", "military", "army", "combat"})


def _materiel(ctx: SentenceContext, toks: list[Token]) -> bool:
    """Military vehicles and equipment ("two armoured vehicles", "army trucks"), not civilian property."""
    return any(any(c.dep_ in ("amod", "compound") and (lem(c) in MILITARY_MODIFIERS or has_class(c, "force", ctx.lex))
                   for c in t.children) and lem(t) not in BUILDINGS
               for t in with_conjuncts(toks))


#: What is left of the dead: found, it tells a killing whoever did it ("the bodies of three men were found dumped").
DEAD_BODIES = frozenset({"body", "corpse", "remains"})
#: Classes of the words for people whose bodies may be found ("the bodies of two farmers", "of four soldiers").
PEOPLE_CLASSES = ("civilian", "person", "force", "armed_agent")


def found_dead(ctx: SentenceContext, tok: Token) -> list[Token] | None:
    """The dead a verb of finding tells ("found the bodies of three men", "two bodies were discovered"): the
    people the bodies were, else the body nouns; None when what is found is no body of the dead ("a body of
    evidence", "an arms cache")."""
    if tok.pos_ != "VERB":
        return None
    lex = ctx.lex
    dead: list[Token] = []
    for b in with_conjuncts(children(tok, "dobj") + children(tok, "nsubjpass")):
        if lem(b) not in DEAD_BODIES:
            continue
        owners = with_conjuncts(preps(b).get("of", []))
        if not owners:
            dead.append(b)
        elif all(o.pos_ in ("NUM", "PRON", "PROPN") or any(c.dep_ == "nummod" for c in o.children)
                 or any(has_class(o, c, lex) for c in PEOPLE_CLASSES) for o in owners):
            # people by class, or counted ("the bodies of three rangers"): a body "of evidence" is none
            dead.extend(owners)
    return dead or None


#: Verbs that tell a death with its cause and no one doing it ("migrants who drowned", "who starved").
CAUSED_DEATHS = frozenset({"drown", "starve", "freeze"})
#: Words that name when the bodies were found by what killed them ("recovered two bodies after the earthquake").
AFTER_LINKS = ("after", "following")


def died_otherwise(ctx: SentenceContext, tok: Token, dead: list[Token]) -> bool:
    """The dead a finding tells died of no violence, as the finding's clause says (``tolls.other_cause``): found
    after a cause that is no attack ("after the earthquake"), or told to have died of one in a clause on the dead
    or on the finding ("the bodies of 14 migrants who drowned", "of hikers who died of exposure")."""
    violent = VIOLENT_CAUSES | ctx.lex.noun_words | ctx.lex.classes.get("weapon", frozenset())
    if other_cause(tok, AFTER_LINKS, violent):
        return True
    bodies = [t.head.head if t.head.lower_ == "of" else t for t in dead]
    clauses = [c for t in {*dead, *bodies} for c in t.children if c.dep_ in ("relcl", "acl")]
    clauses += [c for c in tok.children if c.dep_ == "advcl"]
    for v in (t for c in clauses for t in c.subtree if t.pos_ in ("VERB", "AUX")):
        if lem(v) in CAUSED_DEATHS or (lem(v) in DEATH_LEMMAS and other_cause(v, ("of", "from", *AFTER_LINKS), violent)):
            return True
    return False


def r_dead(ctx, tok, key):
    dead = found_dead(ctx, tok)
    if dead is None or died_otherwise(ctx, tok, dead):
        return None
    # soldiers' or fighters' bodies tell a fight; anyone else's a killing of civilians
    armed = phrase_has_class(dead, "force", ctx.lex) or phrase_has_class(dead, "armed_agent", ctx.lex)
    t = "armed_clash" if armed else "attack_on_civilians"
    return _fill(_cand(t, "attack", tok, civilian_target=not armed, weight=0.55), [], dead, [])


def dead_counted(cand, quantities: list[Quantity]) -> list[Quantity]:
    """The sentence's quantities with the count of the dead a finding tells read as fatalities ("the bodies of two
    of the hostages": two dead, not two abducted), and one death where a single body is found and the sentence
    counts no dead ("the body of a herder was found"); unchanged for any other candidate."""
    tok = cand.token
    spans, single = [], None
    for t in cand.target_toks:
        body = t if lem(t) in DEAD_BODIES else t.head.head if t.head.lower_ == "of" else None
        if body is not None and lem(body) in DEAD_BODIES and body.head.i == tok.i and body.dep_ in ("dobj", "nsubjpass"):
            span = (body.left_edge.idx, body.right_edge.idx + len(body.right_edge.text))
            spans.append(span)
            if _one_body(body):
                single = (body, span)
    if not spans:
        return quantities
    counted = [replace(q, kind="fatalities") if q.kind != "fatalities" and any(a <= q.start and q.end <= b for a, b in spans)
               else q for q in quantities]
    if single is not None and len(spans) == 1 and not any(q.kind == "fatalities" for q in counted):
        body, (a, b) = single
        counted.append(Quantity(kind="fatalities", min=1.0, max=1.0, text=doc_text(body.doc)[a:b], start=a, end=b))
    return counted


def taken_counted(cand, quantities: list[Quantity]) -> list[Quantity]:
    """An abduction's count of the people it takes read as abducted where the quantities stage found no kind for it
    ("drove its 12 passengers into the forest", "led away six drivers": the number is on the people taken);
    unchanged for any other candidate and for a count of another kind."""
    if cand.type != "abduction":
        return quantities
    spans = [(t.left_edge.idx, t.idx + len(t.text)) for t in cand.target_toks if t.pos_ in ("NOUN", "PROPN")]
    return [replace(q, kind="abducted") if q.kind == "other" and any(a <= q.start and q.end <= b for a, b in spans)
            else q for q in quantities]


def _one_body(body: Token) -> bool:
    """One body of one person: a singular body noun ("the body of a farmer", "a corpse") with no count on it, whose
    owners, if any, are single people (not "the body of two men", not "remains")."""
    if body.tag_ != "NN" or lem(body) == "remains" or any(c.dep_ == "nummod" for c in body.children):
        return False
    owners = with_conjuncts(preps(body).get("of", []))
    return len(owners) <= 1 and all(o.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" for c in o.children)
                                    for o in owners)
