"""Helpers that keep a very long sentence (thousands of tokens, no punctuation) from costing the square of its
length: each gives the answer the plain pass over every item gave. Hand-built inputs, no model."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc, Span

from footprint.attribution import _evidence_cue, _modality
from footprint.clauses import HEADS_KEY, clause_head
from footprint.dates import timex_index
from footprint.dates.events import TimexIndex, _governing, _usable, date_event_cut
from footprint.events.assemble import COREF_WINDOW, Draft, _family, prior_event, sentence_quantities
from footprint.events.context import SentenceContext
from footprint.events.filters import NAME_ENTS, NAME_TOKENS_KEY, in_name, multiword_entity_tokens
from footprint.events.phrases import mentions_in
from footprint.events.roles import sentence_mentions
from footprint.events.syntax import clause_of
from footprint.events.vocabulary import lexicon, vocabulary
from footprint.model import ActorMention, Quantity, Timex
from footprint.nlp import register_extensions
from footprint.places.locate import _containment

BLANK = spacy.blank("en")


def test_clause_head_is_remembered_per_doc():
    # "gunmen attacked Gao and soldiers killed five": the second verb heads a clause of its own
    words = ["gunmen", "attacked", "Gao", "and", "soldiers", "killed", "five"]
    doc = Doc(BLANK.vocab, words=words, heads=[1, 1, 1, 1, 5, 1, 5],
              deps=["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj"],
              pos=["NOUN", "VERB", "PROPN", "CCONJ", "NOUN", "VERB", "NUM"])
    assert clause_head(doc[6]).i == 5
    assert clause_head(doc[2]).i == 1
    assert doc.user_data[HEADS_KEY] == {6: 5, 2: 1}
    assert clause_head(doc[6]).i == 5  # read back, same answer


def test_clause_heads_of_two_docs_do_not_mix():
    a = Doc(BLANK.vocab, words=["x", "y"], heads=[0, 0], deps=["ROOT", "dobj"])
    b = Doc(BLANK.vocab, words=["x", "y"], heads=[1, 1], deps=["nsubj", "ROOT"])
    assert clause_head(a[1]).i == 0
    assert clause_head(b[0]).i == 1


def test_containment_matches_the_plain_test():
    rnd = random.Random(7)
    for _ in range(200):
        spans = [(a, a + rnd.randint(0, 30)) for a in (rnd.randint(0, 200) for _ in range(rnd.randint(0, 12)))]
        inside = _containment(spans)
        for _ in range(20):
            s = rnd.randint(0, 220)
            e = s + rnd.randint(0, 20)
            assert inside(s, e) == any(a <= s and e <= b for a, b in spans), (spans, s, e)


def test_containment_of_nothing():
    assert _containment([])(0, 0) is False


def test_mentions_in_matches_the_plain_test():
    doc = BLANK("members of Wagner-backed militia attacked Gao while JNIM fighters shelled Boni")
    rnd = random.Random(3)
    mentions = [ActorMention(s, s + n, doc.text[s:s + n], None, doc.text[s:s + n])
                for s in range(0, len(doc.text), 3) for n in (1, 4, 9)]
    for _ in range(100):
        toks = rnd.sample(list(doc), rnd.randint(0, len(doc)))
        want = [m for m in mentions if any(m.start <= t.idx < m.end or t.idx <= m.start < t.idx + len(t.text)
                                           for t in toks)]
        assert mentions_in(toks, mentions) == want


def test_cues_are_read_in_the_clause_window_only():
    text = "officials said the raid was possibly staged" + " " * 10
    assert _modality(text, True, None, (0, 14)) == ("reported", "said")
    assert _modality(text, True, None, (15, len(text))) == ("hedged", "possibly")
    assert _modality(text, True) == ("hedged", "possibly")  # the whole text: the stronger cue
    assert _modality(text, False, None, (40, 40)) == ("asserted", None)
    assert _evidence_cue(text, (0, 0)) is None


def _long_named_doc(n: int, seed: int) -> Doc:
    """``n`` invented words, some capitalised, no punctuation, with entities of one to four words."""
    rnd = random.Random(seed)
    words = [rnd.choice(["Kalo", "Mizu", "terva", "dok", "Selra", "nimpo", "Quvan", "shen"]) for _ in range(n)]
    doc = Doc(BLANK.vocab, words=words, sent_starts=[i % 1000 == 0 for i in range(n)])
    ents, i = [], 0
    while i < n:
        size = rnd.randint(1, 4)
        if rnd.random() < 0.3 and i + size <= n:
            ents.append(Span(doc, i, i + size, label=rnd.choice(["ORG", "GPE", "PERSON", "DATE"])))
            i += size
        i += rnd.randint(1, 6)
    doc.ents = ents
    return doc


def test_multiword_entity_tokens_match_the_plain_pass():
    doc = _long_named_doc(5000, 11)
    plain = {i for ent in doc.ents if len(ent) > 1 for i in range(ent.start, ent.end)}
    assert plain and multiword_entity_tokens(doc) == plain
    assert doc.user_data[NAME_TOKENS_KEY] is multiword_entity_tokens(doc)  # built once, read back
    ents = list(doc.ents)
    for tok in doc:
        ent = next((e for e in ents if e.start <= tok.i < e.end), None)
        expected = (tok.is_title and tok.i != tok.sent.start and tok.ent_type_ in NAME_ENTS
                    and ent is not None and len(ent) > 1)
        assert in_name(tok, {}) == expected, tok.i


def test_multiword_entity_tokens_of_two_docs_do_not_mix():
    a, b = _long_named_doc(300, 1), _long_named_doc(300, 2)
    assert multiword_entity_tokens(a) != multiword_entity_tokens(b)
    assert multiword_entity_tokens(Doc(BLANK.vocab, words=["x"])) == frozenset()


def test_sentence_mentions_match_the_plain_filter():
    doc = _long_named_doc(2000, 5)
    rnd = random.Random(9)
    size = len(doc.text)
    mentions = [ActorMention(s, s + 4, "xxxx", None, "xxxx") for s in (rnd.randint(0, size) for _ in range(400))]
    for _ in range(100):
        a = rnd.randint(0, len(doc) - 1)
        sent = doc[a : rnd.randint(a + 1, len(doc))]
        plain = [m for m in mentions if sent.start_char <= m.start < sent.end_char]
        assert sentence_mentions(sent, mentions) == plain
    # another list of mentions for the same Doc is not answered from the first one's order
    other = mentions[::-1]
    assert sentence_mentions(doc[:], other) == other


def test_clause_tokens_match_the_plain_pass():
    # "gunmen attacked Gao and soldiers killed five" said again and again: one sentence, many clauses
    unit = (["gunmen", "attacked", "Gao", "and", "soldiers", "killed", "five"], [1, 1, 1, 1, 5, 1, 5],
            ["nsubj", "ROOT", "dobj", "cc", "nsubj", "conj", "dobj"],
            ["NOUN", "VERB", "PROPN", "CCONJ", "NOUN", "VERB", "NUM"])
    words, heads, deps, pos = [], [], [], []
    for k in range(40):
        off = 7 * k
        words += unit[0]
        heads += [h + off if k == 0 or d != "ROOT" else 1 for h, d in zip(unit[1], unit[2])]
        deps += [d if k == 0 or d != "ROOT" else "conj" for d in unit[2]]
        pos += unit[3]
    doc = Doc(BLANK.vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))
    ctx = SentenceContext(doc[:], lexicon(), frozenset(), {})
    for clause in {clause_of(t) for t in doc} | {-5}:
        assert ctx.clause_tokens(clause) == [t for t in doc if clause_of(t) == clause]


# --- page-wide lookups by offset: the events stage asks them once per sentence or event ---------------------


def _random_timexes(rnd: random.Random, size: int, n: int) -> list[Timex]:
    """Timexes in text order, some nested or overlapping, of every type and anchor, some unusable."""
    out = []
    for s in sorted(rnd.randint(0, size - 20) for _ in range(n)):
        e = s + rnd.randint(1, 30)
        kind = rnd.choice(["DATE", "DATE", "TIME", "DURATION", "SET"])
        bounded = rnd.random() < 0.8
        value = rnd.choice(["2024-05-03", "2024-05", "PAST_REF", "PRESENT_REF", "P2D"])
        out.append(Timex(s, e, "x" * (e - s), kind, value, "2024-05-03" if bounded else None,
                         "2024-05-03" if bounded and rnd.random() < 0.7 else None, rnd.choice(["day", "month", "unknown"]),
                         anchor=rnd.choice(["absolute", "dct", "previous", "open"])))
    return out


class _Parse:
    """Stands in for ``ParseView`` in the governing test: a date governs unless its start is a multiple of 3."""

    def token(self, start, end):
        return (start, end)

    def governs(self, tok):
        return tok[0] % 3 != 0


def test_timex_index_matches_the_plain_scans():
    rnd = random.Random(4)
    for parse in (None, _Parse()):
        timexes = _random_timexes(rnd, 5000, 300)
        index = TimexIndex.build(timexes, parse)
        for _ in range(300):
            a = rnd.randint(0, 5100)
            b = a + rnd.randint(0, 400)
            plain = [t for t in timexes if a <= t.start and t.end <= b and _usable(t)]
            assert index.inside(a, b) == plain
            # which timexes govern is the dates stage's rule; the index must find the last of them
            prev = [t for t in timexes if t.end <= a and _governing(t, parse)]
            assert index.last_governing(a) == (prev[-1] if prev else None)


def test_timex_index_keeps_list_order_when_ends_are_not_sorted():
    # "from 3 to 9 May" (a long span) holds "9 May": the inner one ends first but comes second in the list
    outer = Timex(10, 40, "x" * 30, "DATE", "2024-05", "2024-05-03", "2024-05-09", "day")
    inner = Timex(20, 30, "x" * 10, "DATE", "2024-05-09", "2024-05-09", "2024-05-09", "day")
    index = TimexIndex.build([outer, inner])
    assert index.last_governing(35) is inner  # the plain scan's prev[-1]: only the inner one has ended
    assert index.last_governing(45) is inner  # both ended: the later in the list
    assert index.inside(10, 40) == [outer, inner]
    assert index.inside(11, 40) == [inner]
    assert TimexIndex.build([]).inside(0, 10) == [] and TimexIndex.build([]).last_governing(10) is None


def test_date_event_with_the_index_matches_the_plain_scans():
    rnd = random.Random(7)
    text = " ".join(rnd.choice(["Gunmen attacked a post.", "Troops", "left;", "then", "on Monday", "while",
                                "\n\n", "Separately, police said.", "The attack came two days after it."])
                    for _ in range(1500))
    timexes = _random_timexes(rnd, len(text), 250)
    index = TimexIndex.build(timexes)
    cut = lambda a, b: text[a:b]  # noqa: E731
    meta = {"dct": "2024-06-30"}
    for _ in range(300):
        s = rnd.randint(0, len(text) - 300)
        e = s + rnd.randint(20, 300)
        ts = rnd.randint(s, e - 5)
        assert date_event_cut(cut, timexes, meta, s, e, ts, ts + 5, index=index) == \
            date_event_cut(cut, timexes, meta, s, e, ts, ts + 5)


def test_timex_index_is_kept_per_doc_and_rebuilt_for_a_new_list():
    register_extensions()
    doc = Doc(BLANK.vocab, words=["x"] * 50)
    doc._.fp_timexes = _random_timexes(random.Random(2), 90, 10)
    first = timex_index(doc)
    assert timex_index(doc) is first
    doc._.fp_timexes = list(doc._.fp_timexes[:4])
    assert timex_index(doc).timexes == tuple(doc._.fp_timexes)
    other = Doc(BLANK.vocab, words=["x"] * 5)
    other._.fp_timexes = []
    assert timex_index(other).timexes == ()


def test_sentence_quantities_match_the_plain_filter():
    register_extensions()
    doc = _long_named_doc(2000, 5)
    rnd = random.Random(11)
    size = len(doc.text)
    # not in text order: the answer keeps the list's order, as the plain filter does
    doc._.fp_quantities = [Quantity("fatalities", 1, 1, start=s, end=s + 2) for s in (rnd.randint(0, size) for _ in range(400))]
    for _ in range(200):
        a = rnd.randint(0, size)
        b = a + rnd.randint(0, 500)
        plain = [q for q in doc._.fp_quantities if a <= q.start < b]
        assert sentence_quantities(doc, a, b) == plain
    doc._.fp_quantities = doc._.fp_quantities[::-1]
    assert sentence_quantities(doc, 0, size) == doc._.fp_quantities
    doc._.fp_quantities = None
    assert sentence_quantities(doc, 0, size) == []


def test_prior_event_matches_the_plain_look_back():
    rnd = random.Random(5)
    types = [t for t in ("armed_clash", "ied_attack", "arrest", "base_construction", "abduction") if t in vocabulary()]
    drafts: list[Draft] = []
    by_family: dict[str, list[Draft]] = {}
    for index in range(400):
        for fam_type in rnd.sample(types, rnd.randint(0, 2)):
            fam = _family(fam_type)
            plain = [p for p in drafts if p.emit and _family(p.etype.name) == fam and index - p.sent_index <= COREF_WINDOW]
            assert prior_event(by_family, fam, index) is (plain[-1] if plain else None)
        for t in rnd.sample(types, rnd.randint(0, 2)):
            d = Draft(cand=None, sent=None, sent_index=index, actors=[], etype=vocabulary()[t], quantities=[],
                      emit=rnd.random() < 0.8)
            drafts.append(d)
            by_family.setdefault(_family(t), []).append(d)
