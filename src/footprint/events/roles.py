"""Turns a candidate's argument tokens into ``EventActor`` records.

An argument token names a phrase (its subtree without clauses and conjuncts);
every actor mention inside the phrase takes the role. A phrase with no known
actor but a head noun that names people ("gunmen", "villagers") is kept as
found, with no registry id.
"""

from __future__ import annotations

import bisect
import dataclasses
import re

from spacy.tokens import Doc, Span, Token

from ..model import ActorMention, EventActor
from ..nlp import doc_text
from ..paragraphs import has_break
from .arguments import GATHERING_NOUNS, accompanied, active_participle, crowd_acted_on, dispersal, force_word, timeless
from .candidate import Candidate
from .phrases import (CROWD_BODIES, EQUIPMENT, LINK_WORDS, QUANTIFIERS, backer, compact, generic_actor,
                      mentions_in, word_actor, carried, holders, inferred_actor, names_people, phrase, to_actor)
from .sides import (aimed_at, assessed, blast_sites, blamed_on, brokers, charged_with, claimed_by, combat_sides,
                    dead_when, fired_on, forced_out, former_holders, go_betweens, ordered_by, pitted, repelled,
                    shared_agent, subjected_to, toll_victims)
from .syntax import (OBJ, REPORT_VERBS, SUBJ, agents, children, lem, phrase_has_class,
                     prep_objects, sentence_root, with_conjuncts)
from .vocabulary import Lexicon, lexicon


POSSESSIVES = {"its", "their", "his", "her", "our"}
#: People named by their relation to an actor are not that actor: "supporters of the junta", "relatives of
#: soldiers", "victims of the group" (unlike "members of X", which are X).
RELATION_NOUNS = frozenset("""supporter opponent critic relative family victim enemy rival foe detractor sympathiser
    sympathizer widow orphan survivor hostage captive prisoner defector collaborator informant informer
    accomplice""".split())
#: Subject pronouns of a reported clause that stand for the one who speaks.
SPEAKER_PRONOUNS = {"they", "it", "we"}
#: Whose forces "its troops" can be: an organisation or a state, not a person speaking for it.
OWNER_TYPES = ("state_force", "armed_group", "pmc", "government", "igo", "country")


def speaker(trigger: Token, word: Token | None = None) -> Token | None:
    """The subject of the verb of saying the trigger is told under ("the army said its troops repelled ...").
    With ``word`` (a pronoun or a noun with "its"), only a speaker named before it and a word that is the
    subject of its clause: in "soldiers were killed when their patrol was ambushed, the ministry said",
    "their" is the soldiers', not the ministry's."""
    for anc in trigger.ancestors:
        if lem(anc) in REPORT_VERBS:
            subj = [c for c in anc.children if c.dep_ in SUBJ]
            if not subj:
                return None
            if word is not None and (subj[0].i > word.i or word.dep_ not in ("nsubj", "nsubjpass")):
                return None
            return subj[0]
    return None


def owner_actor(head: Token, trigger: Token, mentions: list[ActorMention], role: str) -> EventActor | None:
    """"its units", "their fighters" under a verb of saying: the units of the one who speaks. The speaker
    stays the claimant; the actor is the organisation it speaks for, written as the argument's words."""
    if not any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in head.children):
        return None
    subj = speaker(trigger, head)
    if subj is None:
        return None
    found = [m for m in mentions_in(phrase(subj), mentions) if m.type in OWNER_TYPES]
    if not found:
        return None
    m = found[0]
    _, start, end = compact(head)
    start = min([start] + [c.idx for c in head.children if c.dep_ == "poss"])
    text = doc_text(head.doc)[start:end]
    return EventActor(name=m.name, role=role, text=text, id=m.actor_id, wikidata=m.wikidata, type=m.type,
                      country=m.country, start=start, end=end)


#: Acts an organisation does itself: told in the passive with no agent by its spokesman ("two suspects had been
#: arrested", "the ambassador had been summoned"), they are the organisation's.
ORG_ACTS = frozenset("""summon arrest detain expel ban impose deport suspend dismiss recall bar declare""".split())
#: Organisation words on a speaker that no actor mention covers ("a government spokesman"): the national entry
#: of the report's focus country they stand for.
SPEAKER_ORG_WORDS = {"government": "government", "ministry": "government", "army": "armed_forces",
                     "military": "armed_forces"}
#: How far back (sentences) "its spokesman" looks for the organisation "its" stands for.
SPEAKER_LOOKBACK = 2


def _org_before(subj: Token, mentions: list[ActorMention]) -> ActorMention | None:
    """The organisation "its" in "its spokesman" stands for: the last one named in this or the sentences just
    before, a subject first ("The police command confirmed the attack. Its spokesman said ...")."""
    sents = list(subj.doc.sents)
    at = next((k for k, s in enumerate(sents) if s.start <= subj.i < s.end), 0)
    lo = sents[max(0, at - SPEAKER_LOOKBACK)].start_char
    first = min(t.idx for t in phrase(subj))
    before = [m for m in mentions if lo <= m.start < first and m.type in OWNER_TYPES]
    if not before:
        return None
    doc = subj.doc

    def is_subject(m: ActorMention) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and any(t.dep_ in SUBJ or (t.head.dep_ in SUBJ and t.dep_ in ("compound", "amod"))
                                        for t in span)

    last_sent = [m for m in before if m.start >= sents[at - 1].start_char] if at else []
    for pool in (last_sent, before):
        subj_ms = [m for m in pool if is_subject(m)]
        if subj_ms:
            return subj_ms[-1]
    return before[-1]


def speaker_org(trigger: Token, mentions: list[ActorMention]) -> EventActor | None:
    """The organisation a spokesman speaks for, as the doer of an act only it does, told in the passive with no
    agent ("a government spokesman said the ambassador had been summoned": the government summoned; "Its
    spokesman said two suspects had been arrested": the police named before arrested). Marked ``inferred``."""
    if trigger.pos_ != "VERB" or lem(trigger) not in ORG_ACTS or agents(trigger) or not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        return None
    subj = speaker(trigger)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children)
    # "Its spokesman" as a mention of its own (no registry entry) is the speaker, not whom it speaks for
    found = [m for m in mentions_in(phrase(subj), mentions) if m.type in OWNER_TYPES and (m.actor_id or not owned)]
    if found:
        return dataclasses.replace(to_actor(found[0], "actor"), inferred=True)
    if owned:
        m = _org_before(subj, mentions)
        return dataclasses.replace(to_actor(m, "actor"), inferred=True) if m is not None else None
    words = [c for c in subj.children if c.dep_ in ("compound", "amod") and c.i < subj.i
             and lem(c) in SPEAKER_ORG_WORDS]
    cc = focus_state(subj.doc)
    if not words or cc is None:
        return None
    start = words[0].idx
    end = subj.idx + len(subj.text)
    return inferred_actor(f"{SPEAKER_ORG_WORDS[lem(words[0])]}.{cc.lower()}", "actor", doc_text(subj.doc)[start:end],
                          start, end)


def linked_to(head: Token) -> list[Token]:
    """The organisations a people noun is tied to by a participle or adjective after it ("linked to X")."""
    out: list[Token] = []
    for c in head.children:
        if c.dep_ in ("acl", "amod") and c.i > head.i and (lem(c) in LINK_WORDS or c.lower_ in LINK_WORDS):
            out += with_conjuncts(prep_objects(c, "to", "with"))
    # the small parser reads "insurgents linked to X captured ..." as "insurgents linked to X" with the
    # capture hung below: a subject of "linked" with no object and no particle is the same phrase
    verb = head.head
    if head.dep_ == "nsubj" and lem(verb) in LINK_WORDS and verb.tag_ in ("VBD", "VBN") and not children(
            verb, "dobj", "prt"):
        out += with_conjuncts(prep_objects(verb, "to", "with"))
    return out


#: Personal pronouns and whether they stand for one person (he, she) or several (they).
PERSONAL = {"he": True, "she": True, "him": True, "her": True, "they": False, "them": False}


def trailing_speaker(tok: Token) -> bool:
    """A conjunct the parser joined to an object that is really the subject of a closing report verb left
    without one ("killing two guards, residents and officials said"): a speaker, not one more victim."""
    if tok.dep_ != "conj":
        return False
    root = sentence_root(tok)
    if lem(root) not in REPORT_VERBS or root.i != tok.right_edge.i + 1:
        return False
    return not children(root, *SUBJ) and not children(root, "nsubjpass")


def partitive_pronoun(head: Token) -> Token | None:
    """The pronoun a number or quantifier takes a part of ("three of them", "dozens of them")."""
    if not (head.like_num or lem(head) in QUANTIFIERS or head.lower_ in QUANTIFIERS):
        return None
    pron = [t for t in prep_objects(head, "of") if t.tag_ == "PRP" and t.lower_ in PERSONAL]
    return pron[0] if pron else None


def _conjoined_object(pron: Token) -> Token | None:
    """The object of the earlier of two joined verbs, for a pronoun object of the later one ("pursued the
    gunmen and killed three of them", "seized the men and shot them"): the same people, acted on twice."""
    slot = pron
    if pron.dep_ == "pobj" and pron.head.lower_ == "of" and partitive_pronoun(pron.head.head) == pron:
        slot = pron.head.head
    if slot.dep_ != "dobj" or slot.head.dep_ != "conj" or slot.head.pos_ != "VERB":
        return None
    objs = [o for o in children(slot.head.head, "dobj") if o.i < slot.i and o.pos_ in ("NOUN", "PROPN")]
    return objs[0] if objs else None


def antecedent(pron: Token, lex: Lexicon) -> Token | None:
    """The people a personal pronoun of a subordinate clause stands for: the subject of the clause it
    hangs on, named before it and of the same number ("a journalist has been missing since he was taken",
    "soldiers were wounded when they drove over a mine"); or, for the subject of a main clause, the subject of
    a subordinate clause set before it ("as the troops withdrew, they were ambushed")."""
    if pron.lower_ not in PERSONAL:
        return None
    if pron.dep_ in ("dobj", "nsubj", "nsubjpass") and pron.head.dep_ == "ccomp" and pron.head.head.pos_ == "VERB":
        # "women told aid workers that soldiers raped them", "relatives of a student say he was taken": the one
        # who tells, or the person the teller is named by, of the pronoun's number
        said = pron.head.head
        subj = [t for t in children(said, "nsubj") if t.i < pron.i and t.pos_ in ("NOUN", "PROPN")]
        if subj:
            own = children(pron.head, "nsubj") if pron.dep_ == "dobj" else []
            for noun in [subj[0]] + prep_objects(subj[0], "of"):
                plural = noun.tag_ in ("NNS", "NNPS")
                if PERSONAL[pron.lower_] != plural and names_people(noun, lex) and noun not in own:
                    return noun
        return None
    if pron.dep_ == "dobj" and pron.head.dep_ == "advcl":
        # "a journalist has not been seen since soldiers took him away": the object stands for the subject
        # of the clause the pronoun's clause hangs on
        main = pron.head.head
        subj = children(main, "nsubj", "nsubjpass")
        if not subj or subj[0].i > pron.i or subj[0].pos_ != "NOUN":
            return None
        noun = subj[0]
        plural = noun.tag_ in ("NNS", "NNPS")
        return noun if PERSONAL[pron.lower_] != plural and names_people(noun, lex) else None
    earlier = _conjoined_object(pron)
    if earlier is not None:
        plural = earlier.tag_ in ("NNS", "NNPS")
        return earlier if PERSONAL[pron.lower_] != plural and names_people(earlier, lex) else None
    if pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pron.head
    if clause.dep_ != "advcl":
        # "As the troops withdrew, they were ambushed": the subject of a clause set before the pronoun's own
        subs = [c for c in clause.children if c.dep_ == "advcl" and c.i < pron.i]
        subj = [s for c in subs for s in children(c, *SUBJ) + children(c, "nsubjpass")]
        if not subj or subj[0].pos_ not in ("NOUN", "PROPN"):
            return None
        noun = subj[0]
        plural = noun.tag_ in ("NNS", "NNPS") or (not noun.tag_ and lem(noun) != noun.lower_)
        return noun if PERSONAL[pron.lower_] != plural and names_people(noun, lex) else None
    main = clause.head
    subj = children(main, *SUBJ) or children(main, "nsubjpass")
    if not subj or subj[0].i > pron.i or subj[0].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = subj[0]
    plural = noun.tag_ in ("NNS", "NNPS") or (not noun.tag_ and lem(noun) != noun.lower_)
    if PERSONAL[pron.lower_] == plural or not names_people(noun, lex):
        return None
    return noun


def previous_subject(pron: Token, lex: Lexicon) -> Token | None:
    """"Fighters came into the village at night. They burned twenty houses": "they" opening a sentence as the
    subject of its main verb stands for the plural subject of the sentence before, in the same paragraph. Not
    when that sentence acts on people or tells what someone said: "police held three men. They had ..." may
    mean the men."""
    sent = pron.sent
    if pron.lower_ != "they" or pron.dep_ != "nsubj" or pron.head.dep_ != "ROOT" or pron.i != sent.start \
            or sent.start == 0:
        return None
    prev = pron.doc[sent.start - 1].sent
    if has_break(doc_text(pron.doc)[prev.end_char : sent.start_char]):
        return None
    root = prev.root
    subj = children(root, "nsubj")
    if root.pos_ != "VERB" or lem(root) in REPORT_VERBS or not subj or subj[0].tag_ not in ("NNS", "NNPS"):
        return None
    if any(names_people(o, lex) for o in children(root, "dobj")):
        return None
    return subj[0] if names_people(subj[0], lex) else None


def list_members(head: Token) -> list[Token]:
    """A list the parser hung as an apposition with conjuncts ("Mali, Burkina Faso and Niger announced":
    Burkina Faso in apposition to Mali, Niger its conjunct): every member takes the head's role."""
    out: list[Token] = []
    for c in head.children:
        if c.dep_ == "appos" and any(k.dep_ == "conj" for k in c.children):
            out += with_conjuncts([c])
    return out


def setting_possessor(head: Token, found: list[ActorMention]) -> bool:
    """People whose only named actor is the country that owns them as a setting: "Libya's rival factions",
    "Sudan's warring parties" are not Libya or Sudan."""
    if not found or not all(m.type == "country" for m in found):
        return False
    poss = [c for c in head.children if c.dep_ == "poss"]
    if not poss:
        return False
    span = [t for p in poss for t in p.subtree]
    return all(mentions_in(span, [m]) for m in found) and not mentions_in([head], found)


#: Arms with no place in the lexicon's weapon class that a nationality can be written on ("Turkish artillery").
NATIONAL_ARMS = frozenset({"artillery", "howitzer", "armour", "armor", "gunboat", "warship", "frigate", "bomber"})
#: "Turkish-made drones": where the thing was made says nothing of who uses it.
_MADE_IN = re.compile("[-\u2010\u2011] ?(made|built|supplied|designed|manufactured|produced|provided|donated)\\b", re.I)


def national_weapon(tok: Token, role: str) -> EventActor | None:
    """A weapon or vehicle with the nationality written on it that acts ("Turkish artillery shelled ...",
    "Russian warplanes bombed ..."): the armed forces of that state, marked ``inferred`` (a nationality on
    equipment is no actor mention of its own); kept as the words say when the nationality names no one
    country. Where it was made ("Turkish-made drones") names no user; the rulers' name ("junta jets") their forces."""
    if role != "actor" or tok.pos_ != "NOUN" or (lem(tok) not in EQUIPMENT and tok.lower_ not in EQUIPMENT
                                                  and lem(tok) not in NATIONAL_ARMS and not any(
            lem(tok) in lexicon().classes.get(c, ()) for c in ("weapon",))):
        return None
    national = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" and c.i < tok.i]
    # "junta jets", "regime helicopters": the rulers' armed forces, those of the report's focus country
    rulers = [] if national else [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i
                                  and lem(c) in REGIME_WORDS]
    if not (national or rulers) or (national and _MADE_IN.match(doc_text(tok.doc), national[0].idx + len(national[0].text))):
        return None
    text, start, end = compact(tok)
    cc = _demonym_country(national[0], focus_state(tok.doc)) if national else focus_state(tok.doc)
    forces = inferred_actor(f"armed_forces.{cc.lower()}", role, text, start, end) if cc else None
    return forces or EventActor(name=text, role=role, text=text, start=start, end=end)


#: Words for a state's rulers written on its weapons ("junta jets", "regime helicopters").
REGIME_WORDS = frozenset({"junta", "regime", "government", "state"})


#: Facilities of a force: with a military word or a nationality on them, an attack on one is an attack on the
#: force that holds it. The lexicon's base class, plus posts and positions.
FACILITIES = frozenset({"post", "position", "checkpoint"})
#: Words that make a facility a state's ("a military base", "government positions"); "army" is a mention itself.
STATE_FACILITY_WORDS = frozenset({"military", "army", "government", "naval", "navy", "state"})
#: Words that make a camp or site one of civilians, never of a force.
CIVIL_FACILITY_WORDS = frozenset({"refugee", "idp", "displacement", "displaced", "protest", "aid", "relief",
                                  "humanitarian", "medical", "civilian", "training", "transit", "migrant"})


def _demonym_country(tok: Token, focus: str | None) -> str | None:
    """The one country a national adjective names ("Malian"); of several ("Congolese"), the report's focus."""
    from ..actors.registry import normalize_tokens, registry

    keys, _ = normalize_tokens(tok.text)
    found = {cc for cc, kind, _ in registry().country_terms.get(keys, ()) if kind == "demonym"}
    if len(found) == 1:
        return next(iter(found))
    return focus if focus in found else None


def focus_state(doc) -> str | None:
    """The one country the places stage puts most in focus (ISO alpha-2), None on a tie or with none."""
    shares = ((doc._.fp_meta or {}) if doc.has_extension("fp_meta") else {}).get("places_focus") or {}
    if not shares:
        return None
    top = max(shares.values())
    lead = [c for c, v in shares.items() if v == top]
    return lead[0] if len(lead) == 1 else None


def facility_force(head: Token, role: str, lex: Lexicon) -> EventActor | None:
    """A target that is a force's facility with no actor named on it ("militants attacked a military base",
    "a Malian military base was overrun"): the armed forces of the state its national adjective names, else of
    the report's focus country, marked ``inferred``. A base or camp of no named kind stays a place."""
    key = lem(head)
    if role != "target" or head.pos_ != "NOUN" or not (key in FACILITIES or key in lex.classes.get("base", ())):
        return None
    mods = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i]
    if any(lem(c) in CIVIL_FACILITY_WORDS or c.lower_ in CIVIL_FACILITY_WORDS for c in mods):
        return None
    national = [c for c in mods if c.ent_type_ == "NORP"]
    focus = focus_state(head.doc)
    if national:
        cc = _demonym_country(national[0], focus)
    elif any(lem(c) in STATE_FACILITY_WORDS or c.lower_ in STATE_FACILITY_WORDS for c in mods):
        cc = focus
    else:
        return None
    if cc is None:
        return None
    text, start, end = compact(head)
    return inferred_actor(f"armed_forces.{cc.lower()}", role, text, start, end)


def _owned_thing(m: ActorMention, head: Token) -> tuple[str, int, int] | None:
    """A base or vehicle named by its owner ("a Malian army camp"): the owner takes the role, written with
    the thing's words, so the target reads as what was hit."""
    if head.pos_ != "NOUN" or not (head.idx >= m.end and any(
            c.dep_ in ("compound", "amod", "nmod") and m.start <= c.idx < m.end for c in head.children)):
        return None
    lex = lexicon()
    if not (lem(head) in EQUIPMENT or any(lem(head) in lex.classes.get(c, ()) for c in ("base", "property"))):
        return None
    _, start, end = compact(head)
    start = min(start, m.start)  # "Ukrainian army base": the owner's words are part of the name
    return doc_text(head.doc)[start:end], start, end


#: ``Doc.user_data`` key of the page's mentions sorted by start, with the list they were read from: every
#: candidate asks for its sentence's mentions, and a filter of the whole page per candidate is quadratic.
MENTION_STARTS_KEY = "footprint.events.mention_starts"


def sentence_mentions(sent: Span, mentions: list[ActorMention]) -> list[ActorMention]:
    """The mentions that start inside ``sent``, in the order of ``mentions``."""
    cached = sent.doc.user_data.get(MENTION_STARTS_KEY)
    if cached is None or cached[0] is not mentions:
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        cached = sent.doc.user_data[MENTION_STARTS_KEY] = (mentions, [mentions[k].start for k in order], order)
    _, starts, order = cached
    lo, hi = bisect.bisect_left(starts, sent.start_char), bisect.bisect_left(starts, sent.end_char)
    return [mentions[k] for k in sorted(order[lo:hi])]


#: Armed actors that can claim an attack (a state or a person speaking for one reports, it does not claim).
CLAIMANT_TYPES = ("armed_group", "state_force", "pmc")


def _place_name(m: ActorMention, sent: Span) -> bool:
    """A name kept as found (no registry entry, no type) that the places stage read as a literal place: a
    town, a road, a district is where, not who ("the chief of Tiloa", "the siege of Mariupol")."""
    if m.actor_id or m.type:
        return False
    starts, reach = _place_spans(sent.doc)
    k = bisect.bisect_right(starts, m.start)  # places starting at or before the mention: one of them must cover it
    return k > 0 and reach[k - 1] >= m.end


#: ``Doc.user_data`` key of the place spans indexed for ``_place_name``: it is asked for every mention of every
#: candidate, and a scan of all places each time is quadratic in a long report.
PLACE_SPANS_KEY = "footprint.roles.place_spans"


def _place_spans(doc: Doc) -> tuple[list[int], list[int]]:
    """The starts of the document's places (demonyms left out), sorted, and the furthest end reached by any place
    up to each; built once per Doc, and again only when the places stage hands it another list."""
    places = (doc._.fp_places or ()) if doc.has_extension("fp_places") else ()
    hit = doc.user_data.get(PLACE_SPANS_KEY)
    if hit is None or hit[0] is not places or hit[1] != len(places):
        spans = sorted((p.start, p.end) for p in places if p.kind != "demonym")
        reach: list[int] = []
        for _, end in spans:
            reach.append(max(end, reach[-1]) if reach else end)
        hit = doc.user_data[PLACE_SPANS_KEY] = (places, len(places), ([st for st, _ in spans], reach))
    return hit[2]


#: Frames whose target may be a force read from its facility: violence against it, or taking it.
FACILITY_FRAMES = frozenset({"attack", "capture"})


#: What a casualty verb leaves its object as ("shot dead", "beaten unconscious", "hacked to death"): the parser may
#: hang the word on the object, but it tells what was done to them, never who they are.
RESULTATIVES = frozenset({"dead", "unconscious", "senseless", "lifeless", "death"})


def _resultative(head: Token) -> set[int]:
    """Indices of a resultative the parser hung before ``head`` that stands right after a verb or its particle
    ("shot dead six people", "hacked to death four farmers"); "the dead soldiers" keeps its adjective."""
    out: set[int] = set()
    doc = head.doc
    for c in head.children:
        if c.i > head.i or c.left_edge.i == 0:
            continue
        told = (c.dep_ in ("amod", "advmod", "oprd", "compound") and c.lower_ in RESULTATIVES) or (
            c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ in RESULTATIVES for o in c.children))
        before = doc[c.left_edge.i - 1]
        if told and (before.pos_ in ("VERB", "AUX") or before.dep_ == "prt"):
            out.update(t.i for t in c.subtree)
    return out


def _without_resultative(x: EventActor | None, head: Token) -> EventActor | None:
    """``x`` without a resultative its words open with: "dead six people" is "people"."""
    drop = _resultative(head)
    if x is None or not drop:
        return x
    doc = head.doc
    toks = [t for t in doc[head.left_edge.i : head.i + 1] if x.start <= t.idx < x.end]
    while toks and toks[0] is not head and (toks[0].i in drop or toks[0].dep_ in ("det", "predet", "nummod", "punct")):
        toks = toks[1:]
    if not toks or toks[0].idx == x.start:
        return x
    span = doc.char_span(toks[0].idx, x.end)
    if span is None:
        return x
    return dataclasses.replace(x, text=span.text, start=toks[0].idx, name=span.text if x.name == x.text else x.name)


def assign(cand: Candidate, sent: Span, mentions: list[ActorMention], *, exclude: tuple[int, int] | None = None,
           lex: Lexicon | None = None) -> list[EventActor]:
    """Actors of one candidate with roles; each mention takes the first role it is found in."""
    lex = lex or lexicon()
    trig = cand.token
    # a name the tagger made of the trigger and the word after it ("rams convoy" read as a person) is a misread:
    # the word that tells the act is nobody; a registry name stays
    sent_mentions = [m for m in sentence_mentions(sent, mentions) if m.type != "source" and not _place_name(m, sent)
                     and (m.actor_id or not m.start <= trig.idx < m.end)]
    with_speaker = sent_mentions
    if exclude and exclude[0] >= 0:
        sent_mentions = [m for m in sent_mentions if not (m.start < exclude[1] and exclude[0] < m.end)]
    out: list[EventActor] = []
    taken: set[tuple[int, int]] = set()

    def keep(x: EventActor | None) -> bool:
        """Adds ``x`` unless it is None or its words already hold an actor; whether it was added."""
        if x is None or (x.start, x.end) in taken:
            return False
        taken.add((x.start, x.end))
        out.append(x)
        return True

    victims = toll_victims(cand.token) if cand.frame == "attack" and cand.token.pos_ == "VERB" else []
    repellers, repeller_nations = repelled(cand.token, lex) if cand.frame == "attack" else ([], [])
    if cand.frame == "attack":
        victims += [t for t in dead_when(cand.token) if t not in victims]
    if cand.type == "territory_regained":
        # "recaptured the town two days after insurgents overran it": who held it loses it
        victims += [t for t in former_holders(cand.token) if t not in victims]
    if cand.type in ("territory_regained", "territory_overtaken"):
        # "took the town, obliging the army to retreat": who had to leave loses it
        victims += [t for t in forced_out(cand.token) if t not in victims]
    actor_toks, target_toks = tuple(cand.actor_toks), tuple(cand.target_toks) + tuple(victims)
    if not actor_toks:
        # "were lynched and burned by a crowd"; "soldiers accused of raping"; "the enemy subjected X to shelling"
        subjecting, subjected = subjected_to(cand.token)
        actor_toks = tuple(shared_agent(cand.token) or charged_with(cand.token) or subjecting
                           or ordered_by(cand.token))
        target_toks += tuple(t for t in subjected if t not in target_toks)
    extra_assoc: tuple[Token, ...] = ()
    if active_participle(cand.token):
        # "Men in uniform executed 60 civilians": the noun the parser hung the verb on acts
        actor_toks = (cand.token.head,)
        target_toks = tuple(children(cand.token, *OBJ)) + tuple(victims)
        companion = accompanied(cand.token.head)
        if companion is not None:
            # "soldiers accompanied by militiamen killed ...", the verb hung on the militiamen: the soldiers act
            actor_toks, extra_assoc = (companion,), (cand.token.head,)
    if cand.type in ("protest_intervention", "protest_excessive_force"):
        # "police used tear gas against protesters marching on parliament": the forces act on the marchers
        forces, crowd = crowd_acted_on(cand.token) if cand.token.pos_ == "VERB" else ([], [])
        if not forces:
            # "broke up a rally by X, arresting ...": the gathering's people are the target whatever word opened it
            forces, crowd = dispersal(sent, lambda t: t.pos_ in ("NOUN", "PROPN") and names_people(t, lex))
        if forces:
            actor_toks = tuple(forces)
            target_toks = tuple(crowd) + tuple(t for t in target_toks if t not in forces and t not in crowd)
    if cand.token.pos_ == "VERB":
        target_toks += tuple(t for t in aimed_at(cand.token) + fired_on(cand.token) if t not in target_toks)
        if cand.frame == "attack":
            target_toks += tuple(t for t in blast_sites(cand.token) if t not in target_toks)
    if cand.frame == "attack":
        # "soldiers killed in an exchange of fire with rebels": both sides of the fight act; forces among the
        # dead are one side, the ones named after "with" the other
        sides = combat_sides(cand.token)
        if sides:
            fighters = tuple(t for t in target_toks if phrase_has_class([t], "force", lex)
                             and not phrase_has_class([t], "civilian", lex))
            actor_toks = actor_toks + tuple(t for t in fighters + tuple(sides) if t not in actor_toks)
            target_toks = tuple(t for t in target_toks if t not in fighters and t not in sides)
        # "fighting pitted X against Y": the two sides, whatever else the parser hung on the fight
        rivals = pitted(cand.token)
        if rivals:
            actor_toks = tuple(rivals)
            target_toks = tuple(t for t in target_toks if t not in rivals)
    # "repelled an assault by X": the attackers fought too
    actor_toks += tuple(t for t in repellers if t not in actor_toks)
    assoc_toks = tuple(cand.assoc_toks) + tuple(go_betweens(cand.token)) + extra_assoc + tuple(brokers(cand.token))
    if cand.type == "analytic_assessment" and not actor_toks:
        actor_toks = tuple(assessed(cand.token))
    for role, toks in (("actor", actor_toks), ("target", target_toks),
                       ("associated", assoc_toks)):
        heads = list(with_conjuncts(timeless(list(toks))))
        for h in list(heads):
            heads += [m for m in list_members(h) if m not in heads]
        # words of time are no one, in any role: "attacked on Sunday", "on Sunday and Monday", "Sunday, 3 May"
        heads = [h for h in timeless(heads) if not trailing_speaker(h)]
        for head in heads:
            pool = sent_mentions
            part = partitive_pronoun(head)
            if part is not None and antecedent(part, lex) is not None:
                head = part  # "killed three of them": the people "them" stands for
            if head.tag_ == "PRP" and head.lower_ in SPEAKER_PRONOUNS:
                # "police said that they had arrested ...", "the army said it had struck ...": the speaker; it
                # stays the claimant and, named by the pronoun, acts too ("X said it had threatened to ...")
                named = speaker(cand.token, head)
                if named is not None:
                    head, pool = named, with_speaker
            if head.tag_ == "PRP" and head.lower_ in PERSONAL:
                earlier = previous_subject(head, lex)
                if earlier is not None:
                    # a sentence before: only a named actor there, never a generic word
                    hits = mentions_in([earlier] + [c for c in earlier.children if c.dep_ in ("compound", "amod")
                                                    and c.i < earlier.i], [m for m in mentions if m.type != "source"])
                    for x in [to_actor(m, role) for m in hits]:
                        keep(x)
                    if hits:
                        continue
                noun = antecedent(head, lex)
                if noun is not None:
                    # the antecedent as named, not what its phrase says about it
                    g = generic_actor(noun, role, lex)
                    hits = mentions_in([noun] + [c for c in noun.children if c.dep_ in ("compound", "amod")
                                                 and c.i < noun.i], pool)
                    for x in [to_actor(m, role) for m in hits] or [g]:
                        keep(x)
                    continue
            if head.tag_ in ("WDT", "WP", "PRP") and head.lower_ not in ("they", "he", "she"):
                continue
            # "a crowd of residents attacked ...": the crowd acts as one body; one fired on is its people
            if (lem(head) in QUANTIFIERS or head.lower_ in QUANTIFIERS) and not (
                    role == "actor" and lem(head) in CROWD_BODIES):
                of = prep_objects(head, "of")
                head = of[0] if of else head
            found = mentions_in(phrase(head, doers=role != "target"), pool)
            if lem(head) in RELATION_NOUNS and not mentions_in([head], sent_mentions):
                found = []
            if setting_possessor(head, found):
                found = []
            # "insurgents linked to the Islamic State": unnamed members act as the organisation; a named
            # group tied to another ("JNIM, linked to al-Qaeda") keeps it as a party
            linked = [m for t in linked_to(head) for m in mentions_in(phrase(t), pool)]
            if linked:
                named = any(m.actor_id for m in found)
                for m in linked:
                    keep(to_actor(m, "associated" if named else role))
            # the phrase of a conjunct head must not swallow the other conjuncts' mentions
            for m in found:
                if (m.start, m.end) in taken:
                    continue
                taken.add((m.start, m.end))
                # "Iran-backed militias": the backer takes part, it is not the militias
                x = to_actor(m, "associated" if backer(m, sent) else role)
                owned = _owned_thing(m, head) if role == "target" else None
                if owned is not None:
                    x = dataclasses.replace(x, text=owned[0], start=owned[1], end=owned[2])
                out.append(x)
            if not found:
                if head.i != cand.token.i and keep(owner_actor(head, cand.token, mentions, role)):
                    continue
                if keep(national_weapon(head, role)):
                    continue
                if cand.frame in FACILITY_FRAMES and keep(facility_force(head, role, lex)):
                    continue
                if head.pos_ in ("NOUN", "PROPN") and not names_people(head, lex):
                    # "a convoy escorted by army units", "targets used by militias": those who hold the thing
                    held_by = [h for h in holders(head) if h not in heads]
                    heads += held_by
                    if role == "target":
                        heads += [p for p in carried(head, lex) if p not in heads]
                        if lem(head) in GATHERING_NOUNS:
                            # "shot at a vigil of relatives": the gathering's people
                            heads += [p for p in prep_objects(head, "of", "by") if p not in heads]
                    owner_word = None if held_by else force_word(head, lex)
                    if owner_word is not None:
                        keep(word_actor(owner_word, role))
                    continue
                keep(_without_resultative(generic_actor(head, role, lex), head))
    for adj in repeller_nations:
        # "repulsed a Russian assault": the forces of the state the adjective names
        cc = _demonym_country(adj, focus_state(adj.doc))
        x = inferred_actor(f"armed_forces.{cc.lower()}", "actor", adj.text, adj.idx, adj.idx + len(adj.text)) if cc else None
        if x is not None and not any(a.id == x.id for a in out):
            keep(x)
    if cand.frame == "attack" and not any(a.role == "actor" and a.id for a in out):
        blamed = blamed_on(sent)
        for subj in claimed_by(cand.token, sent, lex) + blamed:
            # the claimant is no mere speaker here: it owns the attack
            for m in mentions_in(phrase(subj), with_speaker):
                if m.type in CLAIMANT_TYPES:
                    keep(to_actor(m, "actor"))
        if not any(a.role == "actor" for a in out):
            # "...; authorities blame dissidents": unnamed people blamed are the doers when no one else acts
            for subj in blamed:
                if not mentions_in(phrase(subj), with_speaker):
                    keep(generic_actor(subj, "actor", lex))
    if not any(a.role == "actor" for a in out):
        org = speaker_org(cand.token, mentions)
        if org is not None:
            out.insert(0, org)
    return out
