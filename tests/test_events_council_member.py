"""One member of a civilian body is read through "of" as its members are: a civilian and a person hit, while a
member of an armed group or of the security forces stays what that body is. Hand-built parses (no model); each
sentence is invented; tokens are (word, lemma, pos, tag, head, dep), the root points at itself."""

from __future__ import annotations

from spacy.tokens import Doc

from footprint.events import build_events
from footprint.testing import token_doc


def _targets(doc: Doc) -> set[str]:
    return {a.text for e in build_events(doc) for a in e.actors if a.role == "target"}


def _types(doc: Doc) -> set[str]:
    return {e.type for e in build_events(doc)}


def _a_member_of(*body: tuple[str, str, str, str]) -> Doc:
    # Gunmen killed a member of the <body> . (the body's last word is the object of "of")
    last = 5 + len(body)
    words = [
        ("Gunmen", "gunman", "NOUN", "NNS", 1, "nsubj"), ("killed", "kill", "VERB", "VBD", 1, "ROOT"),
        ("a", "a", "DET", "DT", 3, "det"), ("member", "member", "NOUN", "NN", 1, "dobj"),
        ("of", "of", "ADP", "IN", 3, "prep"), ("the", "the", "DET", "DT", last, "det"),
    ]
    for i, (w, lemma, pos, tag) in enumerate(body):
        is_last = 6 + i == last
        words.append((w, lemma, pos, tag, 4 if is_last else last, "pobj" if is_last else "amod" if pos == "ADJ" else "compound"))
    words.append((".", ".", "PUNCT", ".", 1, "punct"))
    return token_doc(words)


def test_a_member_of_a_village_local_or_municipal_council_is_a_civilian_target():
    for adj in ("village", "local", "municipal"):
        doc = _a_member_of((adj, adj, "ADJ", "JJ"), ("council", "council", "NOUN", "NN"))
        assert "attack_on_civilians" in _types(doc), adj
        assert any("member" in t for t in _targets(doc)), adj


def test_a_member_of_a_military_council_is_no_civilian():
    doc = _a_member_of(("military", "military", "ADJ", "JJ"), ("council", "council", "NOUN", "NN"))
    assert "attack_on_civilians" not in _types(doc)


def test_a_member_of_the_armed_group_or_the_security_forces_is_no_civilian():
    for body in ((("armed", "armed", "ADJ", "JJ"), ("group", "group", "NOUN", "NN")),
                 (("security", "security", "NOUN", "NN"), ("forces", "force", "NOUN", "NNS"))):
        assert "attack_on_civilians" not in _types(_a_member_of(*body)), body
