"""Event identity across reports: when two event records tell the same event.

A pair of events is judged on four things, each scored and each able to veto:

* **type**: same type (1 point), same group (0.5), compatible groups (0);
  anything else vetoes. Attack modes must not contradict (an air strike is
  not an ambush).
* **actors**: overlapping actor keys (2 points); both sides naming actors and
  none shared vetoes; one side naming none is silent (0).
* **place**: the distance must be within the tolerance of the coarser
  precision (facility 5 km … region 200 km, country: same country); points
  by that precision (facility/town 2, district 1.5, region 1, country or
  area 0.5, unknown 0). Different countries veto, except a region whose
  state forces are the other report's country's (``_misread_region``).
* **date**: intervals must overlap (day precision gets one day of slack);
  points by the coarser interval's length (≤ 7 days 2, ≤ 31 1.5, ≤ 92 1,
  ≤ 366 0.5, longer or open 0). Unknown dates are silent (0).

Two events match when nothing vetoes, they come from different documents
(copies of one report count as one document, except that the same sentence
in two copies is always the same event),
the points reach ``THRESHOLD`` and either the actors overlap or the places
agree at district precision or finer. So a country-level match needs shared
actors *and* a date of a month or better.

Candidates come from blocking keys (type family, country or coarse grid cell,
time bucket; and, for an event with no place, registry actor or words and week), so an
event is only compared with the few events that share a block: see
``stored_keys`` and ``probe_ranges``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..model import short_hash
from ..geo import distance_km as haversine_km
from .regions import CONTAINED_POINTS, contained
from .spelling import named_keys, spelled_keys, spelled_place
from .sides import force_countries, kin, opposite_sides, speaking, two_accounts

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
#: A name block (one family, one word, one week) with more events than this is too common a key to link
#: a placeless event on: no event meets another through it (``engine`` keeps ``update`` and ``rebuild``
#: agreeing when a block crosses the cap).
NAME_BLOCK_CAP = 40


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

    @property
    def dated(self) -> bool:
        return self.d_start is not None and self.d_end is not None

    @property
    def cell(self) -> str:
        if self.country:
            return self.country
        if self.lat is not None and self.lon is not None:
            return f"g{math.floor(self.lat / 5)}:{math.floor(self.lon / 5)}"
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
    if end is not None and (weak or start is None) and TOLL_UPDATE.search(sentence):
        # "the toll of the ambush near X has risen to 17": a toll is revised in the weeks after the event, so
        # the telling dates it as well as a month does (not weakly, and not open-ended before the report)
        start, weak = end - WEAK_DATE_DAYS, False
    group = type_group(type_)
    mode = mode or (type_ if type_ in _MODE_CLASS else None)
    actors = frozenset(actor_key(i, n) for i, n, _ in actor_pairs if (i or norm_name(n)))
    perps = frozenset(actor_key(i, n) for i, n, r in actor_pairs if i and r == "actor")
    targets = frozenset(actor_key(i, n) for i, n, r in actor_pairs if i and r == "target")
    country, lat, lon, precision, radius_km, admin1, place_name = loc or (None,) * 7
    has_point = lat is not None and lon is not None
    placeless = not country and not has_point
    if precision == "area" and has_point and radius_km is not None and radius_km <= NEAR_AREA_KM:
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
    )


def _weak_reason(reason: str | None, modality: str | None) -> bool:
    """The date stage's reason says the date is the day of telling, not of the event (see ``WEAK_DATE_DAYS``)."""
    if not reason:
        return False
    if reason.startswith(_WEAK_REASONS[0]):
        return modality in ("reported", "denied")  # from "… said on Monday", "… denied on Monday that …"
    return reason.startswith(_WEAK_REASONS[1:])


# -- blocking -------------------------------------------------------------------


def _months(a: int, b: int) -> list[str]:
    da, db = date.fromordinal(a), date.fromordinal(b)
    out, y, m = [], da.year, da.month
    while (y, m) <= (db.year, db.month):
        out.append(f"M{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _years(a: int, b: int) -> list[str]:
    return [f"Y{y:04d}" for y in range(date.fromordinal(a).year, date.fromordinal(b).year + 1)]


def _week(day: int) -> str:
    return _week_key(day // WEEK_DAYS)


def _week_key(week: int) -> str:
    return f"W{week:06d}"


#: Week blocks for a match without a place (see ``_week_keys``): the kind of actor key, the space every
#: such event is filed under, and the space only a placeless event is filed under too.
_WEEK_BLOCKS = (("a:", "actor", "noplace"), ("n:", "name", "noplacename"), ("s:", "spell", "noplacespell"))


def generic_name(key: str) -> bool:
    """A name key (``n:…``) made only of ``GENERIC_ACTOR_WORDS``: too common to tell one event."""
    return key.startswith("n:") and _generic_words(key[2:])


@lru_cache(maxsize=4096)
def _generic_words(name: str) -> bool:
    words = name.split()
    return bool(words) and all(w in GENERIC_ACTOR_WORDS for w in words)


#: Blocks capped by ``NAME_BLOCK_CAP``: words for actors, and the spelling and named-town keys of
#: ``fuse/spelling.py`` (a common capitalized word would otherwise meet every region-placed event of a week).
CAPPED_BLOCKS = ("name|", "spell|")


def name_block(key: str) -> str | None:
    """The ``name|…`` or ``spell|…`` block whose size caps ``key`` (that block's key, or its ``noplace…``
    twin), else None."""
    if key.startswith(CAPPED_BLOCKS):
        return key
    if key.startswith("noplace") and key[len("noplace"):].startswith(CAPPED_BLOCKS):
        return key[len("noplace"):]
    return None


def over_cap(sizes: dict[str, int], key: str) -> bool:
    """``key`` is in a capped block holding more than ``NAME_BLOCK_CAP`` events (``sizes``: ``name|…`` and
    ``spell|…`` counts)."""
    block = name_block(key)
    return block is not None and sizes.get(block, 0) > NAME_BLOCK_CAP


def _week_prefixes(f: Features, kind: str, space: str) -> list[str]:
    keys = (f.spelled | f.named) if kind == "s:" else (k for k in f.actors if k.startswith(kind) and not generic_name(k))
    return [f"{space}|{family}|{key}|" for family in block_families(f.group) for key in sorted(keys)]


def _week_keys(f: Features) -> list[str]:
    """Actor blocks (``actor|family|registry actor|week``) and name blocks (``name|family|words|week``),
    and ``noplace|…`` / ``noplacename|…`` for an event with no place.

    An event the places stage could not place has no country block to share with its placed twin;
    without a place a pair still needs a shared actor and a close date (``NO_PLACE_SPAN``), so it is
    filed by registry actor, and by the words for actors it names ("gunmen", "officers"), and by each
    week its interval touches (at most six). A placeless event with no registry actor ("two constables
    were hurt when the Marvo checkpoint came under fire", the town read as a name) can still match its
    placed twin by the words they share and a close date (``judge``). A placeless event looks in the
    ``actor`` and ``name`` blocks (every event with that actor or word), a placed one only in the
    ``noplace`` and ``noplacename`` blocks, so two placed events never meet here and the pairs grow with
    the placeless events only. Common words meet many events: the ambiguity rule (``cluster``) then
    keeps a placeless event that fits two events that cannot be one from taking any link.
    """
    if not f.close_dated:
        return []
    weeks = [_week_key(w) for w in range(f.d_start // WEEK_DAYS, f.d_end // WEEK_DAYS + 1)]
    return [p + w for kind, space, noplace in _WEEK_BLOCKS for s in ((space, noplace) if f.placeless else (space,))
            for p in _week_prefixes(f, kind, s) for w in weeks]


def _week_probes(f: Features) -> list[tuple[str, str]]:
    if not f.close_dated:
        return []
    lo, hi = _week(f.d_start - 1), _week(f.d_end + 1)  # the day of slack ``judge`` allows may cross a week
    return [(p + lo, p + hi) for kind, space, noplace in _WEEK_BLOCKS
            for p in _week_prefixes(f, kind, space if f.placeless else noplace)]


def stored_keys(f: Features) -> list[str]:
    """Keys this event is filed under: ``family|cell|bucket`` (for each of its families), its actor and
    name blocks."""
    # the same sentence in copies of one report meets here even where their places or dates differ
    out = [f"copy|{f.copy_group}|{f.text_key}", *_week_keys(f)]
    for family in block_families(f.group):
        prefix = f"{family}|{f.cell}|"
        if f.level == "M":
            out += [prefix + k for k in _months(f.d_start, f.d_end)]
        elif f.level == "Y":
            out += [prefix + k for k in _years(f.d_start, f.d_end)]
        else:
            out.append(prefix + "U")
    return out


def probe_ranges(f: Features) -> list[tuple[str, str]]:
    """Inclusive key ranges to look in for candidates.

    Every pair is found from at least one side: a month-level event looks in
    its months, its years and the undated bucket; a year-level event also
    looks at every month of its years; an undated one looks at the whole
    family and cell. An event in the actor blocks looks at the weeks of its
    interval, with a day of slack (see ``_week_keys``).
    """
    copy = f"copy|{f.copy_group}|{f.text_key}"
    ranges = [(copy, copy), *_week_probes(f)]
    for family in block_families(f.group):
        prefix = f"{family}|{f.cell}|"
        if f.level == "U":
            ranges.append((prefix, prefix + "\uffff"))
            continue
        ranges.append((prefix + "U", prefix + "U"))
        lo, hi = f.d_start - 1, f.d_end + 1  # the one day of slack ``judge`` allows may cross a month
        years = _years(lo, hi)
        ranges += [(prefix + y, prefix + y) for y in years]
        if f.level == "M":
            ranges += [(prefix + m, prefix + m) for m in _months(lo, hi)]
        else:
            ranges += [(prefix + "M" + y[1:] + "-01", prefix + "M" + y[1:] + "-12") for y in years]
    return ranges


# -- pair judgement -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Judgement:
    match: bool
    score: float
    reasons: tuple[str, ...]
    veto: str | None = None


def _coarser(p1: str, p2: str) -> str:
    return p1 if PRECISION_RANK[p1] >= PRECISION_RANK[p2] else p2


def judge(a: Features, b: Features) -> Judgement:
    """Whether ``a`` and ``b`` tell the same event, with the reasons; symmetric."""
    if b.id < a.id:
        a, b = b, a  # reasons read the same whichever way round the pair is asked
    accounts = False
    if a.doc_id == b.doc_id or a.copy_group == b.copy_group:
        # one report giving the army's version and the group's claim of one attack tells it twice
        accounts = a.text_key != b.text_key and two_accounts(a, b)
    if a.doc_id == b.doc_id and not accounts:
        return Judgement(False, 0.0, (), "same document")
    if a.copy_group == b.copy_group and not accounts:
        # a copy of a report tells its events once more: the same sentence is the same event,
        # and other sentences are other events, as within one document
        if a.text_key == b.text_key:
            return Judgement(True, 10.0, ("copy: the same sentence in copies of one report",))
        if a.type == b.type and a.text and b.text and _similarity(a.text, b.text) >= COPY_SIMILARITY:
            # syndication edits a word or a spelling ("north-eastern"/"northeastern"): still that sentence
            return Judgement(True, 9.0, ("copy: nearly the same sentence in copies of one report",))
        return Judgement(False, 0.0, (), "same document")
    reasons: list[str] = [f"one report: two voices ({', '.join(sorted((a.speaker, b.speaker)))})"] if accounts else []
    # type
    if a.type == b.type:
        score = 1.0
        reasons.append(f"type: same ({a.type})")
    elif a.group == b.group:
        score = 0.5
        reasons.append(f"type: {a.type} ~ {b.type} (group {a.group})")
    elif _capture_and_its_fight(a, b):
        score = 1.0
        reasons.append(f"type: {a.type} ~ {b.type} (a capture and the fighting for it)")
    elif frozenset((a.group, b.group)) in COMPATIBLE_GROUPS:
        score = 0.0
        reasons.append(f"type: {a.type} ~ {b.type} (compatible groups)")
    else:
        return Judgement(False, 0.0, (), f"type: {a.type} vs {b.type}")
    if (a.mode and b.mode and a.mode not in GENERIC_MODES and b.mode not in GENERIC_MODES
            and _MODE_CLASS.get(a.mode, a.mode) != _MODE_CLASS.get(b.mode, b.mode)):
        return Judgement(False, 0.0, (), f"mode: {a.mode} vs {b.mode}")
    # actors: only registry actors contradict one another; words ("jihadists", "gunmen", "ethnic
    # rebels") may be another report's name for the same group, so they never veto
    shared = a.actors & b.actors | _party_speaker(a, b) | _party_speaker(b, a)
    if a.placeless or b.placeless:
        # no place to say which of the week's incidents it is: "gunmen" fits each of them
        shared = frozenset(k for k in shared if not generic_name(k))
    if _actors_conflict(a, b):
        return Judgement(False, 0.0, (), "actors: none shared")
    if shared:
        score += 2.0
        reasons.append("actors: " + ", ".join(sorted(shared)))
    # place
    fine_place = False
    misread = None
    if a.country and b.country and a.country != b.country:
        # two countries veto, unless one event's region is likely the other country's namesake
        misread = _misread_region(a, b)
        if not misread:
            return Judgement(False, 0.0, (), f"place: {a.country} vs {b.country}")
    if misread:
        # the place says nothing for this pair: no points, no veto; a match needs a shared actor
        other = (b if misread is a else a).country
        reasons.append(f"place: a {misread.country} region, likely {other}'s namesake (its forces are {other}'s)")
    elif a.precision != "unknown" and b.precision != "unknown":
        coarse = _coarser(a.precision, b.precision)
        if coarse == "area" and "country" in (a.precision, b.precision) and a.country and a.country == b.country:
            coarse = "country"  # an area of a country lies inside it: same country, whatever the area's radius
        if a.lat is not None and b.lat is not None and coarse in TOLERANCE_KM | {"area": 0}:
            km = haversine_km(a.lat, a.lon, b.lat, b.lon)
            tol = TOLERANCE_KM.get(coarse) or AREA_REACH * max(a.radius_km or 0, b.radius_km or 0, 25.0)
            if km > tol and coarse in ("district", "region"):
                tol, inside = _reach(a, b, coarse, tol)
                if inside:
                    reasons.append(f"place: {inside}")
            if km > tol:
                return Judgement(False, 0.0, (), f"place: {km:.0f} km apart (> {tol:.0f} km at {coarse})")
            reasons.append(f"place: {km:.1f} km apart ({a.precision}/{b.precision})")
        elif coarse in TOLERANCE_KM and (a.lat is None or b.lat is None):
            coarse = "country" if a.country and a.country == b.country else "unknown"
            if coarse == "country":
                reasons.append(f"place: same country {a.country} (no coordinates)")
        elif a.country and a.country == b.country:
            reasons.append(f"place: same country {a.country}")
        pts = PLACE_POINTS.get(coarse, 0.0)
        if coarse == "region" and not shared and contained(a, b):
            # the region holds the other report's town: close enough without a shared actor (fuse/regions.py)
            pts += CONTAINED_POINTS
            reasons.append(f"place: in the region ({a.admin1})")
        score += pts
        fine_place = pts >= 1.5
    elif a.placeless != b.placeless:
        # a town the places stage could not read, spelled another way in the sentence (fuse/spelling.py)
        loose, placed = (a, b) if a.placeless else (b, a)
        key = spelled_place(loose.spelled, placed.spelled)
        if key:
            pts = PLACE_POINTS.get(placed.precision, 0.0)
            score += pts
            fine_place = pts >= 1.5
            reasons.append(f"place: spelled in the sentence ({key}, {placed.precision})")
        elif key := spelled_place(loose.named, placed.named):
            # both sentences name one town that neither report placed ("the army post in Djibasso" beside a
            # report placed only at its region): as close as the town, which is what the two tell
            score += PLACE_POINTS["town"]
            fine_place = True
            reasons.append(f"place: named in both sentences ({key})")
    # date
    if a.dated and b.dated:
        slack = 1 if (_short(a) and _short(b)) else 0
        if a.d_start > b.d_end + slack or b.d_start > a.d_end + slack:
            return Judgement(False, 0.0, (), f"date: {day_iso(a.d_start)}..{day_iso(a.d_end)} vs "
                                              f"{day_iso(b.d_start)}..{day_iso(b.d_end)}")
        span = max(a.d_end - a.d_start, b.d_end - b.d_start)
        pts = date_points(span)
        if a.weak_date or b.weak_date:
            score += min(pts, WEAK_DATE_POINTS)
            reasons.append(f"date: overlap, told on or after it (weak: {WEAK_DATE_DAYS} days up to the telling)")
        else:
            score += pts
            reasons.append(f"date: overlap (coarser interval {span + 1} days)")
    match = score >= THRESHOLD and (bool(shared) or fine_place)
    return Judgement(match, score, tuple(reasons), None if match else f"score {score:.1f} < {THRESHOLD}"
                     if score < THRESHOLD else "neither shared actors nor a close place")


def _party_speaker(x: Features, y: Features) -> frozenset[str]:
    """``x``'s speaker where it is a party named by ``y``: an army or group that tells fighting of a generic mode
    ("troops drove off an attack", "a convoy repelled an attack") fought it, even when its sentence names only
    the other side; a bystander body (``speaking``) is no party."""
    if x.type in GENERIC_MODES and x.speaker.startswith("a:") and x.speaker in y.actors and not speaking(x):
        return frozenset({x.speaker})
    return frozenset()


def _capture_and_its_fight(a: Features, b: Features) -> bool:
    """One report tells a capture ("the group said it captured the camp"), the other fighting with no weapon
    told ("heavy fighting broke out around the camp"): residents see the battle, the winner claims its outcome,
    so the two are one event as much as two words for one fight are (a stated mode, an air strike, is not)."""
    types = {a.type, b.type}
    return len(types & CAPTURE_TYPES) == 1 and len(types & GENERIC_MODES) == 1


def _reach(a: Features, b: Features, coarse: str, tol: float) -> tuple[float, str]:
    """The tolerance for a district or region against a place inside it, and why ("" if unchanged).

    A district or a region is told by its centre, but a town in its far corner lies well beyond the fixed
    tolerance of its precision (a province 130 km across, a region 500 km across). Where the places stage
    gave the wider place's radius, a place within that radius (and the finer place's own tolerance) is
    inside it; a region is also known to hold every place of its first-level division (same ``admin1``).
    """
    wide, fine = (a, b) if a.precision == coarse else (b, a)
    if coarse == "region" and wide.admin1 and wide.admin1 == fine.admin1 and wide.country == fine.country:
        return math.inf, f"in the region ({wide.admin1})"
    if wide.radius_km:
        reach = wide.radius_km + TOLERANCE_KM.get(fine.precision, 0.0)
        if reach > tol:
            return reach, f"within the {coarse}'s radius ({wide.radius_km:.0f} km)"
    return tol, ""


def _misread_region(a: Features, b: Features) -> Features | None:
    """The event whose region was likely read in the wrong country, if one was (None otherwise).

    Region names recur across borders (Savanes in Togo and Côte d'Ivoire; Centre, Nord, Est in several
    states), and the places stage may pick the wrong one. A region event whose state forces all belong to
    the other report's country, and none to its own, while the other report names those forces too, is
    most likely that country's region: the two countries then do not veto the pair."""
    for x, y in ((a, b), (b, a)):
        if x.precision != "region":
            continue
        forces = force_countries(x.actors)
        if forces == {y.country} and x.country not in forces and y.country in force_countries(y.actors):
            return x
    return None


def _registry_keys(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.startswith("a:"))


def _short(f: Features) -> bool:
    """A day date (or the day of telling), which gets one day of slack."""
    return f.weak_date or f.d_end - f.d_start <= 1


def _actors_conflict(a: Features, b: Features) -> bool:
    """Both name registry actors, none shared, and they name them in one role.

    One report may name only the attacker ("ELN guerrillas opened fire on a patrol") and another
    only the attacked ("gunmen fired on an army patrol"): different names in different roles are
    the two sides of one event, not a contradiction. Two attackers, two targets or two actors of a
    deployment that differ are.
    """
    known_a, known_b = _registry_keys(a.actors), _registry_keys(b.actors)
    if a.speaker or b.speaker:
        known_a, known_b = known_a - speaking(a), known_b - speaking(b)
    if not known_a or not known_b or known_a & known_b:
        return False
    perps_a, perps_b = a.perpetrators & known_a, b.perpetrators & known_b
    targets_a, targets_b = a.targets & known_a, b.targets & known_b
    other_a, other_b = known_a - perps_a - targets_a, known_b - perps_b - targets_b
    conflict = (_strangers(perps_a, perps_b) or _strangers(targets_a, targets_b) or _strangers(other_a, other_b)
                or _strangers(other_a, perps_b | targets_b) or _strangers(other_b, perps_a | targets_a))
    # the army's statement and the group's claim: two sides of one fight (asked only of a pair that would veto)
    return conflict and not opposite_sides(a.group, b.group, known_a, known_b)


def _strangers(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Both sides name actors in this role and no actor of one is kin to one of the other.

    Reports conflate kin groups: one credits an attack to Boko Haram, another to ISWAP, which split from
    it; one to JNIM, another to al-Qaeda. Kin named in one role do not veto a link that place, date and
    type support, but they are not one actor either: they share no key, score nothing, and keep their
    own presences."""
    if not xs or not ys:
        return False
    table = kin()
    return not any(y in table.get(x, ()) for x in xs for y in ys)


def _similarity(a: str, b: str) -> float:
    from rapidfuzz import fuzz  # noqa: PLC0415 - only copies with edited sentences need it

    return fuzz.ratio(a, b)


def conflicts(a: Features, b: Features) -> bool:
    """A hard reason the two can never be one event (used before joining groups)."""
    j = judge(a, b)
    return j.veto is not None and not j.veto.startswith(("score", "neither"))
