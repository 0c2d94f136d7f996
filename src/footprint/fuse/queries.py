"""Reading fused events and presences back, with filters and an as-of date."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from .. import userdate
from ..errors import InputError
from .event_features import PRECISION_RANK
from .presence import STALE_AFTER_DAYS, summarize
from .repository import FusionRepository

STATUSES = ("active", "ended", "stale")


def as_date(value: str | None, option: str, *, end: bool = True) -> str | None:
    """A user's date (YYYY, YYYY-MM or YYYY-MM-DD) as an ISO day; a period means its last (or first) day.
    None or empty: not given. Anything else raises ``InvalidDate`` naming ``option``."""
    return userdate.bound(value, option, end=end)


def actor_matches(actor: dict, query: str) -> bool:
    q = query.strip().lower()
    hay = [actor.get("name"), actor.get("id"), actor.get("key"), *(actor.get("names") or ())]
    return any(q in str(h).lower() for h in hay if h)


def place_matches(place: dict | None, query: str) -> bool:
    """Whether ``query`` names the place or an area it lies in, by whole words: a run of words of its name, of
    the unlisted locality it stands for, of its first-level division (admin1) or of its country's name ("mopti"
    finds "Mopti" and "Mopti Region", not "Moptiville"; "niger" finds "Niger" and "Niger State", not "Nigeria").
    Two letters are a country code and match the country code only. A name with its precision in brackets, as
    the events table writes a place ("Ménaka [admin1]"), is that place only: the whole name at that precision.
    Case, accents and apostrophes are ignored, as users type names both ways ("menaka" finds "near Ménaka")."""
    if not place:
        return False
    return _place_rule(query)(place)


#: Words are runs of letters and digits; an underscore separates like a space or a hyphen does.
_WORD = r"[^\W_]"
_WORDS = re.compile(rf"{_WORD}+")
_CODE = re.compile(r"[A-Za-z]{2}")
_EXACT_INNER = re.compile(r"\s*([a-z0-9_ -]+?)\s*")
_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc\u2018`")


@functools.lru_cache(maxsize=256)
def _place_rule(query: str) -> Callable[[dict], bool]:
    """The test for one query, built once: a listing calls it for every row."""
    text = query.strip()
    if _CODE.fullmatch(text):
        code = text.upper()
        return lambda place: str(place.get("country") or "").upper() == code
    exact = _exact(_plain(text))
    if exact:
        name, precision = _words(exact[0]), exact[1].strip()
        return lambda place: (str(place.get("precision") or "").casefold() == precision
                              and bool(name) and _words(place.get("name")) == name)
    words = _words(text)
    if not words:
        return lambda place: False
    run = re.compile(rf"(?<!{_WORD})" + r"[\W_]+".join(map(re.escape, words)) + rf"(?!{_WORD})")

    def matches(place: dict) -> bool:
        names = (place.get("name"), place.get("unplaced"), place.get("admin1"),
                 _country_name(str(place.get("country") or "")))
        return any(run.search(_plain(str(n))) for n in names if n)

    return matches


def _exact(text: str) -> tuple[str, str] | None:
    """(name, precision) of "Name [precision]": the last bracket closing the text, read from its end so that a
    long bracketed input costs one pass (one regex over both parts backtracked cubically)."""
    if not text.endswith("]") or (i := text.rfind("[")) < 0:
        return None
    inner = _EXACT_INNER.fullmatch(text[i + 1:-1])
    name = text[:i].rstrip()
    return None if inner is None or "\n" in name else (name, inner[1])


@functools.lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    """Folded for comparison: no accents, no case, no apostrophes ("N'Djamena" is "ndjamena"). Callers pass a
    string: a stored value of another type (a list in a hand-edited record) would be unhashable here."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return folded.casefold().translate(_APOSTROPHES)


def _words(text: object) -> tuple[str, ...]:
    return tuple(_WORDS.findall(_plain(str(text)))) if text else ()


@functools.lru_cache(maxsize=512)
def _country_name(code: str) -> str | None:
    if len(code) != 2:
        return None
    import pycountry  # loaded on the first place filter only

    country = pycountry.countries.get(alpha_2=code.upper())
    return country.name if country else None


def presences(store, *, actor: str | None = None, country: str | None = None, at: str | None = None,
              status: str | None = None, min_sources: int = 0,
              stale_after_days: int = STALE_AFTER_DAYS) -> list[dict]:
    """Presence records as known at ``at`` (default: everything), status judged at ``at`` or the newest evidence."""
    if status and status not in STATUSES:
        raise InputError(f"unknown value {status!r} (one of {', '.join(STATUSES)})", source="--status")
    at = as_date(at, "--at")
    repo = FusionRepository(store.conn)
    reference = at or repo.newest_evidence()
    out = []
    for p in repo.presences(country=country):
        if actor and not actor_matches(p["actor"], actor):
            continue
        s = summarize(p, at=at, reference=reference, stale_after_days=stale_after_days)
        if s is None or (status and s["status"] != status) or s["independent_sources"] < min_sources:
            continue
        out.append(s)
    out.sort(key=lambda s: (s["actor"]["name"].lower(), s["place"]["country"] or "",
                            -PRECISION_RANK.get(s["place"]["precision"], 9), str(s["place"]["name"]), s["id"]))
    return out


def fused_events(store, *, actor: str | None = None, place: str | None = None, type_: str | None = None,
                 min_sources: int = 0) -> list[dict]:
    repo = FusionRepository(store.conn)
    out = []
    for c in repo.clusters():
        if actor and not any(actor_matches(a, actor) for a in c["actors"]):
            continue
        if place and not place_matches(c.get("location"), place):
            continue
        if type_ and type_ not in c["types"]:
            continue
        if c["independent_sources"] < min_sources:
            continue
        out.append(c)
    return out


def presence_row(s: dict) -> dict:
    """The public JSON shape of a presence (the jsonl line of ``footprint presence``)."""
    return {
        "id": s["id"],
        "actor": {"name": s["actor"]["name"], "id": s["actor"]["id"], "names": s["actor"]["names"]},
        "place": {k: s["place"].get(k) for k in ("name", "lat", "lon", "country", "precision", "geonameid",
                                                 "facility_id")},
        "start": s["start"],
        "last_seen": s["last_seen"],
        "status": s["status"],
        "end": s["end"],
        "ended_by": s["ended_by"],
        "strength": s["strength"],
        "independent_sources": s["independent_sources"],
        "sources": s["sources"],
        "evidence": s["evidence"],
        "contradictions": s["contradictions"],
        "parent_id": s["parent_id"],
        "implied": s["implied"],
    }


def geojson(rows: list[dict]) -> dict:
    feats = []
    for r in rows:
        p = r["place"]
        geom = {"type": "Point", "coordinates": [p["lon"], p["lat"]]} if p.get("lat") is not None else None
        feats.append({"type": "Feature", "id": r["id"], "geometry": geom, "properties": r})
    return {"type": "FeatureCollection", "features": feats}
