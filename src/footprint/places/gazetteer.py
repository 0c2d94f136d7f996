"""The gazetteer: an SQLite index of place names, opened lazily and shared.

One table of places (GeoNames towns, countries, first-level regions, macro
regions, airports, curated facilities) and one table of normalized names
pointing at them. Lookups go by exact normalized name, many names per query,
so a document costs one or two indexed queries instead of a scan.

The index lives at ``Settings.gazetteer`` / ``$FOOTPRINT_GAZETTEER`` or, by
default, inside the virtual environment (``<prefix>/share/footprint``), so an
installed package never writes into a source tree. ``meta`` records the
versions of every input; an index built from other versions is rebuilt.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import threading
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import GazetteerError

SCHEMA_VERSION = "4"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS place (
    id INTEGER PRIMARY KEY,
    geonameid INTEGER,
    facility_id TEXT,
    name TEXT NOT NULL,
    lat REAL,
    lon REAL,
    country TEXT,
    admin1 TEXT,
    feature TEXT,
    precision TEXT NOT NULL,
    population INTEGER NOT NULL DEFAULT 0,
    radius_km REAL,
    source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS name (
    norm TEXT NOT NULL,
    place_id INTEGER NOT NULL REFERENCES place(id),
    kind TEXT NOT NULL          -- name|alt|abbr|demonym
);
CREATE TABLE IF NOT EXISTS admin1 (
    country TEXT NOT NULL, code TEXT NOT NULL, name TEXT, place_id INTEGER,
    PRIMARY KEY (country, code)
);
"""

INDEXES = """
CREATE INDEX IF NOT EXISTS name_norm ON name(norm);
CREATE INDEX IF NOT EXISTS place_geonameid ON place(geonameid);
CREATE INDEX IF NOT EXISTS place_facility ON place(facility_id);
CREATE INDEX IF NOT EXISTS place_latlon ON place(lat, lon);
"""

#: apostrophes and the transliteration marks of the Arabic ayn and hamza (ISO's "Şanʻā’", "Tāʻizz"): dropped, so
#: "Sanʻa" keys as "sana", not as the two words "san a"
_APOSTROPHES = "'’‘`´ʼʻʽʾʿ"
_SPLIT = re.compile(r"[^0-9a-z]+")
#: letters that Unicode decomposition leaves whole, which would otherwise split a word ("Łódź" is "lodz", not "odz")
_WHOLE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ð": "d", "ø": "o", "ħ": "h", "æ": "ae", "œ": "oe", "þ": "th"})

#: longest name, in words, that recognition tries
MAX_WORDS = 7


def norm(text: str) -> str:
    """Lower-case, strip accents and apostrophes, turn other punctuation to spaces."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("ß", "ss").translate(_WHOLE_LETTERS)
    for a in _APOSTROPHES:
        s = s.replace(a, "")
    s = s.replace(".", "")
    return " ".join(t for t in _SPLIT.split(s) if t)


#: Arabic articles written as a word of their own in transliterations ("Al Amadiyah", "Ad Dali")
_ARTICLES = frozenset("al el ad ar as an at az ash ath ed er es".split())
_VOWELS = "aeiou"
_H_AFTER_CONSONANT = re.compile(r"(?<=[^aeiou])h")
_DOUBLED = re.compile(r"(.)\1+")


def _without_h(w: str) -> str:
    """``w`` without an "h" after a consonant (past its first letter): "Amhara" and "Amara" spell one name."""
    return w[:1] + _H_AFTER_CONSONANT.sub("", w[1:])


def skeleton(n: str) -> str:
    """A key that two transliterations of one name share ("Amadiya" / "Al-Amadiyah", "Amhara" /
    "Amara", "Sirwa" / "Sirwah"): no article word, no "h" after a consonant or ending a word after
    a vowel, "y" as "i", "q" as "k", "ou" as "u", doubled letters once. ``n`` is a ``norm`` key."""
    words = n.split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    out = []
    for w in words:
        w = w.replace("ou", "u").replace("y", "i").replace("q", "k")
        w = _without_h(w)
        if len(w) > 3 and w.endswith("h") and w[-2] in _VOWELS:
            w = w[:-1]
        out.append(_DOUBLED.sub(r"\1", w))
    return " ".join(out)


def spellings(n: str) -> set[str]:
    """Other ``norm`` keys a name may be indexed under, for a name that has none of its own; only
    keys with the same ``skeleton`` are kept by ``Gazetteer.lookup``."""
    words = n.split()
    if not words or len(n) < 5 or any(c.isdigit() for c in n):
        return set()
    out = set()
    last = words[-1]
    if last[-1] in _VOWELS:
        out.add(" ".join(words[:-1] + [last + "h"]))
    elif last.endswith("h") and len(last) > 3 and last[-2] in _VOWELS:
        out.add(" ".join(words[:-1] + [last[:-1]]))
    dropped = " ".join(_without_h(w) for w in words)
    out.add(dropped)
    if words[0] in _ARTICLES and len(words) > 1:
        out.add(" ".join(words[1:]))
    else:
        out |= {"al " + v for v in {n, *out}}
    out.discard(n)
    return out


#: shortest word a name written as one word is split into ("Bani" + "Bangou"), and shortest such name
SPLIT_PART_MIN, SPLIT_NAME_MIN = 3, 8
#: longest such name: the index's longest two-word town name has 30 letters, and a word's keys grow with its
#: length squared (a hostile 100 KB word would ask for some 10 GB of keys)
SPLIT_NAME_MAX = 40


def split_spellings(n: str) -> set[str]:
    """Two-word keys a one-word name may be the joined spelling of ("banibangou" -> "bani bangou"), for a name
    that has no key of its own."""
    if " " in n or not SPLIT_NAME_MIN <= len(n) <= SPLIT_NAME_MAX or not n.isalpha():
        return set()
    return {f"{n[:k]} {n[k:]}" for k in range(SPLIT_PART_MIN, len(n) - SPLIT_PART_MIN + 1)}


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    id: int
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature: str | None
    precision: str
    population: int
    geonameid: int | None
    facility_id: str | None
    radius_km: float | None
    source: str
    kind: str = "name"  # how the looked-up name relates to it: name|alt|abbr|demonym|split (one word for two)


#: a candidate's kinds, best first: a place reachable by several names of one norm keeps its best kind
KIND_ORDER = {"name": 0, "abbr": 1, "alt": 2, "split": 3, "demonym": 4}

_COLS = "p.id, p.name, p.lat, p.lon, p.country, p.admin1, p.feature, p.precision, p.population, p.geonameid, p.facility_id, p.radius_km, p.source"


def _cand(row, kind: str = "name") -> Candidate:
    return Candidate(*row, kind=kind)


def default_path() -> Path:
    from ..config import Settings

    configured = Settings.from_env().gazetteer
    if configured:
        return Path(configured)
    return Path(sys.prefix) / "share" / "footprint" / "gazetteer.sqlite"


class Gazetteer:
    """Read access to a built index. Thread-safe for reads (one connection per thread)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        if not self.path.exists():
            raise GazetteerError("gazetteer index not found; run `footprint gazetteer build`", source=str(self.path))
        self._local = threading.local()
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._lock = threading.Lock()
        try:
            self.meta = dict(self._conn().execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"not a gazetteer index ({exc})", source=str(self.path)) from exc
        if self.meta.get("schema") != SCHEMA_VERSION:
            raise GazetteerError("gazetteer index has an old schema; run `footprint gazetteer build`", source=str(self.path))
        self._admin1: dict[tuple[str, str], str] | None = None
        self._countries: dict[str, Candidate] | None = None
        self._regions: dict[tuple[str, str], Candidate | None] | None = None
        self._region_keys: dict[str, tuple[Candidate, ...]] | None = None

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            uri = f"file:{self.path}?mode=ro"
            try:
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            except sqlite3.Error as exc:
                raise GazetteerError(f"cannot open gazetteer ({exc})", source=str(self.path)) from exc
            self._local.conn = conn
        return conn

    def lookup(self, norms) -> dict[str, tuple[Candidate, ...]]:
        """Candidates for each normalized name (missing names map to nothing)."""
        wanted = {n for n in norms if n}
        out = {n: self._cache[n] for n in wanted if n in self._cache}
        todo = sorted(wanted - out.keys())
        found = self._fetch(todo)
        # a name the index lacks may be there in another transliteration ("Amhara" as "Amara")
        # one key may be a variant of several names asked at once ("al baydha" and "baydha" both meet
        # "al bayda"): each name gets it, else a name's answer would hang on what was asked beside it
        variants: dict[str, list[str]] = {}
        for n in todo:
            if not found[n]:
                for v in spellings(n):
                    variants.setdefault(v, []).append(n)
        for v, cands in self._fetch(sorted(variants)).items():
            for n in variants[v]:
                if cands and skeleton(v) == skeleton(n):
                    found[n].extend(replace(c, kind="alt" if c.kind == "name" else c.kind) for c in cands)
        # "Banibangou" for "Bani Bangou": a name written as one word that the index holds as two; only a town's
        # own name, written in full, counts (never an alternate name, a region's or a country's)
        joined = {v: n for n in todo if not found[n] for v in split_spellings(n)}
        for v, cands in self._fetch(sorted(joined)).items():
            n = joined[v]
            if not found[n]:
                # kind "split": a guess at the spelling, which the resolver and the gloss rules treat as weak
                found[n].extend(replace(c, kind="split") for c in cands if c.kind == "name" and c.precision == "town"
                                and norm(c.name).replace(" ", "") == n)
        for n, cands in found.items():
            # an alternate name that only spells the primary one another way is the primary name
            sk = skeleton(n)
            cands[:] = [replace(c, kind="name") if c.kind == "alt" and skeleton(norm(c.name)) == sk else c for c in cands]
        with self._lock:
            if len(self._cache) > 200_000:
                self._cache.clear()
            for n, cands in found.items():
                # one place may be reachable by several names of one norm; keep its best kind
                best: dict[int, Candidate] = {}
                for c in cands:
                    if c.id not in best or KIND_ORDER[c.kind] < KIND_ORDER[best[c.id].kind]:
                        best[c.id] = c
                self._cache[n] = out[n] = tuple(best.values())
        return out

    def _fetch(self, keys: list[str]) -> dict[str, list[Candidate]]:
        found: dict[str, list[Candidate]] = {n: [] for n in keys}
        conn = self._conn()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            q = f"SELECT n.norm, n.kind, {_COLS} FROM name n JOIN place p ON p.id = n.place_id WHERE n.norm IN ({','.join('?' * len(chunk))})"
            for row in conn.execute(q, chunk):
                found[row[0]].append(_cand(row[2:], row[1]))
        return found

    def near(self, lat: float, lon: float, km: float, *, feature_prefix: str = "S.") -> list[Candidate]:
        """Facilities (or other features) within ``km`` of a point, nearest first."""
        from ..geo import distance_km

        d = km / 111.0
        dl = d / max(0.1, abs(__import__("math").cos(__import__("math").radians(lat))))
        rows = self._conn().execute(
            f"SELECT {_COLS} FROM place p WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ? AND p.feature LIKE ?",
            (lat - d, lat + d, lon - dl, lon + dl, feature_prefix + "%"),
        ).fetchall()
        cands = [_cand(r) for r in rows]
        cands = [c for c in cands if distance_km(lat, lon, c.lat, c.lon) <= km]
        return sorted(cands, key=lambda c: distance_km(lat, lon, c.lat, c.lon))

    def admin1_name(self, country: str | None, code: str | None) -> str | None:
        if not country or not code:
            return None
        if self._admin1 is None:
            rows = self._conn().execute("SELECT country, code, name FROM admin1").fetchall()
            self._admin1 = {(c, k): n for c, k, n in rows}
        return self._admin1.get((country, code))

    def region(self, country: str | None, code: str | None) -> Candidate | None:
        """The first-level region with this GeoNames code, if the index has one."""
        if not country or not code:
            return None
        key = (country, code)
        if self._regions is None:
            self._regions = {}
        if key not in self._regions:
            row = self._conn().execute(
                f"SELECT {_COLS} FROM admin1 a JOIN place p ON p.id = a.place_id WHERE a.country = ? AND a.code = ?",
                key,
            ).fetchone()
            self._regions[key] = _cand(row) if row else None
        return self._regions[key]

    def regions_like(self, n: str) -> tuple[Candidate, ...]:
        """First-level regions one of whose names spells ``n`` (a ``norm`` key) another way: the same ``skeleton``
        ("Sanaa" / ISO's "Şanʻā’", "Bayda" / "Al Bayḑā’"). Found even where ``n`` has keys of its own (the capital
        Sanaa), which ``lookup``'s spellings never try; kind "alt" unless the key is the region's own."""
        if self._region_keys is None:
            keys: dict[str, dict[int, Candidate]] = {}
            rows = self._conn().execute(
                f"SELECT n.norm, {_COLS} FROM name n JOIN place p ON p.id = n.place_id "
                "WHERE p.feature = 'A.ADM1' AND n.kind IN ('name', 'alt')"
            ).fetchall()
            for row in rows:
                keys.setdefault(skeleton(row[0]), {}).setdefault(row[1], _cand(row[1:], "alt"))
            self._region_keys = {k: tuple(v.values()) for k, v in keys.items()}
        found = self._region_keys.get(skeleton(n), ()) if n else ()
        return tuple(replace(c, kind="name") if norm(c.name) == n else c for c in found)

    def by_id(self, place_id: int) -> Candidate | None:
        row = self._conn().execute(f"SELECT {_COLS} FROM place p WHERE p.id = ?", (place_id,)).fetchone()
        return _cand(row) if row else None

    def country(self, iso2: str) -> Candidate | None:
        if self._countries is None:
            rows = self._conn().execute(
                f"SELECT {_COLS} FROM place p WHERE p.precision = 'country' ORDER BY p.population"
            ).fetchall()
            self._countries = {r[4]: _cand(r) for r in rows}
        return self._countries.get(iso2)

    def capital(self, iso2: str | None) -> Candidate | None:
        """The country's national capital: its most populous town marked ``P.PPLC``."""
        if not iso2:
            return None
        row = self._conn().execute(
            f"SELECT {_COLS} FROM place p WHERE p.country = ? AND p.feature = 'P.PPLC' ORDER BY p.population DESC LIMIT 1",
            (iso2,),
        ).fetchone()
        return _cand(row) if row else None

    def seat(self, country: str | None, code: str | None) -> Candidate | None:
        """The most populous town of a first-level region (GeoNames admin1 ``code``): the index has no
        region seats (``P.PPLA``), and the largest town is the seat in most regions."""
        if not country or not code:
            return None
        row = self._conn().execute(
            f"SELECT {_COLS} FROM place p WHERE p.country = ? AND p.admin1 = ? AND p.feature LIKE 'P.%' "
            "AND p.lat IS NOT NULL ORDER BY p.population DESC LIMIT 1",
            (country, code),
        ).fetchone()
        return _cand(row) if row else None

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


_shared: dict[str, Gazetteer] = {}
_shared_lock = threading.Lock()


def open_default(path: Path | None = None, *, build_missing: bool = True, notice=None) -> Gazetteer:
    """The shared gazetteer, built on first use when missing or stale (no network needed)."""
    from . import build as build_mod

    path = Path(path) if path else default_path()
    key = str(path)
    with _shared_lock:
        if key in _shared:
            return _shared[key]
        if build_missing and (not path.exists() or build_mod.is_stale(path)):
            say = notice or (lambda msg: print(msg, file=sys.stderr))
            say(f"footprint: building the gazetteer at {path} (once; no network needed)")
            build_mod.build(path, quiet=True)
        gaz = Gazetteer(path)
        _shared[key] = gaz
        return gaz
