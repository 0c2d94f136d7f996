"""What pair matching needs from one event, read once: the scoring constants and ``Features``.

``features`` reads an ``Event``; ``features_of_json`` reads its stored JSON without building it. The
pair rule that uses them is ``identity.judge``; the blocking keys built from them are in ``blocks``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..model import short_hash
from .spelling import named_keys, spelled_keys

#: Type groups: types that are different words for one kind of event.
TYPE_GROUPS: dict[str, tuple[str, ...]] = {
    "base": ("base_established", "base_occupied", "base_expansion", "base_under_construction", "base"),
    "deployment": ("deployment", "arrival", "reinforcement"),
    "transfer": ("territory_transfer",),
    "withdrawal": ("withdrawal", "handover"),
    "training": ("training",),
    "fight": (
        "armed_clash", "ambush", "air_strike", "drone_strike", "shelling", "ied_attack", "suicide_bombing",
        "grenade_attack", "chemical_attack", "attack_on_civilians", "sexual_violence", "looting", "attack",
    ),
    "territory": ("territory_regained", "territory_overtaken"),
    "detention": ("arrest", "abduction"),
    "agreement": ("agreement_signed", "ceasefire"),
    "agreement_collapsed": ("agreement_collapsed",),
    "leadership": ("coup", "leadership_change", "group_change"),
    "disrupted": ("disrupted_weapons",),
    "protest": ("protest", "protest_intervention", "protest_excessive_force", "riot", "mob_violence"),
    "talk": ("diplomatic_protest", "accusation", "threat", "sanction", "statement"),
    "assessment": ("analytic_assessment",),
}
_GROUP_OF = {t: g for g, ts in TYPE_GROUPS.items() for t in ts}

#: Groups that may tell the same event in other words (a deployment reported
#: elsewhere as a base occupied; a handover seen from the side that takes over).
COMPATIBLE_GROUPS = frozenset(
    frozenset(p)
    for p in (("base", "deployment"), ("base", "transfer"), ("deployment", "transfer"),
              ("withdrawal", "transfer"), ("fight", "territory"),
              # one change of control told by both sides: the loser "withdrew" from X, the winner "took" X
              ("withdrawal", "territory"))
)

#: Blocking families: every pair of compatible groups shares one.
BLOCK_FAMILY = {
    "base": "mobilize", "deployment": "mobilize", "transfer": "mobilize", "withdrawal": "mobilize",
    "training": "mobilize", "fight": "fight", "territory": "fight",
}
#: Groups filed under a second family too, for a compatible group of the other family.
EXTRA_FAMILIES = {"withdrawal": ("fight",)}

#: Attack modes that can describe the same attack; modes from different classes veto.
#: "clashes" and "an attack" name no weapon: one side's "clashes" may be the other's drone strike or
#: roadside bomb, so these generic modes never veto (a mode derived from such a type says nothing either).
_MODE_CLASS = {
    "armed_clash": "ground", "ambush": "ground", "attack": "ground", "raid": "ground",
    "air_strike": "air", "drone_strike": "air",
    "shelling": "indirect",
    "ied": "explosive", "ied_attack": "explosive", "suicide_bombing": "explosive", "grenade": "explosive",
    "grenade_attack": "explosive", "chemical": "chemical", "chemical_attack": "chemical",
}
GENERIC_MODES = frozenset({"armed_clash", "attack"})
#: A capture is won in a fight: beside fighting of a generic mode it scores as the same type (``judge``).
CAPTURE_TYPES = frozenset({"territory_overtaken"})

_KEYWORD_GROUPS = (
    ("base", "base"), ("deploy", "deployment"), ("withdraw", "withdrawal"), ("strike", "fight"),
    ("attack", "fight"), ("clash", "fight"), ("ambush", "fight"), ("bomb", "fight"), ("shell", "fight"),
    ("train", "training"), ("agree", "agreement"), ("protest", "protest"),
)

#: Size (degrees) of the grid cells that block a place with no country (``Features.cell``, ``blocks``).
GRID_DEGREES = 5

#: Distance tolerance (km) by the coarser precision of the two places.
TOLERANCE_KM = {"facility": 5.0, "town": 20.0, "district": 60.0, "region": 200.0}
PLACE_POINTS = {"facility": 2.0, "town": 2.0, "district": 1.5, "region": 1.0, "country": 0.5, "area": 0.5}
#: An area ("northeast Nigeria", "the border area") is a vague circle: a place on its far edge or in the
#: corner it names may lie up to about twice its radius from its centre, so that is its tolerance.
AREA_REACH = 2.0
PRECISION_RANK = {"facility": 0, "town": 1, "district": 2, "region": 3, "country": 4, "area": 5, "unknown": 6}
#: An area this small ("near Dikwa", "outside El Fasher": a town and its surroundings) is as precise as a
#: district: it scores and reaches as one. Wider areas ("eastern Burkina") stay vague.
NEAR_AREA_KM = 30.0
THRESHOLD = 4.5
#: A date taken from the clause that reports the event ("the army said on Monday that …") or the
#: report date given to a present-tense sentence is the day it was told: the event happened then or
#: in the days before. Such a date is weak: it stands for the ``WEAK_DATE_DAYS`` up to it, and scores
#: ``WEAK_DATE_POINTS`` at most.
WEAK_DATE_DAYS = 31
WEAK_DATE_POINTS = 0.5
_WEAK_REASONS = ("clause that holds the event's", "no date in the text for it; present tense")
#: A sentence that revises a toll ("the toll of … has risen to", "the number of people killed in … rose to"):
#: with no date of its own it is dated by its telling, the month up to it (``_features``).
TOLL_UPDATE = re.compile(r"\b(?:toll\b(?![ -](?:roads?|booths?|gates?|plazas?|free)\b)|number of (?:people |civilians |soldiers |those )?(?:killed|dead)\b)"
                         r"[^.;]{0,160}?\b(?:has |have |had )?(?:risen|rose|rises|climbed|increased) to\b",
                         re.IGNORECASE)
#: A toll dated by its telling revises an event of the days before: a day-dated event at most this many days
#: before the telling dates the pair as a week does (``identity.judge``), where the month up to it is looser.
TOLL_REVISION_DAYS = 14
#: Copies of one report: sentences at least this similar (0-100) with one type tell one event.
COPY_SIMILARITY = 90.0
TEXT_CHARS = 300
#: Intervals up to this many days are blocked by month, up to ``YEAR_LEVEL_DAYS`` by year; longer or open: undated.
MONTH_LEVEL_DAYS = 100
YEAR_LEVEL_DAYS = 3 * 366
#: Date points by the longer interval (days between start and end): (at most this many days, points).
DATE_STEPS = ((7, 2.0), (31, 1.5), (92, 1.0), (366, 0.5))
#: Most points a pair can score without places: same type and a shared actor (the date decides).
_NO_PLACE_POINTS = 1.0 + 2.0


def date_points(span: int) -> float:
    return next((pts for days, pts in DATE_STEPS if span <= days), 0.0)


def _no_place_reach() -> tuple[int, bool]:
    """The longest interval at which a pair with no place can still reach ``THRESHOLD``, and whether a weak
    date can: only such events need the actor blocks (an event with no place meets no country block)."""
    need = THRESHOLD - _NO_PLACE_POINTS
    spans = [days for days, pts in DATE_STEPS if pts >= need]
    return (max(spans) if spans else -1), WEAK_DATE_POINTS >= need


NO_PLACE_SPAN, NO_PLACE_WEAK = _no_place_reach()
#: Actor blocks are by week: a placeless pair needs a close date, and a big actor's month can be crowded.
WEEK_DAYS = 7
#: Words for the attackers that fit any armed incident anywhere ("gunmen", "suspected militants",
#: "security forces"): a name made of these words alone keys no name block and, where one side of a pair
#: has no place, is no shared actor. Every report of a week's shootings names "gunmen", so the word says
#: nothing about which of them a placeless report tells. Words for the victims ("officers",
#: "villagers") stay: with the type and the day they still single out an incident in a week's news.
GENERIC_ACTOR_WORDS = frozenset('''
    gunmen gunman militants militant fighters fighter attackers attacker assailants assailant raiders
    insurgents insurgent rebels rebel jihadists jihadist terrorists terrorist bandits bandit extremists
    extremist militiamen militia militias elements men forces force troops security armed suspected
    unidentified unknown alleged heavily some several
'''.split())
def type_group(type_: str) -> str:
    if type_ in _GROUP_OF:
        return _GROUP_OF[type_]
    low = (type_ or "").lower()
    for word, group in _KEYWORD_GROUPS:
        if word in low:
            return group
    return "type:" + low  # an unknown type only matches itself


def block_family(group: str) -> str:
    return BLOCK_FAMILY.get(group, group)


def block_families(group: str) -> tuple[str, ...]:
    return (block_family(group), *EXTRA_FAMILIES.get(group, ()))


def norm_name(name: str | None) -> str:
    s = re.sub(r"[^\w]+", " ", (name or "").lower()).strip()
    return re.sub(r"^the ", "", s)


def parse_day(value: str | None, *, end: bool = False) -> int | None:
    """ISO date (or year-month, or year) to a day ordinal; month/year snap to their first or last day."""
    if not value or not isinstance(value, str):
        return None
    return _parse_day(value, end)


@lru_cache(maxsize=8192)  # a store repeats the same few thousand dates
def _parse_day(value: str, end: bool) -> int | None:
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        return None
    try:
        y = int(m.group(1))
        if m.group(3):
            return date(y, int(m.group(2)), int(m.group(3))).toordinal()
        if m.group(2):
            mo = int(m.group(2))
            first = date(y, mo, 1)  # raises for a month out of range
            if not end:
                return first.toordinal()
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return nxt.toordinal() - 1
        return date(y, 12, 31).toordinal() if end else date(y, 1, 1).toordinal()
    except ValueError:
        return None


def day_iso(ordinal: int | None) -> str | None:
    return date.fromordinal(ordinal).isoformat() if ordinal else None


@dataclass(frozen=True, slots=True)
class Features:
    """What matching needs from one event, precomputed once."""

    id: str
    doc_id: str
    type: str
    group: str
    family: str
    mode: str | None
    actors: frozenset[str]
    country: str | None
    lat: float | None
    lon: float | None
    precision: str
    radius_km: float | None
    d_start: int | None  # day ordinals; None = unknown / open
    d_end: int | None
    copy_group: str = ""  # documents that copy one another share it ("" = the document alone)
    text_key: str = ""  # type and evidence sentence, normalized
    text: str = ""  # the evidence sentence, normalized and cut at ``TEXT_CHARS``: copies that edit a word still meet
    # registry actor keys by role: a report that names only the attacker and one that names only the
    # attacked do not contradict each other
    perpetrators: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    weak_date: bool = False  # the date is the day the event was told (see ``WEAK_DATE_DAYS``)
    speaker: str = ""  # actor key of the claimant the actors stage resolved ("" = none)
    admin1: str = ""  # the place's first-level division, normalized ("" = unknown): a town in a region
    denied: bool = False  # a side denies it: a voice on an incident, never an incident of its own (``cluster``)
    spelled: frozenset[str] = frozenset()  # spelling keys of its place, or of its sentence's names if placeless
    # placeless or placed at a region: spelling keys of its sentence's names other than its place's
    # and its actors' (a town the places stage could not read, named in two reports: ``judge``)
    named: frozenset[str] = frozenset()
    toll: bool = False  # a toll update dated by its telling (``TOLL_UPDATE``; ``d_end`` is the telling)
    claim: bool = False  # a party's undated claim of its own act, dated by its telling like a toll update
    near: bool = False  # a small area ("near X", ``NEAR_AREA_KM``) scored as a district: it reaches its radius only

    @property
    def dated(self) -> bool:
        return self.d_start is not None and self.d_end is not None

    @property
    def cell(self) -> str:
        if self.country:
            return self.country
        if self.lat is not None and self.lon is not None:
            return f"g{math.floor(self.lat / GRID_DEGREES)}:{math.floor(self.lon / GRID_DEGREES)}"
        return "-"

    @property
    def level(self) -> str:
        """Blocking level of the date: M (month buckets), Y (year buckets) or U (undated, long or open)."""
        if not self.dated:
            return "U"
        span = self.d_end - self.d_start
        return "M" if span <= MONTH_LEVEL_DAYS else "Y" if span <= YEAR_LEVEL_DAYS else "U"

    @property
    def placeless(self) -> bool:
        """No country and no coordinates: the event meets no country or grid block of a placed twin."""
        return self.cell == "-"

    @property
    def close_dated(self) -> bool:
        """A date close enough for a match without a place (``NO_PLACE_SPAN``)."""
        return self.dated and self.d_end - self.d_start <= NO_PLACE_SPAN and (NO_PLACE_WEAK or not self.weak_date)

    @property
    def actor_blocked(self) -> bool:
        """Filed in the actor blocks: registry actors and a date close enough for a match without a place."""
        return self.close_dated and any(k.startswith("a:") for k in self.actors)

    @property
    def name_blocked(self) -> bool:
        """Filed in the name blocks: words for actors that are not all generic ("Marvo", "the Koza
        vigilantes", "officers"; not "gunmen" or "security forces", see ``GENERIC_ACTOR_WORDS``) and a close
        date."""
        return self.close_dated and any(k.startswith("n:") and not generic_name(k) for k in self.actors)


def features(event, actor_key, copy_group: str = "") -> Features:
    """``actor_key(actor_id, name) -> str`` folds successors and names into one key;
    ``copy_group`` names the document's copy group (see ``sources``)."""
    loc, d = event.location, event.date
    return _features(
        event.id, event.doc_id, event.type, event.mode, [(a.id, a.name, a.role) for a in event.actors],
        (loc.country, loc.lat, loc.lon, loc.precision, loc.radius_km, loc.admin1, loc.name) if loc else None,
        (d.start, d.end, d.reason) if d else None, event.evidence.sentence, actor_key, copy_group,
        event.attribution.modality, (getattr(event.attribution, "claimant_id", None), event.attribution.claimant),
        0 <= (d.span_start if d else -1) < event.attribution.cue_start,
    )


def features_of_json(data: dict, actor_key, copy_group: str = "") -> Features:
    """``features(Event.from_json(data), …)`` without building the Event: a rebuild reads every
    stored event for its features, and builds Events later only for the clusters it writes."""
    loc, d = data.get("location"), data.get("date")
    return _features(
        data["id"], data["doc_id"], data["type"], data.get("mode"),
        [(a.get("id"), a["name"], a.get("role")) for a in data.get("actors") or ()],
        (loc.get("country"), loc.get("lat"), loc.get("lon"), loc["precision"], loc.get("radius_km"), loc.get("admin1"),
         loc.get("name")) if loc else None,
        (d.get("start"), d.get("end"), d.get("reason") or "") if d else None, data["evidence"]["sentence"], actor_key,
        copy_group, (data.get("attribution") or {}).get("modality"),
        ((data.get("attribution") or {}).get("claimant_id"), (data.get("attribution") or {}).get("claimant")),
        0 <= (d.get("span_start", -1) if d else -1) < (data.get("attribution") or {}).get("cue_start", -1),
    )


def _features(id_, doc_id, type_, mode, actor_pairs, loc, dates, sentence, actor_key, copy_group,
              modality=None, claimant=(None, None), dated_before_cue=False) -> Features:
    start = parse_day(dates[0]) if dates else None
    end = parse_day(dates[1], end=True) if dates else None
    if start is not None and end is not None and end < start:
        start, end = end, start
    # a denial dated before its cue ("on Saturday denied killing …") is dated by the denial, not the act
    weak = bool(dates and start is not None and end is not None and end - start <= 1
                and ((modality == "denied" and dated_before_cue) or _weak_reason(dates[2], modality)))
    if weak:
        start = end - WEAK_DATE_DAYS
    toll = False
    if end is not None and (weak or start is None) and TOLL_UPDATE.search(sentence):
        # "the toll of the ambush near X has risen to 17": a toll is revised in the weeks after the event, so
        # the telling dates it as well as a month does (not weakly, and not open-ended before the report)
        start, weak = end - WEAK_DATE_DAYS, False
        toll = True
    claim = False
    if end is not None and start is None and claimant[0] and any(i == claimant[0] and r == "actor"
                                                                 for i, _, r in actor_pairs):
        # a party's undated claim of its own act ("the group said its fighters ambushed the convoy"): a claim is
        # posted in the days after the act, so its telling dates it as a toll update's does
        start, claim = end - WEAK_DATE_DAYS, True
    group = type_group(type_)
    mode = mode or (type_ if type_ in _MODE_CLASS else None)
    actors = frozenset(actor_key(i, n) for i, n, _ in actor_pairs if (i or norm_name(n)))
    perps = frozenset(actor_key(i, n) for i, n, r in actor_pairs if i and r == "actor")
    targets = frozenset(actor_key(i, n) for i, n, r in actor_pairs if i and r == "target")
    country, lat, lon, precision, radius_km, admin1, place_name = loc or (None,) * 7
    has_point = lat is not None and lon is not None
    placeless = not country and not has_point
    near = precision == "area" and has_point and radius_km is not None and radius_km <= NEAR_AREA_KM
    if near:
        precision = "district"
    return Features(
        id=id_,
        doc_id=doc_id,
        type=type_,
        group=group,
        family=block_family(group),
        mode=mode,
        actors=actors,
        country=country.upper() if country else None,
        lat=lat if has_point else None,
        lon=lon if has_point else None,
        precision=precision if precision in PRECISION_RANK else "unknown",
        radius_km=radius_km,
        d_start=start,
        d_end=end,
        copy_group=copy_group or doc_id,
        text_key=short_hash(type_, " ".join(sentence.lower().split())),
        text=" ".join(sentence.lower().split())[:TEXT_CHARS],
        perpetrators=perps,
        targets=targets,
        weak_date=weak,
        speaker=actor_key(claimant[0], claimant[1] or "") if claimant[0] else "",
        admin1=norm_name(admin1) if isinstance(admin1, str) else "",
        denied=modality == "denied",
        spelled=spelled_keys(sentence, place_name, precision, placeless),
        named=named_keys(sentence, place_name, precision, placeless,
                         tuple(n for n in (*(n for _, n, _ in actor_pairs), claimant[1]) if n), GENERIC_ACTOR_WORDS),
        toll=toll,
        claim=claim,
        near=near,
    )


def _weak_reason(reason: str | None, modality: str | None) -> bool:
    """The date stage's reason says the date is the day of telling, not of the event (see ``WEAK_DATE_DAYS``)."""
    if not reason:
        return False
    if reason.startswith(_WEAK_REASONS[0]):
        return modality in ("reported", "denied")  # from "… said on Monday", "… denied on Monday that …"
    return reason.startswith(_WEAK_REASONS[1:])



def generic_name(key: str) -> bool:
    """A name key (``n:…``) made only of ``GENERIC_ACTOR_WORDS``: too common to tell one event."""
    return key.startswith("n:") and _generic_words(key[2:])


@lru_cache(maxsize=4096)
def _generic_words(name: str) -> bool:
    words = name.split()
    return bool(words) and all(w in GENERIC_ACTOR_WORDS for w in words)
