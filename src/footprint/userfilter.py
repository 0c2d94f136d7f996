"""Event filters as people type them (CLI options, web query parameters), checked once.

``event_filter`` turns raw strings into the store's ``EventFilter``, or raises a
``ConfigError`` naming the option as the face spells it: the CLI passes
``flag="--"`` (``--since``), the web app ``flag=""`` (``since``). Both faces
therefore accept and refuse the same values with the same words. An empty
string means "not given": it is what an untouched field of a form sends.

Dates are read by ``footprint.userdate``: ``since`` starts on the first day of
what it names and ``until`` ends on the last (``--until 2024-03`` is up to
2024-03-31).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from . import userdate
from .errors import ConfigError
from .store import EventFilter

#: longest accepted value of each text filter, in characters
MAX_LENGTH = {"actor": 200, "place": 200, "type": 60, "country": 2, "modality": 20, "q": 300, "bbox": 100}


def text(value: str | None, name: str, max_len: int) -> str | None:
    """A free-text filter: compatibility forms folded (NFKC: full-width letters filter like
    what they look like), trimmed; None when empty. Control characters are refused."""
    if value is None:
        return None
    value = unicodedata.normalize("NFKC", str(value)).strip()
    if len(value) > max_len:
        raise ConfigError(f"longer than {max_len} characters", source=name)
    if any(unicodedata.category(c) == "Cc" for c in value):
        raise ConfigError("contains control characters", source=name)
    return value or None


def country_code(value: str | None, name: str) -> str | None:
    """An ISO 3166 alpha-2 code, upper-cased."""
    code = text(value, name, 40)
    if code is None:
        return None
    if not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise ConfigError(f"{code!r} is not an ISO 3166 alpha-2 country code (like ML)", source=name)
    return code.upper()


def bounding_box(value: str | None, name: str) -> tuple[float, float, float, float] | None:
    """``west,south,east,north`` in degrees."""
    raw = text(value, name, MAX_LENGTH["bbox"])
    if raw is None:
        return None
    try:
        west, south, east, north = (float(x) for x in raw.split(","))
    except ValueError:
        raise ConfigError("expected four numbers: west,south,east,north", source=name) from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise ConfigError("outside the world (west,south,east,north in degrees)", source=name)
    return (west, south, east, north)


def date_range(since: str | None, until: str | None, *, flag: str) -> tuple[str | None, str | None]:
    """``since`` and ``until`` as the first and last ISO day they cover; refused when
    ``since`` begins after ``until`` ends."""
    first = userdate.bound(since, f"{flag}since")
    last = userdate.bound(until, f"{flag}until", end=True)
    if first and last and first > last:
        raise ConfigError(f"{flag}since {since} is after {flag}until {until}")
    return first, last


def event_filter(
    *,
    actor: str | None = None,
    type: str | None = None,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    modality: str | None = None,
    bbox: str | None = None,
    query: str | None = None,
    place: str | None = None,
    flag: str = "--",
    limit: int | None = None,
    offset: int = 0,
) -> EventFilter:
    """The store's filter for what a user typed; ``flag`` prefixes option names in errors
    (``--`` for the CLI, empty for query parameters). ``query`` is the ``q`` parameter."""
    first, last = date_range(since, until, flag=flag)
    return EventFilter(
        actor=text(actor, f"{flag}actor", MAX_LENGTH["actor"]),
        type=text(type, f"{flag}type", MAX_LENGTH["type"]),
        country=country_code(country, f"{flag}country"),
        since=first,
        until=last,
        modality=text(modality, f"{flag}modality", MAX_LENGTH["modality"]),
        bbox=bounding_box(bbox, f"{flag}bbox"),
        query=text(query, f"{flag}q", MAX_LENGTH["q"]),
        place=text(place, f"{flag}place", MAX_LENGTH["place"]),
        limit=limit,
        offset=offset,
    )


@dataclass(frozen=True)
class PresenceFilter:
    """Checked presence filters; ``at`` is the last ISO day of the typed date (``--at 2024``
    is presences as known on 2024-12-31)."""

    actor: str | None = None
    country: str | None = None
    at: str | None = None


def presence_filter(*, actor: str | None = None, country: str | None = None, at: str | None = None,
                    flag: str = "--") -> PresenceFilter:
    return PresenceFilter(
        actor=text(actor, f"{flag}actor", MAX_LENGTH["actor"]),
        country=country_code(country, f"{flag}country"),
        at=userdate.bound(at, f"{flag}at", end=True),
    )
