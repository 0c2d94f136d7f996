"""Rules per frame: from a trigger, its frame and the parse to a typed candidate.

``RESOLVERS`` maps each frame of ``triggers.yaml`` to a function
``(context, token, key) -> Candidate | None``; ``None`` means the frame's rules
do not accept the sentence and the next frame is tried. The rules for violence
(attacks, protests, riots) are in ``violence.py``, for abductions, arrests and looting in ``abuses.py``, those for
measures and sanctions in ``measures.py``, for threats in ``threats.py``; this module holds those for territory, forces,
agreements and other talk.
"""

from __future__ import annotations

from spacy.tokens import Token

from .arguments import headline_args, headline_verb, trigger_args
from .candidate import filled as _fill
from .candidate import typed as _cand
from .context import SentenceContext
from .filters import is_modifier
from .syntax import (
    PASSIVE_SUBJ,
    agents,
    children,
    has_class,
    has_particle,
    is_place,
    lem,
    objects,
    people_noun,
    phrase_has_class,
    phrasal,
    prep_objects,
    preps,
    subjects,
    temporal,
    with_conjuncts,
)
from .measures import r_other, r_sanction
from .readings import ground_pronoun, left_after, passing_hold, raid_spoils
from .abuses import r_abduct, r_arrest, r_dead, r_loot, r_sexual
from .threats import r_threaten
from .tolls import loss_told
from .violence import r_attack, r_protest, r_riot

NONVIOLENT_CUES = ("without a fight", "without resistance", "without firing a shot", "unopposed",
                   "without a shot", "peacefully", "without fighting", "without any resistance",
                   "without meeting resistance")


def _keys(tok: Token, key: str) -> frozenset[str]:
    """What a rule compares with its word lists: the trigger key, the lemma, and the lemma with each
    particle or preposition after it ("move into", "take over", "set up")."""
    return phrasal(tok) | {key}



def _control_obj(tok: Token, objs: list[Token]) -> list[Token]:
    out = []
    for o in objs:
        if lem(o) in ("control", "hold", "charge", "possession"):
            # "restored control over the villages": the parser may hang "over" on the verb
            out += prep_objects(o, "of", "over") or prep_objects(tok, "over")
        else:
            out.append(o)
    pp = preps(tok)
    if lem(tok) == "take" and not out:
        out += pp.get("of", [])
    return out


def r_capture(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = trigger_args(ctx, tok, "capture")
    if tok.pos_ == "NOUN" and actor and headline_verb(tok):
        # "Soldiers and VDP retake the village": a bulletin verb read as a noun takes its whole subject, not only
        # the conjunct next to it
        subj = with_conjuncts(children(tok, "nsubj") or headline_args(tok)[0])
        if subj and {t.i for t in actor} <= {t.i for t in subj}:
            actor = subj
    if key in EXPEL_KEYS:
        return _expelled(ctx, tok, actor, assoc)
    if key in ("control", "hold") and tok.tag_ not in ("VBD", "VBN") and not _now_holds_town(ctx, tok):
        return None  # "JNIM controls the roads": a state, not an event ("now controls the town" is a change)
    if key == "hold" and (has_particle(tok, "up") or passing_hold(tok)):
        return None  # "held up a bus", "held the road for two hours": no place taken
    if key in ("control", "hold") and tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        return None  # "the state capital held by the army", "areas controlled by the group": who holds it
    if key in ("fall",):
        to = preps(tok).get("to", [])
        if not to:
            return None
        # "X fell to the rebels"; "the fall of the garrison to the RSF"
        actor, target = to, (subjects(tok) if tok.pos_ == "VERB" else preps(tok).get("of", []))
    ground = ground_pronoun(ctx, tok)
    if key == "take" and not ground and not any(
            lem(o) in TAKEN_PLACES or (o.pos_ == "PROPN" and is_place(o, lex, ctx.place_starts))
            or (_taken_name(ctx, o) and not _taken_as_person(tok)) for o in with_conjuncts(objects(tok))):
        return None  # "took positions", "took the road": only a settlement or a base is taken
    if key == "pass under":
        # "the town passed under the control of the rebels": the subject changes hands, "of" names who takes it
        ctl = [o for o in preps(tok).get("under", []) if lem(o) == "control"]
        if not ctl:
            return None
        actor, target = prep_objects(ctl[0], "of"), subjects(tok)
    # "attacked in June; 5 held (18 Jun)": a day is no ground taken, and people counted as held are detained
    target = [t for t in _control_obj(tok, target) if not temporal(t)]
    if key == "hold" and any(s.like_num and not list(s.children) for s in subjects(tok)):
        return None
    if _keys(tok, key) & {"take control", "take over"}:
        target = target or preps(tok).get("of", [])
    if not target:
        return None
    losers = preps(tok).get("from", []) if tok.pos_ == "VERB" else []
    if phrase_has_class(target, "weapon", lex):
        return None  # disrupted weapons use
    # people taken, not places: civilians, or forces that are not also places ("post", "camp" are both)
    person = phrase_has_class(target, "civilian", lex) or phrase_has_class(target, "person", lex) or any(
        has_class(t, "leader", lex) for t in with_conjuncts(target)) or (
        phrase_has_class(target, "force", lex) and not phrase_has_class(target, "place", lex)
        and not all(lem(t) in MACHINES for t in with_conjuncts(target)))
    # a day ("on Friday") is no place that would make the people taken a place taken
    if person and not any(is_place(t, lex, ctx.place_starts) for t in target if t.ent_type_ not in ("DATE", "TIME")):
        if lem(tok) in ("seize", "capture"):
            # "a gang seized six nuns": an armed group's captives are abducted, whatever else stands as subject
            if ctx.is_state(actor) and not phrase_has_class(actor, "armed_agent", lex):
                return _fill(_cand("arrest", "capture", tok), actor, target, assoc)
            return _fill(_cand("abduction", "capture", tok, civilian_target=True), actor, target, assoc)
        return None
    if not ground and not any(is_place(t, lex, ctx.place_starts) or _taken_name(ctx, t) for t in with_conjuncts(target)):
        return None
    base = phrase_has_class(target, "base", lex)
    raid = _raid(tok, actor, ctx) if lem(tok) == "enter" and not base else None
    if raid is not None:
        return _fill(_cand(raid, "attack", tok, civilian_target=raid == "attack_on_civilians"), actor, target, assoc)
    violent = ctx.has("attack", "fight", "battle", "clash", "storm", "assault", "overran", "overrun", "killed", "combat")
    regain = lem(tok) in REGAIN_LEMMAS or key in REGAIN_LEMMAS  # "retook" misread as a lemma of its own
    # "retook the village without a fight": a side taking back ground by arms changes who holds it; the cue
    # only says no clash was fought, so a retaking is never read as a handover
    if ctx.has(*NONVIOLENT_CUES) and not regain:
        return _fill(_cand("territory_transfer", "capture", tok), actor, target + losers, assoc)
    # moving into a place another force has just left is a transfer, not a battle
    if not violent and not regain and key not in FORCEFUL_CAPTURE and ctx.lemmas & LEAVE_LEMMAS:
        return _fill(_cand("territory_transfer", "capture", tok), actor, target + losers, assoc)
    if _keys(tok, key) & OCCUPY_KEYS and base and not violent:
        return _fill(_cand("base_occupied", "capture", tok), actor, target, assoc)
    state = ctx.is_state(actor)
    if lem(tok) == "enter":
        # entering is no take-over unless the state's forces enter a place another side is told to have held
        if state and _held_by_other(tok, actor):
            return _fill(_cand("territory_regained", "capture", tok), actor, target + losers, assoc)
        return None
    if (state or (state is None and regain)) and not _foreign_ground(actor, target):
        return _fill(_cand("territory_regained", "capture", tok), actor, target + losers, assoc)
    return _fill(_cand("territory_overtaken", "capture", tok), actor, target + losers, assoc)


#: Force words that are machines, not people: "the vehicle was seized" takes no one.
MACHINES = frozenset({"vehicle", "tank", "helicopter", "aircraft", "drone", "convoy", "truck", "boat", "pick-up"})

#: Verbs of forcing a side out of a place ("drove the rebels out of X"): the place is taken from them.
EXPEL_KEYS = frozenset({"drive out", "push out", "chase out", "flush out", "dislodge"})


def _expelled(ctx: SentenceContext, tok: Token, actor: list[Token], assoc: list[Token]):
    """ "Troops drove M23 fighters out of Kalembe": the place named after "out of" or "from" changes hands by
    force, from the side driven out (the target) to the subject; none without a place."""
    lex = ctx.lex
    outs = [p for p in children(tok, "prep", "prt", "advmod") if p.lower_ == "out"]
    places = prep_objects(tok, "from", "of") + [o for p in outs for o in prep_objects(p, "of")] + [
        o for p in outs for o in p.children if o.dep_ == "pobj"]
    places = [t for t in with_conjuncts(places) if is_place(t, lex, ctx.place_starts) or _taken_name(ctx, t)]
    losers = objects(tok)
    if not places or not losers or not _forceful(ctx, losers):
        return None
    t = "territory_regained" if ctx.is_state(actor) and not _foreign_ground(actor, places) else "territory_overtaken"
    return _fill(_cand(t, "capture", tok), actor, places + losers, assoc)


def _now_holds_town(ctx: SentenceContext, tok: Token) -> bool:
    """ "The group now controls X, a town on the river": a place that has just changed hands, told by "now" and a
    settlement or a named place as object (a hold on roads or areas is a state)."""
    return any(c.dep_ == "advmod" and c.lower_ == "now" for c in tok.children) and any(
        lem(o) in TAKEN_PLACES or (o.pos_ == "PROPN" and is_place(o, ctx.lex, ctx.place_starts))
        for o in objects(tok))


def _countries(toks: list[Token], mentions) -> set[str]:
    """Countries of the stage mentions (actors or places) that hold any of these tokens or their phrase."""
    spans = [(t.left_edge.idx, t.idx + len(t.text)) for t in with_conjuncts(toks)]
    out = set()
    for m in mentions or ():
        country = getattr(m, "country", None) or getattr(getattr(m, "place", None), "country", None)
        if country and any(m.start < e and s < m.end for s, e in spans):
            out.add(country.upper())
    return out


def _foreign_ground(actor: list[Token], target: list[Token]) -> bool:
    """A state's forces taking a place in another country ("Russian forces took a Ukrainian town") overtake it;
    a government regains ground only in its own country (ACLED codes foreign forces with non-state ones)."""
    if not actor or not target:
        return False
    doc = actor[0].doc
    mine = _countries(actor, doc._.fp_actors)
    where = _countries(target, doc._.fp_places)
    return bool(mine and where and not (mine & where))


#: A raid: armed men enter a place, act there and leave it ("entered X, freed inmates and withdrew"). No
#: control is kept, so it is no take-over; ACLED codes the violence done there.
RAID_LEAVE = frozenset({"withdraw", "leave", "retreat", "pull", "depart", "flee"})
#: What a raid does to the people of the place: it makes the raid violence against civilians.
RAID_HARM = frozenset({"kill", "shoot", "burn", "torch", "loot", "pillage", "beat", "force", "abduct", "kidnap",
                       "execute", "rape", "set", "raze", "whip", "rob", "massacre", "behead"})


def _raid(tok: Token, actor: list[Token], ctx: SentenceContext) -> str | None:
    """The type of a raid told by "enter" and a coordinated verb of leaving with no subject of its own (the same
    people), by a side that is not the state: violence against civilians when a coordinated verb harms the
    place's people, else an armed clash (the place was entered by force); None for no raid."""
    if not actor or ctx.is_state(actor):
        return None
    verbs = [c for c in tok.conjuncts if c.pos_ in ("VERB", "AUX") and not subjects_of_own(c)]
    if not any(lem(v) in RAID_LEAVE for v in verbs if v.i > tok.i):
        return None
    # the parser may read a harming verb as a participle on the next verb's subject ("forced shopkeepers"
    # under "held"): a verb of harm anywhere in the coordination counts
    harm = [v for v in verbs] + [a for c in tok.conjuncts if c.i > tok.i for s in c.children if s.dep_ == "nsubj"
                                 for a in s.children if a.dep_ == "amod" and a.tag_ == "VBN"]
    return "attack_on_civilians" if any(lem(v) in RAID_HARM for v in harm) else "armed_clash"


def subjects_of_own(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


#: Words that make a name a person's: "captured Gen. X", "seized Mr X".
PERSON_TITLES = frozenset("""mr mrs ms dr gen general col colonel cmdr commander capt captain lt lieutenant maj major
    sgt sergeant president minister sheikh imam emir chief""".split())


def _taken_name(ctx: SentenceContext, tok: Token) -> bool:
    """A name the small model tags as a person's or an organisation's that is taken ("insurgents captured X
    on Monday", "took control of X", "X fell to the rebels"): a town it does not know, as the places stage
    reads the object of such a verb, unless the actors stage knows it as an actor, or a title, a noun or an
    apposition says who it is ("captured Gen. X", "seized rebel leader X", "captured X, a commander")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "ORG") or ctx.mtype(tok) not in (None, "person", "unknown"):
        return False
    parts = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "appos", "poss")]
    return not any((c.dep_ == "appos" and not _place_apposition(ctx, c)) or c.dep_ == "poss"
                   or (c.pos_ != "PROPN" and c.dep_ != "appos") or c.lower_.rstrip(".") in PERSON_TITLES
                   for c in parts)


def _place_apposition(ctx: SentenceContext, app: Token) -> bool:
    """An apposition that says the name is a place ("X, a strategic ridge west of Y", "X, a town near Y"): the
    apposition's head or a noun it is built on is a place word, never a person's."""
    own = [app] + [c for c in app.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(has_class(t, "place", ctx.lex) for t in own) and not any(people_noun(t, ctx.lex) for t in own)


#: Words that make what is taken a person: "took the mayor hostage".
TAKEN_PERSON_WORDS = frozenset({"hostage", "hostages", "captive", "captives", "prisoner", "prisoners", "custody"})
#: Verbs of holding a place: "after the rebels had held it for years".
HOLD_LEMMAS = frozenset({"hold", "control", "occupy", "run"})


def _taken_as_person(tok: Token) -> bool:
    """ "took X hostage", "took X into custody": a name taken this way is a person's, not a town's."""
    return any(t.lower_ in TAKEN_PERSON_WORDS for t in tok.subtree)


def _held_by_other(tok: Token, actor: list[Token]) -> bool:
    """A verb of holding in a past tense hung on ``tok`` with a subject of its own that is not the one entering
    ("which troops entered after the EMC had held it"): the place changed hands."""
    mine = {t.i for a in actor for t in a.subtree}
    for c in tok.children:
        if c.dep_ in ("advcl", "conj", "relcl") and lem(c) in HOLD_LEMMAS and c.tag_ in ("VBD", "VBN"):
            subj = [s for s in c.children if s.dep_ == "nsubj"]
            if subj and not any(s.i in mine or s.pos_ == "PRON" for s in subj):
                return True
    return False


#: What "take" takes when it means capture: a settlement or a base ("rebels have taken the town").
TAKEN_PLACES = frozenset({"town", "village", "city", "locality", "capital", "district", "base", "airbase", "garrison",
                          "outpost", "barracks", "headquarters", "camp", "airport", "port", "hamlet", "settlement",
                          "stronghold", "crossing", "municipality", "island", "township", "checkpoint"})
#: Words that name an armed group a pronoun may stand for ("the front of the dissidents announced it suspends").
ARMED_WORDS = ("rebel", "dissident", "militant", "insurgent", "jihadist", "guerrilla", "militia")
#: What an armed group suspends when it halts its campaign ("suspends offensive actions", "suspended attacks").
OPERATIONS = frozenset({"action", "operation", "attack", "hostility", "offensive", "activity", "campaign"})
FORCEFUL_CAPTURE = {"capture", "seize", "overrun", "recapture", "retake", "conquer", "liberate", "storm", "regain",
                    "liberation"}
#: Entering or taking over a base (no fighting) occupies it; multiword keys are verb + particle or preposition.
OCCUPY_KEYS = frozenset({"enter", "occupy", "take", "take over", "occupation", "move into", "move in"})
#: Words that say the taker held the place before: with no known actor, territory is regained.
REGAIN_LEMMAS = frozenset({"retake", "recapture", "regain", "liberate", "liberation", "restore control"})
LEAVE_LEMMAS = {"withdraw", "leave", "abandon", "vacate", "depart", "evacuate", "retreat", "withdrawal", "departure",
                "hand", "pullout"}


def _raiders(ctx: SentenceContext, toks: list[Token]) -> bool:
    """Only pronouns or unnamed attackers ("they", "the attackers", "gunmen"), no known armed actor."""
    toks = with_conjuncts(toks)

    def unnamed(t: Token) -> bool:
        # a mention the actors stage made from the word itself ("the attackers" by coreference) is no name;
        # a name on the word or before it ("JNIM fighters") is
        named = [c for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod") and ctx.mtype(c)]
        return not named and ctx.mtype(t) in (None, "unknown", "armed_group")

    return bool(toks) and all(t.tag_ == "PRP" or (lem(t) in ctx.lex.classes["armed_agent"] and unnamed(t))
                              for t in toks)


def _forceful(ctx: SentenceContext, toks: list[Token]) -> bool:
    lex = ctx.lex
    return bool(toks) and (phrase_has_class(toks, "force", lex) or any(
        ctx.mtype(t) in ("state_force", "pmc", "armed_group", "igo") for t in with_conjuncts(toks)) or any(
        t.ent_type_ == "NORP" for t in toks))


def r_deploy(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "deploy")
    if tok.pos_ == "VERB":
        subj, objs = subjects(tok), objects(tok)
        if key in ("send", "dispatch", "reinforce") and not _forceful(ctx, objs):
            return None
        if key in ("arrive", "land", "fly in", "move in") and not _forceful(ctx, subj + [t for t in objs]):
            return None
        # forces that reach a place arrive there; what else is reached ("an agreement", "the town's outskirts
        # by noon" aside) belongs to other frames
        # "a detachment of soldiers reached ...": the unit is named by whom it is made of
        members = [o for t in subj for o in prep_objects(t, "of")]
        if key == "reach" and (not _forceful(ctx, subj + members) or not all(is_place(o, ctx.lex, ctx.place_starts) for o in objs)):
            return None
        if key in ("arrive", "move in", "reach") and _raiders(ctx, subj):
            return None  # attackers arriving where they strike: the approach of an attack, not a deployment
        if key in ("deploy", "redeploy", "station") and objs and not _forceful(ctx, objs) and not _forceful(ctx, subj):
            return None
        # the force sent is the actor; the sender is associated
        deployed = [o for o in objs if _forceful(ctx, [o])]
        if deployed and key not in ("arrive", "land", "fly in", "move in", "reach"):
            sender = subj if not children(tok, *PASSIVE_SUBJ) else agents(tok)
            return _fill(_cand("deployment", "deploy", tok), sender + deployed, [], assoc)
        return _fill(_cand("deployment", "deploy", tok), actor + (subj if not actor else []), [], assoc)
    if is_modifier(tok):
        return None
    if lem(tok) in ("arrival", "influx", "reinforcement") and not (_forceful(ctx, actor) or ctx.has("troop", "soldier", "force", "mercenar", "contractor", "fighter")):
        return None
    return _fill(_cand("deployment", "deploy", tok), actor, target, assoc)


def _base_args(ctx: SentenceContext, tok: Token) -> list[Token]:
    """Base nouns attached to a trigger: object, "of"/"at" objects, or the trigger's own compound."""
    lex = ctx.lex
    near = objects(tok) + [o for lst in preps(tok).values() for o in lst]
    near += [c for c in tok.children if c.dep_ in ("compound", "nsubj", "nsubjpass")]
    near += [o for t in near if lem(t) in PART_NOUNS for o in prep_objects(t, "of")]  # "a section of the air base"
    if tok.dep_ in ("pobj",) and tok.head.head is not tok:
        near.append(tok.head.head)
    out = []
    for t in near:
        if has_class(t, "base", lex) and not any(lem(c) in ("idp", "refugee", "displacement", "displaced", "protest")
                                                  for c in t.children):
            out.append(t)
    return out


#: Nouns that name a part of what their "of" object names.
PART_NOUNS = frozenset({"section", "part", "portion", "wing", "corner", "half", "area", "side", "end"})
BASE_ESTABLISH_KEYS = frozenset({"establish", "set", "set up", "open", "install", "erect", "establishment", "create"})
BASE_BUILD_KEYS = frozenset({"construct", "construction", "build"})
BASE_OCCUPY_KEYS = OCCUPY_KEYS | {"use", "inherit"}


def r_base(ctx, tok, key):
    bases = _base_args(ctx, tok)
    if not bases:
        return None
    actor, target, assoc = trigger_args(ctx, tok, "base")
    if tok.pos_ == "VERB":
        actor = subjects(tok) if not children(tok, *PASSIVE_SUBJ) else agents(tok)
    if not actor:
        actor = [o for b in bases for o in prep_objects(b, "for")]
    if tok.pos_ == "NOUN" and is_modifier(tok):
        return None
    ks = _keys(tok, key)
    if ks & BASE_ESTABLISH_KEYS:
        t = "base_established"
    elif ks & BASE_BUILD_KEYS:
        progressive = any(c.dep_ == "aux" and c.lower_ in ("is", "are", "was", "were") for c in tok.children) and tok.tag_ == "VBG"
        under_way = "build" not in ks or progressive or ctx.has("under way", "underway", "ongoing")
        t = "base_under_construction" if under_way else "base_established"
    elif ks & BASE_OCCUPY_KEYS:
        if ctx.has("attack", "storm", "overran", "overrun", "fighting", "clash"):
            return None
        t = "base_occupied"
    else:
        t = "base_expansion"
    c = _cand(t, "base", tok)
    return _fill(c, actor, target, assoc)


def r_withdraw(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = trigger_args(ctx, tok, "withdraw")
    pp = preps(tok)
    src = pp.get("from", []) + pp.get("of", []) if tok.pos_ == "VERB" else pp.get("from", [])
    src += [o for p in children(tok, "prep") if p.lower_ == "out" for x in p.children for o in ([x] if x.dep_ == "pobj" else x.children) if o.dep_ == "pobj"]
    objs = objects(tok) if tok.pos_ == "VERB" else []
    if phrase_has_class(src + objs, "agreement", lex):
        return None  # leaving an agreement: collapse frame
    if key == "leave" and (children(tok, "oprd", "ccomp", "xcomp", "acomp") or any(
            c.dep_ in ("amod", "acomp", "oprd") and c.i > o.i for o in objs for c in o.children)):
        return None  # "leaving the town dependent on convoys": a result, not a departure
    if key in ("leave", "abandon", "vacate", "quit", "exit", "evacuate", "depart"):
        where = objs + src
        if not where or not any(is_place(t, lex, ctx.place_starts) for t in with_conjuncts(where)):
            return None
        if key == "evacuate" and phrase_has_class(objs, "civilian", lex):
            return None
    if src and not any(is_place(t, lex, ctx.place_starts) or has_class(t, "base", lex) for t in src) and not _forceful(ctx, src):
        return None  # withdrawal from an organisation is a political statement
    if tok.pos_ == "VERB" and not _forceful(ctx, actor + objs) and not ctx.has("troop", "soldier", "force", "mission", "peacekeeper"):
        return None
    if tok.pos_ == "VERB" and not src and not any(is_place(t, lex, ctx.place_starts) for t in objs) and _raiders(ctx, actor):
        return None  # attackers pulling back from where they struck ("as they withdrew"): part of the attack
    if left_after(tok):
        return None  # "held it for several hours before withdrawing": the end of the raid
    if tok.pos_ == "VERB" and any(lem(c) == "enter" and c.i < tok.i and _raid(c, subjects(c), ctx) for c in tok.conjuncts):
        return None  # "entered the village, burned houses and withdrew": the leaving ends the raid
    if tok.pos_ == "NOUN":
        if is_modifier(tok):
            return None
        if not (_forceful(ctx, actor) or ctx.has("troop", "soldier", "force", "mission", "peacekeeper", "military")):
            return None
    return _fill(_cand("withdrawal", "withdraw", tok), actor, target, assoc)


def r_handover(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = trigger_args(ctx, tok, "handover")
    if key == "hand" and not preps(tok).get("to"):
        return None  # "handed them leaflets": only "handed X to Y" passes something on
    objs = objects(tok) + preps(tok).get("of", [])
    objs = _control_obj(tok, objs)
    if not (phrase_has_class(objs, "base", lex) or any(is_place(t, lex, ctx.place_starts) for t in objs)
            or ctx.has("base", "control", "territory")):
        return None
    assoc = assoc + preps(tok).get("to", [])
    return _fill(_cand("handover", "handover", tok), actor, objs, assoc)


def r_train(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "train")
    if tok.pos_ == "NOUN":
        if is_modifier(tok):
            return None
        if lem(tok) in ("exercise", "drill", "instruction") and not (
                any(lem(c) in ("joint", "military", "naval", "air", "combined", "live-fire", "annual") for c in tok.children)
                or ctx.has("troop", "soldier", "force", "army")):
            return None
        if lem(tok) == "training" and not ctx.has("troop", "soldier", "force", "army", "instructor", "trainer", "military", "police", "commando"):
            return None
    else:
        target = objects(tok)
        if not (_forceful(ctx, subjects(tok) + target) or ctx.has("troop", "soldier", "force", "instructor", "commando", "army")):
            return None
    return _fill(_cand("training", "train", tok), actor, target, assoc)


def r_coup(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "coup")
    if tok.pos_ == "VERB" and key not in ("seize power", "take power", "mutiny", "stage a coup"):
        objs = objects(tok)
        if not (phrase_has_class(objs, "leader", ctx.lex) or any(lem(o) in ("government", "regime", "junta") for o in objs)
                or any(o.ent_type_ == "PERSON" for o in objs)):
            return None
    if tok.pos_ == "NOUN" and is_modifier(tok) and lem(tok) != "coup":
        return None
    return _fill(_cand("coup", "coup", tok), actor, target, assoc)


def r_leader(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = trigger_args(ctx, tok, "leader")
    objs = objects(tok)
    # "named X as commander": the parser hangs "as" on the verb or on its object, never elsewhere
    as_objs = preps(tok).get("as", []) or [o for x in objs for o in prep_objects(x, "as")][:1]
    objs = objs + as_objs
    roles = objs + subjects(tok)
    if not (phrase_has_class(roles, "leader", lex) or any(has_class(c, "leader", lex) for o in roles for c in o.children)):
        return None
    if key in ("name",) and not as_objs and not phrase_has_class(objs, "leader", lex):
        return None
    return _fill(_cand("leadership_change", "leader", tok), actor, target, assoc)


GROUP_OBJ = {"group", "coalition", "alliance", "front", "movement", "faction", "militia", "brigade", "organisation",
             "organization", "branch", "wing", "unit", "force"}


def _one_person(ctx: SentenceContext, tok: Token) -> bool:
    """A single person: "he", "she", a named person, or a singular noun that is no group or force."""
    if tok.pos_ == "PRON":
        return tok.lower_ in ("he", "she", "i")
    if tok.ent_type_ == "PERSON":
        return True
    return (tok.tag_ == "NN" and lem(tok) not in GROUP_OBJ and ctx.mtype(tok) is None
            and not any(c.dep_ == "conj" for c in tok.children))


def r_group(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "group")
    objs = objects(tok) + preps(tok).get("from", []) + preps(tok).get("to", []) + preps(tok).get("with", [])
    if key in ("form", "formation", "dissolve", "disband", "dissolution", "rename"):
        # what is formed is the object when there is one ("groups formed a human chain" forms no group)
        named = [o for o in objects(tok) if o.pos_ in ("NOUN", "PROPN")] if key == "form" else []
        if not any(lem(o) in GROUP_OBJ or ctx.mtype(o) in ("armed_group",)
                   for o in (named or objs + actor + subjects(tok))):
            return None
    elif key in ("join",):
        if not any(ctx.mtype(o) in ("armed_group", "pmc") or lem(o) in GROUP_OBJ for o in objs):
            return None
        # "he joined the rebels as a teenager": one person enlisting is a life story, not a change to a group
        if any(_one_person(ctx, s) for s in subjects(tok)):
            return None
    elif key == "suspend":
        # "the front announced it suspends offensive actions": an armed group halting its operations; the
        # state's forces suspending an operation, or talks suspended, are other frames
        if ctx.is_state(actor) or not any(lem(o) in OPERATIONS for o in with_conjuncts(objects(tok))):
            return None
        # only an armed group's halt changes its activity: an aid agency suspending its work is none ("it" needs
        # an armed group named in the sentence)
        pron = bool(actor) and all(a.pos_ == "PRON" for a in actor)
        if not (phrase_has_class(actor, "armed_agent", ctx.lex) or any(ctx.mtype(a) == "armed_group" for a in actor)
                or (pron and ctx.has(*ARMED_WORDS))):
            return None
    elif key in ("surrender", "defect", "lay down", "split", "merge", "splinter", "demobilise", "demobilize"):
        if not (_forceful(ctx, subjects(tok) + actor) or ctx.has("fighter", "militant", "group", "faction", "rebel", "jihadist")):
            return None
    if tok.pos_ == "NOUN" and is_modifier(tok):
        return None
    if key == "surrender":
        target = preps(tok).get("to", [])
    return _fill(_cand("group_change", "group", tok), actor, target, assoc)


def r_disrupt(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = trigger_args(ctx, tok, "disrupt")
    objs = objects(tok) + (preps(tok).get("of", []) if tok.pos_ == "NOUN" else [])
    if key == "shoot down" and objs and not (phrase_has_class(objs, "weapon", lex) or phrase_has_class(
            objs, "force", lex) or ctx.mode):
        return None  # "shot down Kano Pillars 2-1": a team beaten, nothing in the air
    if key in ("intercept", "shoot down", "interception", "defuse", "demine"):
        pass
    elif key in ("detonate", "safely detonate"):
        if not ctx.has("safely", "controlled", "bomb disposal", "defus"):
            return None
    elif not phrase_has_class(objs, "weapon", lex):
        return None
    if key in ("dismantle",) and not phrase_has_class(objs, "weapon", lex):
        return None
    if raid_spoils(ctx, tok):
        return None  # "raided a camp and seized rifles": the raid's spoils, told with the raid
    # who fired the weapon that was stopped ("drones launched by the Houthis") is the target
    for o in objs:
        for ch in o.children:
            if ch.dep_ == "acl" and ch.tag_ == "VBN":
                target = target + agents(ch)
    return _fill(_cand("disrupted_weapons", "disrupt", tok, weight=0.65), actor, [t for t in target if t not in objs], assoc)


def _agreement_objs(tok: Token) -> list[Token]:
    # "talks ended without any agreement": what is missing is no object
    objs = objects(tok) + [o for p, lst in preps(tok).items() if p != "without" for o in lst]
    more = []
    for o in objs:
        more += prep_objects(o, "of")
    # "agree to open two corridors": the parser may make the infinitive an adverbial clause
    for x in children(tok, "xcomp") + [a for a in children(tok, "advcl") if children(a, "aux")]:
        more += objects(x)
    return objs + more


def r_agree(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = trigger_args(ctx, tok, "agree")
    if tok.pos_ == "NOUN":
        head = tok.head
        if not (tok.dep_ in ("nsubj",) and lem(head) in ("take", "hold", "begin", "come", "enter", "start")):
            return None
        actor = preps(tok).get("between", [])
        objs = [tok]
    elif key in ("exchange", "swap"):
        # a prisoner exchange is an agreement carried out ("exchanged 95 prisoners of war each")
        if not any(lem(o) in CAPTIVES for o in objects(tok)):
            return None
        actor, objs = with_conjuncts(subjects(tok)), objects(tok)
    else:
        objs = _agreement_objs(tok)
        if not phrase_has_class(objs, "agreement", lex):
            return None
        if any(lem(o) in COLLAPSE_NOUNS for o in objs):
            return None  # "announced the end of the accord": the collapse frame
        actor = subjects(tok)
        between = [o for x in objs for o in prep_objects(x, "between", "with")]
        assoc = assoc + with_conjuncts(between)
    truce = phrase_has_class(objs, "truce", lex) or any(
        has_class(c, "truce", lex) for o in objs for c in o.children if c.dep_ in ("compound", "amod", "nmod"))
    t = "ceasefire" if truce else "agreement_signed"
    return _fill(_cand(t, "agree", tok, weight=0.65), actor, [], assoc)


#: What two sides exchange when they carry out a deal on captives.
CAPTIVES = frozenset({"prisoner", "detainee", "captive", "hostage", "pow", "body", "remains"})

COLLAPSE_NOUNS = {"end", "termination", "suspension", "collapse", "breakdown", "revocation", "abrogation", "failure",
                  "withdrawal", "cancellation", "annulment"}


#: Talks as the object of a verb that stops them make an agreement process collapse.
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "dialogue", "process"})
TALKS_STOPPED = frozenset({"suspend", "end", "terminate", "abandon", "scrap", "quit", "withdraw", "denounce"})


def r_collapse(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = trigger_args(ctx, tok, "collapse")
    if tok.pos_ == "NOUN":
        objs = preps(tok).get("of", [])
        actor = subjects(tok.head) if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else []
    elif key in ("collapse", "break down", "unravel", "fail"):
        objs = subjects(tok)
        actor = []
    else:
        objs = _agreement_objs(tok)
        actor = subjects(tok)
    # "suspended peace talks with the rebels", "broke off negotiations": a process stopped by one side
    talks = tok.pos_ == "VERB" and key in TALKS_STOPPED and any(lem(o) in TALK_NOUNS for o in objects(tok))
    if not (phrase_has_class(objs, "agreement", lex) or talks):
        return None
    between = [o for x in objs for o in prep_objects(x, "between", "with")]
    if actor:
        return _fill(_cand("agreement_collapsed", "collapse", tok, weight=0.65), actor, [], assoc + with_conjuncts(between))
    return _fill(_cand("agreement_collapsed", "collapse", tok, weight=0.65), with_conjuncts(between), [], assoc)


#: Whom a state summons to protest: "summoned the ambassador", "the chargé d'affaires".
DIPLOMATS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge", "d'affaires", "affaires", "consul",
                       "attaché", "attache", "representative"})


def r_disapprove(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "disapprove")
    # "the chargé d'affaires": the title's first word is a compound of the object's head
    if key == "summon" and not any(lem(w) in DIPLOMATS or w.lower_ in DIPLOMATS
                                   for o in objects(tok) for w in [o] + [c for c in o.children if c.dep_ == "compound"]):
        return None
    if key in ("reject",) or loss_told(tok):
        return None  # "we deplore two soldiers wounded": a side's toll, no protest
    if key == "slam" and (preps(tok).get("into") or preps(tok).get("onto")):
        return None  # "a drone slammed into a depot"
    target = objects(tok)
    if tok.pos_ == "VERB" and not children(tok, "dobj", "nsubjpass") and _reports_clause(tok):
        return None  # "… killing two, a rights group denounced": the verb reports the news, as "said" does
    return _fill(_cand("diplomatic_protest", "disapprove", tok, weight=0.55), actor, target, assoc)


def _reports_clause(tok: Token) -> bool:
    """A verb of disapproval with no object whose clausal complement comes before it and tells an act of its
    own ("Soldiers fired on the crowd, killing two, Amnesty deplored"): the speaker names the news, the way a
    verb of saying does; "condemned the shooting of villagers" keeps its object and stays a protest."""
    return any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i < tok.i
               and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children) for c in tok.children)


def _blames_what_was_told(tok: Token) -> bool:
    """ "gunmen fired on a post; the police blamed the front": a blame with no act of its own ("for", "of", a
    clause after it) set after the clause that tells the act names who did that act, not a new event."""
    if tok.pos_ != "VERB" or any(p in preps(tok) for p in ("for", "of", "over")):
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > tok.i for c in tok.children):
        return False
    before = [c for c in tok.children if c.dep_ in ("ccomp", "conj", "parataxis") and c.i < tok.i
              and c.pos_ in ("VERB", "AUX")]
    if tok.dep_ in ("conj", "parataxis") and tok.head.i < tok.i and tok.head.pos_ in ("VERB", "AUX"):
        before.append(tok.head)
    return bool(before) and bool(objects(tok))


def _charge_of_the_held(ctx, tok: Token) -> bool:
    """An accusation in a relative clause on the person a side arrests ("arrested a man they accused of guiding
    militants", "detained two youths suspected of ...") says why they were held: part of the arrest."""
    if tok.dep_ not in ("relcl", "acl") or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    person = tok.head
    holder = person.head if person.dep_ in ("dobj", "nsubjpass", "pobj", "conj") else None
    while holder is not None and holder.dep_ == "conj" and holder.pos_ not in ("VERB",):
        holder = holder.head  # "arrested two men and a woman they accused of ..."
    if holder is None or holder.pos_ != "VERB":
        return False
    return "arrest" in ctx.lex.verbs.get(lem(holder), ()) or any(
        "arrest" in ctx.lex.verbs.get(k, ()) for k in phrasal(holder))


def r_accuse(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "accuse")
    if key == "blame" and _blames_what_was_told(tok):
        return None
    if _charge_of_the_held(ctx, tok):
        return None
    if tok.pos_ == "VERB":
        target = objects(tok) if not children(tok, *PASSIVE_SUBJ) else children(tok, *PASSIVE_SUBJ)
        target += preps(tok).get("for", []) if key == "blame" else []
    return _fill(_cand("accusation", "accuse", tok, weight=0.55), actor, target, assoc)


def r_announce(ctx, tok, key):
    if tok.pos_ == "NOUN":
        return None
    actor, target, assoc = trigger_args(ctx, tok, "announce")
    if not actor:
        return None
    return _fill(_cand("statement", "announce", tok, weight=0.35), actor, [], assoc)


def r_assess(ctx, tok, key):
    lex = ctx.lex
    if tok.pos_ == "NOUN":
        return None
    subj = subjects(tok)
    if not (phrase_has_class(subj, "analyst", lex) or any(ctx.mtype(s) == "source" for s in subj)):
        return None
    return _fill(_cand("analytic_assessment", "assess", tok, weight=0.35), [], [], [])


RESOLVERS = {
    "attack": r_attack, "dead": r_dead, "abduct": r_abduct, "sexual": r_sexual, "arrest": r_arrest, "loot": r_loot,
    "capture": r_capture, "deploy": r_deploy, "base": r_base, "withdraw": r_withdraw, "handover": r_handover,
    "train": r_train, "protest": r_protest, "riot": r_riot, "coup": r_coup, "leader": r_leader,
    "group": r_group, "disrupt": r_disrupt, "agree": r_agree, "collapse": r_collapse,
    "disapprove": r_disapprove, "accuse": r_accuse, "threaten": r_threaten, "sanction": r_sanction,
    "other": r_other, "announce": r_announce, "assess": r_assess,
}
