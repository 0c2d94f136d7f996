"""A speaker given in the sentence after the claim; built from hand-set parses, no model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from footprint.attribution import attribute


def parsed(tokens: str) -> Doc:
    """"word/lemma/POS/dep/head" a line, head a token index or "-" for a root; a "¶" word breaks the paragraph."""
    rows = [line.split("/") for line in tokens.strip().splitlines()]
    words = ["\n" if r[0] == "¶" else r[0] for r in rows]
    heads = [i if r[4] == "-" else int(r[4]) for i, r in enumerate(rows)]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".", ":", "\n") and words[i] != "\n"
              and words[i] not in ("“",) and words[i + 1] not in ("”",) for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, spaces=spaces, lemmas=[r[1] for r in rows],
               pos=[r[2] for r in rows], deps=[r[3] for r in rows], heads=heads)



def claimants(doc: Doc, mentions) -> list[str | None]:
    result = attribute(doc, sorted(mentions, key=lambda m: m.start), "example.org")
    return [result[s.start_char].claimant for s in doc.sents]


def _shift(row: str, by: int) -> str:
    parts = row.split("/")
    if parts[4] != "-":
        parts[4] = str(int(parts[4]) + by)
    return "/".join(parts)


QUOTE_AFTER = """
Gunmen/gunman/NOUN/nsubj/1
burned/burn/VERB/ROOT/-
a/a/DET/det/3
granary/granary/NOUN/dobj/1
././PUNCT/punct/1
“/“/PUNCT/punct/8
Nobody/nobody/PRON/nsubj/7
died/die/VERB/ccomp/12
,/,/PUNCT/punct/12
”/”/PUNCT/punct/12
the/the/DET/det/11
mayor/mayor/NOUN/nsubj/12
said/say/VERB/ROOT/-
././PUNCT/punct/12
"""


def test_quotation_closed_by_its_speaker_gives_the_claim_before_its_speaker():
    doc = parsed(QUOTE_AFTER.replace("Nobody/nobody/PRON/nsubj/7\ndied/die/VERB/ccomp/12",
                                     "Nobody/nobody/PRON/nsubj/7\ndied/die/VERB/ccomp/12"))
    got = claimants(doc, [])
    assert got == ["the mayor", "the mayor"]


BARE_AFTER = """
Gunmen/gunman/NOUN/nsubj/1
burned/burn/VERB/ROOT/-
a/a/DET/det/3
granary/granary/NOUN/dobj/1
././PUNCT/punct/1
The/the/DET/det/6
mayor/mayor/NOUN/nsubj/7
{verb}/{lemma}/VERB/ROOT/-
{rest}
././PUNCT/punct/7
"""


def test_bare_speech_act_after_gives_its_speaker():
    doc = parsed(BARE_AFTER.format(verb="confirmed", lemma="confirm", rest="it/it/PRON/dobj/7"))
    assert claimants(doc, []) == ["The mayor", "The mayor"]


def test_denial_after_is_no_source():
    doc = parsed(BARE_AFTER.format(verb="denied", lemma="deny", rest="it/it/PRON/dobj/7"))
    assert claimants(doc, [])[0] is None


def test_claim_of_its_own_after_gives_nothing():
    rest = "\n".join(["that/that/SCONJ/mark/11", "roads/road/NOUN/nsubjpass/11", "were/be/AUX/auxpass/11",
                      "closed/close/VERB/ccomp/7", "near/near/ADP/prep/11", "Kolo/Kolo/PROPN/pobj/12"])
    doc = parsed(BARE_AFTER.format(verb="said", lemma="say", rest=rest))
    assert claimants(doc, []) == [None, "The mayor"]


def test_speaker_after_a_paragraph_gap_is_not_carried_back():
    rows = BARE_AFTER.format(verb="confirmed", lemma="confirm", rest="it/it/PRON/dobj/7").strip().splitlines()
    gap = "\n".join(rows[:5] + ["¶/¶/SPACE/dep/4", "Calm/calm/NOUN/ROOT/-", "././PUNCT/punct/6",
                                "¶/¶/SPACE/dep/7"] + [_shift(r, 4) for r in rows[5:]])
    doc = parsed(gap)
    assert claimants(doc, [])[0] is None
