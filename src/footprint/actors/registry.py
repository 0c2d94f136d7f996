"""The actor registry: curated YAML entries plus national entries generated
for every ISO country (armed forces, government, the country itself).

``registry()`` builds it once per process. Lookups go through normalized
token keys (see ``normalize_tokens``) so "al-Islam", "al Islam" and
"Al-Islam" are one key, and acronyms written in capitals match only in
capitals ("US" is not "us"). A name of several words matches only with its
capitalised words capitalised ("White Army" is not "a white army truck"),
and an entry's ``case_aliases`` ("LeT", "CoBRA") only as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import ConfigError

ACTOR_TYPES = (
    "state_force", "pmc", "armed_group", "government", "igo", "ngo", "source", "person", "country",
)

#: Types whose names of several words match only with their capitalised words capitalised.
PROPER_TYPES = frozenset({"armed_group", "pmc"})

#: Generic nouns that end a group's name and are often written in lowercase there ("the Maute group").
GENERIC_HEADS = frozenset("""army forces force front group brigade brigades battalion militia movement alliance
    coalition cartel gang clan council party organisation organization network corps commando commandos""".split())

#: Curated files, loaded in this order; a later id may not repeat an earlier one.
DATA_FILES = (
    "pmcs.yaml", "sahel.yaml", "regions.yaml", "conflicts.yaml", "africa.yaml", "middle_east.yaml", "south_asia.yaml",
    "asia_pacific.yaml", "americas.yaml", "igos.yaml", "sources.yaml", "persons.yaml",
)


@dataclass(frozen=True)
class Succession:
    to: str
    date: str | None = None
    countries: tuple[str, ...] = ()  # where the successor took over; empty = everywhere


@dataclass(frozen=True)
class Leader:
    id: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    affiliations: tuple[str, ...] = ()
    #: groups this one broke away from (ISWAP from Boko Haram): kin, not the same group
    split_from: tuple[str, ...] = ()
    wikidata: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    successors: tuple[Succession, ...] = ()
    leaders: tuple[Leader, ...] = ()
    kind: str | None = None  # for sources: media|research|rights
    metonyms: tuple[str, ...] = ()  # names that stand for this actor (seats of government)
    generated: bool = False
    #: aliases that match only in their written case: mixed-case acronyms ("LeT" is not the verb "let")
    case_aliases: tuple[str, ...] = ()
    #: entries whose names mean this group in a text about its country: in Cabo Delgado "Al-Shabaab" is the
    #: local name of the Islamic State-linked insurgency, not the Somali group
    local_for: tuple[str, ...] = ()


# --- normalization ------------------------------------------------------------

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_STRIP = re.compile(r"[.'\-]")
_ELISION = re.compile(r"^(?:l|d|qu)'(?=\w)")


def fold(text: str) -> str:
    """Lowercase, unify quotes/dashes and drop accents."""
    text = text.translate(_QUOTES).lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def token_key(text: str) -> str:
    """Key of one token: folded, French elision and inner dots/apostrophes/hyphens removed.

    A token that is only punctuation of that kind ("-", "'") has the key "" and
    is skipped by matching, so "wal-Muslimin" and "wal Muslimin" meet.
    """
    t = fold(text)
    if t == "'s":
        return "'s"
    t = _ELISION.sub("", t)
    return _STRIP.sub("", t)


def is_acronym(text: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", text)
    return len(letters) >= 2 and letters.isupper() and len(letters) <= 7


@lru_cache(maxsize=1)
def _tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


class _Capitalised:
    """Case pattern of a word that must start with a capital (any other letters)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "CAPITALISED"


CAPITALISED = _Capitalised()


def normalize_tokens(text: str, *, exact: bool = False, proper: bool = False) -> tuple[tuple[str, ...], tuple]:
    """(keys, case patterns) of ``text``.

    A pattern is None (any case), the exact surface a token must have (an acronym; every token when ``exact``),
    or CAPITALISED. With ``proper``, a capitalised word of a name of two or more words is CAPITALISED: a proper
    name written in lowercase is most often the ordinary phrase ("a white army truck", "national salvation").
    A generic noun that ends the name stays free: news writes "the Carlos Patiño front", "the Maute group".
    """
    keys: list[str] = []
    toks: list[str] = []
    for tok in _tokenizer()(text):
        k = token_key(tok.text)
        if k:
            keys.append(k)
            toks.append(tok.text)
    name = proper and len(keys) > 1
    last = len(keys) - 1 if keys and keys[-1] in GENERIC_HEADS else -1
    pats = tuple(
        _STRIP.sub("", t) if exact or is_acronym(t) else CAPITALISED if name and i != last and t[:1].isupper() else None
        for i, t in enumerate(toks)
    )
    return tuple(keys), pats


def accepts(pats, surface, *, capitals: bool = True) -> bool:
    """Whether token surfaces (inner dots, apostrophes, hyphens removed) fit the case patterns; without
    ``capitals`` a CAPITALISED word may be in any case."""
    for p, s in zip(pats, surface):
        if p is None or p == s:
            continue
        if p is not CAPITALISED or (capitals and not s[:1].isupper()):
            return False
    return True


# --- dates ----------------------------------------------------------------------


def _bounds(value: str | date | None, *, upper: bool) -> date | None:
    """First (or last) day of a partial ISO date: "2023", "2023-11", "2023-11-04"."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    parts = str(value).split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return date(y, 12, 31) if upper else date(y, 1, 1)
        m = int(parts[1])
        if len(parts) == 2:
            if not upper:
                return date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(y, m, int(parts[2][:2]))
    except (ValueError, IndexError) as exc:
        raise ConfigError(f"not an ISO date: {value!r}") from exc


# --- the registry -----------------------------------------------------------------


@dataclass(eq=False)  # identity hash: matchers are cached per registry
class Registry:
    actors: dict[str, Actor] = field(default_factory=dict)
    #: alias key -> [(actor_id, case patterns, metonymy)]
    index: dict[tuple[str, ...], list[tuple[str, tuple, bool]]] = field(default_factory=dict)
    #: country-term key -> [(alpha2, kind, case patterns)] with kind name|demonym|plural|capital
    country_terms: dict[tuple[str, ...], list[tuple[str, str, tuple[str | None, ...]]]] = field(default_factory=dict)
    populations: dict[str, int] = field(default_factory=dict)
    #: actor id -> {country: id of the entry its names mean in a text about that country} (``Actor.local_for``)
    local: dict[str, dict[str, str]] = field(default_factory=dict)

    def get(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def __contains__(self, actor_id: str) -> bool:
        return actor_id in self.actors

    def ancestors(self, actor_id: str) -> list[str]:
        """Ids up the ``parent`` line from this actor, nearest first (a loop or an unknown id ends it)."""
        out, seen = [], {actor_id}
        cur = self.actors[actor_id].parent if actor_id in self.actors else None
        while cur and cur not in seen and cur in self.actors:
            out.append(cur)
            seen.add(cur)
            cur = self.actors[cur].parent
        return out

    def __len__(self) -> int:
        return len(self.actors)

    def add(self, actor: Actor) -> None:
        if actor.type not in ACTOR_TYPES:
            raise ConfigError(f"actor {actor.id!r}: unknown type {actor.type!r}")
        self.actors[actor.id] = actor
        # only armed groups' names are pinned to capitals: "a white army truck" is no group, but a mission, an
        # agency or a force is often written in lowercase ("the multinational security support mission")
        proper = actor.type in PROPER_TYPES
        for alias in (actor.name, *actor.aliases):
            self.add_alias(alias, actor.id, proper=proper)
        for alias in actor.metonyms:
            self.add_alias(alias, actor.id, metonymy=True, proper=True)
        for alias in actor.case_aliases:
            self.add_alias(alias, actor.id, exact=True)
        for other in actor.local_for:
            if actor.country:
                self.local.setdefault(other, {})[actor.country] = actor.id

    def local_entry(self, actor_id: str, country: str | None) -> Actor | None:
        """The entry ``actor_id``'s names mean in a text about ``country`` when that is another one, else None."""
        return self.get(self.local.get(actor_id, {}).get(country)) if country else None

    def add_alias(self, alias: str, actor_id: str, *, metonymy: bool = False, exact: bool = False,
                  proper: bool = False) -> None:
        keys, pats = normalize_tokens(alias, exact=exact, proper=proper)
        if not keys:
            return
        bucket = self.index.setdefault(keys, [])
        if not any(a == actor_id and p == pats for a, p, _ in bucket):
            bucket.append((actor_id, pats, metonymy))

    def candidates(self, keys: tuple[str, ...], surface: tuple[str, ...] | None = None, *, capitals: bool = True):
        """Registry entries whose alias has these keys (and, where the alias pins its case, this surface)."""
        out = []
        for actor_id, pats, meto in self.index.get(keys, ()):
            if surface is not None and not accepts(pats, surface, capitals=capitals):
                continue
            out.append((self.actors[actor_id], meto))
        # curated before generated: a curated alias is more specific
        out.sort(key=lambda am: am[0].generated)
        return out

    def lookup(self, text: str) -> Actor | None:
        """The actor ``text`` names exactly (an alias, any case unless an acronym or a case alias), or None.

        A name given on its own is a name: "white army" finds the White Army here, unlike in running text.
        """
        if not isinstance(text, str) or not text.strip() or len(text) > 300:
            return None
        keys, _ = normalize_tokens(text)
        surface = tuple(_STRIP.sub("", t.text) for t in _tokenizer()(text) if token_key(t.text))
        found = self.candidates(keys, surface, capitals=False)
        if found:
            return found[0][0]
        # "the Wagner Group" and "Wagner Group" are one name
        if keys and keys[0] in ("the", "la", "le", "les"):
            found = self.candidates(keys[1:], surface[1:], capitals=False)
            if found:
                return found[0][0]
        return None

    def active(self, actor_id: str, when: str | date | None) -> bool:
        """Whether the actor existed at ``when`` (any overlap for a partial date); unknown ids are inactive."""
        actor = self.get(actor_id)
        if actor is None:
            return False
        if when is None:
            return True
        lo, hi = _bounds(when, upper=False), _bounds(when, upper=True)
        start, end = _bounds(actor.valid_from, upper=False), _bounds(actor.valid_to, upper=True)
        return (start is None or hi >= start) and (end is None or lo <= end)

    def successor(
        self, actor_id: str, when: str | date | None = None, *, country: str | None = None
    ) -> Actor | None:
        """The entry that took over from ``actor_id`` by ``when`` (following the chain), or None.

        Without ``when`` the direct successor is returned. ``country`` limits
        successions that happened only in some countries (Wagner Group ->
        Africa Corps in the Sahel and Libya).
        """
        current, seen = self.get(actor_id), set()
        result = None
        limit = _bounds(when, upper=True) if when is not None else None
        while current is not None and current.id not in seen:
            seen.add(current.id)
            nxt = None
            for s in current.successors:
                if country and s.countries and country not in s.countries:
                    continue
                if limit is not None and s.date and _bounds(s.date, upper=False) > limit:
                    continue
                nxt = self.get(s.to)
                break
            if nxt is None:
                break
            result = nxt
            if when is None:
                break
            current = nxt
        return result

    def force_of(self, person: Actor) -> Actor | None:
        """The armed body a person commands, from their affiliations: an armed group, company or state force, or the
        armed forces of the state whose government they head ("Burhan's army", "Assad's forces"); else None."""
        for aid in person.affiliations:
            e = self.get(aid)
            if e is not None and e.type in ("armed_group", "pmc", "state_force"):
                return e
            if e is not None and e.type == "government" and e.id.startswith("government."):
                return self.get("armed_forces." + e.id.split(".", 1)[1])
        return None

    def leader(self, actor_id: str, when: str | date | None = None) -> Actor | None:
        """The leader of ``actor_id`` at ``when`` (the latest known one without a date)."""
        actor = self.get(actor_id)
        if actor is None or not actor.leaders:
            return None
        if when is None:
            return self.get(actor.leaders[-1].id)
        lo, hi = _bounds(when, upper=False), _bounds(when, upper=True)
        for lead in actor.leaders:
            s, e = _bounds(lead.start, upper=False), _bounds(lead.end, upper=True)
            if (s is None or hi >= s) and (e is None or lo <= e):
                return self.get(lead.id)
        return None


def _read_yaml(name: str) -> Any:
    path = resources.files("footprint.actors") / "data" / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read actor data: {exc}", source=f"actors/data/{name}") from exc


def _tuple(value: Any) -> tuple:
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        return tuple(value)
    return (value,)


def actor_from_entry(entry: dict[str, Any], *, source: str = "") -> Actor:
    if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name") or not entry.get("type"):
        raise ConfigError(f"registry entry needs id, name and type: {entry!r}", source=source)
    country = entry.get("country")
    # YAML reads an unquoted NO (Norway) as false: a country must stay a two-letter string
    if country is not None and not (isinstance(country, str) and len(country) == 2 and country.isupper()):
        raise ConfigError(f"actor {entry.get('id')!r}: country {country!r} is not an ISO alpha-2 code (quote NO)",
                          source=source)
    case_aliases = _tuple(entry.get("case_aliases"))
    if not all(isinstance(a, str) and a.strip() for a in case_aliases):
        raise ConfigError(f"actor {entry.get('id')!r}: case_aliases must be a list of names: {case_aliases!r}",
                          source=source)
    try:
        return Actor(
            id=str(entry["id"]),
            name=str(entry["name"]),
            type=str(entry["type"]),
            country=entry.get("country"),
            aliases=tuple(str(a) for a in _tuple(entry.get("aliases"))),
            parent=entry.get("parent"),
            affiliations=tuple(_tuple(entry.get("affiliations"))),
            split_from=tuple(str(x) for x in _tuple(entry.get("split_from"))),
            wikidata=entry.get("wikidata"),
            valid_from=None if entry.get("valid_from") is None else str(entry["valid_from"]),
            valid_to=None if entry.get("valid_to") is None else str(entry["valid_to"]),
            successors=tuple(
                Succession(to=s["to"], date=None if s.get("date") is None else str(s["date"]),
                           countries=tuple(_tuple(s.get("countries"))))
                for s in _tuple(entry.get("successors"))
            ),
            leaders=tuple(
                Leader(id=x["id"], start=None if x.get("from") is None else str(x["from"]),
                       end=None if x.get("to") is None else str(x["to"]))
                for x in _tuple(entry.get("leaders"))
            ),
            kind=entry.get("kind"),
            metonyms=tuple(str(a) for a in _tuple(entry.get("metonyms"))),
            generated=bool(entry.get("generated", False)),
            case_aliases=tuple(case_aliases),
            local_for=tuple(str(x) for x in _tuple(entry.get("local_for"))),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(f"malformed registry entry {entry.get('id')!r}: {exc}", source=source) from exc


def build_registry(extra_entries: list[dict[str, Any]] | None = None) -> Registry:
    """Build the full registry from the data files (``extra_entries`` are added last)."""
    from .national import national_entries

    reg = Registry()
    generated, terms, populations = national_entries()
    overrides = _read_yaml("overrides.yaml") or {}
    seats = _read_yaml("seats.yaml") or {}
    for entry in generated:
        extra = overrides.get(entry["id"], {})
        for key, value in extra.items():
            entry[key] = list(entry.get(key) or []) + list(value) if isinstance(value, list) else value
        entry["metonyms"] = list(seats.get(entry["id"], []))
        reg.add(actor_from_entry(entry, source="generated"))
    for name in DATA_FILES:
        for entry in _read_yaml(name) or []:
            actor = actor_from_entry(entry, source=f"actors/data/{name}")
            if actor.id in reg.actors:
                raise ConfigError(f"duplicate actor id {actor.id!r}", source=f"actors/data/{name}")
            reg.add(actor)
    for entry in extra_entries or []:
        reg.add(actor_from_entry(entry, source="extra"))
    for alias, cc, kind in terms:
        keys, pats = normalize_tokens(alias)
        if keys:
            bucket = reg.country_terms.setdefault(keys, [])
            if (cc, kind, pats) not in bucket:
                bucket.append((cc, kind, pats))
    # an ambiguous demonym ("Congolese") goes to the most populous country first
    for bucket in reg.country_terms.values():
        bucket.sort(key=lambda ck: -populations.get(ck[0], 0))
    reg.populations = populations
    _check_links(reg)
    return reg


def _check_links(reg: Registry) -> None:
    for actor in reg.actors.values():
        links = [actor.parent, *actor.affiliations, *actor.split_from, *(s.to for s in actor.successors), *(x.id for x in actor.leaders)]
        for link in links:
            if link and link not in reg.actors:
                raise ConfigError(f"actor {actor.id!r} refers to unknown id {link!r}")


def kin_table(reg: Registry) -> dict[str, frozenset[str]]:
    """Id -> ids of the groups related to it by the registry's own links, both ways: parents up the line
    and children down it, declared affiliations, the groups it split from or that split from it, and its
    predecessors and successors (a merger keeps its own fusion key, so its founders are kin, not itself).
    Siblings under one parent are not kin by that alone (two Islamic State provinces are rivals' equals,
    not one another's). Built in one pass over the registry; actors with no links are absent."""
    links: dict[str, set[str]] = {}

    def tie(x: str, y: str) -> None:
        if x != y and x in reg.actors and y in reg.actors:
            links.setdefault(x, set()).add(y)
            links.setdefault(y, set()).add(x)

    for actor in reg.actors.values():
        for other in (*reg.ancestors(actor.id), *actor.affiliations, *actor.split_from, *(s.to for s in actor.successors)):
            tie(actor.id, other)
    return {k: frozenset(v) for k, v in links.items()}


@lru_cache(maxsize=1)
def registry() -> Registry:
    """The process-wide registry (built on first use, then cached)."""
    return build_registry()
