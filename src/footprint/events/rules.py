"""Rules per frame: from a trigger, its frame and the parse to a typed candidate.

``RESOLVERS`` maps each frame of ``triggers.yaml`` to a function
``(context, token, key) -> Candidate | None``; ``None`` means the frame's rules
do not accept the sentence and the next frame is tried.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .arguments import trigger_args
from .candidate import Candidate
from .context import SentenceContext
from .filters import is_modifier
from .syntax import (
    PASSIVE_SUBJ,
    agents,
    children,
    has_class,
    is_place,
    lem,
    noun_keys,
    objects,
    onset_subject,
    phrase_has_class,
    phrasal,
    prep_objects,
    preps,
    subjects,
    with_conjuncts,
)

NONVIOLENT_CUES = ("without a fight", "without resistance", "without firing a shot", "unopposed",
                   "without a shot", "peacefully", "without fighting", "without any resistance",
                   "without meeting resistance")
EXCESSIVE_CUES = ("live ammunition", "live rounds", "live bullets", "opened fire", "open fire", "shot dead",
                  "killing", "killed", "dead", "died", "fatal", "were shot", "gunned down")
INTERVENTION_CUES = ("tear gas", "teargas", "disperse", "water cannon", "baton", "rubber bullet", "broke up",
                     "break up", "arrest", "detain", "crackdown", "cracked down", "beat", "whip")
RIOT_CUES = ("riot", "rioter", "burned", "burnt", "burning", "torch", "set fire", "set on fire", "ablaze",
             "threw stones", "throwing stones", "pelted", "pelt", "stones", "rocks", "ransack", "stormed",
             "vandal", "loot", "barricade", "clashed with", "violent")
#: Close-combat words: a fight on the ground stays an armed clash when mortars or artillery are only mentioned
#: beside it ("heavy fighting raged, with residents reporting mortar fire"); a cue on the trigger itself
#: ("traded artillery fire", "a mortar battle") still makes it shelling.
CLOSE_COMBAT = frozenset({"clash", "fight", "fighting", "battle", "firefight", "gunfight", "gunbattle", "skirmish",
                          "shootout", "engage"})
#: Means of crowd control: firing or using them is an intervention at a protest, never an armed attack.
CROWD_CONTROL = frozenset({"gas", "teargas", "tear gas", "tear-gas", "cannon", "water cannon", "rubber bullet",
                           "baton", "truncheon", "pepper spray", "warning shot"})
#: Words for a verbal attack ("a blistering attack on the budget"): the attack is criticism, not violence.
RHETORICAL = frozenset({"verbal", "political", "blistering", "scathing", "stinging", "withering", "rhetorical",
                        "personal", "fierce-worded", "broadside", "written", "legal", "cyber", "online"})
#: What only words can attack: a budget, a policy, a decision, a speech.
ABSTRACT_TARGETS = frozenset({"budget", "policy", "plan", "bill", "law", "decision", "record", "reform", "proposal",
                              "programme", "program", "strategy", "speech", "remark", "comment", "statement",
                              "idea", "ruling", "verdict", "report", "credibility", "reputation", "legacy",
                              "leadership", "handling", "stance", "manifesto", "motion", "amendment"})
#: Verbs whose victims are taken, held or abused rather than attacked: an attack noun in "in a raid", "during
#: an attack" below one of them is the setting of that act ("kidnapped 61 villagers in a raid").
SETTING_FRAMES = frozenset({"abduct", "arrest", "sexual"})
#: A crowd that riots when it destroys or loots (armed men who burn a school do not).
RIOTING_CROWD = frozenset({"protester", "protestor", "demonstrator", "rioter", "youth", "student", "mob", "crowd",
                           "supporter", "vigilante", "marcher"})
#: What is done to property in a raid; with no one killed, hurt or taken, the raid is looting or destruction.
PROPERTY_HARM = ("steal", "stole", "loot", "pillag", "plunder", "burn", "torch", "set fire", "set ablaze", "alight",
                 "rustl", "ransack", "raze", "carried off", "carry off", "made off")
PERSON_HARM = ("kill", "dead", "died", "wound", "injur", "hurt", "abduct", "kidnap", "shot", "rape", "execut",
               "behead", "massacr", "casualt", "hostage", "seiz", "took", "taken", "beat")

MOB_CUES = ("mob ", "mobs ", "lynch", "vigilante", "jungle justice", "mob justice", "beat to death", "beaten to death",
            "angry crowd")


def _keys(tok: Token, key: str) -> frozenset[str]:
    """What a rule compares with its word lists: the trigger key, the lemma, and the lemma with each
    particle or preposition after it ("move into", "take over", "set up")."""
    return phrasal(tok) | {key}


def _cand(type_: str, frame: str, tok: Token, **kw) -> Candidate:
    return Candidate(type=type_, frame=frame, token=tok, start=tok.idx, end=tok.idx + len(tok.text), **kw)


def _fill(c: Candidate, actor, target, assoc) -> Candidate:
    return replace(c, actor_toks=tuple(actor), target_toks=tuple(target), assoc_toks=tuple(assoc))


def r_attack(ctx: SentenceContext, tok: Token, key: str) -> Candidate | None:
    lex = ctx.lex
    actor, target, assoc = trigger_args(ctx, tok, "attack")
    if key in ("shoot down",):
        return None
    if tok.pos_ == "NOUN" and _stopped(tok):
        return None  # "a cessation of hostilities", "an end to the fighting": the fighting stops
    # a war or conflict is told as an event only where it breaks out ("war broke out between X and Y");
    # elsewhere it is the setting ("the war in the north has displaced ...")
    if key in ("war", "conflict") and not onset_subject(tok):
        return None
    if key == "fire" and not (children(tok, "dobj") or preps(tok).get("on") or preps(tok).get("at")):
        return None
    if _rhetorical(ctx, tok, target):
        return None  # "launched a blistering attack on the budget": words, not violence
    if tok.pos_ == "NOUN" and _setting(ctx, tok):
        return None  # "kidnapped 61 villagers in a raid": the raid is how the abduction was done
    # tear gas, water cannon, rubber bullets: crowd control, an intervention where people protest
    if key in ("fire", "launch", "use") and any(set(noun_keys(o)) & CROWD_CONTROL
                                               for o in with_conjuncts(objects(tok))):
        return _fill(_cand("protest_intervention", "attack", tok), actor, target, assoc) if ctx.protest else None
    # a weapon that slams or crashes into something ("a drone slammed into a depot"); a car that does is no attack
    if key in ("slam into", "crash into", "smash into", "plough into", "plow into") and not any(
            has_class(s, "weapon", lex) or _aerial(ctx, s) for s in subjects(tok)):
        return None
    # "launched a missile at a tanker", "launched drones": launching is an attack only with a weapon launched
    if key == "launch" and not phrase_has_class(objects(tok), "weapon", lex):
        return None
    if key in ("raid", "storm") and _property_raid(ctx, tok, target):
        return None  # "raided the village and stole cattle": nobody hurt, the loot frame tells it
    # "landed" is an attack only with a weapon as subject ("a shell landed on the market"), whatever else the
    # sentence holds: troops or a transport plane that land make no attack
    if key == "land" and not any(has_class(s, "weapon", lex) for s in subjects(tok)):
        return None
    # "jets destroyed a depot": destruction by an aircraft or a weapon is a strike; by people it is looting
    if key == "destroy" and not any(has_class(s, "weapon", lex) or _aerial(ctx, s) for s in actor):
        return None
    if not ctx.mode:
        # dropping or throwing is an attack only with a weapon word (stones thrown at a protest are a riot)
        if key in ("drop", "lob", "hurl", "throw"):
            return None
    if key in ("engage",) and not (phrase_has_class(target + actor, "force", lex)):
        return None
    if key in ("neutralise", "neutralize") and phrase_has_class(target, "weapon", lex):
        return None
    if key in ("hit", "target", "strike", "bomb", "detonate", "explode", "blow up") and phrase_has_class(target, "agreement", lex):
        return None
    if key in ("wound", "injure", "kill", "shoot", "execute") and tok.pos_ == "VERB" and not (target or actor):
        return None
    if key == "strike" and tok.pos_ == "NOUN" and (ctx.has("on strike", "general strike", "hunger strike", "workers", "union", "salar", "wage")
                                                    or _strikers(ctx, tok)):
        return _protest_type(ctx, tok, actor, target, assoc)
    if key == "execute" and not phrase_has_class(target, "civilian", lex) and not phrase_has_class(target, "force", lex):
        return None
    if key == "detonate" and ctx.has("safely", "controlled", "defused", "bomb disposal"):
        return None
    if ctx.has("sexual", "rape"):
        return _fill(_cand("sexual_violence", "attack", tok, civilian_target=True), actor, target, assoc)
    mode = ctx.mode_for(tok)
    if key == "destroy":  # what destroyed it says how ("jets destroyed two drones" is an air strike)
        mode = ctx.mode_of([t for a in actor for t in a.subtree]) or mode
    civ = ctx.civilian(target)
    # armed sides fighting each other stay a battle when people die around them ("rival groups fought for hours,
    # killing three people"): only a target of the fighting itself makes it violence against civilians
    mutual = lem(tok) in CLOSE_COMBAT and bool(actor) and not any(
        phrase_has_class(actor, c, lex) for c in ("civilian", "crowd", "protester"))
    if civ is None and not mutual:
        civ = ctx.sentence_victims()
    state_actor = ctx.is_state(actor)
    # protests met with force, riots and mobs are read from the sentence around the trigger
    if ctx.protest and mode is None:
        if phrase_has_class(target, "protester", lex) or ctx.has("protester", "demonstrator", "protesting",
                                                                 "demonstrating", "marcher"):
            if state_actor or phrase_has_class(actor, "force", lex):
                t = "protest_excessive_force" if ctx.has(*EXCESSIVE_CUES) else "protest_intervention"
                return _fill(_cand(t, "attack", tok), actor, target, assoc)
        if phrase_has_class(actor, "protester", lex) or phrase_has_class(actor, "crowd", lex):
            return _fill(_cand("riot", "attack", tok), actor, target, assoc)
    if mode is None and (ctx.has(*MOB_CUES) or (actor and phrase_has_class(actor, "crowd", lex)
                                                 and not phrase_has_class(actor, "armed_agent", lex)
                                                 and not state_actor and not phrase_has_class(actor, "force", lex))):
        return _fill(_cand("mob_violence", "attack", tok), actor, target, assoc)
    if mode:
        t = mode
        if mode == "shelling" and key in ("shoot", "fire") and not ctx.has("mortar", "rocket", "missile", "shell", "artillery"):
            t = "armed_clash"
        if mode == "shelling" and lem(tok) in CLOSE_COMBAT and not ctx.mode_of(list(tok.subtree)):
            t = "armed_clash"
        c = _cand(t, "attack", tok, mode=_MODE_NAME.get(t, t), civilian_target=bool(civ))
        return _fill(c, actor, target, assoc)
    if key in ("ambush",):
        t = "attack_on_civilians" if civ else "ambush"
        return _fill(_cand(t, "attack", tok, mode="ambush", civilian_target=bool(civ)), actor, target, assoc)
    if key == "strike" and tok.pos_ == "NOUN":
        return _fill(_cand("air_strike", "attack", tok, mode="air_strike", weight=0.4), actor, target, assoc)
    if civ:
        return _fill(_cand("attack_on_civilians", "attack", tok, civilian_target=True), actor, target, assoc)
    return _fill(_cand("armed_clash", "attack", tok, mode="armed_clash"), actor, target, assoc)


def _aerial(ctx: SentenceContext, tok: Token) -> bool:
    """An aircraft or drone named by the lexicon's air and drone cues ("jets", "warplanes", "drones")."""
    words = {lem(tok), tok.lower_} | {f"{lem(c)} {lem(tok)}" for c in tok.children if c.dep_ in ("compound", "amod")}
    return any(words & cues for mode, cues in ctx.lex.modes if mode in ("air_strike", "drone_strike"))


def _rhetorical(ctx: SentenceContext, tok: Token, target: list[Token]) -> bool:
    """A verbal attack: "a blistering attack on the budget", "attacked the government's policy"."""
    if tok.pos_ == "NOUN" and any(lem(c) in RHETORICAL for c in tok.children if c.dep_ in ("amod", "compound")):
        return True
    aimed = target + (preps(tok).get("on", []) if tok.pos_ == "NOUN" else [])
    return bool(aimed) and all(lem(t) in ABSTRACT_TARGETS for t in with_conjuncts(aimed))


def _setting(ctx: SentenceContext, tok: Token) -> bool:
    """An attack noun in "in a raid", "during an attack" under a verb of taking or abusing people."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in ("in", "during") or head.head.pos_ != "VERB":
        return False
    verb = head.head
    return any(f in SETTING_FRAMES for k in {lem(verb), verb.lower_} for f in ctx.lex.verbs.get(k, ()))


def _property_raid(ctx: SentenceContext, tok: Token, target: list[Token]) -> bool:
    """A raid on a village or a market where only property is taken or burned: looting, not an attack."""
    if not ctx.has(*PROPERTY_HARM) or ctx.has(*PERSON_HARM):
        return False
    aimed = [t for t in with_conjuncts(target) if t.ent_type_ not in ("DATE", "TIME")]  # "on Sunday"
    return bool(aimed) and all(has_class(t, "property", ctx.lex) or has_class(t, "place", ctx.lex) for t in aimed)


def _strikers(ctx: SentenceContext, tok: Token) -> bool:
    """A strike by doctors, teachers or workers ("a strike by doctors", "the teachers' strike") is a walk-out."""
    who = preps(tok).get("by", []) + children(tok, "poss", "compound")
    return any(has_class(w, "civilian", ctx.lex) or has_class(w, "crowd", ctx.lex) for w in who) and not any(
        has_class(w, "force", ctx.lex) or ctx.mtype(w) for w in who)


STOP_NOUNS = {"cessation", "end", "halt", "stop", "suspension", "pause", "ban", "ceasefire", "truce", "moratorium"}


def _stopped(tok: Token) -> bool:
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("of", "to", "on") and lem(head.head) in STOP_NOUNS:
        return True
    return tok.dep_ == "compound" and lem(head) in STOP_NOUNS


_MODE_NAME = {"ied_attack": "ied", "grenade_attack": "grenade", "chemical_attack": "chemical"}


def _protest_type(ctx: SentenceContext, tok: Token, actor, target, assoc) -> Candidate:
    if ctx.has(*MOB_CUES):
        t = "mob_violence"
    elif ctx.has(*EXCESSIVE_CUES) and (ctx.has("police", "soldier", "force", "troop", "gendarme", "army", "guard")):
        t = "protest_excessive_force"
    elif ctx.has(*RIOT_CUES):
        t = "riot"
    elif ctx.has(*INTERVENTION_CUES):
        t = "protest_intervention"
    else:
        t = "protest"
    return _fill(_cand(t, "protest", tok), actor, target, assoc)


def r_protest(ctx: SentenceContext, tok: Token, key: str) -> Candidate | None:
    actor, target, assoc = trigger_args(ctx, tok, "protest")
    lex = ctx.lex
    if key == "use":
        # "police used water cannon against demonstrators"
        if not (ctx.protest and any(set(noun_keys(o)) & CROWD_CONTROL
                                    for o in with_conjuncts(objects(tok)))):
            return None
        return _fill(_cand("protest_intervention", "protest", tok), actor, target, assoc)
    if tok.pos_ == "VERB":
        if key == "gather" and not ctx.protest:
            return None
        if key in ("march", "rally") and (phrase_has_class(actor, "force", lex) and not phrase_has_class(actor, "crowd", lex)):
            return None
        # a state or its officials protesting a decision is diplomacy, not a street protest
        if key == "protest" and (ctx.is_state(actor) or any(t.ent_type_ in ("GPE", "NORP") for t in actor)):
            return _fill(_cand("diplomatic_protest", "protest", tok), actor, children(tok, "dobj"), assoc)
        if key == "protest" and children(tok, "dobj") and not phrase_has_class(actor, "crowd", lex):
            return _fill(_cand("diplomatic_protest", "protest", tok), actor, children(tok, "dobj"), assoc)
    elif key == "march" and not ctx.protest and not ctx.has("marched", "marcher"):
        return None
    elif key == "strike" and not ctx.has("on strike", "general strike", "workers", "union", "salar", "wage", "teacher", "doctor"):
        return None
    if is_modifier(tok):
        return None
    return _protest_type(ctx, tok, actor, target, assoc)


def r_riot(ctx: SentenceContext, tok: Token, key: str) -> Candidate | None:
    actor, target, assoc = trigger_args(ctx, tok, "riot")
    lex = ctx.lex
    if tok.pos_ in ("NOUN", "PROPN") and is_modifier(tok):
        return None  # "riot police", "riot gear" name who or what, no riot
    if key in ("beat", "pelt", "stone") and not (phrase_has_class(actor, "crowd", lex) or ctx.protest or ctx.has(*MOB_CUES)):
        return None
    if key == "beat" and ctx.protest and (ctx.is_state(actor) or phrase_has_class(actor, "force", lex)):
        return _fill(_cand("protest_intervention", "riot", tok), actor, target, assoc)
    if key in ("lynch", "lynching", "beat to death") or ctx.has(*MOB_CUES) or (
            key == "beat" and not ctx.protest):
        return _fill(_cand("mob_violence", "riot", tok), actor, target, assoc)
    return _fill(_cand("riot", "riot", tok), actor, target, assoc)


PERSON_PRONOUNS = {"he", "she", "him", "her", "they", "them"}


def r_abduct(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "abduct")
    if key in ("take", "take away", "drag", "drag away", "lead away", "whisk away", "carry off"):
        # "taken from his home by men in plain clothes": a person removed by force
        if not phrase_has_class(target, "civilian", ctx.lex) and not any(
                t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS for t in target):
            return None
        if not (preps(tok).get("from") or any(c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("away", "off"))
                                              for c in tok.children) or key != "take"
                or ctx.has("missing", "whereabouts", "unknown location", "disappear")):
            return None
        if ctx.has("to hospital", "to a hospital", "to safety"):
            return None
    if key == "disappear" and not ctx.has("forcibly", "forced"):
        return None
    return _fill(_cand("abduction", "abduct", tok, civilian_target=True), actor, target, assoc)


def r_sexual(ctx, tok, key):
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
    if ctx.is_state(actor) is False or phrase_has_class(actor, "armed_agent", lex):
        return _fill(_cand("abduction", "arrest", tok, civilian_target=True), actor, target, assoc)
    # arrests made at a protest are ACLED's "protest with intervention"
    if ctx.protest and tok.pos_ == "VERB" and (phrase_has_class(target, "protester", lex) or ctx.has(
            "during a protest", "during a demonstration", "during the protest", "during the demonstration",
            "demonstration", "protest", "rally", "march") and not ctx.has("riot")):
        return _fill(_cand("protest_intervention", "arrest", tok), actor, target, assoc)
    return _fill(_cand("arrest", "arrest", tok), actor, target, assoc)


def r_loot(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "loot")
    lex = ctx.lex
    if key in ("destroy", "burn", "torch", "set fire", "set ablaze", "raze", "demolish", "burn down", "sabotage", "destruction"):
        if phrase_has_class(target, "weapon", lex) or _materiel(ctx, target + preps(tok).get("to", [])):
            return None  # weapons and military vehicles destroyed in fighting belong to the fight
        if key in ("destroy", "destruction") and not phrase_has_class(target, "property", lex):
            return None
    if key in ("steal", "theft") and not (phrase_has_class(target, "property", lex) or ctx.has("cattle", "livestock")):
        return None
    if ctx.protest and (phrase_has_class(actor, "protester", lex) or phrase_has_class(actor, "crowd", lex) or ctx.has("rioter")):
        return _fill(_cand("riot", "loot", tok), actor, target, assoc)
    # students, youths or a crowd ransacking or burning: a riot, whatever the cause
    if any(lem(a) in RIOTING_CROWD for a in with_conjuncts(actor)) and not phrase_has_class(actor, "armed_agent", lex):
        return _fill(_cand("riot", "loot", tok), actor, target, assoc)
    if ctx.has(*MOB_CUES):
        return _fill(_cand("mob_violence", "loot", tok), actor, target, assoc)
    return _fill(_cand("looting", "loot", tok), actor, target, assoc)


#: Buildings a force word may qualify ("a police station", "army offices"): property, not materiel.
BUILDINGS = frozenset({"station", "office", "building", "house", "home", "school", "hospital", "clinic", "court",
                       "prison", "residence"})
MILITARY_MODIFIERS = frozenset({"armoured", "armored", "military", "army", "combat"})


def _materiel(ctx: SentenceContext, toks: list[Token]) -> bool:
    """Military vehicles and equipment ("two armoured vehicles", "army trucks"), not civilian property."""
    return any(any(c.dep_ in ("amod", "compound") and (lem(c) in MILITARY_MODIFIERS or has_class(c, "force", ctx.lex))
                   for c in t.children) and lem(t) not in BUILDINGS
               for t in with_conjuncts(toks))


def _control_obj(tok: Token, objs: list[Token]) -> list[Token]:
    out = []
    for o in objs:
        if lem(o) in ("control", "hold", "charge", "possession"):
            out += prep_objects(o, "of", "over")
        else:
            out.append(o)
    pp = preps(tok)
    if lem(tok) == "take" and not out:
        out += pp.get("of", [])
    return out


def r_capture(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = trigger_args(ctx, tok, "capture")
    if key in ("control", "hold") and tok.tag_ not in ("VBD", "VBN"):
        return None  # "JNIM controls the roads": a state, not an event
    if key in ("fall",):
        to = preps(tok).get("to", [])
        if not to:
            return None
        # "X fell to the rebels"; "the fall of the garrison to the RSF"
        actor, target = to, (subjects(tok) if tok.pos_ == "VERB" else preps(tok).get("of", []))
    if key == "take" and not any(lem(o) in TAKEN_PLACES or (o.pos_ == "PROPN" and is_place(o, lex, ctx.place_starts))
                                 for o in with_conjuncts(objects(tok))):
        return None  # "took positions", "took the road": only a settlement or a base is taken
    target = _control_obj(tok, target)
    if _keys(tok, key) & {"take control", "take over"}:
        target = target or preps(tok).get("of", [])
    if not target:
        return None
    losers = preps(tok).get("from", []) if tok.pos_ == "VERB" else []
    if phrase_has_class(target, "weapon", lex):
        return None  # disrupted weapons use
    # people taken, not places: civilians, or forces that are not also places ("post", "camp" are both)
    person = phrase_has_class(target, "civilian", lex) or (
        phrase_has_class(target, "force", lex) and not phrase_has_class(target, "place", lex))
    # a day ("on Friday") is no place that would make the people taken a place taken
    if person and not any(is_place(t, lex, ctx.place_starts) for t in target if t.ent_type_ not in ("DATE", "TIME")):
        if lem(tok) in ("seize", "capture"):
            if ctx.is_state(actor):
                return _fill(_cand("arrest", "capture", tok), actor, target, assoc)
            return _fill(_cand("abduction", "capture", tok, civilian_target=True), actor, target, assoc)
        return None
    if not any(is_place(t, lex, ctx.place_starts) or _taken_name(ctx, t) for t in with_conjuncts(target)):
        return None
    base = phrase_has_class(target, "base", lex)
    violent = ctx.has("attack", "fight", "battle", "clash", "storm", "assault", "overran", "overrun", "killed")
    if ctx.has(*NONVIOLENT_CUES):
        return _fill(_cand("territory_transfer", "capture", tok), actor, target + losers, assoc)
    # moving into a place another force has just left is a transfer, not a battle
    if not violent and key not in FORCEFUL_CAPTURE and ctx.lemmas & LEAVE_LEMMAS:
        return _fill(_cand("territory_transfer", "capture", tok), actor, target + losers, assoc)
    if _keys(tok, key) & OCCUPY_KEYS and base and not violent:
        return _fill(_cand("base_occupied", "capture", tok), actor, target, assoc)
    if lem(tok) == "enter":
        return None
    state = ctx.is_state(actor)
    if state or (state is None and lem(tok) in REGAIN_LEMMAS):
        return _fill(_cand("territory_regained", "capture", tok), actor, target + losers, assoc)
    return _fill(_cand("territory_overtaken", "capture", tok), actor, target + losers, assoc)


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
    return not any(c.dep_ in ("appos", "poss") or c.pos_ != "PROPN" or c.lower_.rstrip(".") in PERSON_TITLES
                   for c in parts)


#: What "take" takes when it means capture: a settlement or a base ("rebels have taken the town").
TAKEN_PLACES = frozenset({"town", "village", "city", "locality", "capital", "district", "base", "airbase", "garrison",
                          "outpost", "barracks", "headquarters", "camp", "airport", "port", "hamlet", "settlement",
                          "stronghold", "crossing", "municipality", "island"})
FORCEFUL_CAPTURE = {"capture", "seize", "overrun", "recapture", "retake", "conquer", "liberate", "storm", "regain",
                    "liberation"}
#: Entering or taking over a base (no fighting) occupies it; multiword keys are verb + particle or preposition.
OCCUPY_KEYS = frozenset({"enter", "occupy", "take", "take over", "occupation", "move into", "move in"})
#: Words that say the taker held the place before: with no known actor, territory is regained.
REGAIN_LEMMAS = frozenset({"retake", "recapture", "regain", "liberate", "liberation"})
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
        if key in ("arrive", "move in") and _raiders(ctx, subj):
            return None  # attackers arriving where they strike: the approach of an attack, not a deployment
        if key in ("deploy", "redeploy", "station") and objs and not _forceful(ctx, objs) and not _forceful(ctx, subj):
            return None
        # the force sent is the actor; the sender is associated
        deployed = [o for o in objs if _forceful(ctx, [o])]
        if deployed and key not in ("arrive", "land", "fly in", "move in"):
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
    if tok.dep_ in ("pobj",) and tok.head.head is not tok:
        near.append(tok.head.head)
    out = []
    for t in near:
        if has_class(t, "base", lex) and not any(lem(c) in ("idp", "refugee", "displacement", "displaced", "protest")
                                                  for c in t.children):
            out.append(t)
    return out


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
    if tok.pos_ == "NOUN":
        if is_modifier(tok):
            return None
        if not (_forceful(ctx, actor) or ctx.has("troop", "soldier", "force", "mission", "peacekeeper", "military")):
            return None
    return _fill(_cand("withdrawal", "withdraw", tok), actor, target, assoc)


def r_handover(ctx, tok, key):
    lex = ctx.lex
    actor, target, assoc = trigger_args(ctx, tok, "handover")
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


def r_group(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "group")
    objs = objects(tok) + preps(tok).get("from", []) + preps(tok).get("to", []) + preps(tok).get("with", [])
    if key in ("form", "formation", "dissolve", "disband", "dissolution", "rename"):
        if not any(lem(o) in GROUP_OBJ or ctx.mtype(o) in ("armed_group",) for o in objs + actor + subjects(tok)):
            return None
    elif key in ("join",):
        if not any(ctx.mtype(o) in ("armed_group", "pmc") or lem(o) in GROUP_OBJ for o in objs):
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
    if key in ("intercept", "shoot down", "interception", "defuse", "demine"):
        pass
    elif key in ("detonate", "safely detonate"):
        if not ctx.has("safely", "controlled", "bomb disposal", "defus"):
            return None
    elif not phrase_has_class(objs, "weapon", lex):
        return None
    if key in ("dismantle",) and not phrase_has_class(objs, "weapon", lex):
        return None
    # who fired the weapon that was stopped ("drones launched by the Houthis") is the target
    for o in objs:
        for ch in o.children:
            if ch.dep_ == "acl" and ch.tag_ == "VBN":
                target = target + agents(ch)
    return _fill(_cand("disrupted_weapons", "disrupt", tok, weight=0.65), actor, [t for t in target if t not in objs], assoc)


def _agreement_objs(tok: Token) -> list[Token]:
    objs = objects(tok) + [o for lst in preps(tok).values() for o in lst]
    more = []
    for o in objs:
        more += prep_objects(o, "of")
    for x in children(tok, "xcomp"):
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


COLLAPSE_NOUNS = {"end", "termination", "suspension", "collapse", "breakdown", "revocation", "abrogation", "failure",
                  "withdrawal", "cancellation", "annulment"}


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
    if not phrase_has_class(objs, "agreement", lex):
        return None
    between = [o for x in objs for o in prep_objects(x, "between", "with")]
    if actor:
        return _fill(_cand("agreement_collapsed", "collapse", tok, weight=0.65), actor, [], assoc + with_conjuncts(between))
    return _fill(_cand("agreement_collapsed", "collapse", tok, weight=0.65), with_conjuncts(between), [], assoc)


def r_disapprove(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "disapprove")
    if key == "summon" and not any(lem(o) in ("ambassador", "envoy", "diplomat", "chargé", "charge") for o in objects(tok)):
        return None
    if key in ("reject",):
        return None
    if key == "slam" and (preps(tok).get("into") or preps(tok).get("onto")):
        return None  # "a drone slammed into a depot"
    target = objects(tok)
    return _fill(_cand("diplomatic_protest", "disapprove", tok, weight=0.55), actor, target, assoc)


def r_accuse(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "accuse")
    if tok.pos_ == "VERB":
        target = objects(tok) if not children(tok, *PASSIVE_SUBJ) else children(tok, *PASSIVE_SUBJ)
        target += preps(tok).get("for", []) if key == "blame" else []
    return _fill(_cand("accusation", "accuse", tok, weight=0.55), actor, target, assoc)


def r_threaten(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "threaten")
    if key == "warn" and not (children(tok, "dobj") or preps(tok).get("against")):
        return None
    if phrase_has_class(subjects(tok), "analyst", ctx.lex):
        return None
    if tok.pos_ == "VERB":
        target = objects(tok) + preps(tok).get("against", [])
    return _fill(_cand("threat", "threaten", tok, weight=0.5), actor, target, assoc)


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


def _measure_keys(objs: list[Token]) -> set[str]:
    """Head nouns of the objects (with conjuncts) as lemma keys: "curfew", "martial law", "state of emergency"."""
    out: set[str] = set()
    for o in with_conjuncts(objs):
        out.update(noun_keys(o))
        out.update(f"{lem(o)} of {lem(x)}" for x in prep_objects(o, "of"))
    return out


def r_other(ctx, tok, key):
    actor, target, assoc = trigger_args(ctx, tok, "other")
    heads = _measure_keys(objects(tok))
    if tok.pos_ == "NOUN":
        if is_modifier(tok) and lem(tok) != "curfew":
            return None
        if tok.dep_ == "dobj" and lem(tok.head) in ("impose", "declare", "lift", "extend", "announce", "order"):
            return _fill(_cand("other", "other", tok, weight=0.55), subjects(tok.head), [], assoc)
        return None
    if key == "impose" and heads & SANCTION_NOUNS:
        return _fill(_cand("sanction", "other", tok, weight=0.55), actor, preps(tok).get("on", []), assoc)
    if heads & MEASURE_NOUNS:
        return _fill(_cand("other", "other", tok, weight=0.55), actor, [], assoc)
    return None


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
    "attack": r_attack, "abduct": r_abduct, "sexual": r_sexual, "arrest": r_arrest, "loot": r_loot,
    "capture": r_capture, "deploy": r_deploy, "base": r_base, "withdraw": r_withdraw, "handover": r_handover,
    "train": r_train, "protest": r_protest, "riot": r_riot, "coup": r_coup, "leader": r_leader,
    "group": r_group, "disrupt": r_disrupt, "agree": r_agree, "collapse": r_collapse,
    "disapprove": r_disapprove, "accuse": r_accuse, "threaten": r_threaten, "sanction": r_sanction,
    "other": r_other, "announce": r_announce, "assess": r_assess,
}
