"""Imports GeoNames' own dump files into a built index.

* ``allCountries.zip``, ``cities500.zip`` … or their ``.txt``: the 19-column
  ``geoname`` table. Places already in the index (same geonameid) are updated;
  others are added (populated places, administrative areas, airports and
  military sites, regions, water and relief features).
* ``alternateNamesV2.zip`` / ``alternateNames*.txt``: names for places in the index.
* ``admin1CodesASCII.txt``: names of first-level regions.

Rows are streamed (the full dump does not fit in memory as Python objects);
a malformed line or a binary file stops the import with a ``GazetteerError``
naming the file and line, and leaves the index as it was.
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from ..errors import GazetteerError
from .writer import Writer
from .gazetteer import INDEXES

KEEP_CLASSES = {"P", "A", "L", "H", "T", "S"}
KEEP_S_CODES = {"AIRP", "AIRB", "AIRF", "MILB", "INSM", "CMP", "BDG", "PAL", "CSTL"}
MAX_LINE = 100_000
PRECISION = {"P": "town", "L": "region", "H": "region", "T": "region", "S": "facility"}


def _admin_precision(code: str) -> str:
    if code.startswith("PCL"):
        return "country"
    if code == "ADM1":
        return "region"
    return "district"


@contextmanager
def _lines(path: Path) -> Iterator[Iterator[str]]:
    if not path.exists():
        raise GazetteerError("not found", source=str(path))
    if path.is_dir():
        raise GazetteerError("is a folder, not a GeoNames dump", source=str(path))
    if not path.is_file():  # a pipe with no writer would block and a device never end
        raise GazetteerError("not a regular file", source=str(path))
    if path.stat().st_size == 0:
        raise GazetteerError("empty file", source=str(path))
    if path.suffix.lower() == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise GazetteerError(f"not a zip archive ({exc})", source=str(path)) from exc
        members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
        if not members:
            raise GazetteerError("no .txt member in the archive", source=str(path))
        with zf, zf.open(members[0]) as raw:
            yield _decode(io.TextIOWrapper(raw, encoding="utf-8", errors="strict", newline="\n"), path)
    else:
        with open(path, encoding="utf-8", errors="strict", newline="\n") as fh:
            yield _decode(fh, path)


def _decode(fh, path: Path) -> Iterator[str]:
    n = 0
    try:
        for n, line in enumerate(fh, 1):
            if "\x00" in line:
                raise GazetteerError(f"line {n}: binary data, not a GeoNames dump", source=str(path))
            if len(line) > MAX_LINE:
                raise GazetteerError(f"line {n}: {len(line)} characters, longer than any GeoNames row", source=str(path))
            yield line.rstrip("\n").rstrip("\r")
    except UnicodeDecodeError as exc:
        raise GazetteerError(f"line {n + 1}: not UTF-8 ({exc.reason})", source=str(path)) from None


def _kind(path: Path, first: str) -> str:
    name = path.name.lower()
    if name.startswith("admin1codes"):
        return "admin1"
    if name.startswith("alternatenames"):
        return "alternates"
    cols = first.split("\t")
    if len(cols) == 19:
        return "geonames"
    if len(cols) == 4 and "." in cols[0]:
        return "admin1"
    if len(cols) >= 4 and cols[0].isdigit() and cols[1].isdigit():
        return "alternates"
    raise GazetteerError(f"not a GeoNames dump I know (first line has {len(cols)} tab-separated columns)", source=str(path))


def import_dumps(index: Path, paths: list[Path], *, say: Callable[[str], None] = lambda m: None) -> dict[str, int]:
    counts = {"places": 0, "names": 0, "admin1": 0}
    conn = sqlite3.connect(index)
    try:
        conn.execute("BEGIN")
        # geonames tables first, so alternate names find their places
        order = sorted(paths, key=lambda p: 0 if "alternate" not in p.name.lower() else 1)
        for path in order:
            path = Path(path)
            say(f"importing {path}")
            with _lines(path) as lines:
                first = next(lines, None)
                if first is None:
                    raise GazetteerError("no rows", source=str(path))
                kind = _kind(path, first)

                def rows():
                    yield first
                    yield from lines

                if kind == "geonames":
                    counts["places"] += _geonames(conn, path, rows())
                elif kind == "alternates":
                    counts["names"] += _alternates(conn, path, rows())
                else:
                    counts["admin1"] += _admin1(conn, path, rows())
        conn.executescript(INDEXES)
        done = conn.execute("SELECT value FROM meta WHERE key = 'imported'").fetchone()
        listed = (done[0] + "\n" if done else "") + "\n".join(str(Path(p).resolve()) for p in paths)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('imported', ?)", (listed,))
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
    return counts


def _geonames(conn: sqlite3.Connection, path: Path, rows) -> int:
    w = Writer(conn)
    existing = dict(conn.execute("SELECT geonameid, id FROM place WHERE geonameid IS NOT NULL").fetchall())
    n = 0
    for ln, line in enumerate(rows, 1):
        if not line.strip():
            continue
        c = line.split("\t")
        if len(c) != 19:
            raise GazetteerError(f"line {ln}: {len(c)} columns, expected 19", source=str(path))
        try:
            gid, lat, lon, pop = int(c[0]), float(c[4]), float(c[5]), int(c[14] or 0)
        except ValueError:
            raise GazetteerError(f"line {ln}: bad number in id, coordinates or population", source=str(path)) from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GazetteerError(f"line {ln}: coordinates out of range", source=str(path))
        fclass, fcode = c[6], c[7]
        if fclass not in KEEP_CLASSES or (fclass == "S" and fcode not in KEEP_S_CODES):
            continue
        feature = f"{fclass}.{fcode}"
        precision = _admin_precision(fcode) if fclass == "A" else PRECISION[fclass]
        alts = [a for a in c[3].split(",") if a] + ([c[2]] if c[2] else [])
        if gid in existing:
            pid = existing[gid]
            conn.execute("UPDATE place SET lat=?, lon=?, population=MAX(population, ?) WHERE id=?", (lat, lon, pop, pid))
            w.add_names(pid, [], alts)
        else:
            existing[gid] = w.add(
                name=c[1], lat=lat, lon=lon, country=c[8] or None, admin1=c[10] or None, feature=feature,
                precision=precision, population=pop, source="geonames-dump", geonameid=gid, alts=alts,
            )
        n += 1
    w.flush()
    return n


def _alternates(conn: sqlite3.Connection, path: Path, rows) -> int:
    w = Writer(conn)
    ids = dict(conn.execute("SELECT geonameid, id FROM place WHERE geonameid IS NOT NULL").fetchall())
    n = 0
    for ln, line in enumerate(rows, 1):
        if not line.strip():
            continue
        c = line.split("\t")
        if len(c) < 4:
            raise GazetteerError(f"line {ln}: {len(c)} columns, expected at least 4", source=str(path))
        try:
            gid = int(c[1])
        except ValueError:
            raise GazetteerError(f"line {ln}: geonameid {c[1]!r} is not a number", source=str(path)) from None
        lang = c[2]
        historic = len(c) > 7 and c[7] == "1"
        colloquial = len(c) > 6 and c[6] == "1"
        if gid not in ids or lang in {"link", "post", "iata", "icao", "faac", "wkdt", "unlc", "tcid"} or historic or colloquial:
            continue
        if lang == "abbr":
            w.add_names(ids[gid], [], [], [c[3]])
        else:
            w.add_names(ids[gid], [], [c[3]])
        n += 1
        if len(w.names) >= 100_000:
            w.flush()
    w.flush()
    return n


def _admin1(conn: sqlite3.Connection, path: Path, rows) -> int:
    n = 0
    for ln, line in enumerate(rows, 1):
        if not line.strip():
            continue
        c = line.split("\t")
        if len(c) != 4 or "." not in c[0]:
            raise GazetteerError(f"line {ln}: expected 'CC.code<TAB>name<TAB>ascii name<TAB>geonameid'", source=str(path))
        cc, code = c[0].split(".", 1)
        row = conn.execute("SELECT id FROM place WHERE geonameid = ?", (int(c[3]) if c[3].isdigit() else -1,)).fetchone()
        pid = row[0] if row else None
        conn.execute("INSERT OR REPLACE INTO admin1 VALUES (?,?,?,?)", (cc, code, c[1], pid))
        if pid is not None:
            w = Writer(conn)
            w.add_names(pid, [], [c[1], c[2]])
            w.flush()
        n += 1
    return n
