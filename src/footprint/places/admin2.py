"""Second-level regions for the gazetteer build: provinces, departments, districts under a first-level region.

ISO 3166-2 (pycountry) lists them with their parent (Burkina Faso's 45 provinces under its 13 regions,
the Philippines' 82 provinces, Italy's and Spain's provinces, France's departments, Britain's unitary
authorities and metropolitan districts, Uganda's districts…); no installed package gives their outline
or centre. Each gets the most honest point there is, by the first rule that applies:

1. ``curated point``: a line of ``data/admin2.csv`` with coordinates (England's metropolitan counties and
   regions, which ISO does not list, and former provinces still named in the news);
2. ``curated seat``: the seat town ``data/admin2.csv`` names, looked up among GeoNames' towns of the
   parent region (Soum → Djibo, Sulu → Jolo);
3. ``namesake town``: the most populous town bearing the unit's name inside the parent region (most
   Italian and Spanish provinces, Britain's districts named after their town);
4. ``airports``: the median point of the airports airportsdata files under the unit's name;
5. ``parent region``: the parent region's point, at ``region`` precision with the parent's spread as
   radius: the index then knows the name and the region, not where in it.

Rules 1–4 give ``district`` precision; the radius is the parent's spread shared among its units. Every
unit is ``A.ADM2`` with ``admin1`` = the parent's GeoNames code. A name that a first-level region of the
same country already bears (Spain's one-province communities: Madrid, Murcia) is left to that region.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict

from ..errors import GazetteerError
from .admin1 import _subdivision_names, airports_by_subdivision, first_level_subdivisions, subdivision_key
from .gazetteer import norm
from .writer import _is_abbr, _split, median_point, read_csv, spread_km

#: smallest and largest radius a second-level unit placed at a town is given (km)
MIN_RADIUS_KM, MAX_RADIUS_KM = 10.0, 150.0
#: a parent region with no towns to measure its spread by
DEFAULT_PARENT_RADIUS_KM = 100.0

RULES = ("curated point", "curated seat", "namesake town", "airports", "parent region")

#: units whose seat their type says: London's boroughs and the City of London lie in London
SEAT_BY_TYPE = {("GB", "London borough"): "London", ("GB", "City corporation"): "London"}


def unit_names(name: str) -> list[str]:
    """ISO's name of a unit and the forms news uses: "Bristol, City of" → "Bristol", "City of Bristol";
    "Durham, County" → "Durham", "County Durham"; a bracketed local name is dropped."""
    base = re.sub(r"\s*\[.*?\]", "", name).strip()
    out = [base]
    if ", " in base:
        a, b = base.split(", ", 1)
        out = [a, f"{b} {a}"]
    for part in re.split(r"\s*[/;]\s*", out[0]):
        if part and part not in out:
            out.append(part)
    return out


def _town(names_by_country, cc: str, name: str, a1: str | None, *, anywhere: bool):
    """The most populous town called ``name`` in the parent region (or, ``anywhere``, in the country)."""
    hits = names_by_country.get(cc, {}).get(norm(name), [])
    inside = [h for h in hits if a1 is not None and h[1] == a1]
    pool = inside or (hits if anywhere else [])
    return max(pool) if pool else None


def _coord(r: dict, key: str, line: int, lo: float, hi: float) -> float:
    try:
        v = float(r.get(key))
    except (TypeError, ValueError):
        raise GazetteerError(f"admin2.csv line {line}: {key} {r.get(key)!r} is not a number") from None
    if not lo <= v <= hi:
        raise GazetteerError(f"admin2.csv line {line}: {key} {v} is out of range")
    return v


def add_admin2(w, by_admin, names_by_country, iso_links, pycountry, curated: list[dict] | None = None) -> dict[str, int]:
    """Adds the second-level units; returns how many each rule placed. ``curated``: the rows of
    ``data/admin2.csv`` (read from there when not given)."""
    conn = w.conn
    w.flush()
    counts: Counter = Counter()
    subs = {s.code: s for s in pycountry.subdivisions}
    adm1_names: dict[str, set[str]] = defaultdict(set)
    for cc, name in conn.execute("SELECT p.country, n.norm FROM place p JOIN name n ON n.place_id = p.id "
                                 "WHERE p.feature IN ('A.ADM1', 'A.PCLI')"):
        adm1_names[cc].add(name)

    parent_cache: dict[str, tuple | None] = {}

    def parent(code: str):
        """(country, GeoNames code or None, lat, lon, spread km) of a first-level region, by ISO code."""
        if code not in parent_cache:
            sub = subs.get(code)
            row = None
            if sub is not None:
                row = conn.execute(
                    "SELECT admin1, lat, lon FROM place WHERE feature = 'A.ADM1' AND country = ? AND name = ?",
                    (sub.country_code, _subdivision_names(sub)[0]),
                ).fetchone()
            if row is None or row[1] is None:
                parent_cache[code] = None
            else:
                a1 = row[0] if row[0] else (iso_links.get(code) or (None, None))[1]
                pts = by_admin.get((sub.country_code, a1)) if a1 else None
                spread = spread_km(row[1], row[2], pts) if pts else DEFAULT_PARENT_RADIUS_KM
                parent_cache[code] = (sub.country_code, a1, row[1], row[2], max(spread, 20.0))
        return parent_cache[code]

    curated_by_code: dict[str, dict] = {}
    extra: list[dict] = []
    rows = read_csv("admin2.csv") if curated is None else curated
    for line, r in enumerate(rows, start=2):
        r = {k: (v or "").strip() for k, v in r.items() if k is not None}
        if r.get("lat") or r.get("lon"):
            r["lat"], r["lon"] = _coord(r, "lat", line, -90, 90), _coord(r, "lon", line, -180, 180)
        if r.get("radius_km"):
            r["radius_km"] = _coord(r, "radius_km", line, 0, 5000)
        if r.get("code"):
            if r["code"] not in subs:
                raise GazetteerError(f"admin2.csv line {line}: no ISO 3166-2 subdivision {r['code']!r}")
            curated_by_code[r["code"]] = r
        elif r.get("name") and isinstance(r.get("lat"), float) and r.get("parent"):
            extra.append(r)
        else:
            raise GazetteerError(f"admin2.csv line {line}: a line without a code needs a name, a point and a parent")

    # second level = a unit whose parent is a first-level region (Indonesia's provinces are first level)
    first = {s.code for s in first_level_subdivisions(pycountry)}
    units = [s for s in pycountry.subdivisions if s.parent_code in first and s.code not in first]
    siblings = Counter(s.parent_code for s in units)
    for r in extra:
        siblings[r["parent"]] += 1
    airports = airports_by_subdivision()

    for sub in units:
        p = parent(sub.parent_code)
        if p is None:
            counts["no parent"] += 1
            continue
        cc, a1, plat, plon, spread = p
        r = curated_by_code.get(sub.code, {})
        names = [n for n in unit_names(sub.name) + _split(r.get("aliases")) if norm(n) not in adm1_names[cc]]
        if not names:
            counts["left to the first-level region"] += 1
            continue
        radius = round(min(MAX_RADIUS_KM, max(MIN_RADIUS_KM, spread / math.sqrt(max(1, siblings[sub.parent_code])))), 1)
        point, rule = None, None
        if isinstance(r.get("lat"), float):
            point, rule = (r["lat"], r["lon"]), "curated point"
        seat = r.get("seat") or SEAT_BY_TYPE.get((cc, sub.type))
        if point is None and seat:
            hit = _town(names_by_country, cc, seat, a1, anywhere=True)
            if hit is not None:
                point, rule = (hit[2], hit[3]), "curated seat"
        if point is None:
            hits = [h for n in names if (h := _town(names_by_country, cc, n, a1, anywhere=False))]
            if hits:
                hit = max(hits)
                point, rule = (hit[2], hit[3]), "namesake town"
        if point is None:
            pts = next((airports[(cc, k)] for n in names if (k := subdivision_key(n)) and (cc, k) in airports), None)
            if pts:
                point, rule = median_point(pts), "airports"
        precision = "district"
        if point is None:
            point, rule, precision, radius = (plat, plon), "parent region", "region", round(spread, 1)
        # a curated line's own radius and precision stand over the computed ones, as on lines without a code
        if isinstance(r.get("radius_km"), float):
            radius = r["radius_km"]
        if r.get("precision"):
            precision = r["precision"]
        w.add(
            name=names[0], lat=point[0], lon=point[1], country=cc, admin1=a1, feature="A.ADM2", precision=precision,
            population=0, source=r.get("source") or f"iso3166+{rule.replace(' ', '-')}", radius_km=radius,
            alts=[n for n in names[1:] if not _is_abbr(n)], abbrs=[n for n in names[1:] if _is_abbr(n)],
        )
        counts[rule] += 1

    for r in extra:
        p = parent(r["parent"])
        if p is None:
            raise GazetteerError(f"admin2.csv: no first-level region {r['parent']!r} for {r['name']!r}")
        cc, a1 = p[0], p[1]
        aliases = _split(r.get("aliases"))
        w.add(
            name=r["name"], lat=r["lat"], lon=r["lon"], country=cc, admin1=a1, feature="A.ADM2",
            precision=r.get("precision") or "district", population=0, source=r.get("source") or "footprint-admin2",
            radius_km=r.get("radius_km") or None,
            alts=[a for a in aliases if not _is_abbr(a)], abbrs=[a for a in aliases if _is_abbr(a)],
        )
        counts["curated point"] += 1
    w.flush()
    return dict(counts)
