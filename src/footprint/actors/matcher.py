"""Finds actor mentions in a Doc: registry names through a token trie, national
forces and governments composed from country terms, generic descriptors for
coreference, and NER entities the registry does not know.

The trie is built once per registry and walks token keys, so matching costs
a few dict lookups per token.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from . import lexicon as lx
from .registry import Actor, Registry, _STRIP, token_key

_END = "\0"


@dataclass
class Found:
    """A mention before it becomes a ``model.ActorMention`` (token offsets)."""

    start: int
    end: int
    actor: Actor | None
    via: str = "registry"
    metonymy: bool = False
    name: str | None = None  # for unknown actors
    type: str | None = None  # for unknown actors
    descriptor: tuple[str, ...] = ()  # types a generic descriptor may refer to (coref pending)
    leader_of: bool = False  # "its leader": resolve to the antecedent's leader
    bare: bool = False  # "soldiers" with no determiner: only the document's own forces, never an antecedent


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return token_key(text)


class Trie:
    def __init__(self, registry: Registry):
        self.root: dict = {}
        for keys, entries in registry.index.items():
            node = self._node(keys)
            node.setdefault(_END, [[], []])[0].extend(entries)
        for keys, terms in registry.country_terms.items():
            node = self._node(keys)
            node.setdefault(_END, [[], []])[1].extend(terms)
        self.descriptors: dict = {}
        for phrase, types in lx.DESCRIPTORS.items():
            node = self.descriptors
            for k in phrase.split():
                node = node.setdefault(_key(k), {})
            node[_END] = types

    def _node(self, keys):
        node = self.root
        for k in keys:
            node = node.setdefault(k, {})
        return node


@lru_cache(maxsize=4)
def trie_for(registry: Registry) -> Trie:
    return Trie(registry)


def _accepts(pats, surface) -> bool:
    return all(p is None or p == s for p, s in zip(pats, surface))


class DocMatcher:
    """One pass over one doc; ``run()`` returns the mentions in text order."""

    def __init__(self, doc: Doc, registry: Registry):
        self.doc = doc
        self.reg = registry
        self.trie = trie_for(registry)
        self.keys = [_key(t.text) for t in doc]
        self.n = len(doc)
        self.taken = [False] * self.n
        #: countries named as places ("in Mali", "to Niamey"): evidence of what the report is about
        self.place_countries: Counter[str] = Counter()
        self.place_hits: list[tuple[int, str]] = []  # (token, country) of each

    # --- helpers -------------------------------------------------------------------

    def k(self, i: int) -> str:
        return self.keys[i] if 0 <= i < self.n else ""

    def _next(self, i: int) -> int:
        """Index of the next token with a non-empty key at or after ``i``."""
        while i < self.n and not self.keys[i]:
            i += 1
        return i

    def _walk(self, root: dict, i: int):
        """Longest trie path from token ``i``: [(end, node_value, surfaces)]."""
        node, j, surface, hits = root, i, [], []
        while j < self.n:
            key = self.keys[j]
            if not key:
                if j == i or self.doc[j].is_space:
                    break
                j += 1  # inner hyphen/apostrophe token
                continue
            node = node.get(key)
            if node is None:
                break
            surface.append(_STRIP.sub("", self.doc[j].text))
            j += 1
            if _END in node:
                hits.append((j, node[_END], tuple(surface)))
        return hits

    def head_at(self, j: int) -> tuple[str | None, int]:
        """("force"|"gov"|None, end) for a force/government head at ``j``."""
        a, b = self.k(j), self.k(j + 1)
        if (a, b) in lx.FORCE_HEADS_2:
            return "force", j + 2
        if (a, b) in lx.GOV_HEADS_2:
            return "gov", j + 2 if b != "of" else j + 1
        if a in lx.FORCE_HEADS:
            return "force", j + 1
        if a in lx.GOV_HEADS:
            return "gov", j + 1
        return None, j

    def skip_modifiers(self, j: int, limit: int = 3) -> int:
        while limit and self.k(j) in lx.MODIFIERS and self.head_at(j)[0] is None:
            j += 1
            limit -= 1
        # "military" is a modifier only when a head follows it ("military government")
        return j

    def national(self, cc: str, cls: str) -> Actor | None:
        prefix = "armed_forces" if cls == "force" else "government"
        return self.reg.get(f"{prefix}.{cc.lower()}")

    def agentive_verb_after(self, j: int) -> bool:
        for _ in range(3):
            key = self.k(j)
            if key in lx.AGENT_VERBS:
                return True
            if key not in lx.AUX:
                return False
            j += 1
        return False

    # --- passes --------------------------------------------------------------------

    def run(self) -> list[Found]:
        found: list[Found] = []
        i = 0
        while i < self.n:
            hits = self._walk(self.trie.root, i) if self.keys[i] else []
            match = self._choose(i, hits)
            if match:
                for f in match:
                    found.append(f)
                end = max(f.end for f in match)
                for t in range(i, end):
                    self.taken[t] = True
                i = max(end, i + 1)
            else:
                i += 1
        found += self.descriptors(found)
        found += self.entities(found)
        found.sort(key=lambda f: (f.start, -f.end))
        return found

    def _choose(self, i: int, hits) -> list[Found] | None:
        for end, (entries, terms), surface in reversed(hits):
            actors = [(self.reg.actors[a], m) for a, p, m in entries if _accepts(p, surface)]
            actors.sort(key=lambda am: am[0].generated)
            named = [(a, m) for a, m in actors if a.type != "country"]
            if named:
                actor, meto = named[0]
                return [Found(i, self._extend_member(end), actor, metonymy=meto)]
            # country names and demonyms are proper nouns: "mali" inside a URL is not Mali
            proper = surface[0][:1].isupper()
            terms = [t for t in terms if _accepts(t[2], surface) and proper]
            country_names = [(a.country, "name") for a, _ in actors if a.type == "country" and proper]
            options = [(cc, kind) for cc, kind, _ in terms] + country_names
            if options:
                result = self._compose(i, end, options)
                if result is not None:
                    return result
        return None

    def _extend_member(self, end: int) -> int:
        """Take "forces"/"fighters" after a group name into the mention ("Wagner's mercenaries")."""
        j = end
        if self.k(j) == "'s":
            j += 1
        if self.k(j) in lx.MEMBER_NOUNS:
            return j + 1
        return end

    def _compose(self, i: int, end: int, options) -> list[Found] | None:
        kinds = {kind for _, kind in options}
        cc_of = {kind: cc for cc, kind in reversed(options)}
        prev = self.k(i - 1)
        j = end
        possessive = self.k(j) == "'s"
        if possessive:
            j += 1
        h = self.skip_modifiers(j)
        cls, hend = self.head_at(h)

        if "demonym" in kinds and not possessive:
            cc = cc_of["demonym"]
            if cls:
                return [Found(i, hend, self.national(cc, cls), via="demonym")]
            chain = self._coordinated(end)
            if chain:
                return chain(cc, i, end)
        if "name" in kinds or "capital" in kinds:
            kind = "name" if "name" in kinds else "capital"
            cc = cc_of[kind]
            if cls and (possessive or kind == "name") and not (self.k(h) == "state" and not possessive):
                return [Found(i, hend, self.national(cc, cls))]
            before = self._head_before_of(i)
            if before is not None and kind == "name":
                return [Found(before[0], end, self.national(cc, before[1]))]
            # "Diplomats in Ouagadougou said", "residents of Khartoum said": the name is a place, whoever speaks
            agentive = prev not in lx.PLACE_PREPOSITIONS and (
                (possessive and (self.k(h) in lx.AGENTIVE_NOUNS or _nominal(self.k(h))) and self.k(h) not in lx.PLACE_NOUNS)
                or (not possessive and prev != "of" and self.agentive_verb_after(end)))
            if agentive:
                return [Found(i, end, self.national(cc, "gov"), metonymy=True)]
            if kind == "name" and prev not in lx.PLACE_PREPOSITIONS:
                return [Found(i, end, self.reg.get(f"country.{cc.lower()}"))]
            self.place_countries[cc] += 1
            self.place_hits.append((i, cc))
            return None
        if "plural" in kinds and prev == "the":
            cc = cc_of["plural"]
            return [Found(i, end, self.reg.get(f"country.{cc.lower()}"), via="demonym", metonymy=True)]
        if "demonym" in kinds and not possessive and self.k(end) and self.doc[end - 1].is_alpha:
            return [Found(i, end, self.reg.get(f"country.{cc_of['demonym'].lower()}"), via="demonym")]
        return None

    def _coordinated(self, end: int):
        """ "French and Malian troops": both demonyms share the head after the last one."""
        j, ccs = end, []
        while self.k(j) in ("and", ",", "or") and j < self.n:
            j = self._next(j + 1)
            hits = self._walk(self.trie.root, j)
            term = None
            for e, (_, terms), _surface in reversed(hits):
                dem = [t for t in terms if t[1] == "demonym"]
                if dem:
                    term = (e, dem[0][0])
                    break
            if term is None:
                return None
            ccs.append((j, term[0], term[1]))
            j = term[0]
        if not ccs:
            return None
        cls, hend = self.head_at(self.skip_modifiers(j))
        if not cls:
            return None

        def build(cc, i, end):
            out = [Found(i, end, self.national(cc, cls), via="demonym")]
            for s, e, other in ccs:
                out.append(Found(s, hend if e == j else e, self.national(other, cls), via="demonym"))
            return out

        return build

    def _head_before_of(self, i: int):
        """ "the government of Mali", "armed forces of Niger": (start, class) or None."""
        if self.k(i - 1) != "of":
            return None
        j = i - 2
        if j >= 1 and (self.k(j - 1), self.k(j)) in lx.FORCE_HEADS_2 | lx.GOV_HEADS_2:
            cls = "force" if (self.k(j - 1), self.k(j)) in lx.FORCE_HEADS_2 else "gov"
            return j - 1, cls
        if self.k(j) in lx.FORCE_HEADS:
            return j, "force"
        if self.k(j) in lx.GOV_HEADS:
            return j, "gov"
        return None

    # --- generic descriptors -----------------------------------------------------------

    def descriptors(self, found: list[Found]) -> list[Found]:
        by_start = {f.start: f for f in found if f.actor is not None}
        out: list[Found] = []
        i = 0
        while i < self.n:
            if self.taken[i] or not self.keys[i]:
                i += 1
                continue
            hits = self._walk(self.trie.descriptors, i)
            hits = [h for h in hits if not any(self.taken[t] for t in range(i, h[0]))]
            if not hits:
                i += 1
                continue
            end, types, _ = hits[-1]
            phrase = " ".join(k for k in self.keys[i:end] if k)
            f = self._descriptor(i, end, types, phrase, by_start)
            if f is not None:
                out.append(f)
                for t in range(f.start, f.end):
                    self.taken[t] = True
            i = end
        return out

    def _descriptor(self, i, end, types, phrase, by_start) -> Found | None:
        # "members of Wagner Group", "PMCs from the Wagner Group", "fighters (PMCs) from JNIM"
        j = end
        if self.k(j) == "(":
            close = next((t for t in range(j, min(j + 6, self.n)) if self.k(t) == ")"), None)
            if close is not None:
                j = close + 1
        elif self.k(j) == ")":
            j += 1
        if self.k(j) in ("of", "from") and "person" not in types:
            t = j + 1 + (self.k(j + 1) == "the")
            target = by_start.get(t)
            if target is not None and target.actor.type in ("armed_group", "pmc", "state_force", "igo"):
                return Found(i, end, target.actor, via="coref")
        # determiner, then up to three modifiers ("the Washington-based think tank")
        d = i - 1
        hops = 0
        while d >= 0 and hops < 4 and (self.k(d) in lx.UNKNOWN_MODIFIERS or self.k(d) in lx.MODIFIERS
                                       or self.k(d) in ("based", "backed", "led", "linked", "paramilitary", "")
                                       or (self.doc[d].is_title and self.k(d + 1) == "")):
            d -= 1
            hops += 1
        det = self.k(d)
        if types == ("person",):
            if det in lx.POSSESSIVES or det == "'s" or (det == "the" and self.k(end) != "of"):
                start = d if det in lx.POSSESSIVES else i
                return Found(start, end, None, via="coref", descriptor=types, leader_of=True)
            return None
        if det in lx.DETERMINERS:
            return Found(i, end, None, via="coref", descriptor=types)
        if phrase in lx.BARE_NATIONAL and det not in lx.POSSESSIVES and det != "'s" and det not in lx.NOT_OWN \
                and self.k(i - 1) not in lx.NOT_OWN and not self._modifies_noun(end - 1):
            # "12 soldiers were killed": the forces of the country the report is about, if it is known
            return Found(i, end, None, via="coref", descriptor=types, bare=True)
        if phrase in lx.ARMED_UNKNOWN and det not in lx.POSSESSIVES and det != "'s":
            start = i
            while start > 0 and (self.k(start - 1) in lx.UNKNOWN_MODIFIERS
                                 or self.doc[start - 1].ent_type_ == "NORP") and not self.taken[start - 1]:
                start -= 1
            text = self.doc[start:end].text
            return Found(start, end, None, via="registry", name=text, type=types[0])
        return None

    def _modifies_noun(self, j: int) -> bool:
        """ "military sources", "army-aligned": the word only describes the noun after it. Units, weapons
        and posts of a force stay its own ("air force jets", "an army patrol", "a military base")."""
        if self.doc.has_annotation("DEP") and self.doc[j].dep_ in ("compound", "amod", "nmod"):
            head = self.k(self.doc[j].head.i)
            return head not in lx.FORCE_HEADS and head not in lx.MEMBER_NOUNS and head not in lx.FORCE_POSTS
        return False

    # --- named entities the registry does not know ----------------------------------------

    def entities(self, found: list[Found] = ()) -> list[Found]:
        out: list[Found] = []
        # "Traoré" after "Ibrahim Traoré": a later surname is the person named in full before it
        people: dict[str, Found] = {}
        for f in found:
            if f.actor is not None and f.actor.type == "person" and f.end - f.start > 1:
                people.setdefault(self.k(f.end - 1), f)
        for ent in sorted(self.doc.ents, key=lambda e: e.start):
            if ent.label_ not in ("ORG", "PERSON") or any(self.taken[t] for t in range(ent.start, ent.end)):
                continue
            keys = [k for k in self.keys[ent.start:ent.end] if k]
            if not keys or not any(c.isalpha() for c in ent.text):
                continue
            # the small model tags places as PERSON/ORG now and then ("Mali", "Sahel")
            if tuple(keys) in self.reg.country_terms or tuple(keys[1:]) in self.reg.country_terms \
                    or keys[-1] in lx.REGION_WORDS:
                continue
            actor = self.reg.lookup(ent.text)
            if actor is not None and actor.type != "country":
                out.append(Found(ent.start, ent.end, actor, via="ner"))
                continue
            if self.k(ent.start - 1) in lx.PLACE_PREPOSITIONS and not (set(keys) & lx.ORG_ARMED_WORDS):
                continue  # "near Djibo", "in Kidal": a place the model took for a name
            if ent.label_ == "PERSON":
                full = people.get(keys[-1]) if len(keys) == 1 else None
                if full is not None and full.start < ent.start:
                    out.append(Found(ent.start, ent.end, full.actor, via="coref", name=full.name, type="person"))
                    continue
                f = Found(ent.start, ent.end, None, via="ner", name=ent.text, type="person")
                if len(keys) > 1:
                    people.setdefault(keys[-1], f)
                out.append(f)
                continue
            words = set(keys)
            if words & lx.ORG_PLACE_WORDS:
                continue
            typ = ("armed_group" if words & lx.ORG_ARMED_WORDS else "source" if words & lx.ORG_SOURCE_WORDS
                   else "government" if words & lx.ORG_GOV_WORDS else None)
            out.append(Found(ent.start, ent.end, None, via="ner", name=ent.text, type=typ))
        return out


_NOMINAL_SUFFIXES = ("ment", "tion", "sion", "ance", "ence", "ship", "ism")


def _nominal(key: str) -> bool:
    """Action or stance nouns by their ending ("involvement", "intervention")."""
    return len(key) > 6 and key.endswith(_NOMINAL_SUFFIXES)
