"""The index writer and the rows it is built from: batched place and name rows, the curated CSV files, the
airport list, and the point and spread of a set of towns (shared by the first- and second-level unit builders)."""

from __future__ import annotations

import csv
import functools
import re
import sqlite3
import statistics
from pathlib import Path
from typing import Iterable

from ..geo import distance_km
from .gazetteer import norm

DATA = Path(__file__).parent / "data"
CURATED = ("countries.csv", "regions.csv", "facilities.csv", "towns.csv", "admin1.csv", "admin2.csv")


_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")


def _is_abbr(alias: str) -> bool:
    return bool(re.fullmatch(r"(?:[A-Z]\.?){2,5}|[A-Z][a-z]{1,4}\.", alias))


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


def median_point(pts) -> tuple[float, float]:
    """The median latitude and the median longitude of ``pts`` ((lat, lon, …) tuples): one stray point cannot drag it."""
    return round(statistics.median(p[0] for p in pts), 5), round(statistics.median(p[1] for p in pts), 5)


def spread_km(lat: float, lon: float, pts) -> float:
    """How far ``pts`` ((lat, lon, …) tuples, at least one) spread from (lat, lon): their 90th percentile distance."""
    d = sorted(distance_km(lat, lon, p[0], p[1]) for p in pts)
    return d[int(0.9 * (len(d) - 1))]


@functools.cache
def _icao_airports() -> dict:
    """airportsdata's ICAO list, read once for the build's three uses of it."""
    import airportsdata

    return airportsdata.load("ICAO")
