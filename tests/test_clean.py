"""Residue and caption separation: every rule's examples, counter-examples, and the segment invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footprint import clean
from footprint.errors import ConfigError

RULES = clean.load_rules()
ALL_COUNTER = [(r.name, c) for r in RULES for c in r.counter_examples]
BODY_LINES = [
    "Gunmen killed at least twelve villagers near Djibo on Sunday, local officials said.",
    "The army said it had repelled the attack and lost four soldiers.",
    "MINUSMA handed over its camp in Ber to the Malian armed forces in August 2023.",
    "Photos shared on social media appeared to show smoke rising over the base.",
    "Share prices of gold miners fell after the junta announced a review of permits.",
    "The home of the regional governor was searched, witnesses told reporters.",
]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_has_examples(rule):
    assert rule.examples, f"rule {rule.name} has no examples"


@pytest.mark.parametrize(
    "rule,example", [(r, e) for r in RULES for e in r.examples], ids=lambda x: getattr(x, "name", None) or str(x)[:40]
)
def test_rule_claims_its_examples(rule, example):
    assert rule.line_re.fullmatch(example.strip()), f"{rule.name} does not match {example!r}"
    found = clean.classify_line(example)
    assert found is not None and found.kind == rule.kind


@pytest.mark.parametrize("name,line", ALL_COUNTER + [("body", b) for b in BODY_LINES])
def test_no_rule_claims_body_lines(name, line):
    assert clean.classify_line(line) is None
    assert clean.find_tail(line) is None


def test_tail_residue_glued_to_a_line():
    text = "Troops left the camp at dawn, officials said.Read full news in source page"
    segs = clean.segment(text)
    assert [text[s.start : s.end] for s in segs if s.kind == "boilerplate"] == ["Read full news in source page"]
    assert text[segs[0].start : segs[0].end].startswith("Troops left")


def test_tail_after_space_and_sentence_rules():
    text = "The convoy reached Gao on Monday. Share this article"
    assert clean.segment(text)[-1].kind == "boilerplate"
    # a "sentence" tail needs a sentence end before it: "read more" mid-sentence stays body
    text = "Analysts read more into the move than officials did"
    assert {s.kind for s in clean.segment(text)} == {"body"}


def test_caption_and_boilerplate_lines_marked():
    text = (
        "Soldiers withdrew from the base in March.\n"
        "Photo: Soldiers at the base in 2021\n"
        "Follow us on Twitter\n"
        "The handover ceremony was brief.\n"
        "(Photo by A. Traore/AFP)"
    )
    kinds = [(s.kind, text[s.start : s.end]) for s in clean.segment(text) if s.kind != "body"]
    assert kinds == [
        ("caption", "Photo: Soldiers at the base in 2021"),
        ("boilerplate", "Follow us on Twitter"),
        ("caption", "(Photo by A. Traore/AFP)"),
    ]


def test_find_header_domain_and_title():
    text = "example-news.org\n\nJunta extends transition by five years\n\nThe military government announced on Monday that..."
    h = clean.find_header(text, detect=True)
    assert h.source == "example-news.org"
    assert h.title == "Junta extends transition by five years"
    assert [s.kind for s in h.segments] == ["source", "title"]


def test_find_header_url_line():
    h = clean.find_header("https://www.example.com/news/1\nTitle of the piece here\n" + "Body text. " * 20, detect=True)
    assert h.source == "example.com" and h.url == "https://www.example.com/news/1"


def test_find_header_no_title_when_first_line_is_a_sentence():
    text = "Gunmen attacked a checkpoint near Gao on Sunday, the army said.\nFour soldiers were killed."
    assert clean.find_header(text, detect=True).title is None


def test_find_header_title_without_body_is_not_a_title():
    assert clean.find_header("Just a short line", detect=True).title is None


@pytest.mark.parametrize("line", ["report.txt", "Mali.", "not a domain line", "U.S."])
def test_source_line_rejects_non_domains(line):
    assert clean.parse_source_line(line) is None


def test_known_title_marked_where_repeated():
    text = "Army says convoy ambushed\nA convoy was ambushed on Saturday near Gao, the army said."
    h = clean.find_header(text, title="Army says convoy ambushed")
    assert [(s.kind, text[s.start : s.end]) for s in h.segments] == [("title", "Army says convoy ambushed")]


def test_bad_rules_are_config_errors():
    with pytest.raises(ConfigError):
        clean.parse_rules([{"name": "x", "kind": "body", "pattern": "a"}])
    with pytest.raises(ConfigError):
        clean.parse_rules([{"name": "x", "kind": "caption", "pattern": "("}])
    with pytest.raises(ConfigError):
        clean.parse_rules({"not": "a list"})


def test_custom_rules_extend():
    rules = clean.parse_rules([{"name": "promo", "kind": "boilerplate", "pattern": "buy our book", "tail": "sentence"}])
    text = "Troops arrived.\nBuy our book"
    assert clean.segment(text, rules=rules)[-1].kind == "boilerplate"


def _check_cover(text, segs):
    assert segs[0].start == 0 and segs[-1].end == len(text)
    for a, b in zip(segs, segs[1:]):
        assert a.end == b.start
    for s in segs:
        assert 0 <= s.start < s.end <= len(text)
        assert s.kind in ("body", "title", "source", "boilerplate", "caption")


LINES = st.sampled_from(
    BODY_LINES
    + [e for r in RULES for e in r.examples]
    + ["", " ", "example.com", "A headline without a stop", "x.Read more", "Done. Share"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=12), st.sampled_from(["\n", "\n\n", " "]), st.booleans())
def test_segments_cover_text_without_overlap(lines, sep, detect):
    text = sep.join(lines).strip()
    if not text:
        return
    header = clean.find_header(text, detect=detect)
    _check_cover(text, clean.segment(text, header=header.segments))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300))
def test_segments_cover_any_text(text):
    header = clean.find_header(text, detect=True)
    _check_cover(text, clean.segment(text, header=header.segments))
