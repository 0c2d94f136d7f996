"""A quotation's speaker reaches every sentence inside it, across sentences and press-style paragraphs, and a
speaker closes a sentence before a long phrase of place or time; built
from hand-set parses and the blank pipeline, no model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from footprint.attribution import _carry_speakers, _paragraph_of, _quote_segments, attribute

OPENING, CLOSING = "“", "”"


def parsed(sentences: list[str], straight: bool = False) -> Doc:
    """One string per sentence, one "word/lemma/POS/dep/head" a line, head an index inside the sentence or "-"
    for its root; a "¶" word ends a paragraph. ``straight``: the curly quote marks written as '"'."""
    rows, base = [], 0
    for sent in sentences:
        lines = [line.split("/") for line in sent.strip().splitlines()]
        for r in lines:
            rows.append(r[:4] + [str(base + int(r[4])) if r[4] != "-" else "-"])
        base += len(lines)
    words = ["\n" if r[0] == "¶" else r[0] for r in rows]
    heads = [i if r[4] == "-" else int(r[4]) for i, r in enumerate(rows)]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", ":", "\n", CLOSING) and words[i] not in ("\n", OPENING)
              for i in range(len(words))]
    if straight:
        words = ['"' if w in (OPENING, CLOSING) else w for w in words]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows],
               pos=[r[2] for r in rows], deps=[r[3] for r in rows], heads=heads)


def records(doc: Doc):
    result = attribute(doc, [], "example.org")
    return [result[s.start_char] for s in doc.sents if s.text.strip()]


def claimants(doc: Doc) -> list[str | None]:
    return [r.claimant for r in records(doc)]


# '“Our units repelled an assault,” the ministry said.'
SPEAKER_CLOSES = """
“/“/PUNCT/punct/10
Our/our/PRON/poss/2
units/unit/NOUN/nsubj/3
repelled/repel/VERB/ccomp/10
an/an/DET/det/5
assault/assault/NOUN/dobj/3
,/,/PUNCT/punct/10
”/”/PUNCT/punct/10
the/the/DET/det/9
ministry/ministry/NOUN/nsubj/10
{verb}/{lemma}/VERB/ROOT/-
././PUNCT/punct/10
"""
SAID = {"verb": "said", "lemma": "say"}
# '“The enemy lost two tanks.'
QUOTE_OPENS = """
“/“/PUNCT/punct/3
The/the/DET/det/2
enemy/enemy/NOUN/nsubj/3
lost/lose/VERB/ROOT/-
two/two/NUM/nummod/5
tanks/tank/NOUN/dobj/3
././PUNCT/punct/3
"""
# 'Our drones struck its rear.”'
QUOTE_CLOSES = """
Our/our/PRON/poss/1
drones/drone/NOUN/nsubj/2
struck/strike/VERB/ROOT/-
its/its/PRON/poss/4
rear/rear/NOUN/dobj/2
././PUNCT/punct/2
”/”/PUNCT/punct/2
"""
# 'Troops left the town.'
PLAIN = """
Troops/troop/NOUN/nsubj/1
left/leave/VERB/ROOT/-
the/the/DET/det/3
town/town/NOUN/dobj/1
././PUNCT/punct/1
"""
# 'The ministry said:' + a quotation opened after the colon, its first sentence inside
SAID_COLON = """
The/the/DET/det/1
ministry/ministry/NOUN/nsubj/2
said/say/VERB/ROOT/-
:/:/PUNCT/punct/2
“/“/PUNCT/punct/7
Our/our/PRON/poss/6
units/unit/NOUN/nsubj/7
held/hold/VERB/ccomp/2
the/the/DET/det/9
bridge/bridge/NOUN/dobj/7
././PUNCT/punct/7
"""
PARAGRAPH = "¶/¶/SPACE/dep/0"


@pytest.mark.parametrize("straight", [False, True])
def test_a_quotation_after_the_one_its_speaker_closed_goes_on_in_that_voice(straight):
    doc = parsed([SPEAKER_CLOSES.format(**SAID), QUOTE_OPENS, QUOTE_CLOSES], straight)
    assert doc.text.startswith(('“Our units repelled an assault,” the ministry said. “The enemy',
                                '"Our units repelled an assault," the ministry said. "The enemy'))
    got = records(doc)
    assert [r.claimant for r in got] == ["the ministry"] * 3
    assert [r.start for r in got[1:]] == [-1, -1]  # carried, no span of their own
    assert [r.modality for r in got] == ["reported"] * 3


def test_a_sentence_outside_quotes_after_the_speaker_is_not_carried():
    doc = parsed([SPEAKER_CLOSES.format(**SAID), PLAIN])
    assert claimants(doc) == ["the ministry", None]
    # nor after a quotation that follows, once it has closed
    doc = parsed([SPEAKER_CLOSES.format(**SAID), QUOTE_OPENS, QUOTE_CLOSES, PLAIN])
    assert claimants(doc) == ["the ministry"] * 3 + [None]


def test_a_quotation_after_a_sentence_of_the_publisher_takes_no_speaker():
    # the quotation before closed in a sentence that is not the one just before this quotation
    doc = parsed([SPEAKER_CLOSES.format(**SAID), PLAIN, QUOTE_OPENS, QUOTE_CLOSES])
    assert claimants(doc) == ["the ministry", None, None, None]


def test_a_quotation_in_the_next_paragraph_of_its_own_goes_on_from_the_paragraph_before():
    para = SPEAKER_CLOSES.format(**SAID).strip() + "\n" + PARAGRAPH.replace("/0", "/11")
    doc = parsed([para, QUOTE_OPENS, QUOTE_CLOSES])
    assert "said.\n“The enemy" in doc.text
    assert claimants(doc) == ["the ministry"] * 3


def test_press_style_quotation_over_paragraphs():
    # 'The ministry said: “Our units held the bridge.¶“The enemy lost two tanks.¶Troops left the town.': the
    # open quotation goes on into the paragraph that opens with a quote mark, and stops at the one that does not
    first = SAID_COLON.strip() + "\n" + PARAGRAPH.replace("/0", "/2")
    second = QUOTE_OPENS.strip() + "\n" + PARAGRAPH.replace("/0", "/3")
    doc = parsed([first, second, PLAIN])
    assert doc.text.count("\n") == 2 and CLOSING not in doc.text
    assert claimants(doc) == ["The ministry", "The ministry", None]


def test_an_allegation_stays_one_in_the_sentences_quoted_after_it():
    doc = parsed([SPEAKER_CLOSES.format(verb="claimed", lemma="claim"), QUOTE_OPENS, QUOTE_CLOSES])
    got = records(doc)
    assert [r.claimant for r in got] == ["the ministry"] * 3
    assert [r.modality for r in got] == ["alleged"] * 3


def test_a_stray_closing_mark_opens_no_quotation():
    stray = QUOTE_OPENS.replace("“/“", "”/”")
    doc = parsed([SPEAKER_CLOSES.format(**SAID), stray])
    assert claimants(doc) == ["the ministry", None]


def test_an_unclosed_quotation_runs_to_the_end_without_a_speaker_of_its_own():
    doc = parsed([QUOTE_OPENS, PLAIN])
    assert claimants(doc) == [None, None]
    doc = parsed([SAID_COLON, PLAIN])  # opened by its speaker and never closed: the speaker goes on
    assert claimants(doc) == ["The ministry", "The ministry"]


@pytest.mark.parametrize("text", ["", "\n\n", '"', "“”", '”“"', "\x00\x01\ufffd", "“" * 50 + "\n" * 50 + "”" * 50])
def test_quote_segments_of_odd_text(text):
    segs = _quote_segments(text, _paragraph_of(text))
    assert all(0 <= a < b <= len(text) for a, b in segs)
    assert segs == sorted(segs) and all(b1 <= a2 for (_, b1), (a2, _) in zip(segs, segs[1:]))


def _quoted_text(n: int) -> str:
    # n sentences, each one quotation closed by its speaker or one that follows it, in paragraphs of ten
    parts = []
    for i in range(n):
        parts.append('"Troops left," he said.' if i % 2 == 0 else "“The town emptied.”")
        parts.append("\n\n" if i % 10 == 9 else " ")
    return "".join(parts)


def test_ten_thousand_quote_marks_through_the_carry():
    # hostile text: a linear pass finishes at once, a pass over every sentence for every quotation takes minutes
    # (speed is measured in benchmarks, not asserted here)
    assert _quoted_text(5000).count('"') + _quoted_text(5000).count("“") * 2 >= 10000
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(_quoted_text(8000))
    text = doc.text
    sents = [s for s in doc.sents if s.text.strip()]
    texts = [text[s.start_char:s.end_char] for s in sents]
    found = [None] * len(sents)
    carried = _carry_speakers(text, sents, texts, found, _paragraph_of(text))
    assert carried == [None] * len(sents)  # no speaker was found, so none is carried


def test_ten_thousand_quote_marks_through_the_stage():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(_quoted_text(5000) + "“" * 2000 + "'" * 1000)
    result = attribute(doc, [], "example.org")
    assert len(result) == len([s for s in doc.sents if s.text.strip()])


# 'Gunmen killed six farmers on Tuesday, two local officials said, in the worst attack in the area for weeks.':
# the parser found no clause for "said"; the words after its comma only say where the attack stands
LONG_TAIL = """
Gunmen/gunman/NOUN/nsubj/10
killed/kill/VERB/acl/0
six/six/NUM/nummod/3
farmers/farmer/NOUN/dobj/1
on/on/ADP/prep/1
Tuesday/Tuesday/PROPN/pobj/4
,/,/PUNCT/punct/10
two/two/NUM/nummod/9
local/local/ADJ/amod/9
officials/official/NOUN/nsubj/10
said/say/VERB/ROOT/-
,/,/PUNCT/punct/10
{tail}
"""
PLACE_TAIL = """
in/in/ADP/prep/10
the/the/DET/det/15
worst/bad/ADJ/amod/15
attack/attack/NOUN/pobj/12
in/in/ADP/prep/15
the/the/DET/det/18
area/area/NOUN/pobj/16
for/for/ADP/prep/15
weeks/week/NOUN/pobj/19
././PUNCT/punct/10
"""
# '..., two local officials said, and closed the road to the market for the rest of the week.': they act too
ACT_TAIL = """
and/and/CCONJ/cc/10
closed/close/VERB/conj/10
the/the/DET/det/15
road/road/NOUN/dobj/13
to/to/ADP/prep/15
the/the/DET/det/18
market/market/NOUN/pobj/16
for/for/ADP/prep/13
weeks/week/NOUN/pobj/19
././PUNCT/punct/10
"""


def test_speaker_closing_a_sentence_before_a_long_phrase_of_place():
    doc = parsed([LONG_TAIL.format(tail=PLACE_TAIL.strip())])
    [a] = records(doc)
    assert a.claimant == "two local officials" and doc.text[a.start:a.end] == "two local officials"
    doc = parsed([LONG_TAIL.format(tail=ACT_TAIL.strip())])
    assert claimants(doc) == [None]
