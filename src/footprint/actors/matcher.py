"""Finds actor mentions in a Doc: registry names through a token trie (``trie.py``), national
forces and governments composed from country terms (their rules: ``demonyms.py``), generic descriptors for
coreference (their rules: ``descriptors.py``), and NER entities the registry does not know.

The trie is built once per registry and walks token keys, so matching costs
a few dict lookups per token.
"""

from __future__ import annotations


from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from ..errors import FootprintError
from ..nlp import doc_parsed, token_texts
from . import lexicon as lx
from .culture import is_art
from . import merging
from .demonyms import DemonymRules
from .descriptors import DescriptorRules, Found
from .names import NameRules
from .registry import Actor, Registry, _STRIP, accepts
from .trie import _END, _cased, _key, trie_for



class DocMatcher(DemonymRules, DescriptorRules, NameRules):
    """One pass over one doc; ``run()`` returns the mentions in text order."""

    def __init__(self, doc: Doc, registry: Registry):
        self.doc = doc
        self.reg = registry
        self.trie = trie_for(registry)
        self.texts = token_texts(doc)
        self.keys = [_cased(_key(t), t) for t in self.texts]
        self.n = len(doc)
        self.taken = [False] * self.n
        #: countries named as places ("in Mali", "to Niamey"): evidence of what the report is about
        self.place_countries: Counter[str] = Counter()
        self.place_hits: list[tuple[int, str]] = []  # (token, country) of each
        #: token -> every country a place hit's words may name, where they name several ("in eastern Congo")
        self.place_options: dict[int, tuple[str, ...]] = {}
        #: group mentions taken into a member phrase ("members of the CJTF" is one mention)
        self.absorbed: set[int] = set()
        self.so_far: list[Found] = []
        #: end of the longest country term read at the current token (``run``)
        self.term_end = 0

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
            surface.append(self._surface(j))
            j += 1
            if _END in node:
                hits.append((j, node[_END], tuple(surface)))
        return hits

    def _surface(self, j: int) -> str:
        """Token ``j`` as the case patterns read it. The Arabic article joined by a hyphen ("al-shabaab",
        "al-qaeda") marks a name however it is cased, so the joined words count as capitalised."""
        text = _STRIP.sub("", self.texts[j])
        if text[:1].islower() and (self._al_hyphen(j) or self._al_hyphen(j - 2)):
            return text[:1].upper() + text[1:]
        return text

    def _al_hyphen(self, j: int) -> bool:
        """Whether token ``j`` is "al" joined by a hyphen, with no space, to the word after it."""
        if j < 0 or j + 2 >= self.n or self.texts[j].lower() != "al" or self.texts[j + 1] not in ("-", "‑"):
            return False
        return not self.doc[j].whitespace_ and not self.doc[j + 1].whitespace_ and self.doc[j + 2].is_alpha

    def head_at(self, j: int) -> tuple[str | None, int]:
        """("force"|"gov"|None, end) for a force/government head at ``j``."""
        a, b = self.k(j), self.k(j + 1)
        if 0 <= j < self.n and self.texts[j] in lx.FORCE_ACRONYMS:
            # "Nigerien FDS soldiers", "Chad's FDS": the local acronym of the forces, a nationality before it says whose
            # (a loop, not a call per acronym: a long run of them must neither recurse deep nor rescan)
            k = j + 1
            while k < self.n and self.texts[k] in lx.FORCE_ACRONYMS:
                k += 1
            nxt, nend = self.head_at(k)
            return "force", nend if nxt == "force" else k
        if (a, b) in lx.FORCE_HEADS_2:
            return "force", j + 2
        field = self._ministry_field(j)
        if field:
            return "gov", field
        if (a, b) in lx.GOV_HEADS_2:
            return "gov", j + 2 if b != "of" else j + 1
        if (a, b) in lx.POLICE_HEADS_2:
            return "police", j + 2
        if a in lx.POLICE_HEADS and b not in lx.POLICE_NOT_HEAD:
            return "police", j + 1
        if a in lx.FORCE_HEADS:
            return "force", j + 1
        if a in lx.GOV_HEADS:
            return "gov", j + 1
        return None, j

    def _ministry_field(self, j: int) -> int:
        """End of a ministry named with its field at ``j`` ("health ministry", "ministry of territorial
        administration"), else 0."""
        for n in (2, 1):
            field = tuple(self.k(j + t) for t in range(n))
            if field in lx.MINISTRY_FIELDS and self.k(j + n) == "ministry":
                return j + n + 1
            if self.k(j) == "ministry" and self.k(j + 1) == "of":
                if tuple(self.k(j + 2 + t) for t in range(n)) in lx.MINISTRY_FIELDS:
                    return j + 2 + n
        return 0

    def ministry_forces_end(self, end: int) -> int:
        """ "the interior ministry's (special) forces": end of the forces a ministry ending at ``end`` holds, which
        are the armed forces, not the ministry; else ``end``."""
        if self.k(end - 1) != "ministry" or self.k(end) != "'s":
            return end
        cls, hend = self.head_at(self.skip_modifiers(end + 1))
        return hend if cls == "force" else end

    def compound_at(self, j: int) -> int:
        """End of a descriptive "<word>-<participle>" compound at ``j`` ("army-aligned"), else ``j``."""
        if j + 2 < self.n and self.k(j) and self.texts[j + 1] in ("-", "‑") and self.k(j + 2) in lx.COMPOUND_PARTICIPLES:
            return j + 3
        return j

    def tail_end(self, cls: str | None, end: int) -> int:
        """ "the army's general staff", "Kyiv's army chief": the force's own organs stay the force."""
        if cls != "force":
            return end
        j = end + (self.k(end) == "'s")
        for tail in lx.FORCE_TAILS:
            if tuple(self.k(j + t) for t in range(len(tail))) == tail:
                return j + len(tail)
        return end

    def seat_end(self, cls: str | None, end: int) -> int:
        """ "the government in N'Djamena", "authorities in Port Sudan": the seat named after "in" is part of it."""
        if cls != "gov" or self.k(end) != "in":
            return end
        j = end + 1
        while j < self.n and j < end + 4 and self.doc[j].is_title and self.k(j) not in _CALENDAR:
            j += 1
        return j if j > end + 1 else end

    def locative(self, i: int, end: int | None = None) -> bool:
        """Whether a country term at ``i`` (to ``end``) is a place: "in Mali", "in northern Mali", "the border with
        Niger", "north of Kharkiv", "in the Central African Republic"."""
        j = i - 1
        if j >= 0 and self.k(j) == "the" and end is not None and not (end < self.n and self.doc[end].is_title):
            # a name read with its article; not one that opens a longer name ("from the Mozambique Province of ...")
            j -= 1
        first = j
        while j >= 0 and (self.k(j) in lx.PLACE_ADJECTIVES or (not self.k(j) and not self.doc[j].is_space
                                                                and self.texts[j] in "-‑")):
            j -= 1
        prev = self.k(j)
        if prev in lx.PLACE_PREPOSITIONS:
            return True
        if j < first and prev in ("and", ","):
            return True  # "central and northern Mali"
        before = self.k(j - 1)
        return (prev in ("with", "of") and before in lx.BORDER_NOUNS) or (
            prev == "of" and (before in lx.PLACE_ADJECTIVES or before in lx.PLACE_NOUNS))  # "north of Kharkiv"

    def inside_name(self, i: int, end: int) -> bool:
        """A country term that opens a longer proper name ("Syrian Observatory for Human Rights")."""
        ent = self.doc[i]
        if not ent.ent_type_ or ent.ent_type_ == "NORP":
            return False
        j = i
        while j < self.n and self.doc[j].ent_type_ == ent.ent_type_ and (j == i or self.doc[j].ent_iob_ == "I"):
            j += 1
        if ent.ent_type_ in ("GPE", "LOC"):  # the tagger calls some organisations places
            return j > end and self._org_named(self.keys[i:j])
        return j > end

    @staticmethod
    def _org_named(keys) -> bool:
        return bool(set(keys) & (lx.ORG_SOURCE_WORDS | lx.ORG_ARMED_WORDS | lx.ORG_GOV_WORDS | lx.ORG_STATE_WORDS))

    def skip_modifiers(self, j: int, limit: int = 3) -> int:
        while limit:
            c = self.compound_at(j)
            if c > j:
                j = c  # "Sudan's army-aligned government"
            elif self.k(j) in lx.MODIFIERS and self.head_at(j)[0] is None:
                j += 1
            else:
                break
            limit -= 1
        # "military" is a modifier only when a head follows it ("military government")
        return j

    def titled_police(self, j: int) -> tuple[str | None, int]:
        """("police", end) for a police unit's own capitalised name at ``j`` ("Benin's Republican Police", "Nigeria's
        Mobile Police"): up to two capitalised words, then a capitalised police head; else (None, j)."""
        k = j
        while k < min(self.n, j + 2) and self.doc[k].is_title and self.head_at(k)[0] is None:
            k += 1
        if k == j or k >= self.n or not self.doc[k].is_title:
            return None, j
        cls, end = self.head_at(k)
        return (cls, end) if cls == "police" else (None, j)

    def national(self, cc: str, cls: str) -> Actor | None:
        prefix = "armed_forces" if cls == "force" else "government"
        return self.reg.get(f"{prefix}.{cc.lower()}")

    def national_found(self, i: int, end: int, cc: str, cls: str, via: str = "registry") -> Found:
        """A national phrase: the forces or government of ``cc``; its police is a state force the registry
        does not list, kept as found."""
        end = self.seat_end(cls, self.tail_end(cls, end))
        if cls == "police":
            return Found(i, end, None, via=via, name=self.doc[i:end].text, type="state_force")
        return Found(i, end, self.national(cc, cls), via=via)

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
        self.so_far = found
        i = 0
        while i < self.n:
            hits = self._walk(self.trie.root, i) if self.keys[i] else []
            self.term_end = i
            match = self._choose(i, hits)
            if match:
                for f in match:
                    found.append(f)
                end = max(f.end for f in match)
                # "the government of Congo-Brazzaville" starts before the country term found at ``i``
                for t in range(min(i, *(f.start for f in match)), end):
                    self.taken[t] = True
                i = max(end, i + 1)
            else:
                # the longest country name read here owns its words: "Sudan" in "South Sudan", "Guinea" in
                # "Equatorial Guinea", "Republic of the Congo" in "Democratic Republic of the Congo" is no country
                i = max(self.term_end, i + 1)
        found = self._branches(found)
        found += self._shared_acronyms(found)
        found += self.particle_names()
        found += self.descriptors(found)
        found = [f for f in found if id(f) not in self.absorbed]
        found += self.entities(found)
        found = [f for f in found if id(f) not in self.absorbed]
        found = self.known_as(found)
        found = merging.merge(self, found)
        # "an orchestra played Wagner", "the Red Army Choir": the name is art here, no armed actor
        found = [f for f in found if not is_art(self.doc, f.start, f.end, f.actor.type if f.actor else f.type)]
        found.sort(key=lambda f: (f.start, -f.end))
        return found

    def _choose(self, i: int, hits) -> list[Found] | None:
        for end, (entries, terms), surface in reversed(hits):
            actors = [(self.reg.actors[a], m) for a, p, m in entries if accepts(p, surface)]
            actors.sort(key=lambda am: am[0].generated)
            named = [(a, m) for a, m in actors if a.type != "country"]
            if named and self._shared_unit(named):
                # "the Rapid Intervention Battalion": a unit name several armies use and no country word is the
                # forces of the country the report is about (coreference), never the first army holding it
                return [Found(i, self._extend_member(end), None, via="coref", descriptor=("state_force",),
                              countries=tuple(sorted({a.country for a, _ in named},
                                                     key=lambda c: (-self.reg.populations.get(c, 0), c))))]
            if named:
                actor, meto = named[0]
                start = i
                # "the paramilitary Rapid Support Forces": descriptive words belong to the name's phrase
                while start > 0 and self.k(start - 1) in lx.NAME_PREMODIFIERS and not self.taken[start - 1] \
                        and actor.type in ("armed_group", "pmc") and not meto:
                    start -= 1
                ext = self._extend_member(end)
                if ext > end and actor.type == "government" and actor.country and self.k(ext - 1) in lx.FORCE_HEADS:
                    # "Syrian government forces": the state's armed forces, as "government forces" alone are
                    actor = self.reg.get(f"armed_forces.{actor.country.lower()}") or actor
                found = Found(start, ext, actor, metonymy=meto)
                if actor.generated and actor.country:
                    # "Congolese army" (an alias of one army): its country word names two states; which one is
                    # read from the context later, as for a composed phrase
                    found.countries = self._term_countries(hits, end, actor.country)
                return [found]
            # country names and demonyms are proper nouns: "mali" inside a URL is not Mali
            proper = surface[0][:1].isupper()
            terms = [t for t in terms if accepts(t[2], surface) and proper]
            country_names = [(a.country, "name") for a, _ in actors if a.type == "country" and proper]
            options = [(cc, kind) for cc, kind, _ in terms] + country_names
            if options:
                self.term_end = max(self.term_end, end)
                placed = len(self.place_hits)
                result = self._compose(i, end, options)
                ccs = tuple(dict.fromkeys(cc for cc, _ in options))
                if result is not None:
                    for f in result:
                        # "Congo's army": the words name two states; which one is read from the context later
                        if len(ccs) > 1 and f.actor is not None and f.actor.generated and f.actor.country in ccs:
                            f.countries = ccs
                    return result
                if len(ccs) > 1 and self.place_hits and self.place_hits[-1][0] == i:
                    self.place_options[i] = ccs
                if len(self.place_hits) > placed:
                    return None  # "in the Central African Republic": the words are a place, so is a shorter reading
        return None

    @staticmethod
    def _term_countries(hits, end: int, cc: str) -> tuple[str, ...]:
        """The states the longest country term inside a name ending at ``end`` names, when it names ``cc`` and
        others; else ()."""
        for e, (_, terms), surface in reversed(hits):
            ccs = tuple(dict.fromkeys(t[0] for t in terms if accepts(t[2], surface)))
            if e < end and ccs:
                return ccs if len(ccs) > 1 and cc in ccs else ()
        return ()

    @staticmethod
    def _shared_unit(named) -> bool:
        """Whether every entry the words name is a state's generated armed forces, of more than one state."""
        forces = {a.country for a, _ in named if a.generated and a.type == "state_force" and a.country}
        return len(forces) > 1 and len(forces) == len({a.id for a, _ in named})

    # --- a body named with its parent: one actor -----------------------------------------------

    def _branches(self, found: list[Found]) -> list[Found]:
        """One body, not two, where a name comes with the name of what it belongs to.

        * "Islamic State's Mozambique Province", "the Somalia Province of the Islamic State": a country
          followed by "Province" next to an armed group is that group's branch (its registry child of that
          country, else the group itself), not the country acting;
        * "the UN's humanitarian office (OCHA)", "Islamic State's West Africa Province": a body whose name
          follows its ancestor's possessive, before or in a parenthesis or apposition, is only that body.
        """
        drop: set[int] = set()
        out: list[Found] = []
        named = [f for f in found if f.actor is not None]
        for c in named:
            if c.actor.type != "country" or not c.actor.country or c.end >= self.n \
                    or self.texts[c.end] != "Province":
                continue
            g = self._group_beside(named, c)
            if g is None:
                continue
            start, end = min(g.start, c.start), max(g.end, c.end + 1)
            drop |= {id(g), id(c)}
            out.append(Found(start, end, self._branch_of(g.actor, c.actor.country) or g.actor))
            for t in range(start, end):
                self.taken[t] = True
        for g in named:
            if id(g) in drop or self.k(g.end) not in ("'s", ""):
                continue
            for h in named:
                if h is g or id(h) in drop or not g.end < h.start <= g.end + 6 or g.actor.id not in self.reg.ancestors(h.actor.id):
                    continue
                between = list(self.doc[g.end + 1:h.start])
                # only a description of the body may stand between, closed by the parenthesis or comma that
                # opens the name ("humanitarian office (OCHA)"): a few words, no verb, no clause
                if not between or (between[-1].text in ("(", ",") and all(
                        t.is_alpha and t.pos_ not in ("VERB", "AUX", "ADP", "SCONJ") for t in between[:-1])):
                    drop.add(id(g))
                    break
        return [f for f in found if id(f) not in drop] + out

    def _group_beside(self, named: list[Found], c: Found) -> Found | None:
        """The armed group that owns "<country> Province": just before it ("IS's", "IS -") or after "of (the)"."""
        for g in named:
            if g.actor.type not in ("armed_group", "pmc"):
                continue
            gap = [self.k(t) for t in range(g.end, c.start)]
            if len(gap) <= 1 and all(k in ("'s", "") for k in gap):
                return g
            after = [self.k(t) for t in range(c.end + 1, g.start)]
            if after in (["of"], ["of", "the"]):
                return g
        return None

    def _branch_of(self, group: Actor, country: str) -> Actor | None:
        kids = [a for a in self.reg.actors.values()
                if a.country == country and a.type == group.type and group.id in self.reg.ancestors(a.id)]
        return min(kids, key=lambda a: a.id) if len(kids) == 1 else None

    def _shared_acronyms(self, found: list[Found]) -> list[Found]:
        """ "SNA troops": an acronym two actors share (``SHARED_ACRONYMS``) is the one whose country the other
        names in the text hold most often; left alone on a tie or with no such name."""
        out: list[Found] = []
        for i, text in enumerate(self.texts):
            options = lx.SHARED_ACRONYMS.get(text)
            if not options or self.taken[i]:
                continue
            votes = Counter(f.actor.country for f in found if f.actor is not None and f.actor.country in options)
            ranked = votes.most_common(2)
            if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
                continue
            actor = self.reg.get(options[ranked[0][0]])
            if actor is None:
                continue
            end = self._extend_member(i + 1)
            out.append(Found(i, end, actor))
            for t in range(i, end):
                self.taken[t] = True
        return out

    def _extend_member(self, end: int) -> int:
        """Take "forces"/"fighters" after a group name into the mention ("Wagner's mercenaries")."""
        j = end
        if self.k(j) == "'s":
            j += 1
        elif self.k(j) in lx.NAME_MEMBER_LINKS and self.doc[j].is_lower and (
                self.k(j + 1) in lx.MEMBER_NOUNS or self.k(j + 1) in lx.NAME_MEMBERS):
            j += 1  # "Macawisley clan militias"
        if self.k(j) in lx.MEMBER_NOUNS or (self.k(j) in lx.NAME_MEMBERS and self.doc[j].is_lower):
            return j + 1
        if self.k(j) == "special" and self.k(j + 1) in ("forces", "force"):
            return j + 2  # "Danab special forces"
        return end


    def facility_after(self, start: int, end: int) -> bool:
        """Whether the force words ``start:end`` only describe a facility after them: "a military base", "a
        military hospital", "an army academy" (no actor), unlike "an army camp", "army positions" (the army's
        own posts)."""
        nxt = self.k(end)
        if nxt not in lx.FACILITY_NOUNS or end <= start:
            return False
        return nxt not in lx.FORCE_POSTS or self.k(end - 1) in lx.ADJECTIVE_FORCE_WORDS

    def _modifies_noun(self, j: int) -> bool:
        """ "military sources", "army-aligned": the word only describes the noun after it. Units, weapons
        and posts of a force stay its own ("air force jets", "an army patrol", "an army camp"); a facility
        after it is described, never owned ("a military base": ``facility_after``)."""
        if self.facility_after(j, j + 1) or self.compound_at(j) > j:
            return True  # "Army-backed soldiers" opening a sentence, where the parser takes "Army" for the head's own
        if doc_parsed(self.doc) and self.doc[j].dep_ in ("compound", "amod", "nmod"):
            head = self.k(self.doc[j].head.i)
            return head not in lx.FORCE_HEADS and head not in lx.MEMBER_NOUNS and head not in lx.FORCE_POSTS \
                and (head not in lx.FORCE_WEAPONS or self.doc[self.doc[j].head.i].dep_ == "compound")
        return False

    # --- named entities the registry does not know ----------------------------------------

    def _place_named(self, start: int, end: int, keys: list[str]) -> bool:
        """A name the tagger took for an organisation that is a place: its head (inside it or the noun just after
        it) is a place word ("the Bankass area", "Koro District"), or the gazetteer holds it as a place; a group
        word anywhere keeps it an actor ("Bankass Self-Defence Militia", "the Koro district council")."""
        group = lx.ORG_ARMED_WORDS | lx.ORG_STATE_WORDS | lx.ORG_SOURCE_WORDS | lx.ORG_GOV_WORDS | lx.FORCE_HEADS \
            | lx.MEMBER_NOUNS | lx.NAME_TAILS
        if set(keys) & group:
            return False
        j = end
        while j < self.n and self.k(j) in lx.PLACE_HEADS and not self.doc[j].is_title:
            j += 1
        if j > end:  # the noun after the place word decides: "the Koro district council" is a body
            return not (j < self.n and self.k(j) in group)
        if keys[-1] in lx.PLACE_HEADS:
            return True
        name = self.doc[start + (self.k(start) in lx.DETERMINERS):end].text
        return french_place_shape(name) or known_place(name)

    def entities(self, found: list[Found] = ()) -> list[Found]:
        out: list[Found] = []
        # "Traoré" after "Ibrahim Traoré": a later surname is the person named in full before it
        people: dict[str, Found] = {}
        for f in found:
            if f.actor is not None and f.actor.type == "person" and f.end - f.start > 1:
                people.setdefault(self.k(f.end - 1), f)
        for ent in sorted(self.doc.ents, key=lambda e: e.start):
            if any(self.taken[t] for t in range(ent.start, ent.end)):
                continue
            if ent.label_ not in ("ORG", "PERSON") and not (
                    ent.label_ in ("GPE", "LOC") and len(ent) >= 3 and self._org_named(self.keys[ent.start:ent.end])):
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
            if len(keys) == 1 and keys[0] in lx.FORCE_HEADS and self.compound_at(ent.end - 1) > ent.end - 1:
                continue  # "Army-backed soldiers" opening a sentence: a description, as "army-backed" elsewhere
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
            if words & lx.ORG_PLACE_WORDS or self._place_named(ent.start, ent.end, keys):
                continue
            if keys[-2:] == ["national", "guard"]:
                # "National Guard troops", "the Texas National Guard": a guard is the armed forces (as "Chadian
                # border guards"), of the country the report is about; a force noun after it is the guard's own
                start = ent.start + (self.k(ent.start) in lx.DETERMINERS)
                end = self._extend_member(ent.end)
                self.absorbed.update(id(f) for f in found if ent.end <= f.start and f.end <= end)
                out.append(Found(start, end, None, via="coref", descriptor=("state_force",), bare=True))
                continue
            typ = ("state_force" if words & lx.ORG_STATE_WORDS else "armed_group" if words & lx.ORG_ARMED_WORDS
                   else "source" if words & lx.ORG_SOURCE_WORDS else "government" if words & lx.ORG_GOV_WORDS else None)
            start = ent.start + (self.k(ent.start) in lx.DETERMINERS and ent.end - ent.start > 1)
            end = self._extend_member(ent.end) if typ in ("state_force", "armed_group", None) else ent.end
            if end > ent.end and typ is None:
                typ = "armed_group"
            # the member noun is the name's own ("Zentari fighters"): no descriptor of its own beside the name
            self.absorbed.update(id(f) for f in found if ent.end <= f.start and f.end <= end)
            out.append(Found(start, end, None, via="ner", name=self.doc[start:ent.end].text, type=typ))
        return out


_CALENDAR = lx.CALENDAR


#: French particles and name heads of place names written with hyphens ("Petite-Rivière de l'Artibonite",
#: "Saint-Louis-du-Nord", "Pont-Sondé"): a shape of place names, not of organisations.
_FRENCH_PARTICLES = frozenset("de du des la le les l' d' à au aux sur sous en lès".split())
_FRENCH_PLACE_HEADS = frozenset("""saint sainte st ste petit petite grand grande port pont anse mont fort cap bois croix
    trou morne fond ville bel belle haut haute bas basse vieux vieille plaine""".split())


def french_place_shape(name: str) -> bool:
    """Whether ``name`` is built as a French place name: a hyphened word of capitalised parts and particles
    ("Petite-Rivière", "Saint-Louis-du-Nord") with a particle in it or beside it, or a place head first
    ("Pont-Sondé"). Arabic or Urdu names ("Jamaat-ul-Ahrar", "al-Sham") have other joining words and fail."""
    words = name.replace("\u2019", "'").split()
    particle_beside = any(w.lower() in _FRENCH_PARTICLES or w.lower().startswith(("l'", "d'")) for w in words)
    for w in words:
        parts = [p for p in w.split("-") if p]
        if len(parts) < 2:  # no hyphen between two parts
            continue
        inner = [p.lower() in _FRENCH_PARTICLES or p.lower().startswith(("l'", "d'")) for p in parts]
        if not all(x or (p[:1].isupper() and p[1:2].islower()) for p, x in zip(parts, inner, strict=True)):
            continue
        if any(inner) or particle_beside or parts[0].lower() in _FRENCH_PLACE_HEADS:
            return True
    return False


#: Gazetteer precisions of a place a name the tagger took for an organisation may be.
_PLACE_PRECISIONS = frozenset({"town", "district"})


@lru_cache(maxsize=4096)
def known_place(name: str) -> bool:
    """Whether the gazetteer holds ``name`` as the primary name of a town or district. The shared index is
    opened as the places stage opens it (built first where missing or stale), so the answer never depends on
    whether an earlier stage or run happened to build it."""
    try:
        from ..places.gazetteer import norm, open_default  # noqa: PLC0415 - heavy to open; only for unknown names

        key = norm(name)
        cands = open_default().lookup([key]).get(key, ())
    except FootprintError:  # an unreadable index: no place known
        return False
    return any(c.kind == "name" and c.precision in _PLACE_PRECISIONS for c in cands)
