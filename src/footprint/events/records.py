"""The ``Event`` record of a draft: its place, date and attribution from the other stages, the actors the
speaker or the statement adds, one record per actor and role, a confidence; and what a later clause of a
sentence shares with an earlier event of it (``shared_by_clauses``)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..attribution import attribution_for
from ..clauses import clause_head, same_clause
from ..dates.events import report_date
from ..dateline import governing as dateline
from ..nlp import doc_parsed, doc_text, span_text
from ..model import Attribution, Event, EventActor, EventDate, EventLocation, Evidence
from . import roles
from .candidate import Candidate
from .context import charged
from .syntax import ACCUSE_VERBS, lem

if TYPE_CHECKING:  # annotations only: assemble imports this module
    from .assemble import Draft, Stages

#: The start of the reason the dates stage gives when nothing in the text dates an event.
NO_DATE = "no date in the text"
#: Force used on a protest: told over two clauses ("the march was broken up by riot police; 15 students were
#: arrested"), it is one side's act in both.
INTERVENTIONS = ("protest_intervention", "protest_excessive_force")


def shared_by_clauses(events: list[Event]) -> list[Event]:
    """What a later clause of a sentence leaves unsaid, it shares with an earlier event of the same sentence:
    its date ("drones hit a car in X on Monday, and artillery shelled 12 settlements over the day": the
    shelling is Monday's) when nothing in the text dates it, and, for force used on a protest, the force that
    used it. Events come in sentence and trigger order."""
    out: list[Event] = []
    first_dated: dict[int, Event] = {}
    first_force: dict[int, Event] = {}
    for ev in events:
        key = ev.evidence.start
        d = ev.date
        prior = first_dated.get(key)
        if prior is not None and (d is None or (d.start is None and d.reason.startswith(NO_DATE))):
            pd = prior.date
            ev = dataclasses.replace(ev, date=dataclasses.replace(pd, reason=f"{pd.reason}; shared with the clause "
                                                                          f"before it, which names it"),
                                     background=prior.background)
        elif d is not None and d.start is not None and key not in first_dated:
            first_dated[key] = ev
        if ev.type in INTERVENTIONS:
            force = first_force.get(key)
            if not any(a.role == "actor" for a in ev.actors):
                if force is not None:
                    ev = dataclasses.replace(ev, actors=tuple(a for a in force.actors if a.role == "actor") + ev.actors)
            elif force is None:
                first_force[key] = ev
        out.append(ev)
    return out


def _accusation_aside(d: Draft, s: int, e: int) -> tuple[int, int, int, int, int, int] | None:
    """For an accusation told as a participle on the accused ("X, accused by Y of Z, said ..."): the part of the
    sentence outside the aside and the verb the accused is subject of, as ``(start, end, trigger start, trigger
    end)`` for the dates stage, then the aside's start and end; None for any other event."""
    tok = d.cand.token
    if d.etype.name != "accusation" or tok is None or tok.dep_ != "acl" or tok.tag_ != "VBN" \
            or lem(tok) not in ("accuse", "blame"):
        return None
    accused = tok.head
    verb = accused.head
    if accused.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return None
    sub = list(tok.subtree)
    lo, hi = sub[0].idx, sub[-1].idx + len(sub[-1])
    vs, ve = verb.idx, verb.idx + len(verb)
    if ve <= lo:
        return s, lo, vs, ve, lo, hi
    if vs >= hi:
        return hi, e, vs, ve, lo, hi
    return None


def _charge_span(d: Draft) -> tuple[int, int] | None:
    """For an accusation told by its own verb ("X accused Y of burning the market last year", "blamed Y for the
    raid"): the characters of the charge, which follows the verb; None for any other event."""
    tok = d.cand.token
    if d.etype.name != "accusation" or tok is None or tok.pos_ != "VERB" or lem(tok) not in ACCUSE_VERBS:
        return None
    holders = [tok] + [o for o in tok.children if o.dep_ == "dobj"]
    preps = [p for h in holders for p in h.children
             if p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i > tok.i and list(p.children)]
    if not preps:
        return None
    words = [t for p in preps for t in p.subtree]
    lo, hi = min(words, key=lambda t: t.i), max(words, key=lambda t: t.i)
    return lo.idx, hi.idx + len(hi)


def _off_dateline(doc: Doc, actors: list[EventActor]) -> list[EventActor]:
    """"LICHINGA, Mozambique - Insurgents burned houses ...": the parser may make the dateline's town the verb's
    subject, but it is where the report was filed, never a side."""
    text = doc_text(doc)
    out = []
    for a in actors:
        line = dateline(text, a.start + 1) if a.start >= 0 else None
        if line is None or not (line.start <= a.start and a.end <= line.end):
            out.append(a)
    return out


def _undated_accusation(meta: dict) -> EventDate:
    """An accusation nothing in its own words dates: told on or before the report date (metadata's, else the one
    the dates stage inferred)."""
    dct = report_date(meta)
    return EventDate(start=None, end=dct.isoformat() if dct else None, precision="unknown", value=None,
                     reason=f"{NO_DATE} for the accusation; on or before the report date")


def event_record(doc: Doc, d: Draft, doc_id: str, meta: dict, attributions: dict, stages: Stages) -> Event:
    sent, c = d.sent, d.cand
    s, e = sent.start_char, sent.end_char
    # evidence without trailing whitespace or blanked residue (sliced from the text built once per Doc)
    text = span_text(sent)
    e = s + len(text.rstrip())
    lead = len(text) - len(text.lstrip())
    s = s + lead
    sentence = text[lead : lead + e - s]
    location = stages.event_location(doc, s, e, c.start, c.end)
    aside = _accusation_aside(d, s, e)
    charge = _charge_span(d)
    if aside is None:
        date, background = stages.event_date(doc, s, e, c.start, c.end)
        if charge is not None and background and date is not None and charge[0] <= date.span_start < charge[1]:
            # "residents accused the militia of burning the market last year": the accusation is dated by its own
            # sentence, but a date of the past inside the charge is the alleged act's (background), not the
            # accusation's, which is told now: the words before the charge, else on or before the report date
            date, background = stages.event_date(doc, s, charge[0], c.start, c.end)
            if date is None or date.start is None or background or charge[0] <= date.span_start < charge[1]:
                date, background = _undated_accusation(meta), False
        # the reporting clause whose scope holds the trigger, else the sentence's record
        attribution = (attribution_for(doc, sent.start_char, c.start, c.end) or attributions.get(sent.start_char)
                       or Attribution(publisher=meta.get("publisher")))
    else:
        # "the army, accused by residents of burning houses in March, said on Friday ...": the accusation is told
        # now, by the report; the date and the age of the act alleged belong to the act, and the accused, who
        # speaks in the sentence, is no source of the charge against it
        date, background = stages.event_date(doc, *aside[:4])
        if date is not None and aside[4] <= date.span_start < aside[5]:
            # the only date the dates stage found is the alleged act's, inside the aside
            date, background = _undated_accusation(meta), False
        attribution = Attribution(publisher=meta.get("publisher"))
    if d.etype.name not in SPEECH_TYPES:
        attribution = charged(doc, c.token, attribution, doc._.fp_actors or [])
    actors = _off_dateline(doc, d.actors) + _pronoun_speaker(doc, d, attribution) + _speaker_air_raid(doc, d, attribution)
    if c.civilian_target is False and any(a.role == "target" and _civilian_actor(a) for a in d.actors):
        civilian = True
    else:
        civilian = c.civilian_target
    return Event(
        id=Event.make_id(doc_id, s, e, d.etype.name),
        doc_id=doc_id,
        type=d.etype.name,
        plover=d.etype.plover,
        acled=d.etype.acled_for(civilian),
        actors=tuple(_unique_actors(_protest_sides(d.etype.name, actors))),
        location=location,
        date=date,
        quantities=tuple(d.quantities) + tuple(d.extra_quantities),
        attribution=attribution,
        background=bool(background),
        evidence=Evidence(sentence=sentence, start=s, end=e),
        confidence=_confidence(d, location, date, attribution),
        extractor_version=str(meta.get("extractor_version") or ""),
        mode=c.mode or d.etype.mode,
        trigger=c.trigger_text,
        embedded=d.embedded,
    )


#: Acts done by speaking: whoever says the words does them.
SPEECH_TYPES = frozenset({"threat", "accusation", "diplomatic_protest", "statement"})


def _pronoun_speaker(doc: Doc, d: Draft, attribution: Attribution) -> list[EventActor]:
    """ "It warned that ...", "they accused ...": a speech act whose subject is a pronoun, with no actor of its
    own, is done by the claimant the reporting clause resolves that pronoun to (an actor mention there)."""
    if d.etype.name not in SPEECH_TYPES or any(a.role == "actor" for a in d.actors):
        return []
    subj = [t for t in d.cand.token.children if t.dep_ == "nsubj"]
    if not (subj and all(t.lower_ in roles.SPEAKER_PRONOUNS for t in subj)):
        return []
    mentions = doc._.fp_actors or []
    if attribution.start >= 0:
        found = [m for m in mentions if attribution.start <= m.start and m.end <= attribution.end]
    elif attribution.claimant_id:  # a claimant carried from an earlier sentence: its last mention before here
        found = [m for m in mentions if m.actor_id == attribution.claimant_id and m.end <= d.cand.start][-1:]
    else:
        found = []
    return [roles.to_actor(found[0], "actor")] if len(found) == 1 else []


#: Words that make an attack one from the air: "a bombing raid", "an air raid", "aerial bombardment".
AIR_WORDS = frozenset({"bombing", "air", "aerial", "airstrike", "air-strike", "bombardment", "bomber", "bombers",
                       "aircraft", "warplane", "warplanes", "jet", "jets", "helicopter", "helicopters"})
#: Types of speaker whose side holds the aircraft: a state's forces and the government they answer to.
AIR_SIDES = frozenset({"state_force", "government"})


def _speaker_air_raid(doc: Doc, d: Draft, attribution: Attribution) -> list[EventActor]:
    """ "He was killed in a bombing raid, the army said": an attack from the air with no actor of its own, told
    by a state's forces or government, is that state's forces' (a state holds the aircraft; an armed group
    telling of a raid on itself is its target, not its author). Marked ``inferred``."""
    if any(a.role == "actor" for a in d.actors) or attribution.start < 0 or d.etype.name in SPEECH_TYPES:
        return []
    # the trigger and what it was done in or by: "killed in a bombing raid", "a raid by our aircraft"
    toks = [d.cand.token]
    for t in list(toks) + roles.prep_objects(d.cand.token, "in", "by"):
        toks += [t] + roles.prep_objects(t, "by")
    words = {w for t in toks for w in (t.lower_, lem(t))} | {
        c.lower_ for t in toks for c in t.children if c.dep_ in ("compound", "amod", "nmod")}
    if d.etype.name not in ("air_strike", "drone_strike") and not words & AIR_WORDS:
        return []
    mentions = doc._.fp_actors or []
    said = [m for m in mentions if attribution.start <= m.start and m.end <= attribution.end]
    if len(said) != 1 or said[0].type not in AIR_SIDES or not said[0].country:
        return []
    m = said[0]
    if any(a.role == "target" and a.country == m.country and a.type in AIR_SIDES for a in d.actors):
        return []  # the state's own forces hit: someone else's aircraft
    if m.type != "government":
        return [dataclasses.replace(roles.to_actor(m, "actor"), inferred=True)]
    forces = roles.inferred_actor(f"armed_forces.{m.country.lower()}", "actor", m.text, m.start, m.end)
    return [forces] if forces is not None else []


STATE_NAME_WORDS = ("police", "force", "soldier", "troop", "army", "gendarm", "guard", "military", "authorit")


def _protest_sides(type_: str, actors: list[EventActor]) -> list[EventActor]:
    """Force used on a protest: the forces act, the protesters merged in from the protest noun suffer it."""
    if type_ not in ("protest_intervention", "protest_excessive_force"):
        return actors

    def state(a: EventActor) -> bool:
        return a.type in ("state_force", "government") or any(w in a.name.lower() for w in STATE_NAME_WORDS)

    if not any(a.role == "actor" and state(a) for a in actors):
        return actors
    return [dataclasses.replace(a, role="target") if a.role == "actor" and not state(a) else a for a in actors]


def _unique_actors(actors: list[EventActor]) -> list[EventActor]:
    """One record per actor and role, but two mentions of one registry entry that name different parts of it stay
    apart ("a Malian army camp" and "soldiers": the army's post and its people); a repeat (the same part: "RSF" and
    "the paramilitary group"; same words, one mention's words or span inside the other's) is merged into the
    first."""
    kept: dict[tuple[str, str], list[EventActor]] = {}
    out = []
    for a in actors:
        same = kept.setdefault((a.id or a.name.casefold(), a.role), [])
        if any(_repeat(a, b) for b in same):
            continue
        same.append(a)
        out.append(a)
    return out


def _repeat(a: EventActor, b: EventActor) -> bool:
    if a.start < 0 or b.start < 0 or (a.start - 2 <= b.end and b.start - 2 <= a.end):
        return True  # no span to tell them apart, overlapping spans, or side by side ("the UN mission, MINUSMA")
    wa, wb = _words(a.text or a.name), _words(b.text or b.name)
    if _part(wa) == _part(wb):
        return True
    short, long_ = sorted((wa, wb), key=len)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


#: What part of an actor a mention names, by its last word: its posts, its people, its equipment; else the actor.
_POSTS = frozenset("""base bases camp camps post posts outpost outposts barracks checkpoint checkpoints position positions
    garrison garrisons headquarters airbase airport depot depots""".split())
_PEOPLE = frozenset("""soldiers soldier troops fighters fighter militants militant men personnel peacekeepers gunmen
    combatants recruits members officers gendarmes policemen guards rebels jihadists insurgents servicemen""".split())
_EQUIPMENT = frozenset("""drones drone jets jet warplanes aircraft helicopters helicopter tanks tank vehicles vehicle
    convoy convoys trucks boats ships""".split())


def _part(words: list[str]) -> str:
    last = words[-1] if words else ""
    return "post" if last in _POSTS else "people" if last in _PEOPLE else "equipment" if last in _EQUIPMENT else "actor"


def _words(text: str) -> list[str]:
    words = text.casefold().split()
    while len(words) > 1 and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


def _civilian_actor(a: EventActor) -> bool:
    return a.type is None and a.id is None and a.name.lower().split()[-1:] in (["civilians"], ["villagers"], ["residents"])


def borrowed_place(c: Candidate, location: EventLocation) -> bool:
    """The event's place is named in another clause of its sentence than the trigger's ("fighting continued
    in X as troops deployed": the deployment's place is borrowed). The noun a relative clause describes, and
    the name that noun stands in apposition to, are the clause's own ("near X, a town where troops attacked").
    A place with no span (the document's country) or a doc without a parse borrows nothing."""
    doc = c.token.doc
    if location.start < 0 or not doc_parsed(doc):
        return False
    span = doc.char_span(location.start, location.end, alignment_mode="expand")
    if span is None:
        return False
    if same_clause(span.root, c.token):
        return False
    head = clause_head(c.token)
    if head.dep_ == "relcl" and head.head.dep_ == "appos":
        named = head.head.head  # "X, a town where ...": the relative clause is said of X
        return not (span.start <= named.i < span.end)
    return True


def _confidence(d: Draft, location, date, attribution: Attribution) -> float:
    c = d.cand.weight
    if d.cand.token.pos_ == "VERB":
        c += 0.1
    if any(a.role == "actor" for a in d.actors):
        c += 0.1 if not d.inherited else 0.03
    if any(a.role == "target" for a in d.actors):
        c += 0.05
    if location is not None:
        # a place said of another clause than the event's is a guess: it costs what an own place gains
        c += -0.05 if borrowed_place(d.cand, location) else 0.05
    if date is not None:
        c += 0.05
    if attribution.modality in ("alleged", "hedged"):
        c -= 0.1
    return round(max(0.05, min(0.95, c)), 2)


#: Place precisions fine enough that two attacks placed there the same day are one told twice.
RETOLD_PRECISIONS = frozenset({"facility", "town", "district"})


def merged_retellings(doc: Doc, events: list[Event], is_attack) -> list[Event]:
    """An attack told twice in one report (a summary sentence, then a witness's account of it) is one event: a
    later attack of the same type, place and day as the attack told just before it (no other attack between)
    is merged into it. The merged event keeps, per casualty kind, the better-supported count (``_better``) and
    any kind only one of them counts, the actors of both, and evidence that runs from the first telling to the
    second. Events come in text order; ``is_attack`` says which types are attacks."""
    out: list[Event] = []
    last: int | None = None  # index in ``out`` of the latest attack
    for ev in events:
        if not is_attack(ev.type) or ev.embedded:
            out.append(ev)
            continue
        if last is not None and _retold(out[last], ev):
            out[last] = _merge(doc, out[last], ev)
            continue
        out.append(ev)
        last = len(out) - 1
    return out


def _retold(a: Event, b: Event) -> bool:
    la, lb, da, db = a.location, b.location, a.date, b.date
    if a.type != b.type or a.background or b.background or la is None or lb is None or da is None or db is None:
        return False
    # both told at one fine place: a town and the region of its name are not shown to be one place, and two
    # villages no list holds, both put at their district's point, are two places (``unplaced`` tells them apart)
    if la.precision not in RETOLD_PRECISIONS or la.precision != lb.precision \
            or (la.name, la.lat, la.lon, la.unplaced) != (lb.name, lb.lat, lb.lon, lb.unplaced):
        return False
    return da.precision == db.precision == "day" and da.start is not None and (da.start, da.end) == (db.start, db.end)


def _merge(doc: Doc, a: Event, b: Event) -> Event:
    quantities = list(a.quantities)
    for q in b.quantities:
        same = [i for i, x in enumerate(quantities) if x.kind == q.kind]
        if not same:
            quantities.append(q)
        elif len(same) == 1 and _better(q, quantities[same[0]]):
            quantities[same[0]] = q
    s, e = a.evidence.start, max(a.evidence.end, b.evidence.end)
    return dataclasses.replace(
        a, quantities=tuple(quantities), actors=tuple(_unique_actors(list(a.actors) + list(b.actors))),
        evidence=Evidence(sentence=doc_text(doc)[s:e], start=s, end=e), confidence=max(a.confidence, b.confidence))


def _better(new, old) -> bool:
    """A count told exactly beats one told roughly ("about a dozen") or with no number; otherwise the first
    telling's stands."""
    def exact(q) -> bool:
        return q.min is not None and q.max == q.min and not q.approximate
    return exact(new) and not exact(old)
