"""The fast rule matcher in ``footprint.clean`` against the plain algorithm it replaced.

``segment`` skips rules that cannot match a line (by its first character or by
literals every match must contain) and scans tail rules from their lead
character. None of that may change a single segment: the reference below is
the straightforward version (every rule's regex on every line), and random
texts must get exactly the same segments from both.
"""

from __future__ import annotations

import re
from unittest.mock import patch

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from footprint import clean
from footprint.model import Segment

RULES = clean.load_rules()


# --- the reference: try every rule on every line -------------------------------------


def ref_classify(line, rules):
    line = line.strip()
    for rule in rules if line else ():
        if len(line) <= rule.max_len and rule.line_re.fullmatch(line):
            return rule
    return None


def ref_tail(line, rules):
    best = None
    for rule in rules:
        m = rule.tail_re.search(line) if rule.tail_re else None
        if m:
            start = m.start()
            while start < len(line) and line[start].isspace():
                start += 1
            if 0 < start and line[:start].strip() and len(line) - start <= rule.max_len:
                if best is None or start < best[0]:
                    best = (start, rule)
    return best


def ref_segment(text, header=(), rules=RULES):
    marks = sorted(header, key=lambda s: s.start)
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped or any(h.start < end and start < h.end for h in header):
            continue
        ls = start + len(line) - len(line.lstrip())
        rule = ref_classify(stripped, rules)
        tail = None if rule else ref_tail(stripped, rules)
        if rule:
            marks.append(Segment(ls, ls + len(stripped), rule.kind))
        elif tail:
            marks.append(Segment(ls + tail[0], ls + len(stripped), tail[1].kind))
    out, cur = [], 0
    for m in sorted(marks, key=lambda s: s.start):
        if m.start > cur:
            out.append(Segment(cur, m.start, "body"))
        out.append(m)
        cur = m.end
    if cur < len(text):
        out.append(Segment(cur, len(text), "body"))
    return tuple(out)


# --- random texts ------------------------------------------------------------------------

SENTENCES = [
    "Gunmen on motorbikes attacked the weekly market in Tamboura on Friday, residents said.",
    "The regional governor said 14 civilians were killed and dozens of shops burned.",
    "Troops withdrew from the outpost at Kel Essouk after a three-hour firefight.",
    "“We fled towards the river,” a trader told the newspaper by telephone.",
    "Photographs shared online showed the burned shell of a fuel tanker near the bridge.",
    "Analysts read more into the withdrawal than the ministry admitted.",
    "The home ministry declined to comment on the figures (which could not be verified).",
    "By late evening the convoy had reached the garrison town of Doro.",
    "A file of complaints was sent to the commission, the copyright office and the courts.",
    "He said the via ferrata near the border had been closed for years.",
]
RESIDUE = sorted({e for r in RULES for e in r.examples} | {c for r in RULES for c in r.counter_examples})
GLUE = ["", ".", ". ", "! ", "” ", ") ", " ", "  ", "\t", " | ", "…", " -"]
ODD = ["ſhare this article", "SHARE THIS ARTICLE", "Read more\u212a", "İmage: a convoy", "© ©", "((((", "[[[", "]]", "»»»",
       "|||", "...", "\\", "—", "\u00a0", "*", "@", "Follow @" + "w" * 40, "Read more: " + "x " * 90,
       # residue as wide as its rule allows: the scan window must reach its start
       "Learn more:  " + "y" * 160, "Read more: " + "y" * 161, "© " + "z" * 120, "z" * 120 + " all rights reserved " + "z" * 80,
       "(Photo:  " + "q" * 100 + ")", "Copyright 2024" + "k" * 120]

fragments = st.sampled_from(SENTENCES + RESIDUE + ODD + [""])
lines = st.builds(lambda a, g, b: a + g + b, fragments, st.sampled_from(GLUE), fragments)
texts = st.lists(lines, min_size=1, max_size=14).map("\n".join)


def _assert_same(text, rules=RULES):
    for detect in (False, True):
        header = clean.find_header(text, detect=detect).segments
        assert clean.segment(text, header=header, rules=rules) == ref_segment(text, header, rules)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_segments_match_reference(text):
    _assert_same(text)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_line_functions_match_reference(line):
    assert clean.classify_line(line) is ref_classify(line, RULES)
    assert clean.find_tail(line) == ref_tail(line, RULES)
    assert clean.find_tail(line.strip()) == ref_tail(line.strip(), RULES)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("aAsSkKıſİ\u212a .!?”)(]»:|-©\n\t@*"), max_size=120))
def test_hostile_alphabet_matches_reference(text):
    _assert_same(text)


CUSTOM = clean.parse_rules(
    [
        {"name": "backref", "kind": "boilerplate", "pattern": r"(ab|cd)-\1", "tail": "any"},
        {"name": "empty-ok", "kind": "boilerplate", "pattern": r"(?:x)?", "tail": "sentence"},
        {"name": "lookahead", "kind": "caption", "pattern": r"(?=[A-Z])\w+ photo", "tail": "sentence"},
        {"name": "cased", "kind": "caption", "pattern": r"(?-i:Kelvin)|\u212a+|é{2}", "tail": "any"},
        {"name": "atomic", "kind": "boilerplate", "pattern": r"(?>ab|a)c|[^a-z]{3}z", "max_len": 12},
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcdxzKkelvinéÉ\u212a -.!A photo\n"), max_size=80))
def test_unusual_rule_patterns_match_reference(text):
    _assert_same(text, CUSTOM)


def test_fold_risk_lists_every_non_ascii_match_of_ascii_letters():
    # the literal shortcut lower-cases lines; characters that match an ASCII letter
    # case-insensitively while lower-casing to something else must all be known
    every = "".join(chr(i) for i in range(128, 0x110000) if not 0xD800 <= i < 0xE000)
    found = set(re.findall("[a-z]", every, re.IGNORECASE))
    assert found == set(clean._FOLD_RISK.pattern.strip("[]"))


def test_shipped_rules_keep_their_shortcuts():
    # without a required literal a tail rule scans every line in full again
    matcher = clean._matcher(None)
    assert all(lr.needs for lr in matcher.tail_rules)
    assert sum(len(rules) for rules in matcher.by_first.values()) < 0.5 * 128 * len(RULES)


def test_unknown_pattern_features_fall_back_to_always_trying():
    first, needs = clean._analyse(r"(a)\1xyz")
    assert first == frozenset("a") and needs == frozenset(["xyz"])
    assert clean._analyse(r"(?:a|)bc") == (frozenset("ab"), frozenset(["bc"]))
    assert clean._analyse(r"\w+ photo")[0] is None


PADDING = st.sampled_from(["", " ".join(SENTENCES), "." * 300, " ." * 200, "all rights reserved " + "." * 400, "(c)" * 150, "x" * 500])
long_lines = st.builds(lambda pad, a, g, b: pad + a + g + b, PADDING, fragments, st.sampled_from(GLUE), fragments)


@pytest.mark.parametrize("few", [0, 2000])
def test_windowed_tail_scan_matches_reference(few):
    # the window logic only runs on long lines; here it runs on every line
    @settings(max_examples=250, deadline=None)
    @given(st.lists(st.one_of(lines, long_lines), min_size=1, max_size=6).map("\n".join))
    def check(text):
        with patch.multiple(clean, _LONG_LINE=0, _HUGE_LINE=0, _FEW_CANDIDATES=few):
            _assert_same(text)
            _assert_same(text, CUSTOM)

    check()


@settings(max_examples=100, deadline=None)
@given(st.lists(long_lines, min_size=1, max_size=4).map("\n".join))
def test_long_lines_match_reference(text):
    _assert_same(text)
