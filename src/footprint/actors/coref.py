"""Resolves generic descriptors ("the group", "the junta", "its leader") to the
most recent type-compatible actor, and turns matcher results into
``model.ActorMention`` records.

Window: the antecedent must lie in the same sentence or the ``WINDOW``
sentences before it. An apposition ("the think tank, the Centre for ...")
wins over anything earlier.

A state's institutions ("the army", "the junta", "the air force") stand for
the forces or the government of the country the report is about (its
*focus*): an antecedent counts only in the same sentence. Troops and soldiers
with a determiner ("the troops") may point back one sentence more; with none
("12 soldiers were killed") they are the focus country's forces or nothing.
A foreign force is resolved only when the text names it ("French troops").
The focus is the places stage's ``places_focus`` when it is known, else the
country named most as a place (weight ``focus.PLACE_WEIGHT``) or by an explicit
national actor.

Two readings by the country too: a peace operation named only by its
organisation ("the UN mission", "AU troops", "the blue helmets") is the
registry's mission of that country when exactly one was active at the report
date; and a government that is the subject of a military action ("the junta
launched an offensive", "Bamako deployed troops") stands for its armed forces.
"""

from __future__ import annotations

from dataclasses import replace
from collections import Counter
from functools import lru_cache
from itertools import takewhile

from spacy.tokens import Doc

from ..model import ActorMention
from . import lexicon as lx
from .matcher import Found
from .descriptors import acting_group
from .acting import _acting_forces, _sender
from .focus import _doc_places, _evidence, pick_country, places_focus
from .pronouns import possessive_mentions
from .registry import Actor, Registry
from ..nlp import doc_parsed

WINDOW = 4
#: Sentences back (0: the same one) that a force or government descriptor may look for its antecedent.
INSTITUTION_REACH = 0
TROOPS_REACH = 1
_LEADING_DETERMINERS = frozenset({"the", "a", "an"})

#: Organisations whose peace operations are registry entries with a country and years (``kind`` peacekeeping or
#: political).
PEACE_ORGS = frozenset({"united_nations", "african_union"})
#: Words that make a mention of such an organisation one of its forces: only a peacekeeping mission fits them.
_FORCE_WORDS = frozenset("""force forces peacekeepers peacekeeper peacekeeping troops soldiers contingent contingents
    helmets casques""".split())
#: Words that make it one of its missions, of either kind.
_MISSION_WORDS = frozenset({"mission", "missions", "operation"})
#: Words between a generic mission and the name that says which one it is: "the AU mission known as AUSSOM".
_NAMING_WORDS = frozenset({",", "(", "-", "–", "known", "as", "called", "named", "dubbed"})


def _sentence_index(doc: Doc) -> list[int]:
    if len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return [0] * len(doc)
    out: list[int] = []
    for s, sent in enumerate(doc.sents):
        out.extend([s] * (sent.end - sent.start))
    return out


def _type(f: Found) -> str | None:
    return f.actor.type if f.actor is not None else f.type


def resolve(found: list[Found], doc: Doc, reg: Registry, dct: str | None = None,
            focus: str | None = None, place_hits: list[tuple[int, str]] = (),
            shares: dict | None = None) -> list[ActorMention]:
    sent = _sentence_index(doc)
    # a country named as a place in the sentence itself says where that sentence is ("an army camp in Mali")
    local: dict[int, Counter[str]] = {}
    for i, cc in place_hits:
        if i < len(sent):
            local.setdefault(sent[i], Counter())[cc] += 1
    history: list[Found] = []
    countries: Counter[str] = Counter()
    by_sentence = _place_countries(doc, sent, place_hits)
    shares = places_focus(doc) if shares is None else shares
    # the document's country for a mission: every country the places share the lead between ("eastern Congo")
    top = max(shares.values(), default=0)
    doc_countries = {c for c, v in shares.items() if v == top} if shares else ({focus} if focus else set())
    evidence = _evidence(found, place_hits, doc, set()) if len(doc_countries) > 1 else []
    out: list[ActorMention] = []
    unit_evidence = None
    federal_evidence = None
    explicit: dict[int, list[Found]] = {}
    for f in found:
        if f.actor is not None or f.name:
            explicit.setdefault(f.start, []).append(f)

    for f in found:
        if f.actor is not None and f.actor.id in reg.local:
            f = _local_name(f, reg, _item_country(doc, f.start) or focus, doc)
        if f.soft:
            # "an RSF convoy ..., killing dozens of fighters": the group the sentence named before them
            here = sent[f.start] if f.start < len(sent) else 0
            # "insurgents", "militants" are never a company's or a pro-state group's men
            insurgent = doc[f.start:f.end].text.lower() in lx.INSURGENT_DESCRIPTORS
            group = next((h for h in reversed(history) if h.actor is not None and sent[h.start] == here
                          and h.actor.type in (("armed_group",) if insurgent else ("armed_group", "pmc"))
                          and not (insurgent and _pro_state(h, doc, explicit, reg))), None)
            if group is not None:
                f = _copy(f, group)
        elif f.metonymy and f.via == "demonym" and f.actor is not None and f.actor.type == "country":
            f = _nationals(f, history, sent)
        elif f.via == "demonym" and f.actor is not None and f.actor.type == "state_force" \
                and doc[f.end - 1].lower_ in lx.NATIONAL_FIGHTERS:
            f = _national_fighters(f, history, explicit, sent)
        elif f.actor is None and not f.name and _peace_phrase(f, doc):
            here_s = sent[f.start] if f.start < len(sent) else 0
            f = _peacekeepers(f, history, explicit, sent, doc, reg, dct, by_sentence.get(here_s) or doc_countries)
        elif f.actor is None and not f.name and f.countries:
            if unit_evidence is None:
                unit_evidence = _unit_evidence(found, place_hits)  # once per Doc, not per unit mention
            f = _shared_unit(f, reg, _item_country(doc, f.start) or focus, unit_evidence)
            if f is None:
                continue
        elif f.actor is None and not f.name:
            here = local.get(sent[f.start]) if f.start < len(sent) else None
            # a roundup's item about one country: that country's army, not the report's main country's
            item = _item_country(doc, f.start)
            where = min(here, key=lambda c: (-here[c], c)) if here else (item or focus)
            if not here and not item and len(doc_countries) > 1 and focus in doc_countries:
                # the places share the lead ("eastern Congo"): the one of them named nearest before
                where = pick_country(sorted(doc_countries, key=lambda c: c != focus), f.start, {},
                                     [e for e in evidence if e[0] < f.start])
            if federal_evidence is None and f.start < len(doc) and doc[f.start].lower_ == "federal":
                federal_evidence = _federal_evidence(found)  # once per Doc, not per "federal" mention
            where = _federal_country(f, doc, federal_evidence) or where
            target = _resolve_one(f, history, explicit, sent, reg, dct, countries, doc, where)
            if target is None:
                continue
            f = target
        if f.actor is not None and f.actor.id in PEACE_ORGS:
            here_s = sent[f.start] if f.start < len(sent) else 0
            f = _peace_operation(f, doc, reg, dct, by_sentence.get(here_s) or doc_countries, explicit)
        elif f.actor is not None and f.actor.country and f.actor.type in ("government", "country"):
            f = _acting_forces(f, doc, reg)
        history.append(f)
        if f.actor is not None and f.actor.country and f.actor.type in ("country", "government", "state_force"):
            countries[f.actor.country] += 1
        out.append(mention(f, doc))
    # "its fighters", "its spokesman": the organisation named before, once every name is resolved
    owned = [mention(f, doc) for f in possessive_mentions(doc, history, reg, sent, found)]
    return sorted(out + owned, key=lambda m: m.start) if owned else out


def _local_name(f: Found, reg: Registry, where: str | None, doc: Doc) -> Found:
    """A group's name that means another group in a text about that one's country (``Actor.local_for``); not
    where a place of the first group's own country is named too (a report from Somalia that mentions Mozambique;
    "the Somali movement" names no place)."""
    local = reg.local_entry(f.actor.id, where)
    if local is None or any(p.place is not None and p.place.country == f.actor.country and p.kind != "demonym"
                            for p in _doc_places(doc)):
        return f
    return replace(f, actor=local)


def _nationals(f: Found, history: list[Found], sent: list[int]) -> Found:
    """ "the Russians" after "contractors of the Africa Corps": a people named by its nationality is the force of
    that country the text named last, within the window, when nothing of that state's own came after it."""
    here = sent[f.start] if f.start < len(sent) else 0
    for h in reversed(history):
        if here - sent[h.start] > WINDOW:
            break
        if h.actor is None or h.actor.country != f.actor.country or h.via == "equipment":
            continue  # "Russian jets" name no force of the text's own
        return _copy(f, h) if h.actor.type in ("pmc", "state_force") else f
    return f


def _national_fighters(f: Found, history: list[Found], explicit: dict[int, list[Found]], sent: list[int]) -> Found:
    """ "the Africa Corps … the Russian fighters", "the Russian fighters … belong to the Africa Corps": fighters named
    by a nationality are the company of that country the text names in reach (before, unless the state's own came
    after it; or later in the sentence), else the state's forces as found."""
    here = sent[f.start] if f.start < len(sent) else 0
    for h in reversed(history):
        if here - sent[h.start] > WINDOW:
            break
        if h.actor is not None and h.actor.country == f.actor.country and h.via != "equipment":
            return _copy(f, h) if h.actor.type == "pmc" else f
    # the rest of its own sentence only: every mention of the text looked at per mention is quadratic
    ends = takewhile(lambda k: sent[k] == here, range(f.end, len(sent)))
    later = (e for k in ends for e in explicit.get(k, ()))
    pmc = next((e for e in later if e.actor is not None and e.actor.type == "pmc"
                and e.actor.country == f.actor.country), None)
    return _copy(f, pmc) if pmc is not None else f


def _item_country(doc: Doc, i: int) -> str | None:
    """The one country of the roundup item holding token ``i`` (``places/items.py``); None in a report of one
    story, in an item of several countries or none, or without the places stage."""
    from ..places.items import item_at  # noqa: PLC0415 - the places package loads its stage on import

    item = item_at(doc, doc[i].idx) if 0 <= i < len(doc) else None
    return item.country if item is not None else None


def _same_item(doc: Doc, i: int, j: int) -> bool:
    from ..places.items import same_item  # noqa: PLC0415 - as above

    return i >= len(doc) or j >= len(doc) or same_item(doc, doc[i].idx, doc[j].idx)


def _federal_evidence(found: list[Found]) -> tuple[set[str], set[str]]:
    """What ``_federal_country`` weighs, the same for every "federal" mention of a Doc: the countries of the state
    bodies with entries of their own the text names, and those of the armed groups it names."""
    states = {h.actor.country for h in found if h.actor is not None and not h.actor.generated and h.actor.country
              and h.actor.type in ("state_force", "government")}
    groups = {h.actor.country for h in found if h.actor is not None and h.actor.country
              and h.actor.type == "armed_group"}
    return states, groups


def _federal_country(f: Found, doc: Doc, evidence: tuple[set[str], set[str]] | None) -> str | None:
    """ "federal troops", "the federal government": the federation whose own state bodies with entries of their own
    the text names ("Jubaland forces" -> Somalia), not a neighbour it names beside them; None unless one country.
    ``evidence``: ``_federal_evidence`` of the Doc."""
    if f.start >= len(doc) or doc[f.start].lower_ != "federal" or evidence is None:
        return None
    states, groups = evidence
    # "the TDF handed in weapons, and the federal army took over": with no state body named, the one country
    # of the armed groups the text names is the federation they face
    ccs = states or groups
    return next(iter(ccs)) if len(ccs) == 1 else None


def _resolve_one(f, history, explicit, sent, reg, dct, countries, doc, focus=None) -> Found | None:
    here = sent[f.start] if f.start < len(sent) else 0
    if f.bare:
        # "Chad deployed 1,000 troops": the troops are the sender's
        sender = _sender(f, doc, explicit)
        return _national(f, reg, sender or focus)
    near = []
    for h in reversed(history):
        # nothing is told back across a roundup's item break (``places/items.py``)
        if here - sent[h.start] > WINDOW or not _same_item(doc, h.start, f.start):
            break
        near.append(h)
    following = [e for k in (f.end, f.end + 1, f.end + 2) for e in explicit.get(k, ())]
    if f.leader_of:
        # "its leader, Yevgeny Prigozhin": the name follows, nothing to resolve
        if any(_type(e) == "person" for e in following):
            return None
        org = next((h for h in near if _type(h) in ("armed_group", "pmc", "government", "igo", "state_force")), None)
        if org is None:
            return None
        person = reg.leader(org.actor.id, dct) if org.actor is not None else None
        if person is not None:
            return Found(f.start, f.end, person, via="coref")
        name = org.actor.name if org.actor is not None else org.name
        return Found(f.start, f.end, None, via="coref", name=f"leader of {name}", type="person")
    # apposition: "the think tank, the Centre for ..."
    for e in following:
        if _type(e) in f.descriptor and (
            e.start == f.end or doc[f.end].text in (",", "(", "-", "–")
        ):
            return _copy(f, e)
    kinds = f.descriptor
    phrase = " ".join(t.lower_ for t in doc[f.start:f.end])
    if f.led:
        named = next((h for h in near if _type(h) in kinds and h.actor is not None and not h.metonymy), None)
        if named is not None:
            return _copy(f, named)
        return Found(f.start, f.end, None, via="coref", name=doc[f.start:f.end].text, type=kinds[0])
    if focus and kinds[0] in ("government", "state_force"):
        # "The army, supported by ..." in a report about Burkina Faso that named French forces before:
        # Burkina Faso's army. Only a force or government of the same sentence (troops: one more) is meant.
        reach = INSTITUTION_REACH if phrase in lx.INSTITUTIONAL else TROOPS_REACH
        # "the FAMa and their Russian partners ..., the army said": of the fitting ones, the report's own country's
        near = sorted(near, key=lambda h: h.actor is None or h.actor.country != focus)
        for h in near:
            if here - sent[h.start] > reach:
                continue
            # a force the registry does not list ("four police officers") is not "the army"
            if _type(h) in kinds and (h.actor is not None or phrase not in lx.INSTITUTIONAL):
                return _copy(f, h)
        own = _national(f, reg, focus)
        if own is not None:
            return own
    if kinds[0] in ("armed_group", "pmc"):
        picked = _one_group(f, phrase, near, explicit, sent, doc, reg)
        if picked is not None:
            return _copy(f, picked)
        if f.nationality:  # "Russian mercenaries" with no company of theirs named: still an actor of that kind
            return Found(f.start, f.end, None, via="coref", name=doc[f.start:f.end].text, type=kinds[0])
    else:
        for h in near:
            if _type(h) in f.descriptor:
                return _copy(f, h)
    if countries and kinds[0] in ("government", "state_force"):
        cc = countries.most_common(1)[0][0]
        prefix = "government" if kinds[0] == "government" else "armed_forces"
        actor = reg.get(f"{prefix}.{cc.lower()}")
        if actor is not None:
            return Found(f.start, f.end, actor, via="coref")
    if phrase in lx.ARMED_UNKNOWN:
        return Found(f.start, f.end, None, via="coref", name=doc[f.start:f.end].text, type=kinds[0])
    return None


def _key(f: Found) -> str:
    return f.actor.id if f.actor is not None else (f.name or "").casefold()


def _mentions_of(key: str, explicit: dict[int, list[Found]]) -> list[Found]:
    return [e for es in explicit.values() for e in es if _key(e) == key]


def _pro_state(h: Found, doc: Doc, explicit: dict[int, list[Found]], reg: Registry) -> bool:
    """A group that sides with the state: a registry entry under a state's forces or government (the VDP), or one
    the text calls pro-government or government-backed in any of its mentions."""
    a = h.actor
    if a is not None and any((p or "").startswith(("armed_forces.", "government.")) for p in (a.parent, *a.affiliations)):
        return True
    for e in _mentions_of(_key(h), explicit):
        text = doc[max(0, e.start - 4):e.end].text.casefold().replace(" - ", "-").replace("- ", "-")
        for w in text.split():
            if w.startswith(lx.PRO_STATE_PREFIXES):
                return True
            head, _, tail = w.partition("-")
            if tail and f"-{tail}" in lx.PRO_STATE_SUFFIXES and head in lx.PRO_STATE_PATRONS:
                return True
    return False


def _paramilitary(h: Found, doc: Doc, explicit: dict[int, list[Found]]) -> bool:
    """The text calls the group paramilitary in one of its mentions ("the paramilitary Rapid Support Forces")."""
    return any(t.lower_ in ("paramilitary", "paramilitaries")
               for e in _mentions_of(_key(h), explicit) for t in doc[max(0, e.start - 2):e.end])


def _clause(doc: Doc, f: Found):
    """The verb whose clause holds the mention ("the rebels ambushed an RSF column, the spokesman said":
    "ambushed", not "said"); None without a parse."""
    if not doc_parsed(doc):
        return None
    tok = doc[f.end - 1]
    # by index: spaCy makes a new Token object on each access, so "tok.head is not tok" never ends at a root
    # that is no verb (a clause the parser heads with a noun)
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _one_group(f: Found, phrase: str, near: list[Found], explicit: dict[int, list[Found]], sent: list[int],
               doc: Doc, reg: Registry) -> Found | None:
    """The one armed group in reach a non-state descriptor can stand for, or None when none or several fit: a
    reader cannot tell "the rebels" apart between two rebel groups, and coding the wrong one is worse than coding
    none. Fitting: of the descriptor's types; for "the rebels", "the jihadists" ... a group that neither sides with
    the state nor is called paramilitary; for "the paramilitaries", a group called so when the text calls one so;
    never a group its own clause names after it ("the rebels ambushed an RSF column": not the RSF; "..., a PDF
    spokesman said" is another clause)."""
    here = sent[f.start] if f.start < len(sent) else 0
    clause = _clause(doc, f)
    later = {_key(e) for k, es in explicit.items() if k >= f.end and k < len(sent) and sent[k] == here
             and (clause is None or clause == doc[k] or clause in doc[k].ancestors) for e in es}
    bare = " ".join(phrase.split()[1:]) if phrase.split()[:1] == ["the"] else phrase
    fits: dict[str, Found] = {}
    generic = next((h for h in near if _type(h) in f.descriptor and h.actor is None and h.name), None)
    for h in near:
        # a group the text names, not another descriptor ("terrorists", "militiamen")
        if _type(h) not in f.descriptor or (h.actor is None and (not h.name or h.via != "ner")):
            continue
        if bare in lx.VIGILANTE_DESCRIPTORS and (h.actor is None or h.actor.kind != "vigilante"):
            continue
        if f.nationality and (h.actor is None or h.actor.country not in (None, f.nationality)):
            continue  # "the Russian contractors" are no South African company
        key = _key(h)
        if key in fits or key in later:
            continue
        if bare in lx.INSURGENT_DESCRIPTORS and (_pro_state(h, doc, explicit, reg) or _paramilitary(h, doc, explicit)):
            continue
        fits[key] = h
    if bare in lx.PARAMILITARY_DESCRIPTORS:
        called = {k: h for k, h in fits.items() if _paramilitary(h, doc, explicit)}
        fits = called or fits
    if len(fits) > 1:
        # "the army said the jihadist brigade had ...", "X said it had driven the paramilitaries out": the actor
        # of the descriptor's own clause, or the one speaking of it, is someone else
        named = sorted((e for es in explicit.values() for e in es if e.actor is not None), key=lambda e: e.start)
        acting = acting_group(doc, f.end - 1, named, range(f.start, f.end))
        if acting is not None:
            fits = {k: h for k, h in fits.items() if h.actor is None or h.actor.id != acting.id}
    if len(fits) == 1:
        return next(iter(fits.values()))
    if not fits:
        # "gunmen attacked ... the attackers": with no group named, the unnamed armed men told before
        return None if bare in lx.VIGILANTE_DESCRIPTORS else generic
    return None


def _place_countries(doc: Doc, sent: list[int], place_hits) -> dict[int, set[str]]:
    """Countries of the places each sentence names: a country named as a place ("in Mali") and the country of
    every place the places stage resolved ("near Goma")."""
    out: dict[int, set[str]] = {}
    for i, cc in place_hits:
        if i < len(sent):
            out.setdefault(sent[i], set()).add(cc)
    for p in _doc_places(doc):
        if p.place is None or not p.place.country or p.kind not in ("literal", "relative"):
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None and span.start < len(sent):
            out.setdefault(sent[span.start], set()).add(p.place.country)
    return out


@lru_cache(maxsize=4)
def _missions(reg: Registry) -> dict[str, tuple[Actor, ...]]:
    """Peace operations and missions of each organisation in ``PEACE_ORGS`` (a joint one under both)."""
    out: dict[str, list[Actor]] = {org: [] for org in PEACE_ORGS}
    for a in reg.actors.values():
        if a.type != "igo" or a.kind not in ("peacekeeping", "political") or not a.country:
            continue
        for org in {a.parent, *a.affiliations} & PEACE_ORGS:
            out[org].append(a)
    return {org: tuple(v) for org, v in out.items()}


def _peace_operation(f: Found, doc: Doc, reg: Registry, dct: str | None, countries: set[str],
                     explicit: dict[int, list[Found]]) -> Found:
    """ "The UN mission", "AU troops", "the blue helmets": the mission the text names right after, else the one
    mission of the organisation active in the sentence's or report's country at the report date; the organisation
    itself when none or several fit."""
    words = {t.lower_ for t in doc[f.start:f.end]}
    force = bool(words & _FORCE_WORDS)
    if not force and not words & _MISSION_WORDS:
        return f  # "the UN said", "UN experts": the organisation
    org = f.actor.id
    missions = _missions(reg)[org]
    # "the African Union mission known as AUSSOM", "the UN force (UNIFIL)", "the UN mission MINUSMA"
    j = f.end
    while j < len(doc) and j < f.end + 3 and doc[j].lower_ in _NAMING_WORDS:
        j += 1
    for e in explicit.get(j, ()):
        if e.actor is not None and e.actor in missions:
            return Found(f.start, f.end, e.actor, via="coref")
    fits = [m for m in missions if m.country in countries and reg.active(m.id, dct)
            and (m.kind == "peacekeeping" or not force)]
    if len(fits) != 1:
        return f
    return Found(f.start, f.end, fits[0], via="coref")


def _peace_phrase(f: Found, doc: Doc) -> bool:
    if not f.descriptor or f.leader_of:
        return False
    # "the Kenyan-led force" (the matcher's "<demonym>-led" operation) or "the peacekeepers"
    return f.descriptor == ("igo",) or _peace_phrase_words(f, doc)


def _peace_phrase_words(f: Found, doc: Doc) -> bool:
    words = [t.lower_ for t in doc[f.start:f.end] if t.lower_ not in _LEADING_DETERMINERS]
    return " ".join(words) in lx.PEACE_DESCRIPTORS


def _peacekeepers(f: Found, history: list[Found], explicit: dict[int, list[Found]], sent: list[int], doc: Doc,
                  reg: Registry, dct: str | None, countries: set[str]) -> Found:
    """ "Peacekeepers", "the peacekeepers": the peace operation named right after them or before them (in the
    ``WINDOW``), else the one peacekeeping mission of the UN or the AU active in the sentence's or report's country
    at the report date; with none or several, a mention of an operation the text does not name (no id)."""
    missions = {m for org in PEACE_ORGS for m in _missions(reg)[org]}
    if f.descriptor == ("igo",) and not _peace_phrase_words(f, doc):
        # "the Kenyan-led force": any organisation's or coalition's operation, not only the UN's or the AU's
        missions = {a for a in reg.actors.values() if a.type == "igo" and a.kind != "political" and a.country}

    def operation(a: Actor | None) -> bool:
        return a is not None and (a in missions or a.id in PEACE_ORGS)

    j = f.end
    while j < len(doc) and j < f.end + 3 and doc[j].lower_ in _NAMING_WORDS:
        j += 1
    for e in explicit.get(j, ()):
        if operation(e.actor):  # "the peacekeeping force (UNIFIL)"
            return Found(f.start, f.end, e.actor, via="coref")
    here = sent[f.start] if f.start < len(sent) else 0
    for h in reversed(history):
        if here - sent[h.start] > WINDOW:
            break
        if operation(h.actor):
            if h.actor.id in PEACE_ORGS:  # "the UN ... the peacekeepers": the UN's force in that country
                return _peace_operation(Found(f.start, f.end, h.actor, via="coref"), doc, reg, dct, countries, explicit)
            return Found(f.start, f.end, h.actor, via="coref")
    fits = {m for m in missions if m.kind != "political" and m.country in countries and reg.active(m.id, dct)}
    if len(fits) == 1:
        return Found(f.start, f.end, fits.pop(), via="coref")
    start = f.start + (doc[f.start].lower_ in _LEADING_DETERMINERS and f.end - f.start > 1)
    return Found(f.start, f.end, None, via="coref", name=doc[start:f.end].text, type="igo")


def _unit_evidence(found: list[Found], place_hits) -> tuple[set[str], Counter[str]]:
    """What ``_shared_unit`` weighs, the same for every unit mention of a Doc: the states the text names (as places
    or as actors), and how often each country's actors are named."""
    named = {cc for _, cc in place_hits} | {h.actor.country for h in found if h.actor is not None and h.actor.country
                                            and h.actor.type in ("country", "government", "state_force")}
    counts = Counter(h.actor.country for h in found if h.actor is not None and h.actor.country)
    return named, counts


def _shared_unit(f: Found, reg: Registry, where: str | None,
                 evidence: tuple[set[str], Counter[str]]) -> Found | None:
    """A unit name several armies use ("the Rapid Intervention Battalion", ``f.countries`` its holders): the forces
    of the item's or report's country when that is a holder or a state the text names ("in northern Mali"), not one
    only its towns and regions were placed in; else of the holder whose actors the text names most ("Ambazonian
    separatists": Cameroon), else of the first holder. ``evidence``: ``_unit_evidence`` of the Doc."""
    named, counts = evidence
    if where not in f.countries and where not in named:
        votes = {c: counts[c] for c in f.countries if counts[c]}
        where = min(votes, key=lambda c: (-votes[c], f.countries.index(c))) if votes else f.countries[0]
    return _national(f, reg, where)


def _national(f: Found, reg: Registry, cc: str | None) -> Found | None:
    """The focus country's forces or government for a descriptor of that kind."""
    if not cc or f.descriptor[0] not in ("government", "state_force"):
        return None
    prefix = "government" if f.descriptor[0] == "government" else "armed_forces"
    actor = reg.get(f"{prefix}.{cc.lower()}")
    return Found(f.start, f.end, actor, via="coref") if actor is not None else None


def _copy(f: Found, target: Found) -> Found:
    return Found(f.start, f.end, target.actor, via="coref", name=target.name, type=_type(target),
                 metonymy=False)


def mention(f: Found, doc: Doc) -> ActorMention:
    start = f.start
    # the mention is the noun phrase without its determiner ("The Allied Democratic Forces", "the Kremlin")
    while start + 1 < f.end and doc[start].lower_ in _LEADING_DETERMINERS:
        start += 1
    span = doc[start:f.end]
    a: Actor | None = f.actor
    return ActorMention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        actor_id=a.id if a else None,
        name=a.name if a else (f.name or span.text),
        type=a.type if a else f.type,
        country=a.country if a else None,
        wikidata=a.wikidata if a else None,
        via=f.via,
        metonymy=f.metonymy,
    )
