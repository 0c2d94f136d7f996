"""Mentions the matcher joins after its passes: a numbered unit and its owner, a country's possessive on its own
group, members of a branch, an organisation's mission in a country (docs/actors.md, "Matching")."""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as lx
from . import matcher as _m
from .registry import accepts

#: an ordinal written in figures: "47th", "3rd", "155th"
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def merge(m: _m.DocMatcher, found: list[_m.Found]) -> list[_m.Found]:
    """Every join below, in order."""
    return commanded(m, allied(m, bodies(m, missions(m, hired_of(m, possessed(m, national_members(
        m, members_of(m, units(m, found)))))))))


def units(m: _m.DocMatcher, found: list[_m.Found]) -> list[_m.Found]:
    """ "the 47th Mechanized Brigade", "Russia's 155th Naval Infantry Brigade", "the army's 5th Infantry
    Division": a numbered unit no entry names is the armed forces it belongs to, its possessor's if one is
    written, else (coreference) the forces of the country the report is about."""
    out = list(found)
    for i in range(m.n):
        if not _ORDINAL.match(m.texts[i]):
            continue
        j = i + 1
        while j < min(m.n, i + 5) and m.doc[j].is_title and m.k(j) not in lx.UNIT_HEADS:
            j += 1
        if j >= m.n or m.k(j) not in lx.UNIT_HEADS or not m.doc[j].is_title:
            continue
        end = j + 1
        if any(f.actor is not None and f.start < end and i < f.end for f in out):
            continue  # a unit with its own entry ("444th Brigade"), or one inside another name
        out = [f for f in out if not (f.start < end and i < f.end)]  # the unknown name found for it
        out = _owned_unit(m, out, i, end)
    # "the army's Rapid Intervention Battalion": a unit name several armies use, after its owner's possessive
    for f in [f for f in out if f.actor is None and f.countries and f.descriptor == ("state_force",)
              and m.k(f.start - 1) == "'s"]:
        out.remove(f)
        out = _owned_unit(m, out, f.start, f.end, f)
    return out


def _owned_unit(m: _m.DocMatcher, out: list[_m.Found], i: int, end: int,
                unit: _m.Found | None = None) -> list[_m.Found]:
    """``out`` with the unit over tokens ``i``..``end`` joined to its owner's possessive before it, if any."""
    owner = next((f for f in out if f.end == i - 1), None) if m.k(i - 1) == "'s" else None
    if owner is not None and owner.actor is not None and owner.actor.type == "country":
        new = _m.Found(owner.start, end, m.national(owner.actor.country, "force"))
    elif owner is not None and ((owner.actor is None and "state_force" in owner.descriptor)
                                or (owner.actor is not None and owner.actor.type == "state_force")):
        # "the army's 5th Infantry Division", "the FARDC's 34th Military Region"; a descriptor owner ("the army's")
        # is the report's own army, never another force named before it (police are no army)
        new = replace(owner, end=end, bare=owner.bare or owner.actor is None)
    else:
        owner, new = None, unit or _m.Found(i, end, None, via="coref", descriptor=("state_force",))
    if owner is not None:
        out.remove(owner)
    out.append(new)
    return out

def missions(m: _m.DocMatcher, found: list[_m.Found]) -> list[_m.Found]:
    """ "the SADC mission in eastern Congo": an organisation's mission in a country is the organisation's one
    mission there when the registry holds exactly one (SAMIDRC), else the words stay the organisation's."""
    out = []
    for f in found:
        j = f.end
        if f.actor is None or f.actor.type != "igo" or m.k(j) not in lx.MISSION_NOUNS or m.k(j + 1) != "in":
            out.append(f)
            continue
        t = j + 2 + (m.k(j + 2) == "the")
        t += m.k(t) in lx.PLACE_ADJECTIVES
        child = None
        for e, (_, terms), surface in reversed(m._walk(m.trie.root, t)):
            names = [term for term in terms if term[1] == "name" and accepts(term[2], surface)]
            if names and surface[0][:1].isupper():
                # "Congo" names two states: the one the organisation has a mission in
                child = next((c for c in (m._branch_of(f.actor, n[0]) for n in names) if c), None)
                break
        out.append(_m.Found(f.start, e, child) if child is not None else f)
    return out

def members_of(m: _m.DocMatcher, found: list[_m.Found]) -> list[_m.Found]:
    """ "FARC dissidents of the EMC", "Islamic State fighters of the Sahel Province": a named body's members
    "of" one of its own branches are one mention of the branch."""
    by_start = {f.start: f for f in found if f.actor is not None}
    drop: set[int] = set()
    out: list[_m.Found] = []
    for g in found:
        if g.actor is None or m.k(g.end - 1) not in lx.MEMBER_NOUNS or m.k(g.end) != "of":
            continue
        h = by_start.get(g.end + 1 + (m.k(g.end + 1) == "the"))
        if h is None or h.actor.type not in ("armed_group", "pmc") or g.actor.id not in m.reg.ancestors(h.actor.id):
            continue
        drop |= {id(g), id(h)}
        out.append(_m.Found(g.start, h.end, h.actor))
    return [f for f in found if id(f) not in drop] + out

def possessed(m: _m.DocMatcher, found: list[_m.Found]) -> list[_m.Found]:
    """ "Colombia's ELN", "Pakistan's TTP": a country's possessive before a named group of that country is
    part of the group's mention, not the country acting."""
    by_start = {f.start: f for f in found}
    drop: set[int] = set()
    out: list[_m.Found] = []
    for c in found:
        if c.actor is None or c.actor.type != "country" or m.k(c.end) != "'s":
            continue
        g = by_start.get(c.end + 1)
        if g is None or g.actor is None or g.actor.generated or g.actor.type not in lx.POSSESSED_TYPES \
                or g.actor.country not in (c.actor.country, None):
            continue
        drop |= {id(c), id(g)}
        out.append(replace(g, start=c.start))
    return [f for f in found if id(f) not in drop] + out


def national_members(m: _m.DocMatcher, found: list[_m.Found]) -> list[_m.Found]:
    """ "Burkinabe fighters of the VDP", "Libyan fighters of the 444th Brigade": a nationality right before members
    "of" a named group of that country is part of the group's mention, not the country on its own."""
    by_start = {f.start: f for f in found if f.actor is not None and f.actor.type in lx.POSSESSED_TYPES}
    drop: set[int] = set()
    out: list[_m.Found] = []
    for c in found:
        if c.actor is None or c.actor.type != "country" or c.via != "demonym":
            continue
        g = by_start.get(c.end)
        if g is None or m.k(g.start) not in lx.NATIONAL_FIGHTERS or m.k(g.start + 1) not in lx.FIGHTERS_OF \
                or g.actor.country != c.actor.country:
            continue
        drop |= {id(c), id(g)}
        out.append(replace(g, start=c.start))
    return [f for f in found if id(f) not in drop] + out


def hired_of(m: _m.DocMatcher, found: list[_m.Found]) -> list[_m.Found]:
    """ "Russian contractors of the Africa Corps", "Mercenaries of Russia's Africa Corps": hired men "of" or "from"
    a named company are one mention of it, like "members of X" (a nationality before them must be the company's)."""
    by_start = {f.start: f for f in found if f.actor is not None}
    drop: set[int] = set()
    out: list[_m.Found] = []
    for g in found:
        if g.actor is not None or "pmc" not in g.descriptor or m.k(g.end) not in ("of", "from"):
            continue
        h = by_start.get(g.end + 1 + (m.k(g.end + 1) == "the"))
        if h is None or h.actor.type != "pmc" or g.nationality not in (None, h.actor.country):
            continue
        drop |= {id(g), id(h)}
        out.append(_m.Found(g.start, h.end, h.actor))
    return [f for f in found if id(f) not in drop] + out


def bodies(m: _m.DocMatcher, found: list[_m.Found]) -> list[_m.Found]:
    """ "the UN human rights office", "a UN monitoring panel": an organisation's office or agency that the registry
    does not name (a named one, "UN refugee agency", matched whole already) is an unknown body of that
    organisation, kept as found; reading it as the organisation itself would credit its words to the whole UN."""
    out = []
    for f in found:
        j = f.end
        if f.actor is None or f.actor.type != "igo" or f.actor.country or m.k(j - 1) == "'s":
            out.append(f)
            continue
        # up to four lowercase words, then an office noun: the body's own name in lowercase
        while j < min(m.n, f.end + 4) and m.doc[j].is_lower and m.doc[j].is_alpha and m.k(j) not in lx.BODY_HEADS:
            j += 1
        if j < m.n and m.k(j) in lx.BODY_HEADS and m.doc[j].is_lower \
                and not any(g is not f and g.start <= j < g.end for g in found):
            out.append(_m.Found(f.start, j + 1, None, via="registry", name=m.doc[f.start:j + 1].text, type="igo"))
        else:
            out.append(f)
    return out


def allied(m: _m.DocMatcher, found: list[_m.Found]) -> list[_m.Found]:
    """ "The KIA and allied PDFs": "allied" between a named side and the group joined to it by "and" is the group's
    word and stays in its span; elsewhere it is left out (a wider rule cost held-out strict F1, docs/actors.md)."""
    ends = {f.end for f in found if f.actor is not None and f.actor.type in ("armed_group", "state_force")}
    out = []
    for f in found:
        s = f.start
        if f.actor is not None and f.actor.type == "armed_group" and s >= 3 and m.k(s - 1) == "allied" \
                and m.doc[s - 1].is_lower and m.k(s - 2) == "and" and s - 2 in ends and _plural_name(m, f):
            f = replace(f, start=s - 1)
        out.append(f)
    return out


def _plural_name(m: _m.DocMatcher, f: _m.Found) -> bool:
    """A group named as its many units: a plural acronym ("PDFs") or a name with a member noun ("… units")."""
    last = m.doc[f.end - 1].text
    return (len(last) > 2 and last.endswith("s") and last[:-1].isupper()) or m.k(f.end - 1) in lx.MEMBER_NOUNS


def commanded(m: _m.DocMatcher, found: list[_m.Found]) -> list[_m.Found]:
    """ "Haftar's fighters", "Burhan's army": a commander's possessive on members or a force head is one mention of
    the force the commander leads (the registry's affiliation), not of the person."""
    out = []
    for f in found:
        if f.actor is not None and f.actor.type == "person":
            j = f.end if m.k(f.end) == "'s" else None
            if j is not None and m.head_at(j + 1)[0] == "force":
                end = m.head_at(j + 1)[1]
            elif "'s" in m.keys[f.start:f.end] and m.k(f.end - 1) in lx.MEMBER_NOUNS:
                end = f.end  # the matcher took the members in already
            else:
                end = None
            force = m.reg.force_of(f.actor) if end is not None else None
            if force is not None:
                f = _m.Found(f.start, end, force)
        out.append(f)
    return out
