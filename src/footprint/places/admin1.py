"""First-level regions (ISO 3166-2 subdivisions from pycountry) linked to GeoNames' region codes: by name, by
airport, by the last region left and by the order of the codes; their names, points and spreads."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict

from ..errors import GazetteerError
from ..geo import distance_km
from .gazetteer import norm
from .writer import Writer, _icao_airports, _is_abbr, _split, read_csv

#: AP-style abbreviations of US states, as US news prints them after a town
US_STATE_ABBR = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "KY": "Ky.", "LA": "La.", "MD": "Md.",
    "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.",
    "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
    "TX": "Texas", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
}


def _trimmed_mid(values: list[float]) -> float:
    """A region's point from its towns: the middle of the 10th–90th percentile range
    (near GeoNames' own region points), or the median where towns are few and one
    misplaced town would drag a midpoint away."""
    v = sorted(values)
    if len(v) < 10:
        return round(v[len(v) // 2], 5)
    lo = v[int(0.10 * (len(v) - 1))]
    hi = v[int(math.ceil(0.90 * (len(v) - 1)))]
    return round((lo + hi) / 2, 5)


def _subdivision_names(sub) -> list[str]:
    full = re.sub(r"\s*\[.*?\]", "", sub.name).strip()
    # "Ilocos (Region I)", "Laâyoune (EH)": the name news uses is the part before the parenthesis
    name = re.sub(r"\s*\(.*?\)", "", full).strip() or full
    names = [name] + ([full] if full != name else [])
    for part in re.split(r"\s*[/;]\s*", name):
        if part and part not in names:
            names.append(part)
    return names


def _add_admin1(
    w: Writer, by_admin, names_by_country, us_states, pycountry, admin2_rows: list[dict] | None = None
) -> tuple[int, dict]:
    """First-level regions: a point from the spread of their towns, a name from ISO 3166-2
    (``admin2_rows``: the lines of ``data/admin2.csv``, read from there when not given).
    Also returns {ISO code: (country, GeoNames code, or None where the region stands at its seat town)}."""
    linked: dict[tuple[str, str], list[str]] = {}
    fallback: list[tuple[str, list[str], float, float, str]] = []
    for code, s in us_states.items():
        linked[("US", code)] = [s["name"]] + ([US_STATE_ABBR[code]] if code in US_STATE_ABBR else [])
    iso_links: dict[str, tuple[str, str | None]] = {}
    subs_by_cc: dict[str, list] = defaultdict(list)
    for sub in first_level_subdivisions(pycountry):
        if sub.country_code != "US":
            subs_by_cc[sub.country_code].append(sub)
    airports_subd = _airport_subdivisions(by_admin, names_by_country)
    # English names of regions ISO gives in the local language ("Jawa Barat" = "West Java") meet
    # airportsdata's subdivision names too
    english = defaultdict(list)
    for r in read_csv("admin1.csv"):
        english[(r["country"], r["name"])] += _split(r["aliases"])
    # a curated seat town says the GeoNames code outright (ISO's "Kalimantan Timur": Samarinda's code)
    rows = read_csv("admin2.csv") if admin2_rows is None else admin2_rows
    seats = {r["code"]: r["seat"] for r in rows if r.get("code") and r.get("seat")}
    others = _country_keys(pycountry)
    for cc, subs in subs_by_cc.items():
        codes = {k[1] for k in by_admin if k[0] == cc}
        # curated seats first: a stated fact takes its code before a namesake village can (a hamlet
        # called "La Réunion" lies in Normandy, whose code Normandie's seat Rouen gives)
        for sub in sorted(subs, key=lambda s: s.code not in seats):
            names = _subdivision_names(sub)
            if _is_country_elsewhere(sub, names[0], others):
                continue
            known = names + english.get((cc, names[0]), [])
            hits = []
            for n in known:
                hits += names_by_country.get(cc, {}).get(norm(n), [])
            suffix = sub.code.split("-", 1)[1]
            seat = max(names_by_country.get(cc, {}).get(norm(seats[sub.code]), []), default=None) \
                if sub.code in seats else None
            if seat is not None and (cc, seat[1]) not in linked:
                linked[(cc, seat[1])] = names
                iso_links[sub.code] = (cc, seat[1])
            elif suffix in codes and (cc, suffix) not in linked and not suffix.isdigit():
                linked[(cc, suffix)] = names
                iso_links[sub.code] = (cc, suffix)
            elif hits:
                pop, a1, lat, lon = max(hits)
                # same key only: a close spelling is too loose a link where a namesake town already gave one
                code = _match_subdivision(cc, known, airports_subd, fuzzy=False) if (cc, a1) in linked else None
                if code is not None and (cc, code) not in linked:
                    # the namesake town lies in another region (the town of Mpumalanga is in KwaZulu-Natal):
                    # the airports of the region say its own code
                    linked[(cc, code)] = names
                    iso_links[sub.code] = (cc, code)
                elif (cc, a1) in linked:
                    # two regions meet one GeoNames code (a region split off later): use its seat town
                    fallback.append((cc, names, lat, lon, sub.code))
                    iso_links[sub.code] = (cc, None)
                else:
                    linked[(cc, a1)] = names
                    iso_links[sub.code] = (cc, a1)
            else:
                code = _match_subdivision(cc, known, airports_subd)
                if code is not None and (cc, code) not in linked:
                    linked[(cc, code)] = names
                    iso_links[sub.code] = (cc, code)
                elif seat is not None:
                    # the curated seat is filed under a neighbour's code (GeoNames files Kwango's capital Kenge
                    # under Kongo Central's): the region stands at its seat's point, without a code of its own
                    fallback.append((cc, names, seat[2], seat[3], sub.code))
                    iso_links[sub.code] = (cc, None)
        _link_last(cc, subs, codes, linked, iso_links, others)
        _link_in_order(cc, subs, codes, linked, iso_links, others)
    n = 0
    rows = []
    for (cc, a1), names in linked.items():
        pts = by_admin.get((cc, a1))
        if not pts:
            continue
        lat = _trimmed_mid([p[0] for p in pts])
        lon = _trimmed_mid([p[1] for p in pts])
        pid = w.add(
            name=names[0], lat=lat, lon=lon, country=cc, admin1=a1, feature="A.ADM1", precision="region",
            population=sum(p[2] for p in pts), source="geonames+iso3166", radius_km=None,
            alts=[a for a in names[1:] if not _is_abbr(a)], abbrs=[a for a in names[1:] if _is_abbr(a)],
        )
        rows.append((cc, a1, names[0], pid))
        n += 1
    for cc, names, lat, lon, iso in fallback:
        if iso_links[iso][1] is not None:
            continue  # the last or the ordered rule gave it a code after all
        w.add(
            name=names[0], lat=lat, lon=lon, country=cc, admin1=None, feature="A.ADM1", precision="region",
            population=0, source="iso3166+seat", alts=names[1:],
        )
        n += 1
    w.flush()
    w.conn.executemany("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", rows)
    return n, iso_links


def _link_last(cc: str, subs: list, codes: set[str], linked: dict, iso_links: dict, others: dict) -> None:
    """The one ISO region of a country that no rule linked and the one GeoNames code of its towns that no
    region took are the same region: both lists cover the whole country (Yemen's Sanaa governorate, whose
    name its capital's own unit took, is GeoNames' "16"). Only when exactly one is left on each side: two
    or more left could pair either way, and the two lists must be as long (a part ISO lists that GeoNames files
    elsewhere, or a code GeoNames keeps for a merged region, breaks the pairing). "00" is GeoNames' "region
    unknown", never a region."""
    codes = {c for c in codes if c != "00"}
    left = [s for s in subs if _unlinked(s, iso_links) and not _is_country_elsewhere(s, _subdivision_names(s)[0], others)]
    free = [c for c in codes if (cc, c) not in linked]
    if len(subs) == len(codes) and len(left) == 1 and len(free) == 1:
        linked[(cc, free[0])] = _subdivision_names(left[0])
        iso_links[left[0].code] = (cc, free[0])


def _unlinked(sub, iso_links: dict) -> bool:
    """No rule gave ``sub`` a code: none linked it, or one stood it at a seat town's point for want of a code
    (ISO's "Şanʻā’" meets the capital Sanaa, whose own unit holds that town's code)."""
    return sub.code not in iso_links or iso_links[sub.code][1] is None


#: fewest regions linked by name, and in alphabetical order of their codes, before the order is trusted
ORDER_MIN_ANCHORS = 3


def _link_in_order(cc: str, subs: list, codes: set[str], linked: dict, iso_links: dict, others: dict) -> None:
    """Regions no name, seat or airport linked, paired with the codes no region took by alphabetical order.
    GeoNames' numeric codes are FIPS 10-4's, which number a country's regions in the order of their names: where
    every region already linked follows that order, the regions left between two linked ones (Togo's Plateaux
    and Savanes after Maritime "24") take the codes left between those two ("25", "26"). Only where each such
    gap holds as many regions as codes; a gap where they differ (a region renamed since, a merged one) is left."""
    key = {s.code: norm(_subdivision_names(s)[0]) for s in subs}
    anchors = sorted((int(iso_links[s.code][1]), key[s.code]) for s in subs
                     if s.code in iso_links and iso_links[s.code][1] is not None and iso_links[s.code][1].isdigit())
    if len(anchors) < ORDER_MIN_ANCHORS or any(a[1] >= b[1] for a, b in zip(anchors, anchors[1:])):
        return
    unlinked = [(key[s.code], s) for s in subs
                if _unlinked(s, iso_links) and not _is_country_elsewhere(s, _subdivision_names(s)[0], others)]
    # two regions left under one name cannot be told apart by the order: neither takes a code
    twice = {k for k, n in Counter(k for k, _ in unlinked).items() if n > 1}
    left = sorted(((k, s) for k, s in unlinked if k not in twice), key=lambda pair: pair[0])
    free = sorted(int(c) for c in codes if c.isdigit() and c != "00" and (cc, c) not in linked)
    widths = {len(c) for c in codes if c.isdigit()}
    if not left or not free or len(widths) != 1:
        return
    width = widths.pop()
    bounds = [(-1, ""), *anchors, (10 ** 9, "\uffff")]
    for (lo_code, lo_name), (hi_code, hi_name) in zip(bounds, bounds[1:]):
        names = [s for k, s in left if lo_name < k < hi_name]
        gap = [c for c in free if lo_code < c < hi_code]
        if names and len(names) == len(gap):
            for s, c in zip(names, gap):
                code = str(c).zfill(width)
                linked[(cc, code)] = _subdivision_names(s)
                iso_links[s.code] = (cc, code)


#: ISO types of a country's parts overseas, which GeoNames (and ISO 3166-1) also list as countries of their own
_OVERSEAS_TYPES = ("overseas", "outlying", "dependency")


def _country_key(name: str) -> str:
    words = norm(name).replace("-", " ").split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in {"la", "le", "les", "the"} else words)


def _country_keys(pycountry) -> dict[str, str]:
    """{country name key: ISO alpha-2} of every country name pycountry gives."""
    out = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if v := getattr(c, attr, None):
                out[_country_key(re.sub(r"\s*\(.*?\)", "", v))] = c.alpha_2
    return out


def _is_country_elsewhere(sub, name: str, countries: dict[str, str]) -> bool:
    """An overseas part that is a country of its own in the index ("La Réunion", "Guadeloupe", "Saint-Martin"):
    left to that country, whose towns carry its own codes (a same-named region would only meet a namesake
    village at home). Ordinary regions named like a country (Belgium's Luxembourg) are kept."""
    other = countries.get(_country_key(name))
    return other is not None and other != sub.country_code and sub.type.lower().startswith(_OVERSEAS_TYPES)


def first_level_subdivisions(pycountry) -> list:
    """ISO 3166-2 subdivisions that are a country's first level of government: the top level, except
    where that top level only groups the real first level geographically (Indonesia's seven island
    groups over its provinces, which are GeoNames' first-level codes)."""
    grouping = {s.code for s in pycountry.subdivisions if s.parent_code is None and s.type == "Geographical unit"}
    return [s for s in pycountry.subdivisions
            if (s.parent_code is None and s.code not in grouping) or (s.parent_code in grouping)]


def _add_admin1_names(w: Writer) -> None:
    """``admin1.csv``: English names, abbreviations and people's adjectives of first-level regions that
    ISO 3166-2 gives in the local language or without them ("Bavaria", "B.C.", "Scottish"), and the
    geographic centre of a large region whose towns crowd one edge (the middle of British Columbia's towns
    lies near its southern border, 500 km from the province's centre)."""
    for r in read_csv("admin1.csv"):
        row = w.conn.execute(
            "SELECT id FROM place WHERE country = ? AND feature = 'A.ADM1' AND name = ?", (r["country"], r["name"])
        ).fetchone()
        if row is None:
            raise GazetteerError(f"admin1.csv: no first-level region {r['name']!r} in {r['country']}")
        if r.get("lat"):
            w.conn.execute("UPDATE place SET lat = ?, lon = ? WHERE id = ?", (float(r["lat"]), float(r["lon"]), row[0]))
        aliases = _split(r["aliases"])
        w.add_names(row[0], alts=[a for a in aliases if not _is_abbr(a)], abbrs=[a for a in aliases if _is_abbr(a)],
                    demonyms=_split(r["demonyms"]))


#: how far a first-level region's towns' middle may lie from a curated region of the same name for the two to be
#: one place (South Sudan's states: a few towns along one river; the Jonglei of regions.csv is the state)
SAME_REGION_KM = 400.0
#: the widest curated region that can be one first-level region (Hadramawt: 300 km)
SAME_REGION_MAX_RADIUS_KM = 300.0


def _curated_region_points(w: Writer, curated_rows: list[dict]) -> None:
    """A first-level region that ``regions.csv`` also lists under one of its names takes that curated point:
    where GeoNames has few towns in a region (South Sudan's states, Somalia's regions) their middle is the
    median town, often at one edge, while the curated line gives the region's middle. Both entries then
    stand at one point, so which one a text's name meets makes no difference (``curated_rows``: the lines
    of ``regions.csv``)."""
    w.flush()
    curated = []
    for r in curated_rows:
        # a land region of a country's size at most: not the Sahel beside Burkina Faso's Sahel region,
        # nor the Red Sea beside Sudan's Red Sea state
        if r["feature"] == "L.RGN" and float(r["radius_km"]) <= SAME_REGION_MAX_RADIUS_KM:
            curated.append(({norm(r["name"]), *(norm(a) for a in _split(r["aliases"]))}, float(r["lat"]), float(r["lon"])))
    regions: dict[int, tuple[float, float, set[str]]] = {}
    for pid, lat, lon, n in w.conn.execute(
        "SELECT p.id, p.lat, p.lon, n.norm FROM place p JOIN name n ON n.place_id = p.id "
        "WHERE p.feature = 'A.ADM1' AND p.lat IS NOT NULL AND n.kind != 'demonym'"
    ):
        regions.setdefault(pid, (lat, lon, set()))[2].add(n)
    moves = []
    for pid, (lat, lon, names) in regions.items():
        near = [(distance_km(lat, lon, clat, clon), clat, clon) for cnames, clat, clon in curated
                if names & cnames and distance_km(lat, lon, clat, clon) <= SAME_REGION_KM]
        if near:
            _, clat, clon = min(near)
            moves.append((clat, clon, pid))
    w.conn.executemany("UPDATE place SET lat = ?, lon = ? WHERE id = ?", moves)


#: words that say what kind of subdivision a name is, not which one ("Kharkivska oblast", "Borno State")
_TYPE_WORDS = frozenset(
    """oblast oblasti kray krai respublika republic state region province governorate department prefecture
    county district autonomous okrug avtonomnyy avtonomnaya territory wilaya muhafazah federal capital""".split()
)
_SIDES = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}
_SIDE_WORDS = frozenset("north south east west central upper lower middle new old greater far".split())


def subdivision_key(name: str) -> str:
    """A subdivision name without its type words, Arabic article or side adjectives:
    "Southern Darfur" and "South Darfur", "Krasnodarskiy" and "Krasnodarskiy kray" meet."""
    words = [_SIDES.get(w, w) for w in norm(name).split() if w not in _TYPE_WORDS]
    if len(words) > 1 and words[0] in {"al", "ash", "as", "an", "ar", "at", "ad", "az", "el"}:
        words = words[1:]
    return " ".join(words)


@functools.cache
def airports_by_subdivision() -> dict[tuple[str, str], list[tuple[float, float]]]:
    """{(country, subdivision key): [(lat, lon), …]}: the airports airportsdata files under each subdivision name."""
    out: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for a in _icao_airports().values():
        cc, subd = a.get("country"), (a.get("subd") or "").strip()
        if cc and subd and a.get("lat") is not None and subdivision_key(subd):
            out[(cc, subdivision_key(subd))].append((float(a["lat"]), float(a["lon"])))
    return dict(out)


def _airport_subdivisions(by_admin, names_by_country) -> dict[tuple[str, str], str]:
    """airportsdata names each airport's subdivision; the towns nearest its
    airports say which GeoNames region code that name belongs to.
    {(country, subdivision key): GeoNames admin1 code}; one airport is enough
    when no other airport of that subdivision disagrees."""
    grid: dict[tuple[str, int, int], list] = defaultdict(list)
    for cc, names in names_by_country.items():
        for entries in names.values():
            for pop, a1, lat, lon in entries:
                grid[(cc, round(lat), round(lon))].append((lat, lon, a1))
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for (cc, key), points in airports_by_subdivision().items():
        for la, lo in points:
            best = None
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for lat, lon, a1 in grid.get((cc, round(la) + dy, round(lo) + dx), ()):
                        d = (lat - la) ** 2 + (lon - lo) ** 2
                        if best is None or d < best[0]:
                            best = (d, a1)
            if best is not None:
                votes[(cc, key)][best[1]] += 1
    out = {}
    for k, v in votes.items():
        (code, n), total = v.most_common(1)[0], sum(v.values())
        if n * 3 >= total * 2:
            out[k] = code
    return out


def _match_subdivision(
    cc: str, names: list[str], airports_subd: dict[tuple[str, str], str], *, fuzzy: bool = True
) -> str | None:
    """The GeoNames code airportsdata gives one of ``names``: same key, else one clearly closest spelling
    ("Hadjer Lamis"/"Hadjer-Lamis", "Oromia"/"Oromiya")."""
    from rapidfuzz import fuzz

    keys = [subdivision_key(n) for n in names if subdivision_key(n)]
    for k in keys:
        if (cc, k) in airports_subd:
            return airports_subd[(cc, k)]
    if not fuzzy:
        return None

    def sides(k: str) -> set[str]:
        return set(k.split()) & _SIDE_WORDS

    # "East Darfur" and "West Darfur" are close spellings of different regions
    scored = sorted(
        ((fuzz.ratio(k, other), code) for (c, other), code in airports_subd.items() if c == cc
         for k in keys if sides(k) == sides(other)),
        reverse=True,
    )
    if scored and scored[0][0] >= 88 and (len(scored) == 1 or scored[1][0] < scored[0][0] - 5 or scored[1][1] == scored[0][1]):
        return scored[0][1]
    return None
