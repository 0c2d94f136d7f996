"""The sides of an event told around its trigger rather than in its arguments: victims counted in a toll
clause, what a joined verb aims at, go-betweens, who claims an attack, the other side of a fight, the doers of
an attack that was repelled and the brokers of a deal. Each returns tokens; ``roles.assign`` reads the actors
in them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .syntax import OBJ, SUBJ, TOLL_LEMMAS, agents, children, has_particle, lem, prep_objects, with_conjuncts
from .vocabulary import Lexicon


def toll_victims(trigger: Token) -> list[Token]:
    """Those a toll clause on the trigger counts ("attacked a camp, killing nine soldiers", "ambushed a
    patrol and wounded four"): targets of the attack, when the clause has no subject of its own."""
    out: list[Token] = []
    for c in trigger.children:
        if c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB" and lem(c) in TOLL_LEMMAS and not children(
                c, *SUBJ, "nsubjpass"):
            out += [o for o in children(c, "dobj") if o.pos_ in ("NOUN", "PROPN")]
            # "killing nine soldiers and wounding four": the wounded are the same side's
            for k in c.conjuncts:
                if lem(k) in TOLL_LEMMAS and not children(k, *SUBJ, "nsubjpass"):
                    out += [o for o in children(k, "dobj") if o.pos_ in ("NOUN", "PROPN")]
    return out


#: Verbs whose "at" names what is aimed at: "threw stones at police", "fired at the patrol".
AIM_VERBS = frozenset({"fire", "shoot", "throw", "hurl", "lob", "aim", "launch"})


def aimed_at(trigger: Token) -> list[Token]:
    """What a conjunct verb sharing the trigger's subject aims at: "rioters burned tyres and threw stones at
    police" - the police suffer the riot."""
    out: list[Token] = []
    for k in trigger.conjuncts:
        # "threw stones at police and set fire to tyres": the verb before may hold the shared subject
        if lem(k) in AIM_VERBS and (k.i > trigger.i and not children(k, *SUBJ, "nsubjpass") or k.i == trigger.head.i):
            out += prep_objects(k, "at", "towards", "toward")
        elif (k.i > trigger.i and lem(k) == "set" and not children(trigger, *OBJ) and not children(k, *SUBJ)
              and any(lem(o) == "fire" for o in children(k, "dobj"))):
            # "ransacked and set fire to the station": the verb with no object of its own shares the next one's
            out += prep_objects(k, "to")
    return out


#: Verbs of a charge going off: what it went off under or tore through was hit.
BLAST_VERBS = frozenset({"explode", "detonate", "tear", "rip", "blow", "go"})
#: Prepositions that put a blast in, under or amid its victims: "exploded under a tricycle", "tore through a
#: minibus", "blew himself up among worshippers".
BLAST_PREPS = ("under", "beneath", "through", "inside", "underneath", "among")


def blast_sites(trigger: Token) -> list[Token]:
    """What a blast went off under or tore through ("a mine exploded under a tricycle", "a bomb tore through a
    minibus, killing eight"): the thing hit, read from the blast verb or from the verb a toll clause hangs on."""
    verb = trigger
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and trigger.head.pos_ == "VERB":
        verb = trigger.head
    if lem(verb) not in BLAST_VERBS or (lem(verb) == "go" and not has_particle(verb, "off")):
        return []
    return [o for o in prep_objects(verb, *BLAST_PREPS) if o.pos_ in ("NOUN", "PROPN")]


#: Nouns after "under" that name a go-between: "signed under UN auspices", "under the aegis of the AU".
AUSPICES = frozenset({"auspices", "aegis", "mediation", "sponsorship", "patronage"})


def go_betweens(trigger: Token) -> list[Token]:
    """Those under whose auspices something is done take part in it."""
    return [o for o in prep_objects(trigger, "under") if lem(o) in AUSPICES or o.lower_ in AUSPICES]


def assessed(trigger: Token) -> list[Token]:
    """Who an analyst's assessment is about: the subject of the clause assessed ("analysts assess that
    JNIM now controls ...")."""
    return [s for c in children(trigger, "ccomp") for s in children(c, *SUBJ)]


def _attack_noun(tok: Token, lex: Lexicon) -> bool:
    """A noun the lexicon opens an attack with ("assault", "raid"): one look-up, not a set built per call."""
    return "attack" in lex.nouns.get(lem(tok), ())


#: Words for an attack told by what it was ("claimed the barrage", "claimed the blast") that open no event of
#: their own.
CLAIMED_ACTS = frozenset({"barrage", "blast", "explosion", "bombing", "shelling", "salvo", "volley", "operation"})

def claimed_by(trigger: Token, sent: Span, lex: Lexicon) -> list[Token]:
    """Subjects that claim the attack in a clause of their own in the same sentence: "a car bomb exploded
    outside a hotel; al-Shabaab claimed responsibility", "... later claimed the blast". Only a claim of
    responsibility or of an attack noun, never a claim that something happened ("claimed that ...") or a
    negated one. The parser may hang the attack's clause under the claim across a semicolon: still claimed."""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and lem(trigger.head) == "claim":
        return []  # the claimed noun itself: its own subject is read by the frame rules
    out: list[Token] = []
    for t in sent:
        if lem(t) != "claim" or t.pos_ != "VERB" or children(t, "neg"):
            continue
        objs = children(t, "dobj")
        if any(lem(o) == "responsibility" or _attack_noun(o, lex) or lem(o) in CLAIMED_ACTS or o.lower_ == "it"
               for o in objs):
            out += children(t, "nsubj")
    return out


#: Nouns of a fight between two sides: "in a clash with X", "during an exchange of fire with X".
COMBAT_NOUNS = frozenset({"clash", "exchange", "fight", "fighting", "battle", "firefight", "gunfight", "gunbattle",
                          "skirmish", "shootout", "confrontation", "engagement"})


def combat_sides(trigger: Token) -> list[Token]:
    """The side named after "with" in a fight the trigger's deaths or wounds were dealt in ("killed in a clash
    with jihadists", "the killing of soldiers in an exchange of fire with rebels"); empty for none."""
    out: list[Token] = []
    for fight in prep_objects(trigger, "in", "during"):
        if lem(fight) in COMBAT_NOUNS:
            out += with_conjuncts(prep_objects(fight, "with"))
    return out


#: Verbs of stopping an attack: the attack's doers are the other side of the fight ("repelled an assault by X").
REPEL_VERBS = frozenset({"repel", "repulse", "thwart", "foil", "rebuff", "fend", "beat", "push"})
#: Particles some of them need: "fended off", "beat back", "pushed back".
REPEL_PARTICLES = {"fend": "off", "beat": "back", "push": "back"}


def repelled(trigger: Token, lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """The doers of an attack the trigger stopped, as (tokens, national adjectives): "troops repelled an assault
    by the rebels" (the parser may hang the "by" on the verb), "repulsed a Russian attack". Both sides fought."""
    if trigger.pos_ != "VERB" or lem(trigger) not in REPEL_VERBS:
        return [], []
    part = REPEL_PARTICLES.get(lem(trigger))
    if part and not has_particle(trigger, part):
        return [], []
    attacks = [o for o in children(trigger, "dobj") if _attack_noun(o, lex)]
    if not attacks:
        return [], []
    doers = [x for a in attacks for x in prep_objects(a, "by", "from")]
    doers += [x for p in trigger.children if p.dep_ == "prep" and p.lower_ == "by" for x in p.children
              if x.dep_ == "pobj"]
    national = [c for a in attacks for c in a.children if c.dep_ in ("amod", "compound") and c.i < a.i
                and c.ent_type_ == "NORP"]
    return with_conjuncts(doers), national


#: Participles that make their agent a go-between of a deal: "a swap brokered by Qatar".
BROKER_VERBS = frozenset({"broker", "mediate", "facilitate", "sponsor", "negotiate", "host", "oversee", "guarantee"})


def brokers(trigger: Token) -> list[Token]:
    """Who brokered the deal the trigger tells: a participle on the trigger noun, or on the noun of an "in"
    or "under" phrase on it ("exchanged prisoners in a swap brokered by Turkey")."""
    nouns = [trigger] + prep_objects(trigger, "in", "under", "as", "through")
    return with_conjuncts([a for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"
                           and lem(c) in BROKER_VERBS for a in agents(c)])


#: Verbs of dying told with the attack in a "when" clause: "40 people died when a bomber blew himself up".
DIE_VERBS = frozenset({"die", "perish"})


def dead_when(trigger: Token) -> list[Token]:
    """The subject of a death the trigger's "when" clause explains ("at least 30 people died when a warplane
    bombed the market", "four soldiers were killed when a mine struck their vehicle")."""
    if trigger.dep_ != "advcl" or not any(c.dep_ in ("advmod", "mark") and c.lower_ == "when" for c in trigger.children):
        return []
    head = trigger.head
    if lem(head) in DIE_VERBS:
        return children(head, "nsubj")
    if lem(head) in TOLL_LEMMAS:
        return children(head, "nsubjpass")
    return []


#: Verbs that lay an attack at someone's door: "an attack residents blamed on the army", "..., blaming X".
BLAME_VERBS = frozenset({"blame", "attribute"})


def blamed_on(sent: Span) -> list[Token]:
    """Who the sentence blames for what it tells: "in an attack residents blamed on the army" ("on"/"to"),
    "the ministry said, blaming the Pakistani Taliban" (the object). Never a negated blame."""
    out: list[Token] = []
    for t in sent:
        if lem(t) not in BLAME_VERBS or t.pos_ != "VERB" or children(t, "neg"):
            continue
        named = prep_objects(t, "on", "to")
        if not named and not children(t, "nsubjpass"):
            named = [o for o in children(t, "dobj") if o.tag_ not in ("WDT", "WP", "PRP")]
        out += with_conjuncts(named)
    return out


#: Verbs of taking ground told in a clause after a retaking: "two days after insurgents overran it".
TAKE_VERBS = frozenset({"overrun", "seize", "capture", "take", "occupy", "storm", "overwhelm"})
#: Verbs of driving someone off ground: "after driving out the militants", "after expelling X".
EXPEL_VERBS = frozenset({"expel", "oust", "dislodge", "rout", "evict", "drive", "push", "flush", "chase", "clear"})


def former_holders(trigger: Token) -> list[Token]:
    """Who held the ground a retaking took back, told in a clause on the trigger: the subject of "after X
    overran it", the object of "after driving out X"."""
    out: list[Token] = []
    for c in trigger.children:
        if c.dep_ == "advcl" and lem(c) in TAKE_VERBS and any(
                k.dep_ in ("mark", "advmod") and k.lower_ in ("after", "when", "since") for k in c.children):
            out += [s for s in children(c, "nsubj") if s.tag_ != "PRP"]
        verbs = [c] if c.dep_ == "advcl" else [v for v in c.children if v.dep_ == "pcomp"] if (
            c.dep_ == "prep" and c.lower_ in ("after", "by")) else []
        for v in verbs:
            if lem(v) in EXPEL_VERBS and (lem(v) not in ("drive", "push", "flush", "chase", "clear")
                                            or has_particle(v, "out", "off", "away")):
                out += children(v, "dobj")
    return with_conjuncts(out)


def shared_agent(trigger: Token) -> list[Token]:
    """The "by" of a passive verb joined to the trigger when the trigger has none: "two thieves were lynched
    and burned by a crowd" (the parser hangs the agent on the last verb only); a joined verb with a subject of
    its own tells another act."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBN" or agents(trigger):
        return []
    out: list[Token] = []
    for k in trigger.conjuncts:
        if k.pos_ == "VERB" and k.tag_ == "VBN" and not (k.i > trigger.i and children(k, *SUBJ, "nsubjpass")):
            out += agents(k)
    return with_conjuncts(out)


#: Verbs that lay an act at someone's door as a charge: "soldiers accused of raping", "men charged with killing".
CHARGE_VERBS = frozenset({"accuse", "suspect", "charge", "convict"})


def charged_with(trigger: Token) -> list[Token]:
    """Who is accused of the act a gerund trigger tells: the noun the participle hangs on ("junta soldiers accused
    of raping two women"), the passive subject ("two officers were charged with killing a trader") or the
    accused object ("rights groups accuse the militia of burning villages"). Never a denied charge."""
    if trigger.dep_ != "pcomp" or trigger.head.lower_ not in ("of", "with"):
        return []
    verb = trigger.head.head
    if verb.pos_ != "VERB" or lem(verb) not in CHARGE_VERBS or children(verb, "neg"):
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return with_conjuncts([verb.head])
    found = children(verb, "nsubjpass") or children(verb, "dobj")
    return with_conjuncts([t for t in found if t.tag_ not in ("WDT", "WP", "PRP")])


def subjected_to(trigger: Token) -> tuple[list[Token], list[Token]]:
    """"The enemy subjected the villages to heavy shelling": who subjects does the act the trigger names, and
    what is subjected suffers it. The parser hangs the act on "to" or on the verb itself."""
    verb = trigger.head
    if trigger.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head
    elif trigger.dep_ not in ("advcl", "xcomp", "dobj"):
        return [], []
    if verb.pos_ != "VERB" or lem(verb) != "subject" or verb.i > trigger.i:
        return [], []
    doers = [s for s in children(verb, "nsubj") if s.tag_ not in ("WDT", "WP", "PRP")]
    return with_conjuncts(doers), with_conjuncts([o for o in children(verb, "dobj") if o.i < trigger.i])


#: Verbs of being made to leave ground: "obliging the army to retreat", "forcing the garrison to withdraw".
FORCE_VERBS = frozenset({"force", "oblige", "compel"})
RETREAT_VERBS = frozenset({"retreat", "withdraw", "flee", "leave", "abandon", "evacuate", "pull"})


def forced_out(trigger: Token) -> list[Token]:
    """Who a taking of ground made leave, told in a clause on the trigger: "seized the town, forcing the army to
    retreat" (the parser makes the army the subject of the retreat, or the object of the forcing)."""
    out: list[Token] = []
    for c in trigger.children:
        if c.dep_ not in ("advcl", "conj", "xcomp") or lem(c) not in FORCE_VERBS:
            continue
        for v in c.children:
            if v.dep_ in ("ccomp", "xcomp") and lem(v) in RETREAT_VERBS:
                out += [s for s in children(v, "nsubj") + children(c, "dobj") if s.tag_ not in ("WDT", "WP", "PRP")]
    return with_conjuncts(out)


def fired_on(trigger: Token) -> list[Token]:
    """Whom shots were aimed at when the parser hung "on"/"at" off the trigger's own words: "opened fire with live
    rounds on marchers" (on the rounds or on "fire"), "shot at a vigil" (on the verb)."""
    if trigger.pos_ != "VERB":
        return []
    fire = [o for o in children(trigger, "dobj") if lem(o) == "fire"] if lem(trigger) == "open" else []
    if not fire and lem(trigger) not in AIM_VERBS:
        return []
    out = prep_objects(trigger, "on", "at")
    for held in fire + prep_objects(trigger, "with"):
        out += prep_objects(held, "on", "at")
    return with_conjuncts([o for o in out if o.pos_ in ("NOUN", "PROPN")])


def pitted(trigger: Token) -> list[Token]:
    """The two sides of a fight that "pitted X against Y": both fought."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or lem(verb) != "pit" or verb.pos_ != "VERB":
        return []
    return with_conjuncts(children(verb, "dobj") + prep_objects(verb, "against"))


#: Nouns of a command an act is done by: "by order of the governor", "on the orders of the junta".
ORDER_NOUNS = frozenset({"order", "instruction", "directive", "decree", "command"})


def ordered_by(trigger: Token) -> list[Token]:
    """Who ordered an act told with no doer: "by order of the governor, a curfew is instituted", "on the
    governor's orders, the market was closed" (the "of" of the order, or its possessor)."""
    out: list[Token] = []
    for p in trigger.children:
        if p.dep_ != "prep" or p.lower_ not in ("by", "on", "upon", "under"):
            continue
        for o in children(p, "pobj"):
            if lem(o) in ORDER_NOUNS:
                out += prep_objects(o, "of") + [c for c in children(o, "poss") if c.tag_ != "PRP$"]
    return with_conjuncts(out)
