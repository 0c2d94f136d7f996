"""Rules for violence: attacks, protests and riots (abductions, sexual violence, arrests and looting are in
``abuses.py``).

Each ``r_<frame>`` function reads a trigger, its frame and the parse, and returns a typed ``Candidate``
or ``None`` when the frame's rules do not accept the sentence (``rules.RESOLVERS`` maps frames to them).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .arguments import FORCE_ON_CROWD, active_participle, trigger_args
from .candidate import Candidate
from .candidate import filled as _fill
from .candidate import typed as _cand
from .context import SentenceContext, starts_any, word_starts
from .filters import is_modifier
from .readings import GAME_WORDS, at_a_game, headline_passive, in_a_match
from .syntax import (
    agents,
    children,
    has_class,
    has_particle,
    lem,
    noun_keys,
    objects,
    onset_subject,
    phrase_has_class,
    preps,
    subjects,
    temporal,
    with_conjuncts,
)
from .vocabulary import CARRIERS, CARRY_VERBS

EXCESSIVE_CUES = ("live ammunition", "live rounds", "live bullets", "opened fire", "open fire", "shot dead",
                  "killing", "killed", "dead", "died", "fatal", "were shot", "gunned down")
INTERVENTION_CUES = ("tear gas", "teargas", "disperse", "water cannon", "baton", "rubber bullet", "broke up", "broken up",
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


def mob_told(ctx: SentenceContext) -> bool:
    """A sentence that tells a mob by its cues, unless its only cue is vigilantes on the receiving end ("attacked a
    vigilante checkpoint in X and burned a school in Y"): armed men that are hit, no mob."""
    if not ctx.has(*MOB_CUES):
        return False
    return ctx.has(*(c for c in MOB_CUES if c != "vigilante")) or not all(
        _hit_word(t) for t in ctx.sent if t.lower_.startswith("vigilante"))


def _hit_word(tok: Token) -> bool:
    """A word inside an object of its clause ("attacked a vigilante checkpoint"), not its doer ("killed by
    vigilantes", "vigilantes beat a thief")."""
    for x in [tok, *tok.ancestors]:
        if x.dep_ in ("dobj", "nsubjpass") or (x.dep_ == "pobj" and x.head.lower_ != "by"):
            return True
        if x.pos_ in ("VERB", "AUX"):
            return False
    return False


#: What people travel in, or travellers themselves: armed men who stop one have its people at their mercy.
VEHICLES = CARRIERS | {"traffic", "motorist", "traveller", "traveler", "commuter"}
#: Verbs of stopping a vehicle on the road ("stopped a bus", "halted a convoy of trucks", "flagged down a car",
#: "hijacked a bus").
VEHICLE_STOPS = frozenset({"stop", "halt", "flag down", "hijack"})
#: Their verbs' lemmas ("flagged down": "flag").
_STOP_LEMMAS = frozenset(k.split()[0] for k in VEHICLE_STOPS)
#: Verbs that say what caused a death ("deaths caused by a cluster bomb remnant").
CAUSE_VERBS = frozenset({"cause", "inflict", "trigger"})


def stopped_vehicle(tok: Token, lex) -> Token | None:
    """The civilian vehicle that the verb ``tok`` stops ("stopped a bus", "halted a convoy of trucks"), or None;
    a vehicle of a force ("an army truck", "a convoy of soldiers") is no civilian one."""
    if lem(tok) not in _STOP_LEMMAS or tok.pos_ not in ("VERB", "AUX"):
        return None
    for o in with_conjuncts(objects(tok)):
        if lem(o) not in VEHICLES:
            continue
        if any(t.i != o.i and lem(t) not in VEHICLES and has_class(t, "force", lex) for t in o.subtree):
            continue
        return o
    return None


def _after_vehicle_stop(ctx: SentenceContext, tok: Token) -> bool:
    """A civilian vehicle stopped earlier in the sentence: what is done next is done to its people ("gunmen
    halted a convoy of trucks and shot dead three drivers")."""
    return any(t.i < tok.i and stopped_vehicle(t, ctx.lex) is not None for t in ctx.sent)


def _antecedent_victims(ctx: SentenceContext, target: list[Token]) -> bool | None:
    """Victims named by a pronoun ("shooting seven of them", "killed them") are the nearest plural people
    named before it in the sentence: civilians (True), forces (False), or unknown (None)."""
    for t in target:
        pron = t if t.lower_ == "them" else next((p for p in preps(t).get("of", []) if p.lower_ == "them"), None)
        if pron is None:
            continue
        for w in reversed(list(ctx.sent[: pron.i - ctx.sent.start])):
            if w.tag_ in ("NNS", "NNPS") and w.pos_ == "NOUN":
                if has_class(w, "civilian", ctx.lex) or has_class(w, "force", ctx.lex):
                    return ctx.civilian([w])
    return None


def _death_cause(tok: Token) -> list[Token]:
    """What a death noun says caused it: "deaths caused by unexploded ordnance", "the death of a boy from a
    landmine"."""
    out = list(preps(tok).get("from", []))
    for c in tok.children:
        if c.dep_ == "acl" and lem(c) in CAUSE_VERBS:
            p = preps(c)
            out += p.get("by", []) + p.get("from", [])
    return out


def _vehicle_stop(ctx: SentenceContext, tok: Token, actor, target, assoc) -> Candidate | None:
    """Armed men stopping a civilian vehicle ("gunmen stopped a passenger bus near X") is an attack on its
    people when the sentence tells nothing else done to them; where it does ("... and abducted 18 passengers")
    that act carries the event. Police or troops stopping cars is a check, no attack."""
    lex = ctx.lex
    if stopped_vehicle(tok, lex) is None or not phrase_has_class(actor, "armed_agent", lex):
        return None
    if ctx.is_state(actor):
        return None
    # "stopped a truck, took the fuel and the driver's money": goods taken and no one hurt is a robbery
    if _goods_taken(ctx) and not ctx.has(*PERSON_HARM_NOT_TAKING):
        return _fill(_cand("looting", "loot", tok), actor, target, assoc)
    if ctx.has(*PERSON_HARM) or ctx.has(*PROPERTY_HARM):
        return None
    return _fill(_cand("attack_on_civilians", "attack", tok, civilian_target=True), actor, target, assoc)


#: What robbers take from a vehicle or its travellers.
GOODS = frozenset({"fuel", "money", "cash", "goods", "good", "cargo", "phone", "valuables", "belongings", "merchandise",
                   "load", "food", "aid", "supply", "diesel", "petrol", "gasoline", "jewellery", "jewelry"})
TAKING = frozenset({"take", "seize", "grab", "steal", "rob", "loot"})
#: Cues of harm to people other than a taking (the goods taken are read by ``_goods_taken``).
PERSON_HARM_NOT_TAKING = tuple(c for c in PERSON_HARM if c not in ("took", "taken", "seiz"))


def goods_objects(verb: Token) -> list[Token]:
    """The objects of ``verb`` where they are all goods ("took the fuel and the driver's money"), else none."""
    objs = with_conjuncts(children(verb, "dobj"))
    return objs if all(lem(o) in GOODS for o in objs) else []


def _goods_taken(ctx: SentenceContext) -> bool:
    """A verb of taking in the sentence whose objects are all goods ("took the fuel and the driver's money")."""
    return any(lem(t) in TAKING and t.pos_ == "VERB" and goods_objects(t) for t in ctx.sent)


def r_attack(ctx: SentenceContext, tok: Token, key: str) -> Candidate | None:
    lex = ctx.lex
    actor, target, assoc = trigger_args(ctx, tok, "attack")
    if key in VEHICLE_STOPS:
        return _vehicle_stop(ctx, tok, actor, target, assoc)
    # a death is an event only with the weapon that caused it ("deaths caused by a cluster bomb remnant")
    if key == "death" and ctx.mode_of([t for c in _death_cause(tok) for t in c.subtree]) is None:
        return None
    # "Armed bandits killed 14 villagers" misread as a reduced relative: the object suffers, not the noun (the
    # roles stage makes the noun the actor; the type is read from the victims)
    if active_participle(tok) and tok.head in target:
        target = [t for t in target + objects(tok) if t.i != tok.head.i]
    if headline_passive(ctx, tok, actor, target):
        # "Farmers killed in Sanmatenga": a headline's passive without "were", read by the parser as active
        actor, target = [], actor
    if lem(tok) == "overrun" and tok.pos_ == "VERB" and _held_ground(ctx, target):
        return None  # "overran the town", "overran the battalion headquarters": ground taken (the capture frame)
    if key in ("shoot down",) or (key == "shoot" and has_particle(tok, "down")):
        return None  # what is shot down flies (the disrupt frame), or is a team beaten
    if _contest_fought(ctx, tok):
        return None  # "disputes over land are now fought with rifles": how quarrels go, no fight told
    if _describes_its_noun(tok):
        return None  # "older than the soldiers now fighting in it": who the soldiers are, no fight told
    if tok.pos_ == "NOUN" and _stopped(tok):
        return None  # "a cessation of hostilities", "an end to the fighting": the fighting stops
    # a war or conflict is told as an event only where it breaks out ("war broke out between X and Y");
    # elsewhere it is the setting ("the war in the north has displaced ...")
    if key in ("war", "conflict") and not onset_subject(tok):
        return None
    # "a helicopter came under fire", "the base was under attack": the subject of the verb is aimed at
    under = tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in (
        "VERB", "AUX") and lem(tok.head.head) in ("come", "be", "remain")
    if under:
        target = target + [s for s in subjects(tok.head.head) if s not in target]
        actor = actor + [a for a in preps(tok.head.head).get("from", []) if a not in actor]
    if key == "fire" and not (children(tok, "dobj") or preps(tok).get("on") or preps(tok).get("at") or under):
        return None
    if key == "fire" and tok.pos_ == "NOUN" and not under:
        return None  # "a fire broke out at the market", "opened fire": a blaze, or the verb's
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
    # "used drones against a convoy": a weapon turned on someone is an attack; any other use is none
    if key == "use":
        aimed = preps(tok).get("against", [])
        # "used munitions containing chemical substances against the positions": "against" may hang lower down
        aimed = aimed or [o for w in objects(tok) for p in w.subtree if p.dep_ == "prep" and p.lower_ == "against"
                          for o in children(p, "pobj")]
        if not (aimed and phrase_has_class(objects(tok), "weapon", lex)):
            return None
        target = target + [t for t in aimed if t not in target]
    # "launched a missile at a tanker", "launched drones": launching is an attack only with a weapon launched
    if key == "launch" and not phrase_has_class(objects(tok), "weapon", lex):
        return None
    if key == "launch" and tok.dep_ == "acl" and _stopped_weapon(tok.head):
        return None  # "shot down 26 drones launched overnight": the interception is the event told
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
        # dropping or throwing is an attack only with a weapon word; a crowd or protesters throwing stones riot
        if key in ("lob", "hurl", "throw", "toss") and (
                phrase_has_class(actor, "protester", lex) or phrase_has_class(actor, "crowd", lex)) and not (
                ctx.is_state(actor) or phrase_has_class(actor, "armed_agent", lex)):
            return _fill(_cand("riot", "attack", tok), actor, target, assoc)
        if key in ("drop", "lob", "hurl", "throw", "toss", "step on"):
            return None
    if key in ("engage",) and not (phrase_has_class(target + actor, "force", lex)):
        return None
    # "an aircraft released a gas that caused vomiting": a gas let loose is an attack only with signs of a weapon
    if key in GAS_KEYS and not (ctx.gas and any(
            has_class(a, "weapon", lex) or has_class(a, "force", lex) or has_class(a, "armed_agent", lex)
            or _aerial(ctx, a) for a in with_conjuncts(actor))):
        return None  # a gas leak at a plant is an accident, whatever it does to people
    # "pushed Russian units back from the village": armed men driven back fought; "pushed back the vote", "pushed
    # back against the claims" and crowds pushed back by police are no battle
    if key in PUSH_BACK and not (phrase_has_class(target, "force", lex) or phrase_has_class(target, "armed_agent", lex)):
        return None
    if key in ("neutralise", "neutralize") and phrase_has_class(target, "weapon", lex):
        return None
    if key in ("hit", "target", "strike", "bomb", "detonate", "explode", "blow up") and phrase_has_class(target, "agreement", lex):
        return None
    if key in ("explode", "blow up") and any(lem(x) in FIGURES for x in subjects(tok)):
        return None  # "oil prices exploded higher": a figure that soars, no blast
    if key in ("wound", "injure", "kill", "shoot", "execute") and tok.pos_ == "VERB" and not (target or actor):
        return None
    if key == "strike" and tok.pos_ == "NOUN" and not armed_strike(ctx, tok) and (
            ctx.has("on strike", "general strike", "hunger strike", "workers", "union", "salar", "wage") or _strikers(ctx, tok)):
        return _protest_type(ctx, tok, actor, target, assoc)
    if key == "execute" and not phrase_has_class(target, "civilian", lex) and not phrase_has_class(target, "force", lex):
        return None
    if key == "detonate" and ctx.has("safely", "controlled", "defused", "bomb disposal"):
        return None
    if ctx.has("sexual", "rape"):
        return _fill(_cand("sexual_violence", "attack", tok, civilian_target=True), actor, target, assoc)
    mode = ctx.mode_for(tok)
    if (key in SELF_BLAST_KEYS and _self_blast(tok)) or (mode is None and _toll_of_self_blast(tok)):
        # "blew herself up at the market": the bomber dies by the bomb; "…, killing four and wounding ten": the
        # participles count the blast's victims and share its type, so they tell one event with it
        mode = "suicide_bombing"
    if key in SELF_BLAST_KEYS and _demolition(ctx, tok, actor, target):
        # "troops blew up several houses": buildings destroyed by those who hold them, nobody hurt
        return _fill(_cand("looting", "loot", tok), actor, target, assoc)
    if mode is None and key in REMOTE_VERBS and tok.pos_ == "VERB" and ctx.is_state(actor) is not False and not phrase_has_class(
            actor, "armed_agent", lex) and any(lem(t) in REMOTE_TARGETS for t in with_conjuncts(target)) and not (
            any(lem(a) in GROUND_TROOPS for a in with_conjuncts(actor)) or ctx.has(*GROUND_CUES)):
        # "the army struck militant infrastructure": a state hitting targets from afar strikes from the air
        mode = "air_strike"
    if under:  # the one under fire is no weapon of it ("a helicopter came under fire"): how, from "under" on
        mode = ctx.mode_of(list(tok.subtree) + [t for a in actor for t in a.subtree])
    if key == "destroy":  # what destroyed it says how ("jets destroyed two drones" is an air strike)
        mode = ctx.mode_of([t for a in actor for t in a.subtree]) or mode
    if key == "drop" and mode == "ied_attack" and preps(tok).get("on"):  # bombs dropped on a place fall from the air
        mode = "air_strike"
    # "ambushed a minibus carrying traders": the people in the vehicle are hit
    carried = _carried(tok, target)
    target = target + [o for o in carried if o not in target]
    civ = ctx.civilian(carried) or ctx.civilian(target)
    # armed sides fighting each other stay a battle when people die around them ("rival groups fought for hours,
    # killing three people"): only a target of the fighting itself makes it violence against civilians
    mutual = lem(tok) in CLOSE_COMBAT and bool(actor) and not any(
        phrase_has_class(actor, c, lex) for c in ("civilian", "crowd", "protester"))
    if civ is None:
        civ = _antecedent_victims(ctx, target)
    if civ is None and all(t.pos_ == "NUM" for t in target):  # "killing at least 30": a count, nobody named
        civ = _head_victims(ctx, tok)
    if civ is None and not mutual:
        civ = ctx.sentence_victims(tok)
    # "militiamen attacked the village with machetes", "VDP members raid the hamlet; eight civilians were killed":
    # armed men falling on a place where people live, and no armed side there, attack its people
    homes = not mutual and not ctx.has(*MOB_CUES) and _raid_on_homes(ctx, tok, target)
    if homes:
        civ = True
    if not civ and mode is None and _after_vehicle_stop(ctx, tok) and not phrase_has_class(target, "force", lex):
        civ = True
    state_actor = ctx.is_state(actor)
    marchers = _protest_victims(ctx, tok, target)
    # protests met with force, riots and mobs are read from the sentence around the trigger
    if (ctx.protest or marchers) and mode is None:
        if marchers or phrase_has_class(target, "protester", lex) or ctx.has(
                "protester", "demonstrator", "protesting", "demonstrating", "marcher"):
            # "a student was killed when police fired on a march": who fired on it used the force
            shooters = actor or [s for p in _protest_preps(ctx, tok) for s in subjects(p.head)]
            # "gunmen on motorcycles shot at a peaceful vigil, killing one": lethal force on a peaceful protest,
            # whoever uses it
            peaceful = marchers and ctx.has("peaceful") and ctx.has(*LETHAL_CUES)
            if state_actor or ctx.is_state(shooters) or phrase_has_class(shooters, "force", lex) or peaceful:
                t = "protest_excessive_force" if ctx.has(*EXCESSIVE_CUES) else "protest_intervention"
                return _fill(_cand(t, "attack", tok), actor, target, assoc)
        if phrase_has_class(actor, "protester", lex) or phrase_has_class(actor, "crowd", lex):
            return _fill(_cand("riot", "attack", tok), actor, target, assoc)
        # "protesters threw stones and burned tyres; five policemen were wounded": forces hurt by nobody named
        # in a sentence that tells a riot are the riot's toll
        if not actor and phrase_has_class(target, "force", lex) and _riot_cue(ctx) and key in TOLL_WORDS:
            return _fill(_cand("riot", "attack", tok), actor, target, assoc)
    # a crowd of protesters or supporters that storms or burns a building riots ("stormed the electoral office")
    if mode is None and not ctx.has(*MOB_CUES) and any(lem(a) in RIOTING_CROWD for a in with_conjuncts(actor)) and (
            phrase_has_class(target, "property", lex) and not phrase_has_class(target, "civilian", lex)):
        return _fill(_cand("riot", "attack", tok), actor, target, assoc)
    # "his men clashed with the retreating fighters": a fight with armed men is a battle, whoever the men are
    # ("... and killed three of them": the fighters named before)
    # "bandits killed six vigilantes": vigilantes hit are armed men, no mob
    mob = mob_told(ctx) and not any(lem(t) == "vigilante" for t in with_conjuncts(target))
    armed_foe = not mob and ((lem(tok) in CLOSE_COMBAT and any(
        phrase_has_class(target, c, lex) for c in ("force", "armed_agent"))) or _antecedent_victims(ctx, target) is False)
    if mode is None and not armed_foe and not homes and (mob or (actor and phrase_has_class(actor, "crowd", lex)
                                                 and not phrase_has_class(actor, "armed_agent", lex)
                                                 and not state_actor and not phrase_has_class(actor, "force", lex))):
        return _fill(_cand("mob_violence", "attack", tok), actor, target, assoc)
    if mode:
        t = mode
        if mode == "shelling" and key in ("shoot", "fire") and not ctx.has(*FIRED_PROJECTILES):
            t = "armed_clash"
        if mode == "shelling" and lem(tok) in CLOSE_COMBAT and not ctx.mode_of(list(tok.subtree)):
            t = "armed_clash"
        c = _cand(t, "attack", tok, mode=_MODE_NAME.get(t, t), civilian_target=bool(civ))
        return _fill(c, actor, target, assoc)
    if key in ("ambush",):
        t = "attack_on_civilians" if civ else "ambush"
        return _fill(_cand(t, "attack", tok, mode="ambush", civilian_target=bool(civ)), actor, target, assoc)
    if key in GAME_WORDS and not civ and at_a_game(ctx):
        return None  # "neutralised the attack of the visitors in a fierce battle at the stadium": a game
    if key == "strike" and tok.pos_ == "NOUN":
        if in_a_match(ctx):
            return None  # "a late strike broke the deadlock": a shot in a match
        return _fill(_cand("air_strike", "attack", tok, mode="air_strike", weight=0.4), actor, target, assoc)
    # a massacre is of the unarmed unless the text names fighters among its victims ("the massacre committed
    # by X in the village")
    if civ or (key in MASSACRE_WORDS and not any(phrase_has_class(target, c, lex) for c in ("force", "armed_agent"))):
        return _fill(_cand("attack_on_civilians", "attack", tok, civilian_target=True), actor, target, assoc)
    return _fill(_cand("armed_clash", "attack", tok, mode="armed_clash"), actor, target, assoc)


#: Places where people live. "camp" counts unless it is named as an armed side's ("army camp", "rebel camp").
HOMES = frozenset({"village", "hamlet", "settlement", "homestead", "camp", "neighbourhood", "neighborhood"})
ARMED_CAMP_WORDS = frozenset({"military", "army", "rebel", "militia", "training", "base", "police", "jihadist",
                              "insurgent", "terrorist", "fighter", "soldier"})
#: Weapons of close killing that armies do not fight with: a raid with them falls on people, not on a force.
HAND_WEAPONS = ("machete", "arrow", "knife", "knives", "spear", "axe", "club", "cudgel", "bow")
#: People killed who are no side's fighters.
PLAIN_VICTIMS = frozenset({"man", "woman", "person", "people", "child", "resident", "villager", "civilian", "farmer",
                           "herder", "inhabitant", "boy", "girl", "elder"})


def _home(t: Token, lex) -> bool:
    """A place where people live; a camp named by an armed side's word ("a rebel camp", "a separatist camp", "a
    bandit camp") is that side's, not a home."""
    return lem(t) in HOMES and not any(
        lem(c) in ARMED_CAMP_WORDS or has_class(c, "armed_agent", lex) or has_class(c, "force", lex)
        for c in t.children if c.dep_ in ("compound", "amod"))


def _raid_on_homes(ctx: SentenceContext, tok: Token, target: list[Token]) -> bool:
    """An attack or raid on a village, hamlet or camp of people ("attacked Kabeya, a village"; "raid the hamlet of
    X") by men named in the sentence, with no force or armed man among its targets, that kills people who are
    no fighters anywhere in the sentence or is done with hand weapons: violence against civilians."""
    if lem(tok) not in ("attack", "raid", "storm", "assault") or not target:
        return False
    lex = ctx.lex
    targets = with_conjuncts(target)
    if not any(_home(t, lex) or any(_home(a, lex) for a in t.children if a.dep_ == "appos") for t in targets):
        return False
    # "camp" is also a word of forces: the modifiers that make it an armed side's were read by ``_home``
    if any(has_class(t, c, lex) for t in targets if not _home(t, lex) for c in ("force", "armed_agent")) or any(
            ctx.mtype(t) in ("state_force", "armed_group", "pmc") for t in targets):
        return False
    if ctx.sentence_victims() is False:
        return False  # soldiers or fighters among the dead: the place was defended
    if ctx.has(*HAND_WEAPONS):
        return True
    if ctx.sentence_victims() is True:
        return True
    killed = [c for t in ctx.sent if lem(t) in ("kill", "massacre", "murder", "slaughter", "hack")
              for c in children(t, "dobj", "nsubjpass")]
    return bool(killed) and all(lem(k) in PLAIN_VICTIMS for k in killed)


#: Contests told as how they are settled ("disputes are now fought with rifles"): no one fight.
CONTESTS = frozenset({"dispute", "quarrel", "feud", "conflict", "war", "rivalry", "argument", "disagreement",
                      "election", "campaign", "grievance"})


def _contest_fought(ctx: SentenceContext, tok: Token) -> bool:
    """A present-tense passive of fighting whose subject is a contest ("local disputes are fought with rifles",
    "wars are fought with drones now"): a general statement of how such contests go."""
    if lem(tok) not in CLOSE_COMBAT or tok.tag_ != "VBN":
        return False
    aux = children(tok, "auxpass")
    if not aux or aux[0].lower_ not in ("is", "are"):
        return False
    return any(lem(s) in CONTESTS for s in children(tok, "nsubjpass"))


#: Verbs of a blast set off by someone: with a reflexive object the bomber dies ("blew himself up").
SELF_BLAST_KEYS = frozenset({"blow up", "detonate", "explode"})
REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself"})
#: Verbs of hitting from afar, and what a state hits that way: no fighter faces fighters at "infrastructure".
REMOTE_VERBS = frozenset({"strike", "target", "bomb"})
REMOTE_TARGETS = frozenset({"infrastructure", "target", "hideout", "depot", "launcher", "launchpad", "stockpile"})
#: Doers who fight on the ground ("soldiers targeted rebel hideouts"), and words of a fight on the ground: no strike
#: from the air is told by them.
GROUND_TROOPS = frozenset({"soldier", "troop", "infantry", "infantryman", "police", "policeman", "gendarme",
                           "militia", "militiaman", "commando"})
GROUND_CUES = ("ground", "raid", "patrol", "on foot")


def _self_blast(tok: Token) -> bool:
    """"blew himself up", "detonated herself": a blast verb with a reflexive object."""
    return any(o.lower_ in REFLEXIVES for o in objects(tok))


def _toll_of_self_blast(tok: Token) -> bool:
    """"A man blew himself up, killing four and wounding ten": a toll participle hung on a self-blast verb."""
    if tok.tag_ != "VBG" or lem(tok) not in TOLL_VERBS:
        return False
    run = tok
    while run.dep_ == "conj" and run.head.tag_ == "VBG":
        run = run.head  # "killing four and wounding ten"
    head = run.head
    return run.dep_ == "advcl" and head.pos_ == "VERB" and lem(head) in ("blow", "detonate", "explode") and _self_blast(head)


def _demolition(ctx: SentenceContext, tok: Token, actor: list[Token], target: list[Token]) -> bool:
    """Buildings or property blown up by people who are named, with no weapon as the doer and nobody hurt
    ("troops blew up several houses", "militants blew up the bridge"): property destroyed, not a bombing."""
    if tok.pos_ != "VERB" or not actor or not target or ctx.mode_of([t for a in actor for t in a.subtree]):
        return False
    if any(has_class(a, "weapon", ctx.lex) or _aerial(ctx, a) for a in with_conjuncts(actor)):
        return False
    # where it stood is no target of its own ("a bridge on the road to X")
    things = [t for t in with_conjuncts(target) if not (t.ent_type_ in ("GPE", "LOC") or t.idx in ctx.place_starts or (
        has_class(t, "place", ctx.lex) and not has_class(t, "property", ctx.lex)))]
    if not things or not all(has_class(t, "property", ctx.lex) and not has_class(t, "force", ctx.lex) for t in things):
        return False
    return not ctx.has(*PERSON_HARM)


#: Words of killing that tell the victims were unarmed.
MASSACRE_WORDS = frozenset({"massacre", "slaughter"})


#: A gas let loose on people ("released a gas", "sprayed a gas"), an attack with signs of a chemical weapon.
GAS_KEYS = frozenset({"release gas", "spray gas", "spread gas", "drop gas", "disperse gas"})
#: Verbs of driving a side back: a fight when armed men are driven back.
PUSH_BACK = frozenset({"push back", "drive back", "beat back", "force back", "throw back"})


#: What is held, not only hit: overrunning one takes it ("overran the district headquarters"). A position, a
#: post or a checkpoint overrun is a fight at it.
HELD_GROUND = frozenset({"town", "village", "city", "locality", "capital", "district", "base", "airbase", "garrison",
                         "barracks", "headquarters", "hq", "camp", "airport", "port", "hamlet", "settlement",
                         "stronghold", "municipality", "island"})


def _carried(tok: Token, target: list[Token]) -> list[Token]:
    """People carried in a vehicle the act is aimed at ("ambushed a minibus carrying traders"); the parser may
    make the vehicle a modifier of the carrying verb ("ambushed [a minibus carrying] traders")."""
    out = [o for t in target if lem(t) in VEHICLES for c in t.children
           if c.dep_ == "acl" and lem(c) in CARRY_VERBS for o in children(c, "dobj")]
    for c in tok.children:
        if c.dep_ in ("xcomp", "advcl") and lem(c) in CARRY_VERBS and any(
                lem(v) in VEHICLES for v in children(c, "npadvmod", "nsubj")):
            out += children(c, "dobj")
    return out


def _held_ground(ctx: SentenceContext, target: list[Token]) -> bool:
    toks = [t for t in with_conjuncts(target) if t.ent_type_ not in ("DATE", "TIME")]
    return bool(toks) and all(lem(t) in HELD_GROUND or t.ent_type_ in ("GPE", "LOC") or t.idx in ctx.place_starts
                              for t in toks)


#: Verbs that make the people they are said of protesters ("worshippers who had gathered to protest").
PROTEST_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "picket"})


def _protest_victims(ctx: SentenceContext, tok: Token, target: list[Token]) -> bool:
    """The people hit were protesting: a clause on them says so ("worshippers who had gathered to protest"), or
    the act is set in a protest ("the killing of three men during a peaceful march")."""
    for t in with_conjuncts(target):
        # "men who had gathered to protest", "two men taking part in a sit-in"
        if any(c.dep_ in ("relcl", "acl") and any((lem(w) in PROTEST_VERBS and w.pos_ == "VERB") or (
                w.pos_ == "NOUN" and has_class(w, "protester", ctx.lex)) for w in c.subtree)
               for c in t.children):
            return True
    # "during a peaceful march", "when police fired on a march"
    return next(_protest_preps(ctx, tok), None) is not None


def _protest_preps(ctx: SentenceContext, tok: Token):
    """Prepositions below the trigger that set it in a protest or aim it at one ("during a march", "fired on a
    peaceful march", "shot dead in a sit-in"), in order."""
    return (p for p in tok.subtree if p.dep_ == "prep" and p.lower_ in ("during", "at", "on", "into", "in") and any(
        o.dep_ == "pobj" and o.pos_ == "NOUN" and has_class(o, "protester", ctx.lex) for o in p.children))


def _riot_cue(ctx: SentenceContext) -> bool:
    """A cue of rioting, leaving aside the police named by it ("riot police", "anti-riot units" break up a
    protest; they tell no riot)."""
    starts = re.sub(r" (anti-)?riot (police|policemen|gear|squad|squads|unit|units|officers|troops|control)\b",
                    " police", ctx.starts)
    return starts_any(starts, RIOT_CUES)


def _describes_its_noun(tok: Token) -> bool:
    """A present participle on a noun with nothing of an event of its own: no object, no date, and no place or
    side but a pronoun ("the soldiers now fighting in it", "men fighting there"). "Gunmen firing on a bus" or
    "troops fighting in Gao on Monday" still tell what happened."""
    if tok.tag_ != "VBG" or children(tok, "aux", "auxpass"):
        return False
    # on a noun, or after a word of comparison the small parser hangs it on ("older than most soldiers fighting")
    if not ((tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN")) or (
            tok.dep_ == "pcomp" and tok.head.lower_ in ("than", "like", "as"))):
        return False
    if children(tok, "dobj", "obj", "ccomp", "xcomp", "advcl", "npadvmod") or any(temporal(t) for t in tok.subtree):
        return False
    objs = [o for objs in preps(tok).values() for o in objs]
    return all(o.pos_ == "PRON" for o in objs)


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


#: Words after which a protest's object says what it is about ("protest against the killings").
GRIEVANCE_PREPS = ("against", "over", "about")


def _has_beside_grievance(ctx: SentenceContext, tok: Token, cues: tuple[str, ...]) -> bool:
    """``ctx.has`` without the words of what the protest ``tok`` is about: killings protested against were
    done before, by others, and are no force used on the protesters."""
    grievance = [o for o in children(tok, "dobj") if tok.pos_ == "VERB"]
    grievance += [o for p in children(tok, "prep") if p.lower_ in GRIEVANCE_PREPS for o in children(p, "pobj")]
    skip = {t.i for o in grievance for t in o.subtree}
    if not skip:
        return ctx.has(*cues)
    rest = " ".join(t.text for t in ctx.sent if t.i not in skip).lower()
    return starts_any(word_starts(rest), cues)


def _protest_type(ctx: SentenceContext, tok: Token, actor, target, assoc) -> Candidate:
    if ctx.has(*MOB_CUES):
        t = "mob_violence"
    elif _has_beside_grievance(ctx, tok, EXCESSIVE_CUES) and (ctx.has("police", "soldier", "force", "troop", "gendarme", "army", "guard")):
        t = "protest_excessive_force"
    elif _riot_cue(ctx):
        t = "riot"
    elif ctx.has(*INTERVENTION_CUES) and not _dispersed_calmly(ctx):
        t = "protest_intervention"
    else:
        t = "protest"
    if t in ("protest_intervention", "protest_excessive_force") and not actor:
        actor = _intervener(tok)
    return _fill(_cand(t, "protest", tok), actor, target, assoc)


#: Weapons that make "fired" a shelling ("fired MLRS at the city centre").
FIRED_PROJECTILES = ("mortar", "rocket", "missile", "shell", "artillery", "mlrs", "himars", "howitzer", "iskander",
                     "multiple rocket", "multiple-launch")


def _dispersed_calmly(ctx: SentenceContext) -> bool:
    """ "the procession dispersed without incident": a march that ends of itself, told by the only cue of force
    in the sentence."""
    return ctx.has(*CALM_END) and [c for c in INTERVENTION_CUES if ctx.has(c)] == ["disperse"]


#: Words that tell a protest ending of itself.
CALM_END = ("without incident", "peacefully", "calmly", "no incident")
#: Words of a death, not only a wound: lethal force.
LETHAL_CUES = ("killing", "killed", "shot dead", "dead", "died", "fatal", "gunned down")


def _head_victims(ctx: SentenceContext, tok: Token) -> bool | None:
    """ "Gunmen opened fire on worshippers, killing at least 30": a toll verb hung on an attack with no object but
    a number counts the attack's victims, named by the verb it hangs on (its object or whom it fired "on")."""
    if not (tok.dep_ == "advcl" and tok.tag_ == "VBG" and lem(tok) in TOLL_VERBS and tok.head.pos_ == "VERB"):
        return None
    head = tok.head
    named = [o for o in objects(head) if lem(o) != "fire"] + preps(head).get("on", []) + preps(head).get("at", [])
    # "opened fire on worshippers": the parser may hang "on" on the noun "fire"
    named += [x for o in objects(head) if lem(o) == "fire" for x in preps(o).get("on", []) + preps(o).get("at", [])]
    return ctx.civilian(named) if named else None


#: Verbs that tell a toll, not how it was inflicted.
TOLL_WORDS = frozenset({"kill", "wound", "injure"})
#: Verbs that count the victims of an act they hang on ("…, killing 30", "…, wounding two").
TOLL_VERBS = frozenset({"kill", "wound", "injure", "leave"})


def _intervener(tok: Token) -> list[Token]:
    """Who acts on a protest named by a noun: the subject of the verb of force that takes it as object ("riot
    police broke up the march"), or that verb's agent when told in the passive ("the march was broken up by
    riot police", "the rally was dispersed by soldiers")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return []
    verb = tok.head
    if lem(verb) not in FORCE_ON_CROWD or verb.pos_ not in ("VERB", "AUX"):
        return []
    if tok.dep_ == "dobj":
        return subjects(verb)
    if tok.dep_ == "nsubjpass":
        return agents(verb)
    return []


#: Words of a street protest: people who "protest a ban" while marching protest in the street, not by a note.
STREET_CUES = ("took to the streets", "take to the streets", "taking to the streets", "marched", "marching",
               "chanting", "placard", "sit-in", "waving banners")


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
        if key == "protest" and children(tok, "dobj") and not phrase_has_class(actor, "crowd", lex) and not ctx.has(
                *STREET_CUES):
            return _fill(_cand("diplomatic_protest", "protest", tok), actor, children(tok, "dobj"), assoc)
    elif key == "march" and not ctx.protest and not ctx.has("marched", "marcher") and not (
            tok.dep_ == "dobj" and lem(tok.head) in MARCH_HOLDERS):  # "residents held a march": no month
        return None
    elif key == "strike" and (armed_strike(ctx, tok) or not ctx.has(
            "on strike", "general strike", "workers", "union", "salar", "wage", "teacher", "doctor")):
        return None
    if is_modifier(tok):
        return None
    return _protest_type(ctx, tok, actor, target, assoc)


#: Verbs whose object "march" is a protest march, never the month.
MARCH_HOLDERS = frozenset({"hold", "stage", "organise", "organize", "lead", "join", "call"})


def armed_strike(ctx: SentenceContext, tok: Token) -> bool:
    """A strike noun named by its weapon ("a drone strike", "missile strikes") is an attack, never a labour
    strike, whoever else the sentence names ("health workers said")."""
    return ctx.mode_of([c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]) is not None


def r_riot(ctx: SentenceContext, tok: Token, key: str) -> Candidate | None:
    actor, target, assoc = trigger_args(ctx, tok, "riot")
    lex = ctx.lex
    if tok.pos_ in ("NOUN", "PROPN") and is_modifier(tok):
        return None  # "riot police", "riot gear" name who or what, no riot
    # "armed men beat the driver": armed people beating civilians are no mob, they attack them
    if key == "beat" and not ctx.protest and not ctx.has(*MOB_CUES) and (
            phrase_has_class(actor, "armed_agent", lex) or any(ctx.mtype(a) == "armed_group" for a in actor)):
        return _fill(_cand("attack_on_civilians", "riot", tok, civilian_target=True), actor, target, assoc)
    if key in ("beat", "pelt", "stone") and not (phrase_has_class(actor, "crowd", lex) or ctx.protest or ctx.has(*MOB_CUES)):
        return None
    if key == "beat" and ctx.protest and (ctx.is_state(actor) or phrase_has_class(actor, "force", lex)):
        return _fill(_cand("protest_intervention", "riot", tok), actor, target, assoc)
    # people stoned or beaten by a crowd with no protest told ("stoned suspected thieves"): a mob
    # "stoned and burned suspected thieves": the people may be the object of the last verb of the run
    target = target or [o for c in tok.conjuncts if c.i > tok.i for o in objects(c)]
    people = bool(target) and not phrase_has_class(target, "force", lex) and not phrase_has_class(
        target, "property", lex)
    if key in ("lynch", "lynching", "beat to death") or ctx.has(*MOB_CUES) or (
            key == "beat" and not ctx.protest) or (key in ("stone", "pelt") and people and not ctx.protest):
        return _fill(_cand("mob_violence", "riot", tok), actor, target, assoc)
    return _fill(_cand("riot", "riot", tok), actor, target, assoc)
#: Figures that "explode" or soar: their rise is no blast.
FIGURES = frozenset({"price", "cost", "inflation", "rate", "demand", "number", "figure", "sale", "share", "stock",
                     "value", "debt", "rent", "fare", "case", "infection", "popularity", "market", "index"})
#: Verbs of stopping a weapon in flight: what was launched and then stopped is the stopping's.
INTERCEPT_VERBS = frozenset({"intercept", "neutralise", "neutralize", "jam", "foil", "thwart", "repel"})


def _stopped_weapon(noun: Token) -> bool:
    """The noun is a weapon stopped in flight: the object, or the number it counts, of the nearest verb above it,
    which intercepts it or shoots it down ("shot down 26 of 31 drones", "intercepted missiles")."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    return lem(verb) in INTERCEPT_VERBS or (lem(verb) in ("shoot", "bring") and has_particle(verb, "down"))
