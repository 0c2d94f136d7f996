"""The place where an event happened (relative places and facility phrases: ``relative``).

``event_location`` rule: among the sentence's literal, relative and nominal
mentions with a resolved place, pick the highest score of
precision (facility 3 > town 2 > district/area 1.5 > region 1 > country 0)
minus the dependency-tree distance to the trigger (0.5 per arc; character
distance / 200 when there is no parse), among the places of the trigger's own
clause only when it has any (``footprint.clauses.same_clause``: another event's
coordinated clause, a relative clause, what a speaker says or where he says it,
a clause after ";" or "while" are other clauses; a phrase fronted before the
coordinated clauses frames them all), else among the others less
``OTHER_CLAUSE_PENALTY``. A facility phrase covering a town replaces that town. No place in the sentence: the document's focus country
(country precision) when one country holds at least half of the document's
evidence, or at least twice as many of its locating mentions (literal, nominal,
relative) as any other country; else ``None``. Demonyms, metonymic and embedded names never locate an event.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import replace

from spacy.tokens import Doc

from ..clauses import same_clause
from ..dateline import Dateline, datelines
from ..model import EventLocation, Place, PlaceMention
from ..nlp import doc_parsed, doc_text
from ..paragraphs import has_break
from .spans import span_of as _tokens
from .whose import addressed as _addressed, community, modifier as _modifier, office, party as _party, treated_at
from .sequel import destination, goes_on_about_event, within
from .told import as_glossed, glosses, is_label, label_place, line_label
from .items import item_at, same_item
from .unplaced import unplaced_names

#: how finely a place locates an event
PRECISION_RANK = {"facility": 3.0, "town": 2.0, "district": 1.5, "area": 1.5, "region": 1.0, "country": 0.0}


_text = doc_text


class _SpanIndex:
    """Mentions sorted by start, for the two questions this module asks of a long document many times:
    which mentions start inside a sentence, and which cover a character. Answers keep the mentions'
    own order (it breaks ties between equal scores), so they are those of a pass over the whole list."""

    def __init__(self, mentions) -> None:
        self.mentions = list(mentions)
        order = sorted(range(len(self.mentions)), key=lambda k: self.mentions[k].start)
        self.order = order
        self.starts = [self.mentions[k].start for k in order]
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def starting_in(self, start: int, end: int) -> list:
        """Mentions with ``start <= m.start < end``."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)
        return [self.mentions[k] for k in sorted(self.order[lo:hi])]

    def covering(self, pos: int) -> list:
        """Mentions with ``m.start <= pos < m.end``: only those starting at most the longest mention's
        length before ``pos`` can."""
        lo, hi = bisect.bisect_left(self.starts, pos - self.longest), bisect.bisect_right(self.starts, pos)
        return [self.mentions[k] for k in sorted(self.order[lo:hi]) if pos < self.mentions[k].end]


def _cached(doc: Doc, name: str, source, build):
    """``build(source)`` kept in the Doc for as long as the Doc holds that same list, unchanged in length:
    the stages assign their mention lists once, and a caller that changes them assigns a new one."""
    key = f"footprint.locate.{name}"
    hit = doc.user_data.get(key)
    if hit is None or hit[0] is not source or hit[1] != len(source):
        hit = doc.user_data[key] = (source, len(source), build(source))
    return hit[2]


def _all_places(doc: Doc) -> _SpanIndex:
    """Every place mention of the document, resolved or not, indexed."""
    return _cached(doc, "all_places", doc._.fp_places or [], _SpanIndex)


def _places(doc: Doc) -> _SpanIndex:
    """The document's place mentions that have a place, indexed: filtered from the index of all of them,
    so the stage's list is read once for both."""
    return _cached(doc, "places", doc._.fp_places or [],
                   lambda ms: _SpanIndex(m for m in _all_places(doc).mentions if m.place is not None))


def _dep_distance(doc: Doc, a, b) -> int | None:
    if a is None or b is None or not doc_parsed(doc):
        return None
    ra, rb = a.root, b.root
    anc_a = [ra] + list(ra.ancestors)
    anc_b = [rb] + list(rb.ancestors)
    idx_b = {t.i: k for k, t in enumerate(anc_b)}
    for k, t in enumerate(anc_a):
        if t.i in idx_b:
            return k + idx_b[t.i]
    return None


#: Prepositions that make their object a place where something happens ("killed 23 civilians in El Fasher").
LOCATIVE_PREPS = frozenset({"in", "at", "near", "around", "outside", "inside", "across", "into"})
BORDER_LEMMAS = frozenset({"border", "frontier", "borderland"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})


def _locative(doc: Doc, m: PlaceMention) -> bool:
    """A name the places stage read as an actor ("El Fasher said") is still a place when it is the object of
    a locative preposition: nobody acts "in El Fasher"."""
    span = _tokens(doc, m.start, m.end)
    if span is None or not doc_parsed(doc):
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def _country_name(code: str, meta: dict) -> str:
    points = meta.get("places_country_points") or {}
    if code in points:
        return points[code][0]
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    return getattr(c, "common_name", None) or getattr(c, "name", None) or code if c else code


def _owner_country(doc: Doc, border) -> str | None:
    """Whose border: "its/their border" is the border of the clause's subject (an actor with a country),
    "Mali's border", "the Malian border" of that country."""
    actors = _cached(doc, "actors", doc._.fp_actors or [], _SpanIndex)
    places = _all_places(doc)

    def country_at(tok) -> str | None:
        for m in actors.covering(tok.idx) + places.covering(tok.idx):
            c = getattr(m, "country", None) or (getattr(m, "place", None) and m.place.country)
            if c:
                return c
        return None

    for c in border.children:
        if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS:
            for head in [border] + list(border.ancestors):
                subj = [x for x in head.children if x.dep_ in ("nsubj", "nsubjpass") and x.i < border.i]
                for x in subj:
                    for t in x.subtree:
                        code = country_at(t)
                        if code:
                            return code
                if subj:
                    return None
            return None
        if c.dep_ in ("poss", "amod", "compound"):
            code = country_at(c)
            if code:
                return code
    return None


def border_areas(doc: Doc, sent_start: int, sent_end: int) -> list[tuple[PlaceMention, PlaceMention | None]]:
    """"along its eastern border with Mali", "near the border with Niger": an area, never the neighbour's
    country. Own border: the owner's country; the border with X: the area between the report's country
    and X. Each comes with the mention of X it replaces."""
    low = _text(doc)[sent_start:sent_end].lower()
    if not any(w in low for w in BORDER_LEMMAS) or not doc_parsed(doc):
        return []
    span = doc.char_span(sent_start, sent_end, alignment_mode="expand")
    if span is None:
        return []
    meta = doc._.fp_meta or {}
    places = _places(doc).starting_in(sent_start, sent_end)
    out = []
    for tok in span:
        if tok.lemma_.lower() not in BORDER_LEMMAS or tok.pos_ != "NOUN":
            continue
        other = None
        for p in tok.children:
            if p.dep_ == "prep" and p.lower_ in ("with", "of", "between"):
                for o in p.subtree:
                    other = next((m for m in places if m.start <= o.idx < m.end and m.place.precision == "country"), None)
                    if other:
                        break
        owner = _owner_country(doc, tok)
        neighbour = other.place.country if other else None
        if owner is None and neighbour is None:
            continue
        if owner is None:
            home = meta.get("places_home")
            owner = home if home and home != neighbour else None
        if owner and neighbour and owner != neighbour:
            name = f"border area of {_country_name(owner, meta)} with {_country_name(neighbour, meta)}"
        else:
            name = f"border area of {_country_name(owner or neighbour, meta)}"
        why = f"{name}; no border line in the gazetteer"
        start = min([c.idx for c in tok.subtree if c.i <= tok.i] + [tok.idx])
        end = max(tok.idx + len(tok.text), other.end if other else 0)
        place = Place(name, None, None, owner or neighbour, "area", radius_km=None, reasons=(why,))
        out.append((PlaceMention(start, end, _text(doc)[start:end], place, kind="relative", reason=why), other))
    return out


#: between a town and a border phrase that only says where the town lies: "Kidal area, close to", "Gaya, on"
_QUALIFIER_GAP = re.compile(
    r"(?:\s+(?:area|district|region|town|village|county|zone|locality|commune|department|province|sector))?"
    r"\s*,?\s*(?:[a-z]+\s+){0,3}$"
)
QUALIFIER_GAP_CHARS = 40


def _qualifies_town(doc: Doc, mentions: list[PlaceMention], area: PlaceMention) -> bool:
    """The border phrase follows a town, district or area named just before it, with no more between than
    a place noun and a few linking words ("the X area, close to the border with Y", "X, near the border"):
    it tells where that place lies, and the place is more precise than a border area with no point."""
    text = _text(doc)
    for m in mentions:
        if m.kind == "literal" and m.place.lat is not None and m.place.precision in {"town", "district", "area"} \
                and m.end <= area.start and area.start - m.end <= QUALIFIER_GAP_CHARS \
                and _QUALIFIER_GAP.fullmatch(text, m.end, area.start):
            return True
    return False


#: Mention kinds that say where things are (demonyms and metonyms say who).
LOCATING_KINDS = ("literal", "nominal", "relative")


def _locating_counts(mentions) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in mentions:
        if m.kind in LOCATING_KINDS and m.place is not None and m.place.country:
            counts[m.place.country] = counts.get(m.place.country, 0) + 1
    return counts


def _leads_literal_places(doc: Doc, country: str) -> bool:
    """``country`` holds at least twice as many of the document's locating mentions as any other.

    The focus score also counts demonyms and metonyms ("Russian forces", "Moscow's
    commitment"), which name who acts, not where: a report about foreign forces in
    one country can have that country under half the focus and still be about it."""
    counts = dict(_cached(doc, "country_counts", doc._.fp_places or [], _locating_counts))
    own = counts.pop(country, 0)
    return own >= 2 and own >= 2 * max(counts.values(), default=0)


#: Verbs of movement: "advanced from X towards Y", "sent reinforcements from X to Y" happen at the front, the
#: named end Y; X is only where the movement began.
MOVEMENT_LEMMAS = frozenset(
    """advance push march move send dispatch deploy redeploy head drive rush reinforce transfer proceed
    sweep roll""".split()
)
#: Verbs of leaving: "fled from X to Y", "withdrew from X to Y" tell of X, where the violence was or the
#: position was given up; Y is only where the people went.
LEAVING_LEMMAS = frozenset("flee escape evacuate withdraw retreat displace run pull abandon leave".split())
#: Verbs of striking: "shelled X from Y", "fired rockets from Y at X" hit X; Y is where the fire came from.
STRIKING_LEMMAS = frozenset("attack shell strike fire launch bomb hit target shoot pound bombard".split())
ORIGIN_WORDS = frozenset({"from"})
DESTINATION_WORDS = frozenset({"to", "towards", "toward", "into"})
#: what the wrong end of a movement loses against the right one
MOVEMENT_PENALTY = 3.0


def _movement_penalty(doc: Doc, m: PlaceMention, trig) -> float:
    """The penalty for a place that is the wrong end of the trigger's movement (see the verb sets above): the
    origin of an advance or of a strike, the destination of a flight. 0 without a parse or any movement."""
    if trig is None or not doc_parsed(doc):
        return 0.0
    span = _tokens(doc, m.start, m.end)
    if span is None:
        return 0.0
    root, verb = span.root, trig.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.head.i != verb.i:
        return 0.0
    prep, lemma = root.head.lower_, verb.lemma_.lower()
    if prep in ORIGIN_WORDS and (lemma in MOVEMENT_LEMMAS or lemma in STRIKING_LEMMAS):
        return MOVEMENT_PENALTY
    if prep in DESTINATION_WORDS and lemma in LEAVING_LEMMAS:
        return MOVEMENT_PENALTY
    return 0.0


#: What a place in another clause of the sentence loses against the event's own clause (it is taken only
#: when that clause names no place, so the penalty orders nothing then but says how weak the choice is).
OTHER_CLAUSE_PENALTY = 2.0


def _in_own_clause(doc: Doc, m: PlaceMention, trig) -> bool:
    """The mention is said of the trigger's clause (``footprint.clauses.same_clause``); without a parse, or
    when either span cannot be found, every place of the sentence is."""
    if trig is None or not doc_parsed(doc):
        return True
    span = _tokens(doc, m.start, m.end)
    if span is None:
        return True
    return same_clause(span.root, trig.root)


def _containment(spans: list[tuple[int, int]]):
    """A test ``inside(start, end)``: does one of ``spans`` hold ``start:end``? Sorted starts with the furthest
    end reached so far make each test a bisection, not a pass over every span (a long sentence has many)."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach, far = [], -1
    for _, b in spans:
        far = max(far, b)
        reach.append(far)

    def inside(start: int, end: int) -> bool:
        k = bisect.bisect_right(starts, start)
        return k > 0 and reach[k - 1] >= end

    return inside


#: the filing town ("BAHIR DAR, Ethiopia — ") locates an event only when its sentence names no other place
DATELINE_PENALTY = 10.0


def _datelines(doc: Doc) -> tuple[Dateline, ...]:
    """The datelines of the text (``footprint.dateline``): where the report, or each item of a bulletin, was filed.
    ``datelines`` caches per text already, so the Doc keeps no second copy."""
    return datelines(doc_text(doc))


_CONTAINER_LINK = re.compile(r",?\s+in\s+(?:the\s+)?")


def _without_containers(text: str, mentions: list) -> list:
    """``mentions`` without the container of a place told just before it ("near Lere, in the Timbuktu region",
    "Kessa, in Doro district"): the text names the event's place, then says where that place lies; the container
    is no rival, even where the parse hangs it nearer the verb. Only a container of lower precision."""
    out = []
    for m in mentions:
        rank = PRECISION_RANK.get(m.place.precision, 0.0)
        if any(n is not m and n.end <= m.start and PRECISION_RANK.get(n.place.precision, 0.0) > rank
               and _CONTAINER_LINK.fullmatch(text, n.end, m.start) for n in mentions):
            continue
        out.append(m)
    return out


#: Subjects that take up people or things the sentence before introduced: "They set fire to the houses",
#: "the men had been shot dead". An indefinite subject ("An ambush killed six") starts something new.
ANAPHORIC_PRONOUNS = frozenset({"they", "he", "she", "it"})
ANAPHORIC_DETS = frozenset({"the", "these", "those"})
#: a place told before locates only at town precision or finer (a region or country says too little to carry)
CARRIED_MIN_RANK = 1.5


def _goes_on(trig) -> bool:
    """The trigger's subject (its verb's, or that of the verb it is coordinated with) is a personal pronoun
    or a definite noun phrase."""
    verb = trig.root
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subj = subjects[0]
            return subj.lower_ in ANAPHORIC_PRONOUNS or any(
                d.dep_ == "det" and d.lower_ in ANAPHORIC_DETS for d in subj.children)
    return False


def _locating_in(doc: Doc, start: int, end: int) -> list[PlaceMention]:
    """The mentions starting in ``start:end`` that can say where an event was: locating kinds with a point, no
    modifier, neither a dateline's desk nor its place, and no bare name inside a facility phrase or relative
    place."""
    filed = _datelines(doc)
    found = [m for m in _places(doc).starting_in(start, end)
             if m.kind in LOCATING_KINDS and m.place.lat is not None and not _modifier(doc, m)
             and not any(d.at_desk(m.start, m.end) or d.holds(m.start, m.end) for d in filed)]
    inside = _containment([(m.start, m.end) for m in found if m.kind in {"nominal", "relative"}])
    return [m for m in found if m.kind != "literal" or not inside(m.start, m.end)]


def _one_point(found: list[PlaceMention]) -> bool:
    """``found`` is not empty and all its mentions stand at one point (to about 100 m)."""
    return len({(round(m.place.lat, 3), round(m.place.lon, 3)) for m in found}) == 1


def _place_told_before(doc: Doc, sent_start: int, trig) -> PlaceMention | None:
    """The one place, town or finer, of the sentence just before, in the same paragraph, when the event's
    sentence names none and its subject goes on from that sentence ("Fighters came into X at night. They set
    fire to twenty houses"). Several places there, or none, or no parse: None (the caller falls back)."""
    if trig is None or not doc_parsed(doc) or not _goes_on(trig):
        return None
    first = _tokens(doc, sent_start, sent_start + 1)
    if first is None or first.start == 0:
        return None
    prev = doc[first.start - 1].sent
    found = [m for m in _without_containers(_text(doc), _locating_in(doc, prev.start_char, prev.end_char))
             if PRECISION_RANK.get(m.place.precision, 0.0) >= CARRIED_MIN_RANK and same_item(doc, m.start, sent_start)]
    if not _one_point(found):
        return None
    # the parser ends a sentence after the blank line that follows it: the break lies between place and event
    return None if has_break(_text(doc)[found[-1].end:sent_start]) else found[-1]


def _told(text: str, every: list[PlaceMention]):
    """The document's glosses and line labels (``told.py``), read in one pass over its mentions."""
    placed = [m for m in every if m.place is not None]
    told, misread = glosses(text, placed)
    return told, misread, [m for m in placed if m.kind == "literal" and m.place.lat is not None
                           and is_label(text, m)]


def _finer_next(doc: Doc, sent_start: int, sent_end: int, wide: PlaceMention) -> PlaceMention | None:
    """The one town or finer place, inside ``wide``, of the next sentence of the paragraph when that sentence
    goes on about the event ("A drone strike killed 14 people in the X region. The strike hit minibuses waiting
    to leave Y for Z": Y; Z is where they were headed), in the same paragraph or the next. None without sentence
    boundaries or at any doubt."""
    if not doc.has_annotation("SENT_START"):
        return None
    span = _tokens(doc, sent_start, sent_end)
    if span is None or span.end >= len(doc):
        return None
    # the next word: past the blank line between paragraphs, which the parser may give either sentence
    k = span.end
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc):
        return None
    start, end = doc[k].idx, doc[k].sent.end_char
    text = _text(doc)
    # a paragraph break is no bar: news gives a sentence a paragraph, and the next one opens with "The strike"
    if not goes_on_about_event(text, start):
        return None
    found = [m for m in _locating_in(doc, start, end)
             if PRECISION_RANK.get(m.place.precision, 0.0) >= PRECISION_RANK["town"]
             and not destination(text, m) and not treated_at(text, m) and within(wide.place, m)
             and same_item(doc, m.start, sent_start)]  # a roundup's next item tells another story
    return found[0] if _one_point(found) else None


def _site_told_elsewhere(doc: Doc, text: str, pos: int) -> PlaceMention | None:
    """The one place, town or finer, the document names other than where people were treated or buried (its
    mentions may be many, of one point): a follow-up's "five of the wounded died in hospital in X" is about the
    attack on the town the report named; in a roundup, the item holding ``pos`` only. Several such places, or
    none: None."""
    found = [m for m in _places(doc).mentions if m.kind in LOCATING_KINDS and m.place.lat is not None
             and same_item(doc, m.start, pos)
             and PRECISION_RANK.get(m.place.precision, 0.0) >= CARRIED_MIN_RANK and not treated_at(text, m)
             and not _modifier(doc, m)]
    if len({(round(m.place.lat, 2), round(m.place.lon, 2)) for m in found}) != 1:
        return None
    return found[0]


def _located_at(m: PlaceMention, why: str) -> EventLocation:
    """The event placed at mention ``m``: ``why`` comes before the place's own reasons."""
    p = m.place
    return EventLocation(
        name=p.name, lat=p.lat, lon=p.lon, country=p.country, precision=p.precision, text=m.text,
        geonameid=p.geonameid, facility_id=p.facility_id, admin1=p.admin1, radius_km=p.radius_km,
        start=m.start, end=m.end, reasons=(why,) + tuple(p.reasons),
    )


def event_location(doc: Doc, sent_start: int, sent_end: int, trigger_start: int, trigger_end: int) -> EventLocation | None:
    """Where the event of the trigger at ``trigger_start:trigger_end`` happened (see the module's rule); a wider
    place than a town keeps the locality the event's clause names when no installed list holds it."""
    loc = _event_location(doc, sent_start, sent_end, trigger_start, trigger_end)
    # a town taken from outside the event's sentence (a dateline, a sentence before) is no answer to a locality
    # the sentence names itself ("TURBAT - fighters seized the bazaar in Tarvo, a town 80 km away")
    told_here = loc is not None and sent_start <= loc.start < sent_end \
        and not any(d.holds(loc.start, loc.end) for d in _datelines(doc))
    if loc is None or (PRECISION_RANK.get(loc.precision, 0.0) >= PRECISION_RANK["town"] and told_here):
        return loc
    return _with_unplaced(doc, loc, sent_start, sent_end, _tokens(doc, trigger_start, trigger_end))


def _with_unplaced(doc: Doc, loc: EventLocation, sent_start: int, sent_end: int, trig) -> EventLocation:
    """``loc`` with the name of a locality of the event's clause that no list holds (``unplaced.unplaced_names``: the first the
    event's clause governs)."""
    indexes = (_all_places(doc), _cached(doc, "actors", doc._.fp_actors or [], _SpanIndex))

    def taken(start: int, end: int) -> bool:  # a place mention (resolved or not) or an actor overlaps the span
        return any(ix.starting_in(start, end) or ix.covering(start) for ix in indexes)

    # each name in text order: the first may belong to another clause ("Residents in Tarvo said gunmen
    # attacked a market at Belko"), and the one the event's clause governs may come after it
    check = trig is not None and doc_parsed(doc)
    for start, end, name in unplaced_names(doc, sent_start, sent_end, taken):
        span = _tokens(doc, start, end) if check else None
        if not check or (span is not None and same_clause(span.root, trig.root)):
            break
    else:
        return loc
    why = f"{name}: named as the event's place, in no installed list; the point is {loc.name}'s"
    return replace(loc, unplaced=name, reasons=(why,) + tuple(loc.reasons))


def _event_location(doc: Doc, sent_start: int, sent_end: int, trigger_start: int, trigger_end: int) -> EventLocation | None:
    mentions = [
        m for m in _places(doc).starting_in(sent_start, sent_end)
        if (m.kind in LOCATING_KINDS or (m.kind == "metonymic" and _locative(doc, m)))
        and (m.place.lat is not None or m.kind == "relative")
        and not _modifier(doc, m)
    ]
    # a border phrase replaces the neighbour's name and any relative place read from it
    borders = border_areas(doc, sent_start, sent_end)
    for area, other in borders:
        # "the X area, close to the border with Y": the border says where X lies, and X is the place
        qualifies = _qualifies_town(doc, mentions, area)
        mentions = [m for m in mentions if not (other is not None and m.start < other.end and other.start < m.end)
                    and not (area.start <= m.start and m.end <= area.end)]
        if not qualifies:
            mentions.append(area)
    # a facility phrase or relative place replaces the bare name it contains
    inside = _containment([(m.start, m.end) for m in mentions if m.kind in {"nominal", "relative"}])
    mentions = [m for m in mentions if m.kind != "literal" or not inside(m.start, m.end)]
    text = _text(doc)
    mentions = _without_containers(text, mentions)
    every = doc._.fp_places or []
    told, misread, labels = _cached(doc, "told", every, lambda ms: _told(text, ms))
    mentions = [m for m in mentions if id(m) not in misread and not _party(doc, m) and not _addressed(doc, m)]
    # a place of treatment or burial yields to any other place of the sentence, and to the one site the
    # document tells elsewhere when the sentence has no other
    treated = [m for m in mentions if treated_at(text, m)]
    if treated:
        mentions = [m for m in mentions if not any(m is t for t in treated)]
        if not mentions:
            site = _site_told_elsewhere(doc, text, sent_start)
            if site is None:
                mentions = treated
            else:
                return _located_at(site, "the sentence names only where the victims were treated or buried; "
                                         "the document names one other place")
    communities = [m for m in mentions if community(text, m)]
    if communities and len(communities) < len(mentions):
        mentions = [m for m in mentions if not any(m is c for c in communities)]
    offices = [m for m in mentions if office(text, m)]
    if offices:
        others = [m for m in mentions if not any(m is o for o in offices)]
        if any(PRECISION_RANK.get(m.place.precision, 0.0) >= PRECISION_RANK["town"] for m in others):
            mentions = others
    # a name the text glossed earlier keeps the gloss's reading ("… Kabeya, a village 30 km north of Nyunzu …
    # near Kabeya"); a brief's line label is the container of the places its line names, not their rival
    if told:
        mentions = [as_glossed(m, told, every) for m in mentions]
    if labels and len(mentions) > 1:
        unlabelled = [m for m in mentions if not any(m is b for b in labels)
                      and PRECISION_RANK.get(m.place.precision, 0.0) >= CARRIED_MIN_RANK]
        if unlabelled:
            mentions = [m for m in mentions if not any(m is b for b in labels)]
    trig = _tokens(doc, trigger_start, trigger_end)
    # a place said of another clause (another event's, a relative clause, what a speaker says or where he
    # says it) is never taken when the event's own clause names one, and only with a penalty when it does not
    filed = _datelines(doc)
    # a dateline's place is where the copy was filed, not a place of the clause, though the parser may hang it
    # on the verb: it never shuts out a place the sentence names in another clause ("COTONOU - ... near a
    # village, in the far north of the Alibori department")
    own = {id(m): _in_own_clause(doc, m, trig) and not any(d.holds(m.start, m.end) for d in filed) for m in mentions}
    if any(own.values()):
        mentions = [m for m in mentions if own[id(m)]]
    best, best_score = None, -math.inf
    # the desk of a "KADUGLI / NAIROBI —" dateline is where the copy was sent from, never where anything happened
    mentions = [m for m in mentions if not any(d.at_desk(m.start, m.end) for d in filed)]
    for m in mentions:
        score = PRECISION_RANK.get(m.place.precision, 0.0) - (0.0 if own[id(m)] else OTHER_CLAUSE_PENALTY)
        if any(d.holds(m.start, m.end) for d in filed):
            score -= DATELINE_PENALTY
        score -= _movement_penalty(doc, m, trig)
        d = _dep_distance(doc, _tokens(doc, m.start, m.end), trig)
        if d is not None:
            score -= 0.5 * d
        else:
            score -= abs((m.start + m.end) / 2 - (trigger_start + trigger_end) / 2) / 200
        if score > best_score:
            best, best_score = m, score
    if best is not None and PRECISION_RANK.get(best.place.precision, 0.0) < PRECISION_RANK["town"]:
        finer = _finer_next(doc, sent_start, sent_end, best)
        if finer is not None:
            return _located_at(finer, f"the event's sentence names only {best.text}; the next, going on about the "
                                      f"event, names one place in it")
    if best is not None:
        why = f"{best.kind} place in the event's " + ("clause" if own[id(best)] else
                                                       "sentence, in another clause (none in the event's own)")
        return _located_at(best, why)
    label = line_label(text, labels, trigger_start)
    if label is not None:
        return _located_at(PlaceMention(label.start, label.end, label.text, label_place(label), kind="literal"),
                           "no place in the sentence; the label of its line names one")
    before = _place_told_before(doc, sent_start, trig)
    if before is not None:
        return _located_at(before, "no place in the sentence; its subject goes on from the sentence before, "
                                   "which names one place")
    meta = doc._.fp_meta or {}
    focus = meta.get("places_focus") or {}
    home = meta.get("places_home")
    item = item_at(doc, sent_start) if filed else None  # a text with no dateline is never split here
    if item is not None and item.countries and home not in item.countries \
            and any(d.start == item.start for d in filed):
        # a bulletin's line takes no country from another dateline's item ("Sudan" for a line about a Burkinabe
        # town); an item a paragraph opened may be a country named in passing, and keeps the fallback
        return None
    if home and (focus.get(home, 0) >= 0.5 or _leads_literal_places(doc, home)) \
            and home in (meta.get("places_country_points") or {}):
        name, lat, lon = meta["places_country_points"][home]
        return EventLocation(
            name=name, lat=lat, lon=lon, country=home, precision="country", text="",
            reasons=(f"no place in the sentence; the document is about {name}",),
        )
    return None
