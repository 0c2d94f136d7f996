"""Chooses one gazetteer entry per recognized name, or abstains with a reason.

The score of a candidate adds up:

* a prior by feature (country > continent/region > national capital > first-level region > town),
* population (log scale; regions' summed populations count for less),
* the document's country focus (countries named or implied by unambiguous names, the title counting double),
* nearness to the other places the document names (within 300 km),
* containment ("Gao, Mali"; "Ménaka region"; "X city"),
* a region named after its seat town yields to the town ("Gao", "Bamako").

Two passes: the first, on priors alone, finds the focus and the anchor places;
the second adds focus and nearness. A name whose best candidate stays weak
(a gazetteer-only single word naming a hamlet, with nothing in the document
supporting it) is kept with ``place=None`` and the reason.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..model import Place, PlaceMention
from .gazetteer import Candidate, norm
from ..geo import distance_km
from .containers import UNIT_WORDS
from .match import Match

FEATURE_PRIOR = {
    "A.PCLI": 6.0, "L.CONT": 5.0, "A.ZN": 4.5, "P.PPLC": 4.0, "A.ADM1": 3.5,
    # a US county, indexed under its full name only ("Henry County"): it meets its namesakes, rarely a town
    "A.ADM2": 3.0,
}
MIN_SCORE = 3.0
#: population a curated town without a census figure counts as
CURATED_TOWN_POP = 5_000

#: weights of the evidence (score units; a decade of a town's population is worth POP_WEIGHT)
POP_WEIGHT, REGION_POP_WEIGHT = 0.8, 0.55
FOCUS_WEIGHT = 3.0
REGION_NAMED_BONUS = 1.5
#: two towns far apart whose scores are closer than this: abstain rather than guess
TOSSUP_MARGIN = 0.5


@dataclass(frozen=True)
class Resolution:
    candidate: Candidate | None
    score: float
    margin: float  # over the best candidate elsewhere (more than DISTINCT_KM away)
    reasons: tuple[str, ...]
    rival: Candidate | None = None  # that candidate


def _prior(c: Candidate, m: Match) -> tuple[float, list[str]]:
    reasons = []
    f = c.feature or ""
    if f in FEATURE_PRIOR:
        p = FEATURE_PRIOR[f]
    elif f[:1] in {"L", "H", "T"}:
        p = 7.0  # macro regions, seas, ranges: listed because news names them
    elif c.precision == "facility":
        p = 4.0 if len(m.norm.split()) > 1 or f == "S.GOVERNMENT_SEAT" else 1.0
        if c.source != "airportsdata":
            p += 0.5  # a curated facility beats a same-named airport row
    else:
        p = 0.0
    weight = REGION_POP_WEIGHT if f == "A.ADM1" else POP_WEIGHT
    pop = c.population
    if not pop and c.precision == "town" and c.source.startswith("http"):
        pop = CURATED_TOWN_POP  # a curated town (``towns.csv``) is listed because news names it
    p += weight * math.log10(pop + 1)
    if c.kind == "alt" and c.precision == "town" and not _short_form(m.norm, c.name):
        # GeoNames' alternate names of towns include obscure and historic ones; curated
        # aliases of countries, regions and facilities ("Atlantic") are ordinary names
        p -= 2.0
        reasons.append("alternate name")
    if m.text.isupper() and len(m.text) > 1 and c.kind != "abbr" and not c.name.isupper():
        p -= 3.0  # "EU" is an abbreviation, not the town of Eu
        reasons.append("case differs")
    if m.demonym != (c.kind == "demonym"):
        p -= 20
    if (m.suffix == "region" and f == "A.ADM1") or (m.suffix in {"region", "district"} and f == "A.ADM2"):
        p += 5
        reasons.append("named with a region word")
    elif m.suffix == "region" and c.precision == "town" and c.population >= SEAT_MIN_POP:
        p += 2  # "Zaporizhzhia region": the region around that town (see _seat_region)
    elif m.suffix == "town" and f.startswith("P."):
        p += 3
    elif m.suffix == "town" and f in {"A.ADM1", "A.ADM2"}:
        # "Zarvo city", "the city of Zarvo": the capital, not the province it names, however populous the province
        p -= 3
        reasons.append("named with a town word")
    return p, reasons


#: words that official names add around a town's everyday name ("Ciudad Lázaro Cárdenas", "City of Isabela")
CITY_WORDS = frozenset({"ciudad", "city", "of", "villa", "vila", "cidade"})


def _short_form(query: str, name: str) -> bool:
    """``query`` is ``name`` without its city words: the everyday name, not an obscure alternate."""
    words, asked = norm(name).split(), query.split()
    rest = [w for w in words if w not in CITY_WORDS]
    return len(rest) < len(words) and rest == [w for w in asked if w not in CITY_WORDS] and len(asked) < len(words)


def _seats(cands: tuple[Candidate, ...], *, district_word: bool = False) -> dict[int, int]:
    """Towns that share their name with their own first-level region and hold a
    good part of its people: the name usually means the town. {town id: region id}"""
    out: dict[int, int] = {}
    adms = [c for c in cands if c.feature == "A.ADM1"]
    # "Gulu district" is the district, named so
    adm2s = [] if district_word else [c for c in cands if c.feature == "A.ADM2" and c.lat is not None]
    for c in cands:
        if c.feature and c.feature.startswith("P.") and c.population:
            for a in adms:
                if a.country == c.country and (a.admin1 == c.admin1 or a.admin1 is None) and c.population >= 0.25 * max(a.population, 1):
                    out[c.id] = a.id
            # a province or district placed at its namesake town ("Bolton", "Gulu"): the bare name is the town
            for a in adm2s:
                if a.country == c.country and a.admin1 == c.admin1 and c.lat is not None \
                        and distance_km(a.lat, a.lon, c.lat, c.lon) <= SEAT_ADM2_KM:
                    out[c.id] = a.id
    return out


#: a second-level unit whose point lies this close to a namesake town in its region is that town's district
SEAT_ADM2_KM = 30.0


@dataclass(frozen=True)
class Context:
    """What the rest of the document says, as seen from one name (its own mentions left out)."""

    focus: dict[str, float]
    anchors: tuple[tuple[float, float], ...] = ()  # unambiguous towns and facilities
    regions: frozenset[tuple[str, str]] = frozenset()  # (country, admin1) of first-level regions named
    peers: tuple[tuple[str, str | None], ...] = ()  # (precision, country) of the other items of a list
    #: {(lat, lon): km to the nearest anchor}, shared by the contexts that have the same anchors: a name
    #: said a hundred times asks for the same candidates' distances a hundred times
    nearest_km: dict[tuple[float, float], float] | None = field(default=None, compare=False, repr=False)
    anchor_regions: frozenset[tuple[str, str]] = frozenset()  # (country, admin1) of the anchors


def _nearest(lat: float, lon: float, ctx: Context) -> float:
    """Distance from (lat, lon) to the nearest of ``ctx.anchors`` (which must not be empty)."""
    memo = ctx.nearest_km
    if memo is None:
        return min(distance_km(lat, lon, a, b) for a, b in ctx.anchors)
    km = memo.get((lat, lon))
    if km is None:
        km = memo[(lat, lon)] = min(distance_km(lat, lon, a, b) for a, b in ctx.anchors)
    return km


#: nearness bonus: full at 0 km, nothing from NEAR_KM on
NEAR_BONUS, NEAR_KM = 2.0, 300.0


def _town_near_text(c: Candidate, ctx: Context) -> bool:
    """``c`` is a town within ``NEAR_KM`` of the text's other places."""
    return c.precision == "town" and c.lat is not None and bool(ctx.anchors) and _nearest(c.lat, c.lon, ctx) < NEAR_KM
#: a first-level region in which a town the text names for sure lies
ANCHORED_REGION_BONUS = 2.5


def _score(m: Match, ctx: Context | None = None) -> Resolution:
    if not m.candidates:
        return Resolution(None, 0.0, 0.0, ("no candidate",))
    ctx = ctx or Context({})
    seats = _seats(m.candidates, district_word=m.suffix == "district") if m.suffix != "region" else {}
    peer_kinds = Counter(ctx.peers)
    scored = []
    for c in m.candidates:
        if _foreign_alternate(c, m, ctx) or _far_namesake(c, ctx):
            continue
        s, reasons = _prior(c, m)
        if c.country and ctx.focus.get(c.country):
            s += FOCUS_WEIGHT * ctx.focus[c.country]
            reasons.append(f"document focus {c.country}")
        if ctx.anchors and c.lat is not None and c.precision not in {"country", "region"}:
            near = _nearest(c.lat, c.lon, ctx)
            if near < NEAR_KM:
                s += NEAR_BONUS * (1 - near / NEAR_KM)
                reasons.append(f"{near:.0f} km from another place in the text")
        if c.precision in {"town", "district"} and c.admin1 and (c.country, c.admin1) in ctx.regions:
            s += REGION_NAMED_BONUS
            reasons.append("its region is named in the text")
        elif c.feature == "A.ADM1" and c.admin1:
            if (c.country, c.admin1) in ctx.regions:
                s += 3.0
                reasons.append("named elsewhere in the text")
            if (c.country, c.admin1) in ctx.anchor_regions:
                # "Georgia lawmakers from Savannah and Augusta": the state, not the country
                s += ANCHORED_REGION_BONUS
                reasons.append("towns in it are named")
        if peer_kinds:
            same = peer_kinds[(c.precision, c.country)] + (peer_kinds[(c.precision, None)] if c.precision == "country" else 0)
            if same * 2 > len(ctx.peers):
                s += 3.0
                reasons.append("like the other names in its list")
        if m.within is not None:
            w = m.within
            if any(c.country == x.country and (x.feature == "A.PCLI" or (x.feature == "A.ADM1" and x.admin1 == c.admin1)
                                               or (m.within_seat and c.feature != "A.ADM1" and _same_region(c, x)))
                   for x in w.candidates if x.country):
                s += 6.0
                reasons.append(f"contained in {w.text}")
        if c.lat is None:
            s -= 3.0
        elif _sole_town(c, m, ctx):
            s += SOLE_TOWN_BONUS
            reasons.append("the only place of that name, told as a place")
        if c.kind == "split":
            reasons.append(SPLIT_REASON)
        scored.append((s, c, reasons))
    if seats:
        by_id = {c.id: s for s, c, _ in scored}
        scored = [
            (max(s, by_id[seats[c.id]] + 0.5) if c.id in seats else s, c,
             reasons + ["seat town of its namesake region"] if c.id in seats else reasons)
            for s, c, reasons in scored
        ]
    if not scored:
        return Resolution(None, 0.0, 0.0, (_none_left(m, ctx),))
    scored.sort(key=lambda t: (-t[0], -t[1].population, t[1].id))
    best_s, best, reasons = scored[0]
    # a rival in the same area (the town and its district) is no real alternative
    rival = next(((s, c) for s, c, _ in scored[1:] if _apart(best, c)), None)
    margin = best_s - rival[0] if rival else 10.0
    if best.population and best.precision == "town":
        reasons = [f"population {best.population}", *reasons]
    return Resolution(best, best_s, margin, tuple(reasons), rival[1] if rival else None)


#: the reason a place read from a one-word spelling of a two-word name carries (``told`` reads it as a guess)
SPLIT_REASON = "one-word spelling of a two-word town"

#: what a town gains when it is the only entry of its name and the text tells the name as a place (see _sole_town)
SOLE_TOWN_BONUS = 3.0


def _sole_town(c: Candidate, m: Match, ctx: Context) -> bool:
    """"opened fire on a patrol outside Saravena": a name NER tags as a place, after a locative preposition, that
    the gazetteer knows as one town only (no census figure, so population gives it nothing) is that town, unless
    the text's countries point elsewhere. Only under its own name: an alternate, an abbreviation or a one-word
    spelling of a two-word name ("split") is a guess, and a guess earns no bonus for being the only one. Small
    towns that only carry the name as an alternate ("Nasir" for a Turkish village named otherwise) are no rivals:
    the name is still the one town's own."""
    # the rivals are read last: a name may have hundreds of candidates, and this is asked of each
    return (c.precision == "town" and c.kind == "name" and m.ner in {"GPE", "LOC"}
            and m.locative and not m.weak and (not ctx.focus or bool(c.country and ctx.focus.get(c.country)))
            and all(x is c or (x.kind == "alt" and x.population < KNOWN_TOWN_POP and x.precision == "town")
                    for x in m.candidates))


def _foreign_alternate(c: Candidate, m: Match, ctx: Context) -> bool:
    """A GeoNames alternate spelling of a town in a country the rest of the text is not about, far from every
    place it names ("Mambasa" in a report on Ituri is no spelling of Mombasa, "Metoro" in Cabo Delgado none of
    Côte d'Ivoire's Métro): such alternates are close misspellings of other towns more often than the town meant.
    Only once the text has a focus; a lone sentence keeps the alternate (with its penalty). A town read from a
    one-word spelling of its two-word name is held to the same test."""
    if c.kind not in {"alt", "split"} or c.precision != "town" or not ctx.focus or c.country in ctx.focus:
        return False
    # a one-word spelling read as a two-word town ("split") is a guess like an alternate, curated or not
    if c.kind == "alt" and (not c.source.startswith("geonames") or _short_form(m.norm, c.name)):
        return False
    return not _town_near_text(c, ctx)


#: a small town this far from every place the text names for sure lies on another continent than the story
FAR_NAMESAKE_KM = 3000.0
#: the share of the text's names the leading country must hold for a far namesake to be no answer
FAR_NAMESAKE_FOCUS = 0.5


def _far_namesake(c: Candidate, ctx: Context) -> bool:
    """A small town in a country the text gives no weight to, on another continent than every place it names,
    while one country holds most of its names ("troops pursued the gang into the Allawa forest" in a report on
    Nigeria is no suburb of Sydney): a namesake, not the place meant. No place is then better than a wrong one,
    which would also make the report's "troops" that country's. A known town (``KNOWN_TOWN_POP``) or a capital
    keeps its chance: news names those abroad without naming their country."""
    if c.precision != "town" or c.feature == "P.PPLC" or c.population >= KNOWN_TOWN_POP or c.lat is None:
        return False
    if not ctx.focus or not ctx.anchors or c.country in ctx.focus or max(ctx.focus.values()) < FAR_NAMESAKE_FOCUS:
        return False
    return _nearest(c.lat, c.lon, ctx) > FAR_NAMESAKE_KM


def _none_left(m: Match, ctx: Context) -> str:
    """Why no candidate of ``m`` was left (``_foreign_alternate``, ``_far_namesake``)."""
    if all(_far_namesake(c, ctx) for c in m.candidates):
        return "only a small town on another continent than the text's places"
    if any(c.kind != "split" for c in m.candidates):
        return "only an alternate spelling of a town outside the text's countries"
    return "only a two-word town far from the text's other places"


#: candidates closer than this are the same answer for a reader of a map
DISTINCT_KM = 100.0


def _apart(a: Candidate, b: Candidate) -> bool:
    if a.lat is None or b.lat is None:
        return True
    return distance_km(a.lat, a.lon, b.lat, b.lon) > DISTINCT_KM


#: a small town (or a region) that nothing else in the text agrees with is most often a namesake elsewhere
#: ("Bule" matching Switzerland's Bulle in a report on Ituri): it weighs this much of its usual weight
LONE_TOWN_EVIDENCE, LONE_REGION_EVIDENCE = 0.25, 0.5
#: a town at least this large is known in its own right and needs no agreement
KNOWN_TOWN_POP = 100_000
#: places this close agree with each other, whatever their countries
AGREE_KM = 300.0


def _alone(c: Candidate, norm_: str, sure: list[tuple[str, Candidate]]) -> bool:
    """No other name of the text agrees with ``c``: none is in its country, none lies within ``AGREE_KM``."""
    for n, o in sure:
        if n == norm_:
            continue
        if o.country == c.country:
            return False
        if c.lat is not None and o.lat is not None and o.precision in {"town", "facility"} \
                and distance_km(c.lat, c.lon, o.lat, o.lon) < AGREE_KM:
            return False
    return True


def _evidence(matches: list[Match], first: list[Resolution], title_norms: set[str]) -> dict[str, Counter]:
    """Country evidence per name: {norm: Counter(country -> weight)}; a name in the title counts double. When the
    country that would lead rests on no name the text gives for sure (its own name, a first-level region, a capital,
    a town of 100,000+) while another country has one, its small towns and regions that no other name agrees with
    count a fraction: one small namesake told three times cannot outweigh the country, region and towns the rest
    of the report names ("Bule" in Ituri matching Switzerland's Bulle)."""
    kept: list[tuple[Match, Candidate]] = []
    # agreement may come from any name's first guess, even one too close to call for evidence of its own
    sure = list({(m.norm, r.candidate.id): (m.norm, r.candidate) for m, r in zip(matches, first)
                 if r.candidate is not None and r.candidate.country}.values())
    for m, r in zip(matches, first):
        c = r.candidate
        # two far-apart towns of one country are both evidence for that country ("Krasnohorivka")
        same_country = r.rival is not None and r.rival.country == c.country if c is not None else False
        if c is None or not c.country or (r.margin < 1.5 and not same_country):
            continue
        kept.append((m, c))
    # a country's own name (outside an organisation's), a first-level region, a capital or a large town
    strong = {c.country for m, c in kept if m.kind != "embedded" and m.kind != "demonym"
              and (c.feature in {"A.PCLI", "A.ADM1", "P.PPLC"} or c.population >= KNOWN_TOWN_POP)}
    items = []
    for m, c in kept:
        w = 0.5 if m.kind == "demonym" else 1.0
        if m.norm in title_norms:
            w *= 2
        items.append((m, c, w))
    # the country that would lead on names alone, with nothing the text names for sure (its own name, a region,
    # a capital, a large town) while another country has such: its small towns and regions that no other name
    # agrees with are namesakes elsewhere, and count a fraction
    totals = Counter()
    for m, c, w in items:
        totals[c.country] += w
    leader = max(sorted(totals), key=totals.get) if totals else None
    doubtful = leader is not None and leader not in strong and bool(strong)
    lone: dict[tuple[str, int], float] = {}
    out: dict[str, Counter] = {}
    for m, c, w in items:
        key = (m.norm, c.id)
        if key not in lone:
            lone[key] = 1.0
            small_town = c.precision == "town" and c.feature != "P.PPLC" and c.population < KNOWN_TOWN_POP
            if doubtful and c.country == leader and (small_town or c.feature == "A.ADM1") and _alone(c, m.norm, sure):
                lone[key] = LONE_TOWN_EVIDENCE if small_town else LONE_REGION_EVIDENCE
        out.setdefault(m.norm, Counter())[c.country] += w * lone[key]
    return out


def _focus_from(weights: Counter) -> dict[str, float]:
    total = sum(weights.values())
    if not total:
        return {}
    return {cc: round(w / total, 3) for cc, w in weights.items() if w / total >= 0.15}


def _lists(matches: list[Match], text: str | None) -> list[list[int]]:
    """Groups of match indexes that form a list ("Louisiana, Nevada and Georgia")."""
    if text is None:
        return []
    groups, cur = [], [0] if matches else []
    for k in range(1, len(matches)):
        between = text[matches[k - 1].end : matches[k].start]
        if _LIST_SEP.fullmatch(between):
            cur.append(k)
        else:
            groups.append(cur)
            cur = [k]
    if cur:
        groups.append(cur)
    out = []
    for g in groups:
        joined = any(_LIST_AND.fullmatch(text[matches[a].end : matches[b].start]) for a, b in zip(g, g[1:]))
        if len(g) >= 3 or (len(g) == 2 and joined):
            out.append(g)
    return out


#: "\s*,?\s+and" spelled without two whitespace runs side by side, which a long blank gap makes quadratic
_LIST_SEP = re.compile(r"\s*(?:,(?:\s+(?:and|or))?|/)\s*|\s+(?:and|or)\s*")
_LIST_AND = re.compile(r"(?:\s*,)?\s+(?:and|or)\s*")


def resolve(
    matches: list[Match], *, title: str | None = None, admin1_name=None, text: str | None = None, region_of=None,
    regions_like=None,
) -> tuple[list[PlaceMention], dict[str, float]]:
    """PlaceMentions for the matches, and the document's country focus. ``region_of(country, admin1)``
    gives the first-level region containing a town ("Kharkiv region" is the region whose seat is Kharkiv);
    ``regions_like(norm)`` the first-level regions spelled another way ("Sanaa" for ISO's "Şanʻā’")."""
    matches = _possessed(_spelled_regions(matches, regions_like), text)
    title_norms = set()
    if title:
        t = norm(title)
        title_norms = {m.norm for m in matches if f" {m.norm} " in f" {t} "}
    first = [_score(m) for m in matches]
    evidence = _evidence(matches, first, title_norms)
    total = sum(evidence.values(), Counter())
    focus = _focus_from(total)
    # each distinct anchor point and region once, with the names that give it: what a name's context
    # leaves out is then found per distinct point, not per mention of the document (long reports)
    anchors: dict[tuple[float, float], set[str]] = {}
    anchor_region: dict[tuple[float, float], tuple[str, str]] = {}
    regions: dict[tuple[str, str], set[str]] = {}
    for m, r in zip(matches, first):
        c = r.candidate
        if c is None:
            continue
        if c.lat is not None and r.margin >= 2.0 and c.precision in {"town", "facility"} and m.kind == "literal":
            anchors.setdefault((c.lat, c.lon), set()).add(m.norm)
            if c.country and c.admin1:
                anchor_region[(c.lat, c.lon)] = (c.country, c.admin1)
        if c.feature == "A.ADM1" and c.admin1 and r.margin >= 1.5:
            regions.setdefault((c.country, c.admin1), set()).add(m.norm)
    # {norm: (anchors, regions, distance memo)} as the name's own mentions leave them
    elsewhere: dict[str, tuple] = {}
    peers: dict[int, tuple] = {}
    for g in _lists(matches, text):
        kinds = {k: (first[k].candidate.precision, first[k].candidate.country if first[k].candidate.precision != "country" else None)
                 for k in g if first[k].candidate is not None and first[k].margin >= 1.5}
        for k in g:
            peers[k] = tuple(v for j, v in kinds.items() if j != k and matches[j].norm != matches[k].norm)
    contexts: dict[tuple[str, int], Context] = {}
    done: list[tuple[Match, Resolution, Context]] = []
    out: list[PlaceMention] = []
    for k, m in enumerate(matches):
        own = evidence.get(m.norm)
        key = (m.norm, k if k in peers else -1)
        ctx = contexts.get(key)
        if ctx is None:
            # the name's own mentions are no evidence for it (else a first guess confirms itself)
            other = elsewhere.get(m.norm)
            if other is None:
                points = tuple(p for p, names in anchors.items() if len(names) > 1 or m.norm not in names)
                other = elsewhere[m.norm] = (
                    points,
                    frozenset(x for x, names in regions.items() if len(names) > 1 or m.norm not in names),
                    {},
                    frozenset(anchor_region[p] for p in points if p in anchor_region),
                )
            ctx = contexts[key] = Context(
                _focus_from(total - own) if own else focus, other[0], other[1], peers.get(k, ()), other[2], other[3],
            )
        r = _score(m, ctx)
        if m.suffix == "region" and region_of is not None and r.candidate is not None:
            r = _seat_region(r, region_of)
        done.append((m, r, ctx))
    _same_sense(done)
    for m, r, ctx in done:
        reasons = tuple(m.reasons) + r.reasons
        c = r.candidate
        if m.weak and c is not None and not _supported(c, ctx):
            continue  # a lone capitalized word NER did not take, naming nothing the text supports
        if m.suffix == "feature" and c is not None and not _town_near_text(c, ctx):
            # "the Savannah River": a river, valley or island the index lacks; a town of that name near the text's
            # other places marks where it lies, anything else (a country, a far town) is no answer
            out.append(PlaceMention(m.start, m.end, m.text, None, kind=m.kind, reason=f"a natural feature, not {_label(c)}"))
            continue
        if m.suffix == "feature" and c is not None:
            reasons += (f"the feature by its namesake town {c.name}",)
        if m.suffix == "river" and c is not None and not (c.feature or "").startswith("H.") and c.precision != "region" \
                and not _town_near_text(c, ctx):
            # "the Kessa river": a country or a far town of that name is no answer; a first-level unit named after
            # its river lies along it, and a town near the text's other places marks the stretch
            out.append(PlaceMention(m.start, m.end, m.text, None, kind=m.kind, reason=f"a river, not {_label(c)}"))
            continue
        tossup = c is not None and c.precision in {"town", "district"} and r.margin < TOSSUP_MARGIN and r.rival is not None
        if c is None or r.score < MIN_SCORE or c.lat is None or tossup:
            if c is None:
                why = r.reasons[0] if r.reasons else "no candidate"
            elif c.lat is None:
                why = "no coordinates"
            elif tossup:
                why = f"ambiguous: {_label(c)} or {_label(r.rival)} (scores {r.margin:.1f} apart)"
            else:
                why = f"weak evidence (score {r.score:.1f})"
            out.append(PlaceMention(m.start, m.end, m.text, None, kind=m.kind, reason=why))
            continue
        out.append(PlaceMention(m.start, m.end, m.text, to_place(c, reasons, admin1_name), kind=m.kind, reason="; ".join(reasons)))
    return out, focus


#: "Togo's <Name>": the possessive right between a country and a name
_POSSESSIVE = re.compile(r"\s*['’]s\s+(?:the\s+)?")
#: "<Name> region of (the) <Country>", "the Taiz governorate of Yemen": the unit word between a name and its
#: country, any of the words recognition reads as a first- or second-level unit
_UNIT_OF = re.compile(r"\s+(?:" + "|".join(sorted(UNIT_WORDS)) + r")\s+of\s+(?:the\s+)?", re.I)


def _spelled_regions(matches: list[Match], regions_like) -> list[Match]:
    """A name told with a region word ("Sanaa governorate", "Bayda province") also meets the first-level regions
    that spell it another way (an apostrophe, an article, a doubled vowel): the index keys ISO's "Şanʻā’" as
    "sana", and the text's "Sanaa" finds only the capital, whose own unit its seat rule would give."""
    if regions_like is None:
        return matches
    out = list(matches)
    for k, m in enumerate(matches):
        if m.suffix != "region" or m.demonym:
            continue
        have = {c.id for c in m.candidates}
        extra = tuple(c for c in regions_like(m.norm) if c.id not in have)
        if extra:
            out[k] = replace(m, candidates=m.candidates + extra)
    return out


def _countries(m: Match) -> set[str]:
    return {c.country for c in m.candidates if c.feature == "A.PCLI" and c.country} if not m.demonym else set()


def _possessed(matches: list[Match], text: str | None) -> list[Match]:
    """"Togo's Savanes region", "the Savanes region of Togo", "in Togo's Savanes": the country told with the name
    holds it, so a namesake unit of a larger or better-known country is no reading. Only a unit (a region word
    follows or precedes it) or a place phrase ("in Togo's …"): "Togo's army" names no place. When the country
    has no unit of that name the candidates stay: the index may lack it, and a guess is the other stages' call."""
    if not text or len(matches) < 2:
        return matches
    out = list(matches)
    for k, m in enumerate(matches):
        if m.suffix not in {"region", "district"} and not m.locative:
            continue
        owner: set[str] = set()
        if k > 0 and _POSSESSIVE.fullmatch(text[matches[k - 1].end : m.start]):
            owner = _countries(matches[k - 1])
        if not owner and k + 1 < len(matches) and m.suffix in {"region", "district"} \
                and _UNIT_OF.fullmatch(text[m.end : matches[k + 1].start]):
            owner = _countries(matches[k + 1])
        held = tuple(c for c in m.candidates if c.country in owner and c.feature != "A.PCLI")
        if held and len(held) < len(m.candidates):
            out[k] = replace(m, candidates=held, reasons=[*m.reasons, "in the country told with it"])
    return out


def _same_sense(done: list) -> None:
    """A name the text once placed by its container ("LEBANON, Ohio —", "Paris, Tenn.") means the same place
    where it comes back bare ("between Lebanon and Mason"), when that place is among the bare mention's readings."""
    told: dict[str, Resolution] = {}
    for m, r, _ in done:
        if m.within is not None and r.candidate is not None and not m.demonym and m.norm not in told \
                and any(x.startswith("contained in ") for x in r.reasons):
            told[m.norm] = r
    for k, (m, r, ctx) in enumerate(done):
        t = told.get(m.norm)
        if t is None or m.within is not None or m.demonym or r.candidate is None or r.candidate.id == t.candidate.id:
            continue
        if any(c.id == t.candidate.id for c in m.candidates):
            why = f"as where the text first placed {m.text} by its container"
            done[k] = (m, Resolution(t.candidate, max(r.score, t.score), t.margin, (*t.reasons, why), t.rival), ctx)


#: a town at least this large names its region ("Kharkiv region", "Krasnodar Krai")
SEAT_MIN_POP = 20_000


def _seat_region(r: Resolution, region_of) -> Resolution:
    """"Kharkiv region", "Kherson Oblast": no region bears the town's name in the index (ISO calls it
    "Kharkivska oblast"), so the name with a region word means the region around that town."""
    c = r.candidate
    if c.precision != "town" or c.population < SEAT_MIN_POP:
        return r
    region = region_of(c.country, c.admin1)
    if region is None or region.lat is None:
        # the index lacks that region: the seat town's point, at the precision the text claims
        why = f"region around {c.name}; not in the index, its seat town's point stands for it"
        return Resolution(replace(c, precision="region"), r.score, r.margin, r.reasons + (why,), r.rival)
    return Resolution(region, r.score, r.margin, r.reasons + (f"region of its seat town {c.name}",), r.rival)


def _label(c: Candidate) -> str:
    return ", ".join(x for x in (c.name, c.admin1, c.country) if x)


def _supported(c: Candidate, ctx: Context) -> bool:
    if c.feature in FEATURE_PRIOR or (c.feature or "")[:1] in {"L", "H", "T"} or c.population >= 100_000:
        return True
    if c.country and ctx.focus.get(c.country):
        return True
    return c.lat is not None and bool(ctx.anchors) and _nearest(c.lat, c.lon, ctx) < 300


def to_place(c: Candidate, reasons=(), admin1_name=None) -> Place:
    admin1 = c.admin1
    if admin1_name is not None and c.admin1:
        admin1 = admin1_name(c.country, c.admin1) or c.admin1
    return Place(
        name=c.name, lat=c.lat, lon=c.lon, country=c.country, precision=c.precision,
        geonameid=c.geonameid, facility_id=c.facility_id, admin1=admin1, feature=c.feature,
        radius_km=c.radius_km, reasons=tuple(reasons),
    )


def _same_region(c, seat) -> bool:
    """``c`` lies in the region told by its seat town ``seat``: the same first-level code, or, where the index
    gives ``c`` none (a curated town), within ``SEAT_REGION_KM`` of the seat."""
    if c.admin1 and seat.admin1:
        return c.admin1 == seat.admin1
    return None not in (c.lat, seat.lat) and distance_km(c.lat, c.lon, seat.lat, seat.lon) <= SEAT_REGION_KM


#: how far from its seat town a place without a first-level code may lie in that region
SEAT_REGION_KM = 300.0
